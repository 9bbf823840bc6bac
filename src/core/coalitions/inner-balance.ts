// Inner balance: how an additive indicator's coalition total divides among the members, and
// whether one of them dominates.
import type { IndicatorValue } from '../indicators/indicator.ts';
import { coalitionWarning, listCodes, type CoalitionWarning } from './coalition-warning.ts';
import { indicatorSeries, valuesInYear } from './indicator-series.ts';

/**
 * A member dominates when its share of the coalition total is strictly greater than this
 * fraction: 0.5, "holds more than half". A member with exactly half is not dominant.
 */
export const DOMINANCE_THRESHOLD = 0.5;

/** What an inner-balance analysis needs. */
export interface InnerBalanceInput {
  indicator: string;
  /** The coalition's economies (ISO3). */
  economies: readonly string[];
  /** Values of the indicator; only the members' values in `year` are used. */
  values: readonly IndicatorValue[];
  /** The year to use: take the year of the coalition's leverage result, so both views agree. */
  year: number;
  /** Whether values may be summed (see `ADDITIVE_INDICATOR_CODES`). */
  additive: boolean;
  /** Fraction of the total above which a member dominates; default {@link DOMINANCE_THRESHOLD}. */
  dominanceThreshold?: number;
}

/** One member's part of the coalition total. */
export interface MemberShare {
  iso3: string;
  value: number;
  /** 100 × value / coalition total, unrounded. */
  sharePct: number;
}

/**
 * Why an inner balance has no shares:
 *
 * - `not_additive` — a ratio or an index has no total to divide;
 * - `empty_coalition` — the coalition has no economy;
 * - `no_coalition_data` — no member has a value in the year;
 * - `zero_total` — the members' values sum to zero.
 */
export type BalanceUnavailableReason =
  'not_additive' | 'empty_coalition' | 'no_coalition_data' | 'zero_total';

/** How a coalition's total divides among its members. */
export interface InnerBalance {
  indicator: string;
  year: number;
  /** Sum over the members with a value; null when there are no shares. */
  coalitionValue: number | null;
  /** Members with a value, largest share first (equal values: alphabetical by ISO3). */
  members: MemberShare[];
  /** The first of `members`; null when there are no shares. */
  largest: MemberShare | null;
  /**
   * Herfindahl–Hirschman index within the coalition: the sum of the squared shares as fractions,
   * from 1/n (n members with equal shares) to 1 (one member holds everything). Multiply by 10,000
   * for the antitrust scale. Null when there are no shares.
   */
  hhi: number | null;
  /** True when the largest member's share is strictly greater than `dominanceThreshold`. */
  dominant: boolean;
  dominanceThreshold: number;
  /** Members without a value in the year, sorted. */
  missing: string[];
  /** Ids of the sources of the members' values, sorted. */
  sources: string[];
  shareUnavailable: { reason: BalanceUnavailableReason; message: string } | null;
  warnings: CoalitionWarning[];
}

/**
 * Each member's share of the coalition's total of an additive indicator in one year, the largest
 * member, the HHI within the coalition and whether one member dominates. Members without a value
 * are listed; the others' shares are then shares of the reported total only.
 */
export function innerBalance(input: InnerBalanceInput): InnerBalance {
  const threshold = input.dominanceThreshold ?? DOMINANCE_THRESHOLD;
  const coalition = [...new Set(input.economies)].sort();
  const members = new Set(coalition);
  const series = indicatorSeries(
    input.values.filter((v) => members.has(v.iso3)),
    input.indicator,
    null,
  );
  const inYear = valuesInYear(series, input.year);
  const missing = coalition.filter((e) => !inYear.has(e));
  const warnings = [...series.warnings];
  const result: InnerBalance = {
    indicator: input.indicator,
    year: input.year,
    coalitionValue: null,
    members: [],
    largest: null,
    hhi: null,
    dominant: false,
    dominanceThreshold: threshold,
    missing,
    sources: [...new Set([...inYear.values()].map((v) => v.sourceId))].sort(),
    shareUnavailable: null,
    warnings,
  };
  const unavailable = (reason: BalanceUnavailableReason, message: string): InnerBalance => ({
    ...result,
    shareUnavailable: { reason, message },
  });

  if (!input.additive)
    return unavailable(
      'not_additive',
      `${input.indicator} is a ratio or an index, not an amount: the coalition has no total to divide among its members`,
    );
  if (coalition.length === 0) return unavailable('empty_coalition', 'the coalition has no economy');
  if (inYear.size === 0)
    return unavailable(
      'no_coalition_data',
      `no member has a value of ${input.indicator} in ${input.year}`,
    );
  if (missing.length > 0)
    warnings.push(
      coalitionWarning(
        'share_understated',
        `${listCodes(missing)} ${missing.length === 1 ? 'has' : 'have'} no value of ${input.indicator} in ${input.year}: the other members' shares are shares of the reported total only`,
        missing,
      ),
    );
  const total = [...inYear.values()].reduce((s, v) => s + v.value, 0);
  result.coalitionValue = total;
  if (total === 0)
    return unavailable('zero_total', `the members' values of ${input.indicator} sum to zero`);

  const fractions = [...inYear.values()]
    .map((v) => ({ iso3: v.iso3, value: v.value, fraction: v.value / total }))
    .sort((a, b) => b.value - a.value || a.iso3.localeCompare(b.iso3));
  const first = fractions[0];
  const tied = fractions.filter((m) => m.value === first?.value).map((m) => m.iso3);
  if (tied.length > 1)
    warnings.push(
      coalitionWarning(
        'tie_broken_by_code',
        `${listCodes(tied)} hold the same largest value; the largest member is named alphabetically`,
        tied,
      ),
    );
  result.members = fractions.map((m) => ({
    iso3: m.iso3,
    value: m.value,
    sharePct: 100 * m.fraction,
  }));
  result.largest = result.members[0] ?? null;
  result.hhi = fractions.reduce((s, m) => s + m.fraction * m.fraction, 0);
  result.dominant = first !== undefined && first.fraction > threshold;
  return result;
}
