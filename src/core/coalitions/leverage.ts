// Leverage: a coalition's share of the world for one indicator, in one year.
import type { IndicatorValue } from '../indicators/indicator.ts';
import { coalitionWarning, listCodes, type CoalitionWarning } from './coalition-warning.ts';
import { indicatorSeries, valuesInYear } from './indicator-series.ts';
import { chooseYear, type YearPolicy } from './year-policy.ts';

/** What a leverage analysis needs: one coalition, one indicator, every value of it. */
export interface LeverageInput {
  /** Indicator code, e.g. `gdp_usd`. */
  indicator: string;
  /** The coalition's economies (ISO3), e.g. from `coalitionEconomies`. */
  economies: readonly string[];
  /** Values of the indicator, any years; other indicators and aggregates are ignored with a warning. */
  values: readonly IndicatorValue[];
  /** Every ISO3 of the reference table: the world is the sum over these economies. */
  universe: readonly string[];
  year: YearPolicy;
  /** Whether values may be summed (see `ADDITIVE_INDICATOR_CODES`); if not, no share is given. */
  additive: boolean;
}

/**
 * Why a leverage result has no share:
 *
 * - `not_additive` — the indicator is a ratio or an index; sums of it mean nothing;
 * - `no_data` — no economy has a value in the year (or in any year, under `'latest'`);
 * - `empty_coalition` — the coalition has no economy of the reference table;
 * - `no_coalition_data` — no coalition economy has a value in the year;
 * - `zero_world_total` — the world total is zero, so no share can be divided out.
 */
export type ShareUnavailableReason =
  'not_additive' | 'no_data' | 'empty_coalition' | 'no_coalition_data' | 'zero_world_total';

/** A coalition's weight in the world for one indicator. */
export interface CoalitionLeverage {
  indicator: string;
  /** The year used; null when the indicator has no value at all. */
  year: number | null;
  /** Sum over the coalition economies with a value; null when there is no share. */
  coalitionValue: number | null;
  /** Sum over the reference table's economies with a value that year — never an aggregate. */
  worldValue: number | null;
  /** 100 × coalitionValue / worldValue, unrounded; null with a reason in `shareUnavailable`. */
  sharePct: number | null;
  /** Economies of the reference table with a value that year (the world's coverage). */
  economiesWithData: number;
  coalitionEconomiesWithData: number;
  /** Coalition economies without a value that year, sorted. */
  coalitionEconomiesMissing: string[];
  /** Ids of the sources of the values read for that year, sorted. */
  sources: string[];
  /** How the world total is made: always the sum of the economies of the reference table. */
  worldBasis: 'sum-of-economies';
  shareUnavailable: { reason: ShareUnavailableReason; message: string } | null;
  warnings: CoalitionWarning[];
}

/**
 * A coalition's share of the world for one indicator: the sum of its economies' values over the
 * sum of all economies' values in the reference table, in the year the policy picks. The world
 * total is never a regional aggregate (World Bank `WLD`): economies without a value that year are
 * absent from both totals, and the output says how many had one. Missing coalition economies are
 * listed and warned about, since they understate the share. Non-additive indicators get no sums
 * and no share, with the reason.
 */
export function coalitionLeverage(input: LeverageInput): CoalitionLeverage {
  const universe = new Set(input.universe);
  const series = indicatorSeries(input.values, input.indicator, universe);
  const choice = chooseYear(series, input.year);
  const warnings = [...series.warnings, ...choice.warnings];

  const unknown = input.economies.filter((e) => !universe.has(e));
  if (unknown.length > 0)
    warnings.push(
      coalitionWarning(
        'unknown_economy',
        `${listCodes(unknown)} not in the reference table: left out of the coalition's total`,
        unknown,
      ),
    );
  const coalition = [...new Set(input.economies.filter((e) => universe.has(e)))].sort();
  const inYear =
    choice.year === null ? new Map<string, IndicatorValue>() : valuesInYear(series, choice.year);
  const withData = coalition.filter((e) => inYear.has(e));
  const missing = coalition.filter((e) => !inYear.has(e));

  const result: CoalitionLeverage = {
    indicator: input.indicator,
    year: choice.year,
    coalitionValue: null,
    worldValue: null,
    sharePct: null,
    economiesWithData: inYear.size,
    coalitionEconomiesWithData: withData.length,
    coalitionEconomiesMissing: missing,
    sources: [...new Set([...inYear.values()].map((v) => v.sourceId))].sort(),
    worldBasis: 'sum-of-economies',
    shareUnavailable: null,
    warnings,
  };
  const unavailable = (reason: ShareUnavailableReason, message: string): CoalitionLeverage => ({
    ...result,
    shareUnavailable: { reason, message },
  });

  if (!input.additive)
    return unavailable(
      'not_additive',
      `${input.indicator} is a ratio or an index, not an amount: values of economies cannot be summed, so the coalition has no share of a world total; compare members' values instead`,
    );
  if (inYear.size === 0)
    return unavailable(
      'no_data',
      choice.year === null
        ? `${input.indicator} has no value for any economy`
        : `${input.indicator} has no value for any economy in ${choice.year}`,
    );
  result.worldValue = sum([...inYear.values()]);
  if (coalition.length === 0)
    return unavailable('empty_coalition', 'the coalition has no economy of the reference table');
  if (withData.length === 0)
    return unavailable(
      'no_coalition_data',
      `no coalition economy has a value of ${input.indicator} in ${choice.year}`,
    );
  result.coalitionValue = sum(withData.map((e) => inYear.get(e)!));
  if (missing.length > 0)
    warnings.push(
      coalitionWarning(
        'share_understated',
        `share understated: ${listCodes(missing)} ${missing.length === 1 ? 'has' : 'have'} no value of ${input.indicator} in ${choice.year}`,
        missing,
      ),
    );
  if (result.worldValue === 0)
    return unavailable(
      'zero_world_total',
      `the world total of ${input.indicator} in ${choice.year} is zero`,
    );
  result.sharePct = (100 * result.coalitionValue) / result.worldValue;
  return result;
}

const sum = (values: readonly IndicatorValue[]): number => values.reduce((s, v) => s + v.value, 0);
