// Golden outputs of the coalition analytics over the small fixture in test/golden/coalitions/.
// Every number in the *.expected.json files can be checked by hand from fixture.json (shares are
// unrounded doubles: the HHI 0.36 + 0.09 + 0.01 is stored as 0.45999999999999996).
import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import expectedEconomies from '../../../test/golden/coalitions/coalition-economies.expected.json' with { type: 'json' };
import expectedComparison from '../../../test/golden/coalitions/comparison.expected.json' with { type: 'json' };
import expectedComplementarity from '../../../test/golden/coalitions/complementarity.expected.json' with { type: 'json' };
import fixture from '../../../test/golden/coalitions/fixture.json' with { type: 'json' };
import expectedInnerBalance from '../../../test/golden/coalitions/inner-balance.expected.json' with { type: 'json' };
import expectedLeverage from '../../../test/golden/coalitions/leverage.expected.json' with { type: 'json' };
import expectedWhatIf from '../../../test/golden/coalitions/what-if.expected.json' with { type: 'json' };
import { coalitionEconomies, type Coalition, type Tier } from './coalition.ts';
import { compareCoalitions } from './coalition-comparison.ts';
import { complementarity } from './complementarity.ts';
import { innerBalance } from './inner-balance.ts';
import { coalitionLeverage } from './leverage.ts';
import { whatIf } from './what-if.ts';
import type { YearPolicy } from './year-policy.ts';

const values: IndicatorValue[] = fixture.values.map((row) => {
  const [indicatorCode, iso3, year, value, sourceId] = row as [
    string,
    string,
    number,
    number,
    string,
  ];
  return { iso3, indicatorCode, year, value, sourceId };
});
const coalitions = fixture.coalitions as Coalition[];
const supranational = new Map(Object.entries(fixture.supranationalMembers));
// The golden numbers count the EU as its member states (the fixture's ALPHA has EU and DEU).
const MEMBER_STATES = { supranational: 'member-states' } as const;
const { universe } = fixture;
const indicator = (code: string) => {
  const ind = fixture.indicators.find((i) => i.code === code)!;
  return { ...ind, values: values.filter((v) => v.indicatorCode === code) };
};
const economiesOf = (code: string, tiers: Tier[]): string[] =>
  coalitionEconomies(
    coalitions.find((c) => c.code === code)!,
    tiers,
    supranational,
    MEMBER_STATES,
  ).economies;
const ALPHA = economiesOf('ALPHA', ['member']);
const ALPHA_WITH_PARTNERS = economiesOf('ALPHA', ['member', 'partner']);

const leverage = (economies: string[], code: string, year: YearPolicy) => {
  const ind = indicator(code);
  return coalitionLeverage({
    indicator: code,
    economies,
    values: ind.values,
    universe,
    year,
    additive: ind.additive,
  });
};

const golden = {
  coalitionEconomies: () =>
    coalitions.map((c) => ({
      coalition: c.code,
      members: coalitionEconomies(c, ['member'], supranational, MEMBER_STATES),
      membersAndPartners: coalitionEconomies(
        c,
        ['member', 'partner'],
        supranational,
        MEMBER_STATES,
      ),
      allTiers: coalitionEconomies(
        c,
        ['member', 'partner', 'observer', 'stakeholder'],
        supranational,
        MEMBER_STATES,
      ),
      membersEnumerated: coalitionEconomies(c, ['member'], supranational),
    })),
  leverage: () => [
    { case: 'ALPHA members, gdp_usd, latest', result: leverage(ALPHA, 'gdp_usd', 'latest') },
    {
      case: 'ALPHA members and partners, gdp_usd, latest',
      result: leverage(ALPHA_WITH_PARTNERS, 'gdp_usd', 'latest'),
    },
    { case: 'ALPHA members, gdp_usd, 2021', result: leverage(ALPHA, 'gdp_usd', { year: 2021 }) },
    {
      case: 'ALPHA members, gdp_usd, 2023 (sparse)',
      result: leverage(ALPHA, 'gdp_usd', { year: 2023 }),
    },
    {
      case: 'ALPHA members, articles_fractional, latest',
      result: leverage(ALPHA, 'articles_fractional', 'latest'),
    },
    {
      case: 'ALPHA members, pct_applications, latest',
      result: leverage(ALPHA, 'pct_applications', 'latest'),
    },
    {
      case: 'ALPHA members, gerd_pct_gdp, latest',
      result: leverage(ALPHA, 'gerd_pct_gdp', 'latest'),
    },
    {
      case: 'ALPHA members, ai_articles, latest',
      result: leverage(ALPHA, 'ai_articles', 'latest'),
    },
    { case: 'EMPTY, gdp_usd, latest', result: leverage([], 'gdp_usd', 'latest') },
  ],
  innerBalance: () => [
    {
      case: 'ALPHA members, gdp_usd, 2022',
      result: innerBalance({
        indicator: 'gdp_usd',
        economies: ALPHA,
        values: indicator('gdp_usd').values,
        year: 2022,
        additive: true,
      }),
    },
    {
      case: 'ALPHA members, pct_applications, 2022',
      result: innerBalance({
        indicator: 'pct_applications',
        economies: ALPHA,
        values: indicator('pct_applications').values,
        year: 2022,
        additive: true,
      }),
    },
    {
      case: 'ALPHA members, gerd_pct_gdp, 2022',
      result: innerBalance({
        indicator: 'gerd_pct_gdp',
        economies: ALPHA,
        values: indicator('gerd_pct_gdp').values,
        year: 2022,
        additive: false,
      }),
    },
  ],
  complementarity: () =>
    complementarity({
      economies: ALPHA,
      indicators: [
        'gdp_usd',
        'gerd_pct_gdp',
        'articles_fractional',
        'import_dependence_pct',
        'pct_applications',
      ].map((code) => {
        const ind = indicator(code);
        return { code, higherIsBetter: ind.higherIsBetter, values: ind.values };
      }),
      universe,
      year: 'latest',
    }),
  comparison: () => {
    const codes = ['gdp_usd', 'pct_applications', 'gerd_pct_gdp'];
    const BETA = economiesOf('BETA', ['member']);
    return compareCoalitions([
      { coalition: 'ALPHA', results: codes.map((c) => leverage(ALPHA, c, 'latest')) },
      {
        coalition: 'ALPHA+partners',
        results: codes.map((c) => leverage(ALPHA_WITH_PARTNERS, c, 'latest')),
      },
      { coalition: 'BETA', results: codes.map((c) => leverage(BETA, c, 'latest')) },
    ]);
  },
  whatIf: () =>
    whatIf(ALPHA, ['IND', 'USA'], ['ITA', 'BRA'], {
      indicators: ['gdp_usd', 'pct_applications', 'gerd_pct_gdp'].map((code) => ({
        indicator: code,
        values: indicator(code).values,
        additive: indicator(code).additive,
      })),
      universe,
      year: 'latest',
    }),
};

describe('coalition analytics on the golden fixture', () => {
  it.each([
    ['coalitionEconomies', expectedEconomies],
    ['leverage', expectedLeverage],
    ['innerBalance', expectedInnerBalance],
    ['complementarity', expectedComplementarity],
    ['comparison', expectedComparison],
    ['whatIf', expectedWhatIf],
  ] as const)('gives the committed golden output of %s', (name, expected) => {
    // Through JSON, as the golden file was written: drops nothing, since no field is undefined.
    expect(JSON.parse(JSON.stringify(golden[name]()))).toEqual(expected);
  });
});
