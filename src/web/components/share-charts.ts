// Bar charts of shares (Observable Plot): one coalition's shares of the world, several coalitions
// side by side, and how a coalition's total divides among its members. Each chart sits next to a
// table with the same figures, the accessible equivalent.
import { withoutMarkLabels } from '../ui/plot.ts';
import * as Plot from '@observablehq/plot';
import { formatShare } from '../format-value.ts';
import { CATEGORY_COLOURS } from '../ui/token-colour.ts';

const INK = 'var(--color-chart-primary)';
const OTHERS_COLOUR = 'var(--color-cat-other)';
const STYLE = {
  fontSize: '12px',
  fontFamily: 'inherit',
  background: 'transparent',
  color: 'var(--color-chart-text)',
};

/** Left margin that fits the longest label (about 6.6 px a character at 12 px). */
const marginFor = (labels: readonly string[], cap: number): number =>
  Math.min(cap, 12 + 6.6 * Math.max(0, ...labels.map((l) => l.length)));

export interface ShareRow {
  label: string;
  sharePct: number;
}

/** Horizontal bars of one coalition's share of the world per indicator, 0–100%. */
export function shareBars(rows: readonly ShareRow[], width: number, title: string): Element {
  const narrow = width < 520;
  return withoutMarkLabels(
    Plot.plot({
      width,
      height: rows.length * 26 + 46,
      marginLeft: marginFor(
        rows.map((r) => r.label),
        narrow ? 150 : 200,
      ),
      marginRight: 52,
      style: STYLE,
      ariaLabel: title,
      ariaDescription: rows.map((r) => `${r.label} ${formatShare(r.sharePct)}`).join('; '),
      x: { domain: [0, 100], grid: true, label: 'Share of the world (%)', ticks: narrow ? 4 : 10 },
      y: { domain: rows.map((r) => r.label), label: null, tickSize: 0 },
      marks: [
        Plot.barX(rows, { x: 'sharePct', y: 'label', fill: INK, insetTop: 3, insetBottom: 3 }),
        Plot.text(rows, {
          x: 'sharePct',
          y: 'label',
          text: (d: ShareRow) => formatShare(d.sharePct),
          textAnchor: 'start',
          dx: 4,
          fill: 'var(--color-ink)',
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

export interface GroupedShareRow extends ShareRow {
  coalition: string;
}

/** Bars of several coalitions' shares, grouped per indicator, one colour per coalition. */
export function groupedShareBars(
  rows: readonly GroupedShareRow[],
  coalitions: readonly string[],
  width: number,
): Element {
  const labels = [...new Set(rows.map((r) => r.label))];
  const narrow = width < 520;
  const bar = coalitions.length <= 3 ? 13 : 9;
  return withoutMarkLabels(
    Plot.plot({
      width,
      height: labels.length * (coalitions.length * bar + 14) + 60,
      marginLeft: marginFor(labels, narrow ? 150 : 200),
      marginRight: 52,
      style: STYLE,
      ariaLabel: `Shares of the world: ${coalitions.join(', ')}`,
      ariaDescription: 'Grouped bars per indicator; the table above holds the same figures.',
      fy: { domain: labels, label: null, axis: 'left', padding: 0.12 },
      y: { domain: [...coalitions], axis: null },
      x: { domain: [0, 100], grid: true, label: 'Share of the world (%)', ticks: narrow ? 4 : 10 },
      color: {
        domain: [...coalitions],
        range: CATEGORY_COLOURS,
        legend: true,
      },
      marks: [
        Plot.barX(rows, { fy: 'label', y: 'coalition', x: 'sharePct', fill: 'coalition' }),
        Plot.text(rows, {
          fy: 'label',
          y: 'coalition',
          x: 'sharePct',
          text: (d: GroupedShareRow) => formatShare(d.sharePct),
          textAnchor: 'start',
          dx: 3,
          fontSize: 10,
          fill: 'var(--color-ink)',
        }),
        Plot.ruleX([0]),
      ],
    }),
  );
}

export interface MemberShareRow extends ShareRow {
  /** The member's name, or "Others". */
  member: string;
  /** Written inside the segment when it is wide enough, e.g. "USA". */
  short: string;
}

/** One stacked bar per indicator: each member's share of the coalition total. */
export function memberShareBars(
  rows: readonly MemberShareRow[],
  members: readonly string[],
  width: number,
): Element {
  const labels = [...new Set(rows.map((r) => r.label))];
  const narrow = width < 520;
  const named = members.filter((m) => m !== 'Others');
  const colours = named.map((_, i) => CATEGORY_COLOURS[i % CATEGORY_COLOURS.length]!);
  const hasOthers = members.includes('Others');
  // Segments too narrow for their code stay unlabelled (the legend and the tip name them).
  const minLabelled = narrow ? 18 : 9;
  return withoutMarkLabels(
    Plot.plot({
      width,
      height: labels.length * 28 + 50,
      marginLeft: marginFor(labels, narrow ? 150 : 200),
      marginRight: 16,
      style: STYLE,
      ariaLabel: 'Members’ shares of the coalition total, per indicator',
      ariaDescription: 'Stacked bars, largest member first; the table holds the same figures.',
      x: {
        domain: [0, 100],
        grid: true,
        label: 'Share of the coalition total (%)',
        ticks: narrow ? 4 : 10,
      },
      y: { domain: labels, label: null, tickSize: 0 },
      color: {
        domain: hasOthers ? [...named, 'Others'] : named,
        range: hasOthers ? [...colours, OTHERS_COLOUR] : colours,
        legend: true,
      },
      marks: [
        Plot.barX(rows, {
          x: 'sharePct',
          y: 'label',
          fill: 'member',
          z: 'member',
          insetTop: 3,
          insetBottom: 3,
          title: (d: MemberShareRow) => `${d.label} — ${d.member}: ${formatShare(d.sharePct)}`,
          tip: true,
        }),
        Plot.text(
          rows,
          Plot.stackX({
            x: 'sharePct',
            y: 'label',
            z: 'member',
            text: (d: MemberShareRow) =>
              d.member !== 'Others' && d.sharePct >= minLabelled ? d.short : '',
            fill: 'var(--color-cat-label)',
            fontWeight: 600,
          }),
        ),
        Plot.ruleX([50], {
          stroke: 'var(--color-ink)',
          strokeDasharray: '4 3',
          strokeOpacity: 0.7,
        }),
      ],
    }),
  );
}
