import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { complementarity, type CapabilityIndicator } from './complementarity.ts';

const UNIVERSE = ['CHN', 'DEU', 'FRA', 'JPN', 'KOR', 'USA'];
const indicator = (
  code: string,
  values: Record<string, number>,
  higherIsBetter = true,
): CapabilityIndicator => ({
  code,
  higherIsBetter,
  values: Object.entries(values).map(([iso3, value]): IndicatorValue => ({
    iso3,
    indicatorCode: code,
    year: 2022,
    value,
    sourceId: 's',
  })),
});
const run = (economies: string[], indicators: CapabilityIndicator[]) =>
  complementarity({ economies, indicators, universe: UNIVERSE, year: 'latest' });
const leaders = (economies: string[], ind: CapabilityIndicator) => {
  const r = run(economies, [ind]).indicators[0]!;
  return [r.first?.iso3 ?? null, r.second?.iso3 ?? null, r.tieBrokenByCode];
};

describe('complementarity', () => {
  it.each<[string, string[], CapabilityIndicator, (string | boolean | null)[]]>([
    [
      'ranks the highest first',
      ['USA', 'JPN', 'DEU'],
      indicator('a', { USA: 3, JPN: 2, DEU: 1 }),
      ['USA', 'JPN', false],
    ],
    [
      'ranks the lowest first where lower is better',
      ['USA', 'JPN', 'DEU'],
      indicator('a', { USA: 3, JPN: 2, DEU: 1 }, false),
      ['DEU', 'JPN', false],
    ],
    [
      'orders a tie for first alphabetically by ISO3 and says so',
      ['USA', 'JPN', 'DEU'],
      indicator('a', { USA: 5, JPN: 5, DEU: 1 }),
      ['JPN', 'USA', true],
    ],
    [
      'orders a tie for second alphabetically by ISO3 and says so',
      ['USA', 'JPN', 'DEU'],
      indicator('a', { USA: 9, JPN: 5, DEU: 5 }),
      ['USA', 'DEU', true],
    ],
    [
      'does not flag a tie below second place',
      ['USA', 'JPN', 'DEU', 'FRA'],
      indicator('a', { USA: 9, JPN: 5, DEU: 1, FRA: 1 }),
      ['USA', 'JPN', false],
    ],
    [
      'ranks only coalition members',
      ['USA', 'JPN'],
      indicator('a', { CHN: 99, USA: 1, JPN: 2 }),
      ['JPN', 'USA', false],
    ],
    [
      'has no second in a coalition of one',
      ['USA'],
      indicator('a', { USA: 1 }),
      ['USA', null, false],
    ],
    [
      'has no leaders when no member has a value',
      ['USA'],
      indicator('a', { CHN: 1 }),
      [null, null, false],
    ],
    ['has no leaders in an empty coalition', [], indicator('a', { USA: 1 }), [null, null, false]],
  ])('%s', (_name, economies, ind, expected) => {
    expect(leaders(economies, ind)).toEqual(expected);
  });

  it("lists each member's distinctive strengths, in the order of the indicators", () => {
    const r = run(
      ['USA', 'JPN', 'KOR'],
      [
        indicator('gdp_usd', { USA: 25, JPN: 4, KOR: 2 }),
        indicator('uspto_semiconductor_patents', { USA: 9, JPN: 5, KOR: 7 }),
        indicator('gerd_pct_gdp', { USA: 3.5, JPN: 3.3, KOR: 4.9 }),
      ],
    );
    expect(r.members).toEqual([
      {
        iso3: 'JPN',
        strengths: [{ indicator: 'gdp_usd', rank: 2 }],
        indicatorsWithoutData: [],
      },
      {
        iso3: 'KOR',
        strengths: [
          { indicator: 'uspto_semiconductor_patents', rank: 2 },
          { indicator: 'gerd_pct_gdp', rank: 1 },
        ],
        indicatorsWithoutData: [],
      },
      {
        iso3: 'USA',
        strengths: [
          { indicator: 'gdp_usd', rank: 1 },
          { indicator: 'uspto_semiconductor_patents', rank: 1 },
          { indicator: 'gerd_pct_gdp', rank: 2 },
        ],
        indicatorsWithoutData: [],
      },
    ]);
  });

  it('lists members with no data for any indicator as such', () => {
    const r = run(
      ['USA', 'FRA', 'DEU'],
      [indicator('a', { USA: 1, DEU: 2 }), indicator('b', { USA: 1 })],
    );
    expect(r.membersWithoutData).toEqual(['FRA']);
    expect(r.indicators.map((i) => i.missing)).toEqual([['FRA'], ['DEU', 'FRA']]);
    expect(r.members.find((m) => m.iso3 === 'DEU')?.indicatorsWithoutData).toEqual(['b']);
  });

  it('has no member without data when there is no indicator', () => {
    const r = run(['USA'], []);
    expect([r.indicators, r.membersWithoutData]).toEqual([[], []]);
    expect(r.members).toEqual([{ iso3: 'USA', strengths: [], indicatorsWithoutData: [] }]);
  });

  it('leaves out, with a warning, a coalition code that is not an economy of the reference table', () => {
    const r = run(['USA', 'EU'], [indicator('a', { USA: 1 })]);
    expect(r.members.map((m) => m.iso3)).toEqual(['USA']);
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([['unknown_economy', ['EU']]]);
  });
});
