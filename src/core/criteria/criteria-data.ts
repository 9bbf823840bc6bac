// The data a criteria evaluation reads: values indexed by indicator, economy and year, with warnings.
import type { Economy } from '../economies/economy.ts';
import type { Indicator, IndicatorValue } from '../indicators/indicator.ts';
import { crossSection, type CrossSection } from './cross-section.ts';

/** What an evaluation is given: the economies that make up the world, the catalogue, the values. */
export interface CriteriaInput {
  /** The universe: every economy evaluated, and the only ones counted in world totals and ranks. */
  economies: readonly Pick<Economy, 'iso3' | 'name'>[];
  /** Catalogue entries of (at least) the indicators the set uses. */
  indicators: readonly Pick<Indicator, 'code' | 'higherIsBetter'>[];
  /** Every value the criteria may need, of any year; other indicators' values are ignored. */
  values: readonly IndicatorValue[];
}

/**
 * What looked wrong in the input, and what the evaluation did about it:
 *
 * - `values_outside_universe` — values for codes not among the economies (a regional aggregate
 *   such as `WLD`) were ignored, so they count neither as an economy nor in world totals;
 * - `duplicate_economy` — an economy was listed twice; it is evaluated once;
 * - `duplicate_value` — two values for one economy, indicator and year; the first one is used;
 * - `non_finite_value` — a value that is not a finite number was ignored;
 * - `thin_cross_section` — a world share, rank or percentile was computed in a year with fewer
 *   than {@link THIN_COVERAGE_RATIO} of the economies of the indicator's best-covered year, so
 *   world totals are understated and ranks flattered that year.
 */
export type CriteriaWarningCode =
  | 'values_outside_universe'
  | 'duplicate_economy'
  | 'duplicate_value'
  | 'non_finite_value'
  | 'thin_cross_section';

export interface CriteriaWarning {
  code: CriteriaWarningCode;
  message: string;
  /** The ISO3 or indicator codes concerned, sorted. */
  codes: string[];
}

/** Coverage below this share of the best-covered year's makes a cross-section "thin". */
export const THIN_COVERAGE_RATIO = 0.8;

/** Values indexed for evaluation; cross-sections are computed on first use and kept. */
export class CriteriaData {
  readonly warnings: CriteriaWarning[] = [];
  readonly economies: Pick<Economy, 'iso3' | 'name'>[] = [];
  private readonly higherIsBetter = new Map<string, boolean>();
  /** indicator → iso3 → values, newest first. */
  private readonly series = new Map<string, Map<string, IndicatorValue[]>>();
  /** indicator → year → values. */
  private readonly years = new Map<string, Map<number, IndicatorValue[]>>();
  private readonly sections = new Map<string, CrossSection>();
  private readonly thinWarned = new Set<string>();

  constructor(input: CriteriaInput, usedIndicators: ReadonlySet<string>) {
    const seenEconomy = new Set<string>();
    const duplicateEconomies = new Set<string>();
    for (const e of input.economies) {
      if (seenEconomy.has(e.iso3)) duplicateEconomies.add(e.iso3);
      else {
        seenEconomy.add(e.iso3);
        this.economies.push({ iso3: e.iso3, name: e.name });
      }
    }
    for (const i of input.indicators) this.higherIsBetter.set(i.code, i.higherIsBetter);

    const outside = new Set<string>();
    const duplicates = new Set<string>();
    const nonFinite = new Set<string>();
    const seenValue = new Set<string>();
    for (const v of input.values) {
      if (!usedIndicators.has(v.indicatorCode)) continue;
      if (!seenEconomy.has(v.iso3)) {
        outside.add(v.iso3);
        continue;
      }
      if (!Number.isFinite(v.value)) {
        nonFinite.add(`${v.iso3} ${v.indicatorCode} ${v.year}`);
        continue;
      }
      const key = `${v.indicatorCode}|${v.iso3}|${v.year}`;
      if (seenValue.has(key)) {
        duplicates.add(`${v.iso3} ${v.indicatorCode} ${v.year}`);
        continue;
      }
      seenValue.add(key);
      push(
        getOrAdd(this.series, v.indicatorCode, () => new Map<string, IndicatorValue[]>()),
        v.iso3,
        v,
      );
      push(
        getOrAdd(this.years, v.indicatorCode, () => new Map<number, IndicatorValue[]>()),
        v.year,
        v,
      );
    }
    for (const bySeries of this.series.values())
      for (const list of bySeries.values()) list.sort((a, b) => b.year - a.year);

    if (duplicateEconomies.size > 0)
      this.warn(
        'duplicate_economy',
        'economies listed twice were evaluated once',
        duplicateEconomies,
      );
    if (outside.size > 0)
      this.warn(
        'values_outside_universe',
        `values of ${plural(outside.size, 'code')} not among the economies were ignored (not counted in world totals or ranks)`,
        outside,
      );
    if (duplicates.size > 0)
      this.warn(
        'duplicate_value',
        `${plural(duplicates.size, 'economy–indicator–year')} had two values; the first given was used`,
        duplicates,
      );
    if (nonFinite.size > 0)
      this.warn(
        'non_finite_value',
        `${plural(nonFinite.size, 'non-finite value')} ignored`,
        nonFinite,
      );
  }

  /** Whether higher is better for the indicator; undefined when it is not in the catalogue given. */
  isHigherBetter(indicator: string): boolean | undefined {
    return this.higherIsBetter.get(indicator);
  }

  /** One economy's values of an indicator, newest first. */
  valuesOf(indicator: string, iso3: string): readonly IndicatorValue[] {
    return this.series.get(indicator)?.get(iso3) ?? [];
  }

  /** The indicator's cross-section in a year, warning once when that year's coverage is thin. */
  section(indicator: string, year: number): CrossSection {
    const key = `${indicator}|${year}`;
    let s = this.sections.get(key);
    if (s === undefined) {
      const byYear = this.years.get(indicator) ?? new Map<number, IndicatorValue[]>();
      s = crossSection(year, byYear.get(year) ?? [], this.higherIsBetter.get(indicator) ?? true);
      this.sections.set(key, s);
      const best = Math.max(0, ...[...byYear.values()].map((l) => l.length));
      if (s.placings.length < THIN_COVERAGE_RATIO * best && !this.thinWarned.has(key)) {
        this.thinWarned.add(key);
        this.warn(
          'thin_cross_section',
          `${indicator} ${year}: ${s.placings.length} economies with a value against ${best} in its best-covered year; world shares and ranks that year rest on fewer economies`,
          [indicator],
        );
      }
    }
    return s;
  }

  private warn(code: CriteriaWarningCode, message: string, codes: Iterable<string>): void {
    this.warnings.push({ code, message, codes: [...new Set(codes)].sort() });
  }
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  getOrAdd(map, key, () => []).push(value);
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
