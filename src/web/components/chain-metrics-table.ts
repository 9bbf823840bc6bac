// The metrics of every input and stage of a chain as a table (year, concentration, coalition and
// concern shares, chokepoint reasons), with a CSV of the same rows at full precision.
import { downloadCsv, toCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import type { Chain, ChainMetrics, ChokepointItem } from '../supply-chain-types.ts';
import { hasShares } from './chain-colour.ts';
import { concernLabel, itemName, kindLabel } from './supply-chain-labels.ts';

const stageName = (chain: Chain, item: ChokepointItem): string => {
  const stage = chain.inputs.find((i) => i.id === item.item)?.stage;
  return stage ? itemName(chain, stage) : '';
};

/** The table as CSV: one row per item, shares in % at full precision, blank when unknown. */
export function metricsCsv(chain: Chain, metrics: ChainMetrics): string {
  return toCsv(
    [
      'chain',
      'item',
      'name',
      'kind',
      'stage',
      'year',
      'top_economy',
      'top_economy_share_pct',
      'hhi',
      'top3_share_pct',
      'economies_to_75pct',
      'coalition',
      'coalition_share_pct',
      'concern',
      'concern_share_pct',
      'neither_share_pct',
      'unattributed_pct',
      'chokepoint',
      'chokepoint_reasons',
    ],
    metrics.chokepoints.items.map((i) => {
      const known = hasShares(i);
      const c = i.concentration;
      return [
        chain.code,
        i.item,
        i.name,
        i.kind,
        stageName(chain, i),
        i.year,
        c.top1?.iso3,
        c.top1?.sharePct,
        c.hhi,
        known ? c.top3Pct : null,
        known ? c.economiesToReach : null,
        metrics.coalition.code,
        known ? i.coalitionPct : null,
        metrics.concern.code,
        known ? i.concernPct : null,
        known ? i.neitherPct : null,
        known ? i.unattributedPct : null,
        known ? (i.chokepoint ? 'yes' : 'no') : '',
        i.reasons.map((r) => r.message).join(' | '),
      ];
    }),
  );
}

export function metricsTable(
  chain: Chain,
  metrics: ChainMetrics,
  onSelect: (id: string) => void,
): HTMLElement {
  const coalition = metrics.coalition.code;
  const rows = metrics.chokepoints.items.map((i) => {
    const known = hasShares(i);
    const c = i.concentration;
    const pct = (v: number | null | undefined) =>
      h('td', { class: 'num' }, known ? formatShare(v) : '—');
    return h(
      'tr',
      { 'data-item': i.item, class: i.chokepoint ? 'is-chokepoint' : null },
      h(
        'th',
        { scope: 'row' },
        h(
          'button',
          { type: 'button', class: 'link-button', onClick: () => onSelect(i.item) },
          i.name,
        ),
        h(
          'span',
          { class: 'sub' },
          kindLabel(i.kind),
          stageName(chain, i) ? ` · ${stageName(chain, i)}` : '',
        ),
      ),
      h('td', { class: 'num' }, i.year ?? '—'),
      h('td', { class: 'num' }, c.top1 ? `${c.top1.iso3} ${formatShare(c.top1.sharePct)}` : '—'),
      h('td', { class: 'num' }, known && c.hhi !== null ? c.hhi.toFixed(3) : '—'),
      pct(c.top3Pct),
      h('td', { class: 'num' }, known && c.economiesToReach !== null ? c.economiesToReach : '—'),
      pct(i.coalitionPct),
      pct(i.concernPct),
      pct(i.neitherPct),
      // Without a known share nothing is "unattributed": "—", never 100%.
      h('td', { class: 'num' }, known ? formatShare(i.unattributedPct) : '—'),
      h(
        'td',
        { class: 'notes-cell' },
        i.chokepoint
          ? [
              h('strong', { class: 'chokepoint-yes' }, 'Yes'),
              h(
                'ul',
                { class: 'reason-list' },
                i.reasons.map((r) => h('li', {}, r.message)),
              ),
            ]
          : known
            ? 'No'
            : h('span', { class: 'muted' }, 'no known share'),
      ),
    );
  });
  const chokepoints = metrics.chokepoints.items.filter((i) => i.chokepoint).length;
  return h(
    'section',
    { class: 'chain-metrics', 'aria-labelledby': 'metrics-heading' },
    h('h2', { id: 'metrics-heading' }, 'Metrics of every input'),
    h(
      'div',
      { class: 'button-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet',
          onClick: () =>
            downloadCsv(`${chain.code}-metrics-${coalition}.csv`, metricsCsv(chain, metrics)),
        },
        'Download CSV',
      ),
    ),
    h(
      'div',
      {
        class: 'table-scroll table-scroll-tall',
        role: 'region',
        'aria-labelledby': 'metrics-caption',
        tabindex: '0',
      },
      h(
        'table',
        { class: 'data-table metrics-table' },
        h(
          'caption',
          { id: 'metrics-caption' },
          `${metrics.chokepoints.items.length} items, ${chokepoints} chokepoints. Shares of world supply in the year shown; coalition ${coalition} (${metrics.coalition.economies.length} economies), countries of concern ${concernLabel(metrics)}.`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Item and kind'),
            h('th', { scope: 'col', class: 'num' }, 'Year'),
            h('th', { scope: 'col', class: 'num' }, 'Top economy'),
            h('th', { scope: 'col', class: 'num' }, 'HHI'),
            h('th', { scope: 'col', class: 'num' }, 'Top 3'),
            h('th', { scope: 'col', class: 'num wrap' }, 'Economies to 75%'),
            h('th', { scope: 'col', class: 'num' }, coalition),
            h('th', { scope: 'col', class: 'num' }, 'Concern'),
            h('th', { scope: 'col', class: 'num' }, 'Neither'),
            h('th', { scope: 'col', class: 'num' }, 'Unattributed'),
            h('th', { scope: 'col' }, 'Chokepoint'),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
  );
}
