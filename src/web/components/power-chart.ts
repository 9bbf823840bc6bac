// Weight against power (Observable Plot): per member, grouped bars of its weight share, its
// normalised Banzhaf index and its Shapley–Shubik index, with the warning level as a dashed line.
// The table beside it holds the same figures and is the accessible equivalent.
import { withoutMarkLabels } from '../ui/plot.ts';
import * as Plot from '@observablehq/plot';
import { formatShare } from '../format-value.ts';
import type { ResponseOf } from '../api/client.ts';

type PowerMember = ResponseOf<'/api/v1/power', 'post'>['members'][number];

export const POWER_MEASURES = ['Weight share', 'Banzhaf', 'Shapley–Shubik'] as const;
type Measure = (typeof POWER_MEASURES)[number];
/** Grey for the weight, two distinct dark colours for the indices (white-on and legible). */
const MEASURE_COLOURS = [
  'var(--color-measure-weight)',
  'var(--color-measure-banzhaf)',
  'var(--color-measure-shapley)',
];

interface Bar {
  member: string;
  measure: Measure;
  pct: number;
}

/** About 6.6 px a character at 12 px; long member names are cut with an ellipsis. */
const CHAR_PX = 6.6;

export function powerChart(
  members: readonly PowerMember[],
  options: { width: number; warningPct: number; title: string },
): Element {
  const labels = members.map((m) => m.member);
  const narrow = options.width < 520;
  // Names on a wide chart, codes on a narrow one (the table has both).
  const shown = new Map(members.map((m) => [m.member, narrow ? m.member : (m.name ?? m.member)]));
  const bars: Bar[] = members.flatMap((m) => [
    { member: m.member, measure: 'Weight share' as const, pct: m.weightShare * 100 },
    { member: m.member, measure: 'Banzhaf' as const, pct: m.banzhaf * 100 },
    { member: m.member, measure: 'Shapley–Shubik' as const, pct: m.shapleyShubik * 100 },
  ]);
  const longest = Math.max(3, ...[...shown.values()].map((l) => l.length));
  const marginLeft = Math.ceil(Math.min(narrow ? 96 : 200, 16 + CHAR_PX * longest));
  const fits = Math.floor((marginLeft - 16) / CHAR_PX + 1e-9);
  const cut = (code: string): string => {
    const label = shown.get(code) ?? code;
    return label.length <= fits ? label : `${label.slice(0, Math.max(1, fits - 1))}…`;
  };
  const top = Math.max(options.warningPct, ...bars.map((b) => b.pct));
  const max = Math.min(100, Math.max(10, Math.ceil((top + 1) / 10) * 10));
  const bar = members.length > 20 ? 8 : 11;
  return withoutMarkLabels(
    Plot.plot({
      width: options.width,
      height: members.length * (3 * bar + 12) + 64,
      marginLeft,
      marginRight: 46,
      style: {
        fontSize: '12px',
        fontFamily: 'inherit',
        background: 'transparent',
        color: 'var(--color-chart-text)',
      },
      ariaLabel: options.title,
      ariaDescription:
        members
          .map(
            (m) =>
              `${m.name ?? m.member}: weight ${formatShare(m.weightShare * 100)}, Banzhaf ${formatShare(m.banzhaf * 100)}, Shapley–Shubik ${formatShare(m.shapleyShubik * 100)}`,
          )
          .join('; ') + `. Dashed line: the warning level, ${options.warningPct}%.`,
      fy: { domain: labels, label: null, axis: 'left', padding: 0.14, tickFormat: cut },
      y: { domain: [...POWER_MEASURES], axis: null },
      x: {
        domain: [0, max],
        grid: true,
        label: 'Share (%)',
        ticks: narrow ? 4 : 10,
      },
      color: { domain: [...POWER_MEASURES], range: MEASURE_COLOURS, legend: true },
      marks: [
        Plot.barX(bars, {
          fy: 'member',
          y: 'measure',
          x: 'pct',
          fill: 'measure',
          title: (d: Bar) => `${d.member} — ${d.measure}: ${formatShare(d.pct)}`,
        }),
        Plot.text(bars, {
          fy: 'member',
          y: 'measure',
          x: 'pct',
          text: (d: Bar) => formatShare(d.pct),
          textAnchor: 'start',
          dx: 3,
          fontSize: 10,
          fill: 'var(--color-ink)',
        }),
        Plot.ruleX([options.warningPct], {
          stroke: 'var(--color-chart-warning)',
          strokeDasharray: '4 3',
          strokeOpacity: 0.8,
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}
