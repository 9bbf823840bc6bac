// Complementarity: which members lead the coalition in which capability, so that each member's
// distinctive strengths are visible.
import type { IndicatorValue } from '../indicators/indicator.ts';
import { coalitionWarning, listCodes, type CoalitionWarning } from './coalition-warning.ts';
import { indicatorSeries, valuesInYear } from './indicator-series.ts';
import { chooseYear, type YearPolicy } from './year-policy.ts';

/** One capability to rank the members on; additive or not. */
export interface CapabilityIndicator {
  code: string;
  /** True when a higher value ranks first (the catalogue's `higherIsBetter`). */
  higherIsBetter: boolean;
  /** Values of the indicator, any years and economies. */
  values: readonly IndicatorValue[];
}

/** What a complementarity analysis needs. */
export interface ComplementarityInput {
  /** The coalition's economies (ISO3). */
  economies: readonly string[];
  indicators: readonly CapabilityIndicator[];
  /** Every ISO3 of the reference table, for the year policy's coverage. */
  universe: readonly string[];
  /** Applied to each indicator on its own (`'latest'` may give each a different year). */
  year: YearPolicy;
}

/** A member's place within the coalition on one indicator (1 = best). */
export interface RankedMember {
  iso3: string;
  value: number;
  rank: number;
}

/** The coalition's ranking on one indicator. */
export interface IndicatorLeaders {
  indicator: string;
  year: number | null;
  higherIsBetter: boolean;
  first: RankedMember | null;
  second: RankedMember | null;
  /** Every member with a value, best first; equal values in alphabetical order of ISO3. */
  ranking: RankedMember[];
  /** Members without a value in the year, sorted. */
  missing: string[];
  /** True when equal values decided who is first or second (alphabetically by ISO3). */
  tieBrokenByCode: boolean;
}

/** An indicator where a member ranks first or second within the coalition. */
export interface Strength {
  indicator: string;
  rank: 1 | 2;
}

/** A member's distinctive strengths: the indicators where it ranks first or second. */
export interface MemberStrengths {
  iso3: string;
  /** In the order of the input indicators. */
  strengths: Strength[];
  /** Indicators where the member has no value in the year used, in input order. */
  indicatorsWithoutData: string[];
}

/** Leaders per indicator and strengths per member. */
export interface Complementarity {
  indicators: IndicatorLeaders[];
  /** Every member, alphabetical. */
  members: MemberStrengths[];
  /** Members with no value for any indicator, sorted. */
  membersWithoutData: string[];
  warnings: CoalitionWarning[];
}

/**
 * For each capability indicator, the members ranked first and second within the coalition
 * (highest first, or lowest where lower is better; equal values ordered alphabetically by ISO3,
 * and flagged); for each member, the indicators where it ranks first or second.
 */
export function complementarity(input: ComplementarityInput): Complementarity {
  const universe = new Set(input.universe);
  const given = [...new Set(input.economies)].sort();
  const coalition = given.filter((e) => universe.has(e));
  const warnings: CoalitionWarning[] = [];
  const unknown = given.filter((e) => !universe.has(e));
  if (unknown.length > 0)
    warnings.push(
      coalitionWarning(
        'unknown_economy',
        `${listCodes(unknown)} not in the reference table`,
        unknown,
      ),
    );

  const indicators = input.indicators.map((ind) => {
    const series = indicatorSeries(ind.values, ind.code, universe);
    const choice = chooseYear(series, input.year);
    warnings.push(...series.warnings, ...choice.warnings);
    const inYear =
      choice.year === null ? new Map<string, IndicatorValue>() : valuesInYear(series, choice.year);
    const leaders = rankMembers(ind, choice.year, coalition, inYear);
    if (leaders.tieBrokenByCode)
      warnings.push(
        coalitionWarning(
          'tie_broken_by_code',
          `${ind.code}: equal values among the leaders were ordered alphabetically`,
          tiedAtTop(leaders.ranking),
        ),
      );
    return leaders;
  });

  const members = coalition.map((iso3) => ({
    iso3,
    strengths: indicators.flatMap((l): Strength[] => {
      if (l.first?.iso3 === iso3) return [{ indicator: l.indicator, rank: 1 }];
      if (l.second?.iso3 === iso3) return [{ indicator: l.indicator, rank: 2 }];
      return [];
    }),
    indicatorsWithoutData: indicators
      .filter((l) => l.missing.includes(iso3))
      .map((l) => l.indicator),
  }));
  const membersWithoutData = members
    .filter((m) => m.indicatorsWithoutData.length === indicators.length && indicators.length > 0)
    .map((m) => m.iso3);
  return { indicators, members, membersWithoutData, warnings };
}

function rankMembers(
  ind: CapabilityIndicator,
  year: number | null,
  coalition: readonly string[],
  inYear: ReadonlyMap<string, IndicatorValue>,
): IndicatorLeaders {
  const sign = ind.higherIsBetter ? -1 : 1;
  const ranking = coalition
    .flatMap((iso3) => {
      const v = inYear.get(iso3);
      return v === undefined ? [] : [{ iso3, value: v.value }];
    })
    .sort((a, b) => sign * (a.value - b.value) || a.iso3.localeCompare(b.iso3))
    .map((m, i) => ({ ...m, rank: i + 1 }));
  const [first, second, third] = ranking;
  return {
    indicator: ind.code,
    year,
    higherIsBetter: ind.higherIsBetter,
    first: first ?? null,
    second: second ?? null,
    ranking,
    missing: coalition.filter((e) => !inYear.has(e)),
    tieBrokenByCode:
      (first !== undefined && first.value === second?.value) ||
      (second !== undefined && second.value === third?.value),
  };
}

/** The members whose values tie with the first or the second. */
function tiedAtTop(ranking: readonly RankedMember[]): string[] {
  const top = ranking.slice(0, 2).map((m) => m.value);
  return ranking
    .filter((m) => top.includes(m.value) && ranking.some((o) => o !== m && o.value === m.value))
    .map((m) => m.iso3);
}
