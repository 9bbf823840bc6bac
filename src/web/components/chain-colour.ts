// What the supply-chain graph is coloured by: one of five metrics of each input, or its
// availability after a disruption; fixed colour classes so a colour means the same on every chain.
import { formatShare } from '../format-value.ts';
import type { ChokepointItem } from './chain-model.ts';
import { tokenColour, type ColourToken } from '../ui/token-colour.ts';

/**
 * The metric the graph is coloured by:
 *
 * - `top1` — the largest economy's share of world supply;
 * - `hhi` — the Herfindahl–Hirschman index of economy shares (0–1);
 * - `coalition` — the chosen coalition's share;
 * - `concern` — the countries of concern's share;
 * - `chokepoint` — flagged as a chokepoint or not.
 */
export type ColourMetric = 'top1' | 'hhi' | 'coalition' | 'concern' | 'chokepoint';

export const COLOUR_METRICS: readonly { id: ColourMetric; label: string }[] = [
  { id: 'top1', label: 'Top economy’s share' },
  { id: 'hhi', label: 'Concentration (HHI)' },
  { id: 'coalition', label: 'Coalition’s share' },
  { id: 'concern', label: 'Countries of concern’s share' },
  { id: 'chokepoint', label: 'Chokepoint (yes / no)' },
];

export const isColourMetric = (s: string | null): s is ColourMetric =>
  COLOUR_METRICS.some((m) => m.id === s);

export interface ColourClass {
  /** Stable name of the class, e.g. "60-80" or "yes" (set as data-colour-class on nodes and rows). */
  key: string;
  label: string;
  colour: string;
}

export interface ColourScale {
  title: string;
  classes: readonly ColourClass[];
  /** The class of a value; null (no known share) → the "no data" class. */
  classOf(value: number | null): ColourClass;
}

export const NO_DATA: ColourClass = {
  key: 'no-data',
  label: 'No known share',
  get colour() {
    return tokenColour('--color-chain-no-data');
  },
};

interface Band {
  /** Inclusive lower bound. */
  from: number;
  key: string;
  label: string;
  colour: string;
}

/** Classes by lower bound, lowest first; values below the first bound fall into the first. */
function banded(title: string, bands: readonly Band[]): ColourScale {
  return {
    title,
    classes: bands,
    classOf(value) {
      if (value === null || !Number.isFinite(value)) return NO_DATA;
      let found = bands[0]!;
      for (const b of bands) if (value >= b.from) found = b;
      return found;
    },
  };
}

const fifths = (palette: readonly ColourToken[]): Band[] =>
  palette.map((token, i) => ({
    from: i * 20,
    key: `${i * 20}-${i * 20 + 20}`,
    label: i === 4 ? '80% and more' : `${i * 20}% to under ${i * 20 + 20}%`,
    colour: tokenColour(token),
  }));

/** Reds (ColorBrewer in the light theme): more is worse (dependence on one economy or on countries of concern). */
const REDS = [
  '--color-seq-red-1',
  '--color-seq-red-2',
  '--color-seq-red-3',
  '--color-seq-red-4',
  '--color-seq-red-5',
] as const;
/** Blues (ColorBrewer in the light theme): more is the coalition's own. */
const BLUES = [
  '--color-seq-blue-1',
  '--color-seq-blue-3',
  '--color-seq-blue-4',
  '--color-seq-blue-5',
  '--color-seq-blue-7',
] as const;

