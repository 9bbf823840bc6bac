// Inner balance: per indicator the largest member and its share of the coalition total, the HHI,
// a "dominant" badge, and each member's share (top five and the others) as a table and stacked bars.
import type { BalanceItem, BalanceReport } from '../api-types.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import { indicatorName, indicatorShortName } from '../indicator-labels.ts';
import {
  economyName,
  euCountingLabel,
  optionsLabel,
  warningList,
  type AnalysisContext,
  type RenderedSection,
} from './analysis-context.ts';
import { memberShareBars, type MemberShareRow } from './share-charts.ts';

const TOP = 5;

/** The top five members and, when there are more, the rest together as "Others". */
export function topShares(
  item: BalanceItem,
  ctx: AnalysisContext,
): { member: string; short: string; sharePct: number }[] {
  const top = item.members.slice(0, TOP).map((m) => ({
    member: economyName(ctx, m.iso3),
    short: m.iso3,
    sharePct: m.sharePct,
  }));
  const rest = item.members.slice(TOP);
  if (rest.length > 0)
    top.push({
      member: 'Others',
      short: `${rest.length} others`,
      sharePct: rest.reduce((s, m) => s + m.sharePct, 0),
    });
  return top;
}

export function balanceSection(report: BalanceReport, ctx: AnalysisContext): RenderedSection {
  const items = report.items.filter((i) => i.members.length > 0);
  const threshold = formatShare(100 * (items[0]?.dominanceThreshold ?? 0.5));
  const chartBox = h('div', { class: 'chart chart-wide' });
  const rows = items.map((i) => {
    const largest = i.largest;
    return h(
      'tr',
      { 'data-indicator': i.indicator },
      h('th', { scope: 'row' }, indicatorName(i.indicator, ctx.catalogue)),
      h('td', { class: 'num' }, i.year),
      h(
        'td',
        { class: 'largest' },
        largest ? economyName(ctx, largest.iso3) : h('span', { class: 'muted' }, '—'),
      ),
      h(
        'td',
        { class: 'num' },
        formatShare(largest?.sharePct),
        largest && i.missing.length > 0
          ? h('span', { class: 'sub' }, 'of the members with data')
          : null,
      ),
      h(
        'td',
        { class: 'num' },
        i.hhi === null
          ? '—'
          : [
              i.hhi.toFixed(3),
              h(
                'span',
                { class: 'sub', title: '1 / HHI: the number of equal members with this HHI' },
                `≈ ${(1 / i.hhi).toFixed(1)} equal members`,
              ),
            ],
      ),
      h(
        'td',
        {},
        // With members missing, their values could change who holds most: not known.
        i.missing.length > 0
          ? h('span', { class: 'muted', 'data-dominance': 'unknown' }, 'Unknown')
          : i.dominant
            ? h('span', { class: 'badge badge-dominant' }, 'Dominant')
            : h('span', { class: 'muted' }, 'No'),
      ),
      h(
        'td',
        { class: 'shares-cell' },
        [
          ...topShares(i, ctx).map((s) => `${s.short} ${formatShare(s.sharePct)}`),
          // A member without a value has no share: "—", never 0%.
          ...i.missing.map((iso3) => `${iso3} — (no data)`),
        ].join(' · '),
      ),
      h(
        'td',
        { class: 'notes-cell' },
        warningList(i.warnings, undefined, ctx.catalogue) ?? h('span', { class: 'muted' }, '—'),
      ),
    );
  });
  const element = h(
    'div',
    { class: 'analysis-body' },
    h(
      'p',
      { class: 'note' },
      `Each member’s share of the coalition’s own total, counting ${euCountingLabel(ctx.options.eu)}; a member without a value shows “—” and its share is not known. A member is dominant when it holds more than ${threshold} of the total. HHI (Herfindahl–Hirschman index) is the sum of the squared shares: 1 when one member holds everything, 1/n for n equal members. Ratios and indices (R&D as % of GDP, per-million figures) cannot be summed and are left out.`,
    ),
    warningList(report.warnings, undefined, ctx.catalogue),
    items.length === 0
      ? h('p', { class: 'muted' }, 'No indicator has values for these members and settings.')
      : h(
          'div',
          {
            class: 'table-scroll',
            role: 'region',
            'aria-labelledby': 'balance-caption',
            tabindex: '0',
          },
          h(
            'table',
            { class: 'data-table balance-table' },
            h(
              'caption',
              { id: 'balance-caption' },
              `How ${report.code}’s total divides among its members — ${optionsLabel(ctx.options)}.`,
            ),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Indicator'),
                h('th', { scope: 'col', class: 'num' }, 'Year'),
                h('th', { scope: 'col' }, 'Largest member'),
                h('th', { scope: 'col', class: 'num' }, 'Its share'),
                h('th', { scope: 'col', class: 'num' }, 'HHI'),
                h('th', { scope: 'col' }, 'Dominant'),
                h('th', { scope: 'col' }, 'Shares (top 5 + others)'),
                h('th', { scope: 'col' }, 'Warnings'),
              ),
            ),
            h('tbody', {}, rows),
          ),
        ),
    items.length
      ? h('h3', { class: 'chart-title' }, 'Members’ shares of the coalition total')
      : null,
    chartBox,
  );
  const draw = (): void => {
    if (items.length === 0) return;
    const data: MemberShareRow[] = items.flatMap((i) =>
      topShares(i, ctx).map((s) => ({
        ...s,
        label: indicatorShortName(i.indicator, ctx.catalogue),
      })),
    );
    // One colour per member across all bars, the most frequent (largest) members first.
    const order = [...new Set(data.map((d) => d.member))].filter((m) => m !== 'Others');
    const members = data.some((d) => d.member === 'Others') ? [...order, 'Others'] : order;
    const width = Math.max(300, Math.min(900, chartBox.clientWidth || 600));
    chartBox.replaceChildren(memberShareBars(data, members, width));
  };
  return { element, draw };
}
