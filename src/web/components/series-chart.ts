// A small line chart of one indicator over time (Observable Plot): line, dots, the latest value
// marked, a pointer tip, and an accessible description.
import { withoutMarkLabels } from '../ui/plot.ts';
import * as Plot from '@observablehq/plot';
import type { ResponseOf } from '../api/client.ts';
import { formatIndicatorValue } from '../category-labels.ts';
import { formatTick, shortUnit } from '../format-value.ts';

type Series = ResponseOf<'/api/v1/economies/{iso3}'>['series'][number];
type Indicator = Series['indicator'];
type SeriesPoint = Series['points'][number];

const INK = 'var(--color-chart-primary)';

/**
 * The full range of a bounded scale named in its unit ("index 0–1", "estimate ≈ −2.5…2.5"): charts
 * of bounded scores use it so that a small change does not look like a collapse.
 */
export function boundedRange(unit: string): [number, number] | null {
  const m = /(−|-)?(\d+(?:\.\d+)?)\s*[–…]\s*(−|-)?(\d+(?:\.\d+)?)\s*$/.exec(unit);
  if (!m) return null;
  const lo = Number(m[2]) * (m[1] ? -1 : 1);
  const hi = Number(m[4]) * (m[3] ? -1 : 1);
  return lo < hi ? [lo, hi] : null;
}

export function seriesChart(
  indicator: Indicator,
  points: readonly SeriesPoint[],
  width: number,
): SVGSVGElement | HTMLElement {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const unit = indicator.unit;
  const range = boundedRange(unit);
  // Unbounded quantities start at zero, so that the height of the line is honest.
  const zero = range === null && points.every((p) => p.value >= 0);
  const chart = Plot.plot({
    width,
    height: 150,
    marginLeft: 56,
    marginRight: 16,
    style: {
      fontSize: '11px',
      fontFamily: 'inherit',
      background: 'transparent',
      color: 'var(--color-chart-text)',
    },
    ariaLabel: `${indicator.name}, ${first.year}–${last.year}`,
    ariaDescription: `Line chart from ${formatIndicatorValue(first.value, indicator)} in ${first.year} to ${formatIndicatorValue(last.value, indicator)} in ${last.year}.`,
    x: { label: null, tickFormat: (d: number) => String(d), ticks: 5 },
    y: {
      label: shortUnit(unit) || unit,
      grid: true,
      zero,
      nice: range === null,
      ...(range ? { domain: range } : {}),
      tickFormat: (v: number) => formatTick(v, unit),
      ticks: 4,
    },
    marks: [
      Plot.lineY(points, { x: 'year', y: 'value', stroke: INK, strokeWidth: 1.6 }),
      Plot.dot(points, { x: 'year', y: 'value', r: 1.6, fill: INK }),
      Plot.dot([last], {
        x: 'year',
        y: 'value',
        r: 4,
        fill: INK,
        stroke: 'var(--color-surface)',
        strokeWidth: 1.5,
      }),
      Plot.tip(
        points,
        Plot.pointerX({
          x: 'year',
          y: 'value',
          title: (d: SeriesPoint) => `${d.year}: ${formatIndicatorValue(d.value, indicator)}`,
        }),
      ),
    ],
  });
  return withoutMarkLabels(chart);
}
