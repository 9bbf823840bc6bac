import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { CriteriaData } from './criteria-data.ts';
import type { Comparator, Criterion, Threshold, YearPolicy } from './criteria-set.ts';
import { evaluateCriterion } from './evaluate-criterion.ts';

const POLICY: YearPolicy = { maxAgeYears: 5, asOf: 2024 };

const criterion = (
  indicator: string,
  comparator: Comparator,
  threshold: Threshold,
  yearPolicy: YearPolicy = POLICY,
): Criterion => ({
  kind: 'criterion',
  id: 'c',
  label: 'Test',
  indicator,
  comparator,
  threshold,
  yearPolicy,
  rationale: 'test',
});

const value = (iso3: string, indicatorCode: string, year: number, v: number): IndicatorValue => ({
  iso3,
  indicatorCode,
  year,
  value: v,
  sourceId: `src-${indicatorCode}`,
});

/** GDP 2023 of five economies adding up to 1000: 50%, 30%, 10%, 5%, 5%. */
const GDP_2023: [string, number][] = [
  ['AAA', 500],
  ['BBB', 300],
  ['CCC', 100],
  ['DDD', 50],
  ['EEE', 50],
];

function evaluate(c: Criterion, iso3: string, values: IndicatorValue[], economies?: string[]) {
  const codes = economies ?? [...new Set(values.map((v) => v.iso3)), iso3];
  const data = new CriteriaData(
    {
      economies: [...new Set(codes)].map((code) => ({ iso3: code, name: code })),
      indicators: [
        { code: 'gdp_usd', higherIsBetter: true },
        { code: 'vdem_libdem', higherIsBetter: true },
        { code: 'lower_better', higherIsBetter: false },
      ],
      values,
    },
    new Set([c.indicator]),
  );
  return evaluateCriterion(c, 'member', iso3, data);
}

const gdp = (year = 2023, rows = GDP_2023): IndicatorValue[] =>
  rows.map(([iso3, v]) => value(iso3, 'gdp_usd', year, v));

describe('evaluateCriterion: comparators', () => {
  it.each<[Comparator, number, 'pass' | 'fail']>([
    ['>=', 0.6, 'pass'],
    ['>=', 0.59, 'fail'],
    ['>', 0.6, 'fail'],
    ['>', 0.61, 'pass'],
    ['<=', 0.6, 'pass'],
    ['<=', 0.61, 'fail'],
    ['<', 0.6, 'fail'],
    ['<', 0.59, 'pass'],
  ])('with %s 0.6, a value of %d gives %s', (comparator, v, outcome) => {
    const e = evaluate(
      criterion('vdem_libdem', comparator, { kind: 'absolute', value: 0.6 }),
      'AAA',
      [value('AAA', 'vdem_libdem', 2023, v)],
    );
    expect(e).toMatchObject({ outcome, compared: v, value: v, year: 2023, reason: null });
    expect(e.threshold).toEqual({
      kind: 'absolute',
      value: 0.6,
      indicatorValue: 0.6,
      worldTotal: null,
      economiesWithData: null,
    });
  });
});

