// Year policies: which year of an indicator a coalition analysis uses.
import { coalitionWarning, type CoalitionWarning } from './coalition-warning.ts';
import type { IndicatorSeries } from './indicator-series.ts';

/**
 * Which year to use:
 *
 * - `{ year }` — exactly that year, whatever its coverage (a warning when coverage is low);
 * - `'latest'` — the latest year whose coverage (economies with a value) is at least
 *   {@link LATEST_MIN_COVERAGE_RATIO} of the best-covered year's coverage, so that a recent year
 *   that only a few economies have reported yet does not distort shares of the world.
 */
export type YearPolicy = 'latest' | { year: number };

/**
 * The least coverage, as a fraction of the best-covered year's, that `'latest'` accepts: 0.8.
 * World Bank GDP for 2023 (185 economies against 209 in the best year, 89%) passes; a year that
 * only the large economies have reported yet does not.
 */
export const LATEST_MIN_COVERAGE_RATIO = 0.8;

/** The year chosen, with its coverage. */
export interface YearChoice {
  /** Null when the indicator has no value at all (policy `'latest'`). */
  year: number | null;
  /** Economies with a value in that year. */
  economiesWithData: number;
  warnings: CoalitionWarning[];
}

/** Chooses the year of a series under a policy. */
export function chooseYear(series: IndicatorSeries, policy: YearPolicy): YearChoice {
  const coverage = [...series.byYear].map(([year, m]) => ({ year, n: m.size }));
  coverage.sort((a, b) => a.year - b.year);
  const best = Math.max(0, ...coverage.map((c) => c.n));
  const enough = (n: number): boolean => n > 0 && n >= LATEST_MIN_COVERAGE_RATIO * best;
  const pct = (n: number): string => `${Math.round((100 * n) / best)}%`;

  if (policy !== 'latest') {
    const n = series.byYear.get(policy.year)?.size ?? 0;
    const warnings =
      n > 0 && !enough(n)
        ? [
            coalitionWarning(
              'low_coverage',
              `${series.indicator} ${policy.year}: ${n} economies have a value, ${pct(n)} of the best-covered year's ${best}; world totals and shares may be distorted`,
            ),
          ]
        : [];
    return { year: policy.year, economiesWithData: n, warnings };
  }

  const chosen = coverage.filter((c) => enough(c.n)).at(-1);
  if (chosen === undefined) return { year: null, economiesWithData: 0, warnings: [] };
  const skipped = coverage.filter((c) => c.year > chosen.year);
  const warnings =
    skipped.length > 0
      ? [
          coalitionWarning(
            'sparse_year_skipped',
            `${series.indicator}: used ${chosen.year}; later years have too few values (${skipped
              .map((c) => `${c.year}: ${c.n} economies, ${pct(c.n)}`)
              .join('; ')} of the best-covered year's ${best})`,
          ),
        ]
      : [];
  return { year: chosen.year, economiesWithData: chosen.n, warnings };
}
