// Researchers as a head count, derived from researchers per million and population, so that a
// coalition's share of the world's researchers can be summed.
import type { IndicatorValue } from '../indicators/indicator.ts';

/** The code of the derived head count; not a catalogue code, since it is never stored. */
export const DERIVED_RESEARCHERS_CODE = 'researchers_derived';

/** Derived head counts, and the sources of both inputs. */
export interface DerivedResearchers {
  /**
   * One value per economy and year having both inputs. Each value's `sourceId` is that of its
   * researchers-per-million value; the population sources are in {@link sourceIds}.
   */
  values: IndicatorValue[];
  /** Every source used, of either input, sorted. */
  sourceIds: string[];
}

/**
 * Researchers (head count) = `researchers_per_million` × `population` / 1,000,000, per economy
 * and year where both are known (the first value given wins where an input repeats). The count
 * inherits the thin coverage of the per-million ratio (UNESCO reports it for about 80 economies a
 * year), so the world total it sums to is the world of the reporting economies.
 */
export function derivedResearchers(
  perMillion: readonly IndicatorValue[],
  population: readonly IndicatorValue[],
): DerivedResearchers {
  const key = (v: IndicatorValue): string => `${v.iso3} ${v.year}`;
  const people = new Map<string, IndicatorValue>();
  for (const p of population) if (!people.has(key(p))) people.set(key(p), p);
  const seen = new Set<string>();
  const values: IndicatorValue[] = [];
  const sourceIds = new Set<string>();
  for (const r of perMillion) {
    const p = people.get(key(r));
    if (p === undefined || seen.has(key(r))) continue;
    seen.add(key(r));
    values.push({
      iso3: r.iso3,
      indicatorCode: DERIVED_RESEARCHERS_CODE,
      year: r.year,
      value: (r.value * p.value) / 1e6,
      sourceId: r.sourceId,
    });
    sourceIds.add(r.sourceId).add(p.sourceId);
  }
  return { values, sourceIds: [...sourceIds].sort() };
}