describe('evaluateCriterion: threshold kinds', () => {
  it.each<[string, string, Comparator, Threshold, 'pass' | 'fail', number, number | null]>([
    [
      'a 30% share reaches ≥ 30% of the world',
      'BBB',
      '>=',
      { kind: 'world_share_pct', value: 30 },
      'pass',
      30,
      300,
    ],
    [
      'a 10% share misses ≥ 30% of the world',
      'CCC',
      '>=',
      { kind: 'world_share_pct', value: 30 },
      'fail',
      10,
      300,
    ],
    [
      'the second largest is within rank ≤ 2',
      'BBB',
      '<=',
      { kind: 'rank', value: 2 },
      'pass',
      2,
      300,
    ],
    [
      'the third largest is outside rank ≤ 2',
      'CCC',
      '<=',
      { kind: 'rank', value: 2 },
      'fail',
      3,
      300,
    ],
    [
      'the middle of five is at percentile 50',
      'CCC',
      '>=',
      { kind: 'percentile', value: 50 },
      'pass',
      50,
      100,
    ],
    [
      'the fourth of five is at percentile 25',
      'DDD',
      '>=',
      { kind: 'percentile', value: 50 },
      'fail',
      25,
      100,
    ],
    [
      'rank > 1 passes everyone but the largest',
      'CCC',
      '>',
      { kind: 'rank', value: 1 },
      'pass',
      3,
      300,
    ],
  ])('%s', (_name, iso3, comparator, threshold, outcome, compared, indicatorValue) => {
    const e = evaluate(criterion('gdp_usd', comparator, threshold), iso3, gdp());
    expect(e.outcome).toBe(outcome);
    expect(e.compared).toBe(compared);
    expect(e.threshold.indicatorValue).toBe(indicatorValue);
    expect(e.threshold.economiesWithData).toBe(5);
  });

  it('computes the world share threshold in US$ from the world total of the year used', () => {
    const e = evaluate(
      criterion('gdp_usd', '>=', { kind: 'world_share_pct', value: 1 }),
      'CCC',
      gdp(),
    );
    expect(e.threshold).toEqual({
      kind: 'world_share_pct',
      value: 1,
      indicatorValue: 10,
      worldTotal: 1000,
      economiesWithData: 5,
    });
  });

  it('compares an exact share exactly (3 of 300 is 1%)', () => {
    const rows: [string, number][] = [
      ['AAA', 3],
      ['BBB', 297],
    ];
    const e = evaluate(
      criterion('gdp_usd', '>=', { kind: 'world_share_pct', value: 1 }),
      'AAA',
      gdp(2023, rows),
    );
    expect(e).toMatchObject({ outcome: 'pass', compared: 1 });
  });

  it('gives tied values the same rank and skips the next (1, 2, 3, 4, 4, 6)', () => {
    const rows: [string, number][] = [...GDP_2023, ['FFF', 10]];
    const rank = (iso3: string) =>
      evaluate(criterion('gdp_usd', '<=', { kind: 'rank', value: 4 }), iso3, gdp(2023, rows));
    expect(rank('DDD')).toMatchObject({ outcome: 'pass', compared: 4 });
    expect(rank('EEE')).toMatchObject({ outcome: 'pass', compared: 4 });
    expect(rank('FFF')).toMatchObject({ outcome: 'fail', compared: 6 });
  });

  it('gives tied values the same percentile', () => {
    const pct = (iso3: string) =>
      evaluate(criterion('gdp_usd', '>=', { kind: 'percentile', value: 25 }), iso3, gdp()).compared;
    expect([pct('DDD'), pct('EEE')]).toEqual([25, 25]);
  });

  it('ranks the lowest value first when lower is better', () => {
    const values = [value('AAA', 'lower_better', 2023, 1), value('BBB', 'lower_better', 2023, 9)];
    const c = criterion('lower_better', '<=', { kind: 'rank', value: 1 });
    expect(evaluate(c, 'AAA', values)).toMatchObject({ outcome: 'pass', compared: 1 });
    expect(evaluate(c, 'BBB', values)).toMatchObject({ outcome: 'fail', compared: 2 });
  });

  it('puts the only economy with data at percentile 100 and rank 1', () => {
    const values = [value('AAA', 'gdp_usd', 2023, 7)];
    expect(
      evaluate(criterion('gdp_usd', '>=', { kind: 'percentile', value: 100 }), 'AAA', values)
        .compared,
    ).toBe(100);
    expect(
      evaluate(criterion('gdp_usd', '<=', { kind: 'rank', value: 1 }), 'AAA', values).compared,
    ).toBe(1);
  });

  it('has no rank threshold value when no economy passes', () => {
    const e = evaluate(criterion('gdp_usd', '>', { kind: 'rank', value: 10 }), 'AAA', gdp());
    expect(e).toMatchObject({ outcome: 'fail', compared: 1 });
    expect(e.threshold.indicatorValue).toBeNull();
  });

  it('counts only the economies of the input in world totals and ranks', () => {
    const values = [...gdp(), value('WLD', 'gdp_usd', 2023, 1000)];
    const e = evaluate(
      criterion('gdp_usd', '>=', { kind: 'world_share_pct', value: 50 }),
      'AAA',
      values,
      GDP_2023.map(([iso3]) => iso3),
    );
    expect(e).toMatchObject({ outcome: 'pass', compared: 50 });
    expect(e.threshold).toMatchObject({ worldTotal: 1000, economiesWithData: 5 });
  });

  it('is missing when the world total is not positive', () => {
    const rows: [string, number][] = [
      ['AAA', 0],
      ['BBB', 0],
    ];
    const e = evaluate(
      criterion('gdp_usd', '>=', { kind: 'world_share_pct', value: 1 }),
      'AAA',
      gdp(2023, rows),
    );
    expect(e).toMatchObject({
      outcome: 'missing',
      reason: 'world total of 2023 is not positive (0)',
      value: 0,
    });
  });

  it('ranks an economy among the economies with data in its own year', () => {
    const values = [
      ...gdp(2023),
      value('FFF', 'gdp_usd', 2021, 400),
      value('AAA', 'gdp_usd', 2021, 900),
    ];
    const e = evaluate(criterion('gdp_usd', '<=', { kind: 'rank', value: 1 }), 'FFF', values);
    expect(e).toMatchObject({ outcome: 'fail', year: 2021, compared: 2 });
    expect(e.threshold).toMatchObject({ indicatorValue: 900, economiesWithData: 2 });
  });
});

