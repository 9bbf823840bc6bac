// Who has been taking the new committees: active committees counted by the year they were
// created and the economy (or group of economies) holding their secretariat. The data names
// only the current holder, so a committee created in 1990 whose secretariat moved in 2015 counts
// for the 2015 holder in 1990: the series read "committees created in year Y that economy E leads
// today", not "secretariats E took in year Y". Suspended and disbanded committees are left out,
// like everywhere else in the standards analyses.
import type { Committee } from './committee.ts';

export interface TrendGroup {
  /** The group's code (`G7`, `members`, `concern`). */
  code: string;
  economies: readonly string[];
}

export interface TrendOptions {
  /**
   * The economies to draw one series each for (ISO3). Without economies and without groups: every
   * economy holding the secretariat of a counted committee.
   */
  economies?: readonly string[];
  groups?: readonly TrendGroup[];
  /** First year shown; default the earliest creation year of an active committee. */
  from?: number;
  /** Last year shown; default the latest. */
  to?: number;
}

export interface TrendSeries {
  kind: 'economy' | 'group';
  /** The ISO3 code or the group's code. */
  code: string;
  /** Committees created in each year of `years` whose secretariat the economy (group) holds. */
  counts: number[];
  /** The sum of `counts`. */
  total: number;
}

export interface SecretariatTrend {
  /** Every year from `from` to `to`, gaps included. */
  years: number[];
  /** Active committees created in each year, whoever holds the secretariat (or none). */
  totals: number[];
  /** Economies first (in the order asked, or by total descending then ISO3), then groups. */
  series: TrendSeries[];
  /** Active committees without a creation date (counted in no year). */
  undated: number;
}

const yearOf = (c: Committee): number | null => {
  const y = c.created === null ? NaN : Number(c.created.slice(0, 4));
  return Number.isInteger(y) ? y : null;
};

/** Active committees by creation year and the economy (group) holding their secretariat today. */
export function secretariatTrend(
  committees: readonly Committee[],
  opts: TrendOptions = {},
): SecretariatTrend {
  const active = committees.filter((c) => c.status === 'active');
  const dated = active.flatMap((c) => {
    const year = yearOf(c);
    return year === null ? [] : [{ year, secretariat: c.secretariat }];
  });
  const allYears = dated.map((d) => d.year);
  const from = opts.from ?? (allYears.length === 0 ? 0 : Math.min(...allYears));
  const to = opts.to ?? (allYears.length === 0 ? -1 : Math.max(...allYears));
  const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const inRange = dated.filter((d) => d.year >= from && d.year <= to);

  const countFor = (economies: ReadonlySet<string>): number[] => {
    const counts = years.map(() => 0);
    for (const d of inRange)
      if (d.secretariat !== null && economies.has(d.secretariat)) counts[d.year - from]! += 1;
    return counts;
  };
  const series = (kind: TrendSeries['kind'], code: string, economies: ReadonlySet<string>) => {
    const counts = countFor(economies);
    return { kind, code, counts, total: counts.reduce((s, n) => s + n, 0) };
  };

  let economySeries: TrendSeries[];
  if (opts.economies !== undefined)
    economySeries = [...new Set(opts.economies)].map((e) => series('economy', e, new Set([e])));
  else if (opts.groups !== undefined) economySeries = [];
  else
    economySeries = [...new Set(inRange.flatMap((d) => d.secretariat ?? []))]
      .map((e) => series('economy', e, new Set([e])))
      .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : 1));
  const groupSeries = (opts.groups ?? []).map((g) => series('group', g.code, new Set(g.economies)));

  const totals = years.map(() => 0);
  for (const d of inRange) totals[d.year - from]! += 1;
  return {
    years,
    totals,
    series: [...economySeries, ...groupSeries],
    undated: active.length - dated.length,
  };
}
