// An indicator's values, checked and indexed by year and economy, for the coalition analytics.
import type { IndicatorValue } from '../indicators/indicator.ts';
import { coalitionWarning, listCodes, type CoalitionWarning } from './coalition-warning.ts';

/** One indicator's values by year, then by ISO3; one value per economy and year. */
export interface IndicatorSeries {
  indicator: string;
  byYear: Map<number, Map<string, IndicatorValue>>;
  warnings: CoalitionWarning[];
}

/**
 * Indexes the values of one indicator by year and economy. Values of other indicators, values for
 * codes outside `universe` (regional aggregates such as `WLD`; pass `null` to accept every code)
 * and second values for the same economy and year are left out, each kind named in a warning.
 */
export function indicatorSeries(
  values: readonly IndicatorValue[],
  indicator: string,
  universe: ReadonlySet<string> | null,
): IndicatorSeries {
  const byYear = new Map<number, Map<string, IndicatorValue>>();
  const otherIndicators = new Set<string>();
  const outside = new Set<string>();
  const duplicates = new Set<string>();
  for (const v of values) {
    if (v.indicatorCode !== indicator) otherIndicators.add(v.indicatorCode);
    else if (universe !== null && !universe.has(v.iso3)) outside.add(v.iso3);
    else {
      let year = byYear.get(v.year);
      if (year === undefined) byYear.set(v.year, (year = new Map<string, IndicatorValue>()));
      if (year.has(v.iso3)) duplicates.add(`${v.iso3} ${v.year}`);
      else year.set(v.iso3, v);
    }
  }
  const warnings: CoalitionWarning[] = [];
  if (otherIndicators.size > 0)
    warnings.push(
      coalitionWarning(
        'other_indicator_values',
        `values of ${listCodes([...otherIndicators].sort())} were ignored: only ${indicator} is analysed`,
        otherIndicators,
      ),
    );
  if (outside.size > 0)
    warnings.push(
      coalitionWarning(
        'values_outside_universe',
        `${indicator}: values for ${listCodes([...outside].sort())} were ignored: not economies of the reference table (aggregates never count)`,
        outside,
      ),
    );
  if (duplicates.size > 0)
    warnings.push(
      coalitionWarning(
        'duplicate_value',
        `${indicator}: more than one value for ${listCodes([...duplicates].sort())}; the first one given is used`,
        [...duplicates].map((d) => d.slice(0, d.indexOf(' '))),
      ),
    );
  return { indicator, byYear, warnings };
}

/** The values of one year by ISO3 (empty when the year has none). */
export function valuesInYear(series: IndicatorSeries, year: number): Map<string, IndicatorValue> {
  return series.byYear.get(year) ?? new Map<string, IndicatorValue>();
}
