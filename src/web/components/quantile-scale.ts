// A sequential colour scale by quantiles: robust to skewed data (GDP, population), with rounded
// thresholds so the legend reads well and matches the colours exactly.

/** Blues, lowest first (tokens.css; the lowest stays distinct from the grey "no data" hatch). */
export const SEQUENTIAL_BLUES = [
  'var(--color-seq-blue-1)',
  'var(--color-seq-blue-2)',
  'var(--color-seq-blue-3)',
  'var(--color-seq-blue-4)',
  'var(--color-seq-blue-5)',
  'var(--color-seq-blue-6)',
  'var(--color-seq-blue-7)',
] as const;

export interface Bin {
  /** Inclusive lower bound; null for the first bin. */
  from: number | null;
  /** Exclusive upper bound; null for the last bin. */
  to: number | null;
  /** Set when the bin holds exactly one value (few distinct values, e.g. a 0–3 category). */
  exact: number | null;
  colour: string;
  count: number;
}

export interface QuantileScale {
  bins: Bin[];
  colourOf(value: number): string;
}

const round2 = (v: number): number => (v === 0 ? 0 : Number(v.toPrecision(2)));

const spread = (palette: readonly string[], n: number): string[] =>
  n === 1
    ? [palette[Math.floor(palette.length / 2)]!]
    : Array.from(
        { length: n },
        (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!,
      );

const quantile = (sorted: readonly number[], p: number): number => {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
};

/** Bins `values` into at most `palette.length` classes of about equal size. */
export function quantileScale(
  values: readonly number[],
  palette: readonly string[] = SEQUENTIAL_BLUES,
): QuantileScale {
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  let bins: Bin[];
  if (distinct.length === 0) bins = [];
  else if (distinct.length <= palette.length) {
    const colours = spread(palette, distinct.length);
    bins = distinct.map((v, i) => ({
      from: v,
      to: distinct[i + 1] ?? null,
      exact: v,
      colour: colours[i]!,
      count: 0,
    }));
  } else {
    const thresholds: number[] = [];
    for (let i = 1; i < palette.length; i++) {
      const t = round2(quantile(sorted, i / palette.length));
      if (
        t > sorted[0]! &&
        t <= sorted[sorted.length - 1]! &&
        t > (thresholds[thresholds.length - 1] ?? -Infinity)
      )
        thresholds.push(t);
    }
    const colours = spread(palette, thresholds.length + 1);
    bins = colours.map((colour, i) => ({
      from: i === 0 ? null : thresholds[i - 1]!,
      to: thresholds[i] ?? null,
      exact: null,
      colour,
      count: 0,
    }));
  }
  const binOf = (v: number): Bin | undefined => {
    for (let i = bins.length - 1; i >= 0; i--) {
      const b = bins[i]!;
      if (b.from === null || v >= b.from) return b;
    }
    return bins[0];
  };
  for (const v of sorted) {
    const b = binOf(v);
    if (b) b.count++;
  }
  return { bins, colourOf: (v) => binOf(v)?.colour ?? palette[0]! };
}