describe('evaluateCriterion: year policy', () => {
  const libdem = (policy: YearPolicy = POLICY) =>
    criterion('vdem_libdem', '>=', { kind: 'absolute', value: 0.6 }, policy);

  it('uses the latest value within the window', () => {
    const e = evaluate(libdem(), 'AAA', [
      value('AAA', 'vdem_libdem', 2020, 0.5),
      value('AAA', 'vdem_libdem', 2023, 0.7),
    ]);
    expect(e).toMatchObject({
      outcome: 'pass',
      value: 0.7,
      year: 2023,
      sourceId: 'src-vdem_libdem',
    });
  });

  it.each<[string, number[], YearPolicy, object]>([
    ['a value exactly N years old is accepted', [2019], POLICY, { outcome: 'pass', year: 2019 }],
    [
      'a value N + 1 years old is missing, shown with its year',
      [2018],
      POLICY,
      {
        outcome: 'missing',
        year: 2018,
        value: 0.7,
        compared: null,
        reason: 'latest value 2018 older than 5 years before 2024',
      },
    ],
    [
      'the reason says "year" for a one-year window',
      [2022],
      { maxAgeYears: 1, asOf: 2024 },
      { outcome: 'missing', reason: 'latest value 2022 older than 1 year before 2024' },
    ],
    ['values after asOf are ignored', [2015, 2022, 2026], POLICY, { outcome: 'pass', year: 2022 }],
    [
      'only values after asOf: missing, naming the earliest',
      [2026, 2025],
      POLICY,
      {
        outcome: 'missing',
        year: null,
        value: null,
        reason: 'no value up to 2024 (earliest 2025)',
      },
    ],
    [
      'no value at all is missing',
      [],
      POLICY,
      { outcome: 'missing', year: null, reason: 'no value' },
    ],
    [
      'with maxAgeYears 0 only asOf itself counts',
      [2024],
      { maxAgeYears: 0, asOf: 2024 },
      { outcome: 'pass' },
    ],
  ])('%s', (_name, years, policy, expected) => {
    const e = evaluate(
      libdem(policy),
      'AAA',
      years.map((y) => value('AAA', 'vdem_libdem', y, 0.7)),
    );
    expect(e).toMatchObject(expected);
  });

  it('gives no computed threshold for a missing value', () => {
    const e = evaluate(criterion('gdp_usd', '>=', { kind: 'world_share_pct', value: 1 }), 'FFF', [
      ...gdp(),
      value('FFF', 'gdp_usd', 2010, 5),
    ]);
    expect(e.threshold).toEqual({
      kind: 'world_share_pct',
      value: 1,
      indicatorValue: null,
      worldTotal: null,
      economiesWithData: null,
    });
  });
});
