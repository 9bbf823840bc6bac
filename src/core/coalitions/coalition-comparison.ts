// Side-by-side comparison: several coalitions' leverage, one row per indicator.
import { coalitionWarning, type CoalitionWarning } from './coalition-warning.ts';
import type { CoalitionLeverage, ShareUnavailableReason } from './leverage.ts';

/** One coalition's leverage results, from `coalitionLeverage`, one per indicator. */
export interface CoalitionLeverageSet {
  coalition: string;
  results: readonly CoalitionLeverage[];
}

/** One coalition's figures for one indicator. */
export interface ComparisonCell {
  year: number | null;
  sharePct: number | null;
  coalitionValue: number | null;
  worldValue: number | null;
  coalitionEconomiesMissing: string[];
  /** Why `sharePct` is null, if it is. */
  shareUnavailable: ShareUnavailableReason | null;
}

/** One indicator across the coalitions; `cells[i]` belongs to `coalitions[i]`, null if absent. */
export interface ComparisonRow {
  indicator: string;
  cells: (ComparisonCell | null)[];
}

/** The comparison table. */
export interface CoalitionComparison {
  /** Column order: the coalitions in the order given. */
  coalitions: string[];
  /** Row order: indicators in the order they first appear. */
  rows: ComparisonRow[];
  warnings: CoalitionWarning[];
}

/**
 * Lays several coalitions' leverage side by side: a row per indicator, a column per coalition.
 * An indicator a coalition was not measured on gets a null cell; where one indicator was measured
 * in different years for different coalitions, a warning says the shares are not comparable.
 */
export function compareCoalitions(sets: readonly CoalitionLeverageSet[]): CoalitionComparison {
  const indicators = [...new Set(sets.flatMap((s) => s.results.map((r) => r.indicator)))];
  const warnings: CoalitionWarning[] = [];
  const rows = indicators.map((indicator): ComparisonRow => {
    const cells = sets.map((s) => {
      const r = s.results.find((x) => x.indicator === indicator);
      return r === undefined ? null : cell(r);
    });
    const years = new Set(cells.flatMap((c) => (c === null || c.year === null ? [] : [c.year])));
    if (years.size > 1)
      warnings.push(
        coalitionWarning(
          'years_differ',
          `${indicator} was measured in different years (${[...years].sort().join(', ')}): shares are not comparable`,
          [indicator],
        ),
      );
    return { indicator, cells };
  });
  return { coalitions: sets.map((s) => s.coalition), rows, warnings };
}

const cell = (r: CoalitionLeverage): ComparisonCell => ({
  year: r.year,
  sharePct: r.sharePct,
  coalitionValue: r.coalitionValue,
  worldValue: r.worldValue,
  coalitionEconomiesMissing: r.coalitionEconomiesMissing,
  shareUnavailable: r.shareUnavailable?.reason ?? null,
});
