// The `internet_shutdowns` indicator: internet shutdowns per economy and year, counted from the
// shutdown cases the way Access Now counts them.
import type { IndicatorValue } from '../indicators/indicator.ts';
import { caseYear, type MisuseCase } from './case.ts';

export const INTERNET_SHUTDOWNS_CODE = 'internet_shutdowns';

export interface ShutdownCounts {
  /** One value per economy and year with at least one shutdown (no zero rows). */
  values: IndicatorValue[];
  /** Shutdown cases naming several countries: counted for none of them (see below). */
  multiCountry: MisuseCase[];
  /** Shutdown cases without a year: counted nowhere. */
  undated: MisuseCase[];
}

/**
 * Counts `internet-shutdown` cases per economy and year ({@link caseYear}: Access Now's
 * `count_year`, not the start year). A case naming several countries (one regional event, e.g.
 * the cable cut over five East African countries in June 2024) is counted for none: Access Now's
 * per-country figures (Myanmar 85, India 84 in 2024) count single-country events only, and one
 * event is not several shutdowns. Such cases are returned so the import can say so. Economies
 * without a shutdown in a year get no value (not a zero): the caller decides what absence means.
 */
export function countShutdowns(cases: readonly MisuseCase[], sourceId: string): ShutdownCounts {
  const counts = new Map<string, number>();
  const multiCountry: MisuseCase[] = [];
  const undated: MisuseCase[] = [];
  for (const c of cases) {
    if (c.kind !== 'internet-shutdown') continue;
    const year = caseYear(c);
    if (year === null) {
      undated.push(c);
      continue;
    }
    if (c.countries.length !== 1) {
      multiCountry.push(c);
      continue;
    }
    const k = `${c.countries[0]}|${year}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const values = [...counts]
    .map(([k, value]): IndicatorValue => {
      const [iso3, year] = k.split('|') as [string, string];
      return { iso3, indicatorCode: INTERNET_SHUTDOWNS_CODE, year: Number(year), value, sourceId };
    })
    .sort((a, b) => a.year - b.year || a.iso3.localeCompare(b.iso3));
  return { values, multiCountry, undated };
}
