import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { compareCoalitions } from './coalition-comparison.ts';
import { coalitionLeverage } from './leverage.ts';
import type { YearPolicy } from './year-policy.ts';

const UNIVERSE = ['CHN', 'IND', 'JPN', 'USA'];
const values = (code: string, year: number, byIso3: Record<string, number>): IndicatorValue[] =>
  Object.entries(byIso3).map(([iso3, value]) => ({
    iso3,
    indicatorCode: code,
    year,
    value,
    sourceId: 's',
  }));
const GDP = [
  ...values('gdp_usd', 2021, { USA: 40, CHN: 30, JPN: 20, IND: 10 }),
  ...values('gdp_usd', 2022, { USA: 50, CHN: 30, JPN: 10, IND: 10 }),
];
const POP = values('population', 2022, { USA: 3, CHN: 14, JPN: 1, IND: 14 });
const lev = (
  economies: string[],
  indicator: string,
  vs: IndicatorValue[],
  year: YearPolicy = 'latest',
) =>
  coalitionLeverage({ indicator, economies, values: vs, universe: UNIVERSE, year, additive: true });

describe('compareCoalitions', () => {
  it('lays coalitions side by side: a row per indicator, a column per coalition, in the order given', () => {
    const t = compareCoalitions([
      {
        coalition: 'QUAD',
        results: [
          lev(['USA', 'JPN', 'IND'], 'gdp_usd', GDP),
          lev(['USA', 'JPN', 'IND'], 'population', POP),
        ],
      },
      {
        coalition: 'G2',
        results: [lev(['USA', 'CHN'], 'gdp_usd', GDP), lev(['USA', 'CHN'], 'population', POP)],
      },
    ]);
    expect(t.coalitions).toEqual(['QUAD', 'G2']);
    expect(t.rows.map((r) => [r.indicator, r.cells.map((c) => c?.sharePct)])).toEqual([
      ['gdp_usd', [70, 80]],
      ['population', [56.25, 53.125]],
    ]);
    expect(t.warnings).toEqual([]);
  });

  it('leaves a null cell where a coalition was not measured on an indicator', () => {
    const t = compareCoalitions([
      { coalition: 'A', results: [lev(['USA'], 'gdp_usd', GDP)] },
      { coalition: 'B', results: [lev(['USA'], 'population', POP)] },
    ]);
    expect(t.rows.map((r) => [r.indicator, r.cells.map((c) => c?.year ?? null)])).toEqual([
      ['gdp_usd', [2022, null]],
      ['population', [null, 2022]],
    ]);
  });

  it('warns when one indicator was measured in different years for different coalitions', () => {
    const t = compareCoalitions([
      { coalition: 'A', results: [lev(['USA'], 'gdp_usd', GDP, { year: 2021 })] },
      { coalition: 'B', results: [lev(['USA'], 'gdp_usd', GDP)] },
    ]);
    expect(t.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'years_differ',
        'gdp_usd was measured in different years (2021, 2022): shares are not comparable',
      ],
    ]);
  });

  it('carries the reason a share is missing into the cell', () => {
    const t = compareCoalitions([
      {
        coalition: 'A',
        results: [
          coalitionLeverage({
            indicator: 'gerd_pct_gdp',
            economies: ['USA'],
            values: values('gerd_pct_gdp', 2022, { USA: 3.5 }),
            universe: UNIVERSE,
            year: 'latest',
            additive: false,
          }),
        ],
      },
    ]);
    expect(t.rows[0]?.cells[0]).toMatchObject({ sharePct: null, shareUnavailable: 'not_additive' });
  });

  it('gives an empty table for no coalitions', () => {
    expect(compareCoalitions([])).toEqual({ coalitions: [], rows: [], warnings: [] });
  });
});
