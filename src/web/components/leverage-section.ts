// A coalition's leverage: its share of the world per indicator as a table (with year, totals,
// coverage, missing members and warnings), a bar chart of the shares, and a CSV of the table.
import type { LeverageReport } from '../api-types.ts';
import { downloadCsv, toCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { formatCompact, formatShare, formatValue } from '../format-value.ts';
import { indicatorName, indicatorShortName, indicatorUnit } from '../indicator-labels.ts';
import {
  economyName,
  optionsLabel,
  optionsSlug,
  warningList,
  type AnalysisContext,
  type RenderedSection,
} from './analysis-context.ts';
import { shareBars } from './share-charts.ts';
import { citationElement } from './citation.ts';

/** The sources of the values behind the leverage table, with citation, licence and link. */
function sourcesList(report: LeverageReport): HTMLElement {
  return h(
    'section',
    { class: 'sources', 'aria-label': `Sources of ${report.code}'s leverage figures` },
    h('h3', {}, 'Sources'),
    report.sources.length === 0
      ? h('p', { class: 'muted' }, 'No values were used.')
      : h(
          'ol',
          {},
          report.sources.map((s) =>
            h(
              'li',
              {},
              citationElement(s.citation),
              h('span', { class: 'muted' }, ` — ${s.publisher}. Licence: ${s.licence}.`),
              s.url ? [' ', h('a', { href: s.url, rel: 'noopener' }, s.url)] : '',
            ),
          ),
        ),
  );
}

export const WORLD_NOTE =
  'World = sum over the economies with data, never a regional aggregate (such as the World Bank’s “World”): an economy without a value in the year counts in neither total.';

/** An amount in its unit: money with its currency, counts compact. */
export function formatAmount(value: number | null, unit: string): string {
  if (value === null) return '—';
  return unit.includes('$') ? formatValue(value, unit) : formatCompact(value);
}

/** The leverage table as CSV rows: one per indicator, numbers at full precision. */
export function leverageCsv(reports: readonly LeverageReport[], ctx: AnalysisContext): string {
  return toCsv(
    [
      'coalition',
      'tier',
      'indicator',
      'indicator_name',
      'unit',
      'year',
      'coalition_value',
      'world_value',
      'share_pct',
      'economies_with_data',
      'coalition_economies_with_data',
      'coalition_economies_missing',
      'world_basis',
      'share_unavailable',
      'warnings',
    ],
    reports.flatMap((r) =>
      r.items.map((i) => [
        r.code,
        r.tier,
        i.indicator,
        indicatorName(i.indicator, ctx.catalogue),
        indicatorUnit(i.indicator, ctx.catalogue),
        i.year,
        i.coalitionValue,
        i.worldValue,
        i.sharePct,
        i.economiesWithData,
        i.coalitionEconomiesWithData,
        i.coalitionEconomiesMissing.join(' '),
        i.worldBasis,
        i.shareUnavailable?.message ?? '',
        i.warnings.map((w) => w.message).join(' | '),
      ]),
    ),
  );
}

function missingCell(codes: readonly string[], ctx: AnalysisContext): HTMLElement {
  if (codes.length === 0) return h('td', { class: 'muted' }, 'none');
  return h(
    'td',
    { class: 'codes-cell' },
    h('span', { class: 'count' }, `${codes.length} (share understated): `),
    codes.map((c, i) => [
      i > 0 ? ', ' : '',
      h('abbr', { title: economyName(ctx, c), class: 'code' }, c),
    ]),
  );
}

export function leverageSection(report: LeverageReport, ctx: AnalysisContext): RenderedSection {
  const chartBox = h('div', { class: 'chart chart-wide' });
  const stem = `${report.code}-leverage-${optionsSlug(ctx.options)}`;
  const rows = report.items.map((i) => {
    const unit = indicatorUnit(i.indicator, ctx.catalogue);
    const name = indicatorName(i.indicator, ctx.catalogue);
    // "Share understated" repeats the column of members without data: shown there, not twice.
    const notes = [
      ...(i.shareUnavailable
        ? [{ code: i.shareUnavailable.reason, message: i.shareUnavailable.message, codes: [] }]
        : []),
      ...i.warnings.filter((w) => w.code !== 'share_understated'),
    ];
    return h(
      'tr',
      { 'data-indicator': i.indicator },
      h(
        'th',
        { scope: 'row' },
        name,
        unit && unit !== 'persons' && !name.includes(unit)
          ? h('span', { class: 'sub' }, unit)
          : null,
      ),
      h('td', { class: 'num' }, i.year ?? '—'),
      h('td', { class: 'num' }, formatAmount(i.coalitionValue, unit)),
      h('td', { class: 'num' }, formatAmount(i.worldValue, unit)),
      h('td', { class: 'num share' }, h('strong', {}, formatShare(i.sharePct))),
      h('td', { class: 'num' }, i.economiesWithData),
      missingCell(i.coalitionEconomiesMissing, ctx),
      h(
        'td',
        { class: 'notes-cell' },
        warningList(notes, undefined, ctx.catalogue) ?? h('span', { class: 'muted' }, '—'),
      ),
    );
  });
  const table = h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'leverage-caption', tabindex: '0' },
    h(
      'table',
      { class: 'data-table leverage-table' },
      h(
        'caption',
        { id: 'leverage-caption' },
        `${report.code}’s share of the world per indicator — ${optionsLabel(ctx.options)}; ${report.economies.length} economies counted.`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Indicator'),
          h('th', { scope: 'col', class: 'num' }, 'Year'),
          h('th', { scope: 'col', class: 'num' }, 'Coalition'),
          h('th', { scope: 'col', class: 'num' }, 'World'),
          h('th', { scope: 'col', class: 'num' }, 'Share'),
          h('th', { scope: 'col', class: 'num wrap' }, 'Economies with data'),
          h('th', { scope: 'col', class: 'wrap' }, 'Members without data'),
          h('th', { scope: 'col' }, 'Warnings'),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
  const section = h(
    'div',
    { class: 'analysis-body' },
    h('p', { class: 'note world-note' }, WORLD_NOTE),
    warningList(report.warnings, undefined, ctx.catalogue),
    h(
      'div',
      { class: 'button-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet',
          onClick: () => downloadCsv(`${stem}.csv`, leverageCsv([report], ctx)),
        },
        'Download CSV',
      ),
    ),
    table,
    h('h3', { class: 'chart-title' }, 'Shares of the world'),
    chartBox,
    sourcesList(report),
  );
  const drawChart = (): void => {
    const shares = report.items
      .filter((i) => i.sharePct !== null)
      .map((i) => ({
        label: indicatorShortName(i.indicator, ctx.catalogue),
        sharePct: i.sharePct!,
      }));
    const width = Math.max(300, Math.min(900, chartBox.clientWidth || 600));
    chartBox.replaceChildren(
      shares.length
        ? shareBars(shares, width, `${report.code}: share of the world per indicator`)
        : h('p', { class: 'muted' }, 'No indicator has a share for these settings.'),
    );
  };
  return { element: section, draw: drawChart };
}
