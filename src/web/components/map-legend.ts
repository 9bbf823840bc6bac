// The map legend: what is shown (indicator, year, unit), the colour bins with their ranges and
// counts, the "no data" hatch, and the outline of a highlighted grouping.
import { h } from '../element.ts';
import { formatTick } from '../format-value.ts';
import type { Bin } from './quantile-scale.ts';
import './facts/facts.css';

export interface LegendInput {
  indicatorName: string;
  unit: string;
  /** "2023", or "latest available (2011–2023)". */
  yearLabel: string;
  bins: readonly Bin[];
  noDataCount: number;
  /** e.g. "G7 members", when a grouping is highlighted. */
  outlineLabel: string | null;
  /** Formats a single value (bins of one value each, e.g. categories). */
  formatExact: (value: number) => string;
}

const binLabel = (b: Bin, unit: string, formatExact: (v: number) => string): string => {
  if (b.exact !== null) return formatExact(b.exact);
  if (b.from === null && b.to !== null) return `below ${formatTick(b.to, unit)}`;
  if (b.to === null && b.from !== null) return `${formatTick(b.from, unit)} and above`;
  return `${formatTick(b.from!, unit)} – ${formatTick(b.to!, unit)}`;
};

export function mapLegend(input: LegendInput): HTMLElement {
  const items = input.bins.map((b) =>
    h(
      'li',
      {},
      h('span', { class: 'swatch', style: `background:${b.colour}`, 'aria-hidden': 'true' }),
      h('span', { class: 'legend-label' }, binLabel(b, input.unit, input.formatExact)),
      h('span', { class: 'legend-count' }, `(${b.count})`),
    ),
  );
  items.push(
    h(
      'li',
      { class: 'legend-no-data' },
      h('span', { class: 'swatch swatch-no-data', 'aria-hidden': 'true' }),
      h('span', { class: 'legend-label' }, 'No data'),
      h('span', { class: 'legend-count' }, `(${input.noDataCount})`),
    ),
  );
  if (input.outlineLabel)
    items.push(
      h(
        'li',
        { class: 'legend-outline' },
        h('span', { class: 'swatch swatch-outline', 'aria-hidden': 'true' }),
        h('span', { class: 'legend-label' }, input.outlineLabel),
      ),
    );
  return h(
    'figure',
    { class: 'map-legend', 'aria-label': 'Legend' },
    h(
      'figcaption',
      {},
      h('span', { class: 'legend-title' }, input.indicatorName),
      h(
        'span',
        { class: 'legend-meta' },
        `${input.yearLabel} · unit: `,
        h('span', { class: 'legend-unit' }, input.unit),
      ),
      h(
        'span',
        { class: 'legend-meta' },
        input.bins.every((b) => b.exact !== null)
          ? 'One colour per value.'
          : 'Colour classes hold about equal numbers of economies (quantiles).',
      ),
    ),
    h('ul', { class: 'legend-bins' }, items),
  );
}
