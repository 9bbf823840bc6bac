// What-if in the browser: a coalition's share of the world before and after adding or removing
// economies, from one indicator's values in one year. Same rule as the API's leverage: the world
// is the sum over every economy with a value that year, never a regional aggregate.

/** One indicator's values in one year, by ISO3. */
export type YearValues = ReadonlyMap<string, number>;

export interface ShareOfWorld {
  /** Sum over the set's economies with a value; null when none has one. */
  value: number | null;
  /** 100 × value / world; null when there is no value or the world total is zero. */
  sharePct: number | null;
  /** Economies of the set without a value that year, sorted. */
  missing: string[];
}

export interface WhatIfShares {
  /** Sum over every economy with a value that year. */
  worldValue: number;
  economiesWithData: number;
  before: ShareOfWorld;
  after: ShareOfWorld;
  /** after − before in percentage points; null when either share is null. */
  deltaPoints: number | null;
}

function shareOf(economies: readonly string[], values: YearValues, world: number): ShareOfWorld {
  const set = [...new Set(economies)].sort();
  const withData = set.filter((e) => values.has(e));
  const value = withData.length > 0 ? withData.reduce((s, e) => s + values.get(e)!, 0) : null;
  return {
    value,
    sharePct: value === null || world === 0 ? null : (100 * value) / world,
    missing: set.filter((e) => !values.has(e)),
  };
}

/** The share of `before` and of `after` (two sets of ISO3 codes) in the world of `values`. */
export function whatIfShares(
  values: YearValues,
  before: readonly string[],
  after: readonly string[],
): WhatIfShares {
  let world = 0;
  for (const v of values.values()) world += v;
  const b = shareOf(before, values, world);
  const a = shareOf(after, values, world);
  return {
    worldValue: world,
    economiesWithData: values.size,
    before: b,
    after: a,
    deltaPoints: a.sharePct === null || b.sharePct === null ? null : a.sharePct - b.sharePct,
  };
}

/**
 * Researchers as a head count, as the API derives them: researchers per million × population
 * / 1,000,000, for the economies having both in the year.
 */
export function derivedResearchers(perMillion: YearValues, population: YearValues): YearValues {
  const out = new Map<string, number>();
  for (const [iso3, r] of perMillion) {
    const p = population.get(iso3);
    if (p !== undefined) out.set(iso3, (r * p) / 1e6);
  }
  return out;
}
