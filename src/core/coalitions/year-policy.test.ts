import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { indicatorSeries } from './indicator-series.ts';
import { chooseYear, LATEST_MIN_COVERAGE_RATIO, type YearPolicy } from './year-policy.ts';

const ECONOMIES = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'III', 'JJJ'];
/** Values for the first `n` economies in `year`. */
const covered = (year: number, n: number): IndicatorValue[] =>
  ECONOMIES.slice(0, n).map((iso3) => ({
    iso3,
    indicatorCode: 'gdp_usd',
    year,
    value: 1,
    sourceId: 's',
  }));
const choose = (values: IndicatorValue[], policy: YearPolicy) =>
  chooseYear(indicatorSeries(values, 'gdp_usd', new Set(ECONOMIES)), policy);

describe('year policy', () => {
  it('sets the coverage that latest requires at 80% of the best-covered year', () => {
    expect(LATEST_MIN_COVERAGE_RATIO).toBe(0.8);
  });

  it.each<[string, IndicatorValue[], YearPolicy, number | null, number, string[]]>([
    [
      'takes the latest year when it is fully covered',
      [...covered(2021, 10), ...covered(2022, 10)],
      'latest',
      2022,
      10,
      [],
    ],
    [
      'takes a latest year with exactly 80% of the best coverage',
      [...covered(2021, 10), ...covered(2022, 8)],
      'latest',
      2022,
      8,
      [],
    ],
    [
      'passes over a sparse latest year (70% of the best) and says so',
      [...covered(2021, 10), ...covered(2022, 7)],
      'latest',
      2021,
      10,
      ['sparse_year_skipped'],
    ],
    [
      'passes over several sparse years back to the last well-covered one',
      [...covered(2020, 9), ...covered(2021, 10), ...covered(2022, 3), ...covered(2023, 1)],
      'latest',
      2021,
      10,
      ['sparse_year_skipped'],
    ],
    [
      'takes a later well-covered year even when an earlier year was better covered',
      [...covered(2020, 10), ...covered(2021, 9)],
      'latest',
      2021,
      9,
      [],
    ],
    ['gives no year when there is no value at all', [], 'latest', null, 0, []],
    [
      'takes the year asked for',
      [...covered(2021, 10), ...covered(2022, 10)],
      { year: 2021 },
      2021,
      10,
      [],
    ],
    [
      'takes a sparse year asked for and warns about its coverage',
      [...covered(2021, 10), ...covered(2022, 3)],
      { year: 2022 },
      2022,
      3,
      ['low_coverage'],
    ],
    [
      'takes a year asked for that has no value, with no coverage',
      covered(2021, 10),
      { year: 2019 },
      2019,
      0,
      [],
    ],
  ])('%s', (_name, values, policy, year, economiesWithData, warnings) => {
    const r = choose(values, policy);
    expect([r.year, r.economiesWithData, r.warnings.map((w) => w.code)]).toEqual([
      year,
      economiesWithData,
      warnings,
    ]);
  });

  it('names the skipped years and their coverage', () => {
    const r = choose([...covered(2021, 10), ...covered(2022, 5)], 'latest');
    expect(r.warnings[0]?.message).toBe(
      "gdp_usd: used 2021; later years have too few values (2022: 5 economies, 50% of the best-covered year's 10)",
    );
  });
});
