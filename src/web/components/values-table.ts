// The map's values as a table (the accessible equivalent of the map): economies ranked by value,
// each with its year and source.
import type { IndicatorValues } from '../api-types.ts';
import { h } from '../element.ts';
import { formatIndicatorValue } from '../category-labels.ts';

export function valuesTable(
  v: IndicatorValues,
  drawn: ReadonlySet<string>,
  yearLabel: string,
): HTMLElement {
  const sources = new Map(v.sources.map((s) => [s.id, s]));
  const ranked = [...v.items].sort((a, b) => b.value - a.value);
  const notDrawn = ranked.filter((i) => !drawn.has(i.iso3)).length;
  const rows = ranked.map((item, index) =>
    h(
      'tr',
      {},
      h('td', { class: 'num' }, index + 1),
      h(
        'th',
        { scope: 'row' },
        h('a', { href: `#/economies/${item.iso3}` }, item.name),
        drawn.has(item.iso3)
          ? ''
          : h('span', { class: 'muted', title: 'Too small to draw on this map' }, ' *'),
      ),
      h('td', { class: 'num' }, formatIndicatorValue(item.value, v.indicator)),
      h('td', { class: 'num' }, item.year),
      h('td', { class: 'muted' }, sources.get(item.sourceId)?.publisher ?? item.sourceId),
    ),
  );
  return h(
    'details',
    { class: 'map-values', id: 'map-values' },
    h(
      'summary',
      { id: 'map-values-table', tabindex: '0' },
      `Table of values (${v.count} economies)`,
    ),
    h(
      'div',
      {
        class: 'table-scroll',
        role: 'region',
        'aria-label': 'Table of values, scrollable',
        tabindex: '0',
      },
      h(
        'table',
        { class: 'data-table' },
        h(
          'caption',
          {},
          `${v.indicator.name} — ${yearLabel}. Unit: ${v.indicator.unit}. Ranked, highest first.`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'num' }, 'Rank'),
            h('th', { scope: 'col' }, 'Economy'),
            h('th', { scope: 'col', class: 'num' }, 'Value'),
            h('th', { scope: 'col', class: 'num' }, 'Year'),
            h('th', { scope: 'col' }, 'Source'),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
    notDrawn > 0
      ? h(
          'p',
          { class: 'muted' },
          `* ${notDrawn} economies are too small to draw on a 1:110m map; their values are listed here.`,
        )
      : null,
  );
}
