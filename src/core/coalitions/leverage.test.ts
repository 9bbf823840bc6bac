import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { coalitionLeverage, type LeverageInput, type ShareUnavailableReason } from './leverage.ts';

const v = (
  iso3: string,
  year: number,
  value: number,
  indicatorCode = 'gdp_usd',
  sourceId = 'wb',
): IndicatorValue => ({ iso3, indicatorCode, year, value, sourceId });

const UNIVERSE = ['CHN', 'DEU', 'FRA', 'IND', 'JPN', 'USA'];
/** World 2022 = 1000: USA 250, CHN 300, JPN 100, DEU 150, FRA 100, IND 100. */
const GDP_2022 = [
  v('USA', 2022, 250),
  v('CHN', 2022, 300),
  v('JPN', 2022, 100),
  v('DEU', 2022, 150),
  v('FRA', 2022, 100),
  v('IND', 2022, 100),
];
const input = (over: Partial<LeverageInput>): LeverageInput => ({
  indicator: 'gdp_usd',
  economies: ['USA', 'JPN'],
  values: GDP_2022,
  universe: UNIVERSE,
  year: 'latest',
  additive: true,
  ...over,
});

describe('coalitionLeverage', () => {
  it.each<[string, Partial<LeverageInput>, number | null, number | null, number | null]>([
    ["gives the coalition's share of the sum over the world's economies", {}, 350, 1000, 35],
    ['counts an economy given twice once', { economies: ['USA', 'USA', 'JPN'] }, 350, 1000, 35],
    [
      'gives the whole world to a coalition of every economy',
      { economies: UNIVERSE },
      1000,
      1000,
      100,
    ],
    [
      'ignores a regional aggregate: the world is never WLD',
      { values: [...GDP_2022, v('WLD', 2022, 5000), v('EUU', 2022, 900)] },
      350,
      1000,
      35,
    ],
    [
      'sums what the coalition has and lists the member without a value',
      { economies: ['USA', 'JPN', 'FRA'], values: GDP_2022.filter((x) => x.iso3 !== 'FRA') },
      350,
      900,
      (100 * 350) / 900,
    ],
  ])('%s', (_name, over, coalitionValue, worldValue, sharePct) => {
    const r = coalitionLeverage(input(over));
    expect([r.coalitionValue, r.worldValue, r.sharePct, r.shareUnavailable]).toEqual([
      coalitionValue,
      worldValue,
      sharePct,
      null,
    ]);
  });

  it.each<[string, Partial<LeverageInput>, ShareUnavailableReason, number | null]>([
    [
      'refuses to sum a ratio such as gerd_pct_gdp',
      { indicator: 'gerd_pct_gdp', additive: false, values: [v('USA', 2022, 3.5, 'gerd_pct_gdp')] },
      'not_additive',
      null,
    ],
    [
      'gives no share for an empty coalition, but the world total',
      { economies: [] },
      'empty_coalition',
      1000,
    ],
    ['gives no share when there is no value at all', { values: [] }, 'no_data', null],
    ['gives no share for a year without values', { year: { year: 2019 } }, 'no_data', null],
    [
      'gives no share when no coalition economy has a value',
      { economies: ['JPN'], values: GDP_2022.filter((x) => x.iso3 !== 'JPN') },
      'no_coalition_data',
      900,
    ],
    [
      'gives no share when the world total is zero',
      { values: UNIVERSE.map((e) => v(e, 2022, 0)) },
      'zero_world_total',
      0,
    ],
  ])('%s', (_name, over, reason, worldValue) => {
    const r = coalitionLeverage(input(over));
    expect(r.sharePct).toBeNull();
    expect(r.shareUnavailable?.reason).toBe(reason);
    expect(r.worldValue).toBe(worldValue);
  });

  it('gives the reason a non-additive indicator has no share, and still its year and coverage', () => {
    const r = coalitionLeverage(
      input({
        indicator: 'vdem_libdem',
        additive: false,
        values: [
          v('USA', 2023, 0.7, 'vdem_libdem', 'vdem'),
          v('CHN', 2023, 0.05, 'vdem_libdem', 'vdem'),
        ],
      }),
    );
    expect(r).toMatchObject({
      year: 2023,
      coalitionValue: null,
      economiesWithData: 2,
      coalitionEconomiesWithData: 1,
      coalitionEconomiesMissing: ['JPN'],
      sources: ['vdem'],
    });
    expect(r.shareUnavailable?.message).toMatch(/ratio or an index.*cannot be summed/);
  });

  it('warns that the share is understated, naming the members without a value', () => {
    const r = coalitionLeverage(
      input({ economies: ['USA', 'JPN', 'FRA', 'DEU'], values: GDP_2022.slice(0, 3) }),
    );
    expect(r.coalitionEconomiesMissing).toEqual(['DEU', 'FRA']);
    expect(r.coalitionEconomiesWithData).toBe(2);
    expect(r.warnings).toContainEqual({
      code: 'share_understated',
      message: 'share understated: DEU, FRA have no value of gdp_usd in 2022',
      codes: ['DEU', 'FRA'],
    });
  });

  it('uses the last well-covered year, not a sparse latest year that would inflate the share', () => {
    const r = coalitionLeverage(
      input({ values: [...GDP_2022, v('USA', 2023, 300), v('JPN', 2023, 100)] }),
    );
    expect([r.year, r.sharePct, r.economiesWithData]).toEqual([2022, 35, 6]);
    expect(r.warnings.map((w) => w.code)).toEqual(['sparse_year_skipped']);
  });

  it('leaves out of every sum a coalition code that is not an economy of the reference table', () => {
    const r = coalitionLeverage(input({ economies: ['USA', 'JPN', 'EU', 'XXX'] }));
    expect([r.coalitionValue, r.sharePct, r.coalitionEconomiesMissing]).toEqual([350, 35, []]);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ code: 'unknown_economy', codes: ['EU', 'XXX'] }),
    );
  });

  it('uses the first of two values for the same economy and year, and warns', () => {
    const r = coalitionLeverage(input({ values: [...GDP_2022, v('USA', 2022, 999)] }));
    expect(r.coalitionValue).toBe(350);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ code: 'duplicate_value', codes: ['USA'] }),
    );
  });

  it('ignores values of another indicator, and warns', () => {
    const r = coalitionLeverage(
      input({ values: [...GDP_2022, v('USA', 2022, 330, 'population')] }),
    );
    expect(r.sharePct).toBe(35);
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([
      ['other_indicator_values', ['population']],
    ]);
  });

  it('lists the sources of the values read for the year, once each', () => {
    const r = coalitionLeverage(
      input({ values: [...GDP_2022.slice(1), v('USA', 2022, 250, 'gdp_usd', 'imf')] }),
    );
    expect(r.sources).toEqual(['imf', 'wb']);
  });

  it('says that the world is the sum of economies', () => {
    expect(coalitionLeverage(input({})).worldBasis).toBe('sum-of-economies');
  });
});