/** The colour scale of a metric; `coalition` and `concern` name the groups in the title. */
export function metricScale(metric: ColourMetric, coalition: string, concern: string): ColourScale {
  switch (metric) {
    case 'top1':
      return banded('Top economy’s share of world supply', fifths(REDS));
    case 'coalition':
      return banded(`${coalition}’s share of world supply`, fifths(BLUES));
    case 'concern':
      return banded(`Share held by countries of concern (${concern})`, fifths(REDS));
    case 'hhi':
      return banded('Concentration (HHI of economy shares)', [
        {
          from: 0,
          key: 'low',
          label: 'under 0.15 (unconcentrated)',
          colour: tokenColour('--color-seq-orange-1'),
        },
        {
          from: 0.15,
          key: 'moderate',
          label: '0.15 to under 0.25 (moderate)',
          colour: tokenColour('--color-seq-orange-2'),
        },
        {
          from: 0.25,
          key: 'high',
          label: '0.25 to under 0.5 (high)',
          colour: tokenColour('--color-seq-orange-3'),
        },
        {
          from: 0.5,
          key: 'very-high',
          label: '0.5 and more (very high)',
          colour: tokenColour('--color-seq-orange-4'),
        },
      ]);
    case 'chokepoint':
      return banded('Chokepoint', [
        {
          from: 0,
          key: 'no',
          label: 'Not a chokepoint',
          colour: tokenColour('--color-chokepoint-no'),
        },
        { from: 1, key: 'yes', label: 'Chokepoint', colour: tokenColour('--color-chokepoint-yes') },
      ]);
  }
}

/** Availability before or after a shock, % of normal supply: a red scale, stronger = less left. */
export function availabilityScale(when: 'before' | 'after' = 'after'): ColourScale {
  return banded(`Availability ${when} the shock (% of normal supply)`, [
    { from: 0, key: '0-25', label: 'under 25%', colour: tokenColour('--color-avail-1') },
    { from: 25, key: '25-50', label: '25% to under 50%', colour: tokenColour('--color-avail-2') },
    { from: 50, key: '50-75', label: '50% to under 75%', colour: tokenColour('--color-avail-3') },
    { from: 75, key: '75-90', label: '75% to under 90%', colour: tokenColour('--color-avail-4') },
    { from: 90, key: '90-100', label: '90% to under 100%', colour: tokenColour('--color-avail-5') },
    { from: 100, key: '100', label: '100% (no loss)', colour: tokenColour('--color-avail-6') },
  ]);
}

/** True when the item has at least one known economy share. */
export const hasShares = (item: ChokepointItem | undefined): item is ChokepointItem =>
  item !== undefined && item.concentration.hhi !== null;

/** The number a metric colours by; null without known shares. */
export function metricValue(metric: ColourMetric, item: ChokepointItem | undefined): number | null {
  if (!hasShares(item)) return null;
  switch (metric) {
    case 'top1':
      return item.concentration.top1?.sharePct ?? null;
    case 'hhi':
      return item.concentration.hhi;
    case 'coalition':
      return item.coalitionPct;
    case 'concern':
      return item.concernPct;
    case 'chokepoint':
      return item.chokepoint ? 1 : 0;
  }
}

/** The metric in words for one item: "CHN 100%", "HHI 0.61", "chokepoint", "no known share". */
export function metricText(metric: ColourMetric, item: ChokepointItem | undefined): string {
  if (!hasShares(item)) return 'no known share';
  switch (metric) {
    case 'top1':
      return item.concentration.top1
        ? `${item.concentration.top1.iso3} ${formatShare(item.concentration.top1.sharePct)}`
        : 'no known share';
    case 'hhi':
      return `HHI ${item.concentration.hhi!.toFixed(2)}`;
    case 'coalition':
      return formatShare(item.coalitionPct);
    case 'concern':
      return formatShare(item.concernPct);
    case 'chokepoint':
      return item.chokepoint ? 'chokepoint' : 'not a chokepoint';
  }
}

/** Dark text on light fills, white on dark ones (WCAG relative luminance). */
export function inkFor(fill: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!m) return tokenColour('--color-data-ink-dark');
  const lin = (hex: string): number => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
  // Contrast with white (1.05 / (l + 0.05)) against contrast with the dark ink (≈ (l + 0.05) / 0.067).
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.067
    ? tokenColour('--color-data-ink-light')
    : tokenColour('--color-data-ink-dark');
}
