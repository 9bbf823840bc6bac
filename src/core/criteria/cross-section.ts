// Cross-sections: one indicator in one year over every economy with a value — world total, ranks.

/** One economy's place in a cross-section. */
export interface Placing {
  iso3: string;
  value: number;
  /** 1 = best; tied values share the best rank of their group (competition ranking: 1, 2, 2, 4). */
  rank: number;
  /** 100 × (n − rank) ÷ (n − 1): 100 for the best, 0 for the worst, 100 when n = 1. */
  percentile: number;
}

/** An indicator's values in one year over the economies that have one. */
export interface CrossSection {
  year: number;
  /** Sum of the values (meaningful for additive indicators only). */
  total: number;
  /** Best first; equal values in ISO3 order. */
  placings: Placing[];
  byIso3: ReadonlyMap<string, Placing>;
}

/** Ranks values best first: highest first when higher is better, lowest first otherwise. */
export function crossSection(
  year: number,
  values: readonly { iso3: string; value: number }[],
  higherIsBetter: boolean,
): CrossSection {
  const sorted = [...values].sort(
    (a, b) =>
      (higherIsBetter ? b.value - a.value : a.value - b.value) || a.iso3.localeCompare(b.iso3),
  );
  const n = sorted.length;
  const placings: Placing[] = [];
  sorted.forEach((v, i) => {
    const previous = placings[i - 1];
    const rank = previous !== undefined && previous.value === v.value ? previous.rank : i + 1;
    placings.push({
      iso3: v.iso3,
      value: v.value,
      rank,
      percentile: n === 1 ? 100 : (100 * (n - rank)) / (n - 1),
    });
  });
  return {
    year,
    total: sorted.reduce((s, v) => s + v.value, 0),
    placings,
    byIso3: new Map(placings.map((p) => [p.iso3, p])),
  };
}
