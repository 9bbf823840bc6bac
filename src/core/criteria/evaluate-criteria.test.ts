import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { IndicatorValue } from '../indicators/indicator.ts';
import type { CriteriaInput } from './criteria-data.ts';
import type { CriteriaSet, Criterion, RuleNode } from './criteria-set.ts';
import { evaluateCriteria, type NodeOutcome, type TierResult } from './evaluate-criteria.ts';

// Leaves with a known outcome for economy AAA, whose vdem_libdem is 0.5 and who has no
// vdem_polyarchy: P passes (≥ 0), F fails (≥ 1), M is missing (no value).
type Leaf = 'P' | 'F' | 'M';
let counter = 0;
const leaf = (kind: Leaf): Criterion => ({
  kind: 'criterion',
  id: `${kind.toLowerCase()}${++counter}`,
  label: `${kind} leaf`,
  indicator: kind === 'M' ? 'vdem_polyarchy' : 'vdem_libdem',
  comparator: '>=',
  threshold: { kind: 'absolute', value: kind === 'F' ? 1 : 0 },
  yearPolicy: { maxAgeYears: 5, asOf: 2024 },
  rationale: 'test',
});
const leaves = (spec: string): Criterion[] => [...spec].map((c) => leaf(c as Leaf));

const value = (iso3: string, indicatorCode: string, v: number, year = 2023): IndicatorValue => ({
  iso3,
  indicatorCode,
  year,
  value: v,
  sourceId: 'test',
});

const INPUT: CriteriaInput = {
  economies: [{ iso3: 'AAA', name: 'Arcadia' }],
  indicators: [
    { code: 'vdem_libdem', higherIsBetter: true },
    { code: 'vdem_polyarchy', higherIsBetter: true },
    { code: 'gdp_usd', higherIsBetter: true },
  ],
  values: [value('AAA', 'vdem_libdem', 0.5)],
};

const setOf = (tiers: CriteriaSet['tiers']): CriteriaSet => ({
  code: 'test',
  name: 'Test',
  description: 'test',
  tiers,
});

const outcomeOf = (node: RuleNode): NodeOutcome =>
  evaluateCriteria(setOf({ member: node }), INPUT).economies[0]!.tiers[0]!.outcome;

const combinator = (kind: 'all_of' | 'any_of', spec: string): RuleNode => ({
  kind,
  label: kind,
  children: leaves(spec),
});
const atLeast = (k: number, spec: string): RuleNode => ({
  kind: 'at_least',
  label: 'at least',
  k,
  children: leaves(spec),
});
const weighted = (cutoff: number, children: [number, Leaf][]): RuleNode => ({
  kind: 'weighted',
  label: 'weighted',
  cutoff,
  children: children.map(([weight, l]) => ({ weight, node: leaf(l) })),
});

describe('evaluateCriteria: three-valued combinators', () => {
  it.each<[string, NodeOutcome]>([
    ['PP', 'pass'],
    ['PF', 'fail'],
    ['PM', 'undetermined'],
    ['FM', 'fail'],
    ['MM', 'undetermined'],
  ])('all_of %s is %s', (spec, outcome) => {
    expect(outcomeOf(combinator('all_of', spec))).toBe(outcome);
  });

  it.each<[string, NodeOutcome]>([
    ['FP', 'pass'],
    ['MP', 'pass'],
    ['FF', 'fail'],
    ['FM', 'undetermined'],
    ['MM', 'undetermined'],
  ])('any_of %s is %s', (spec, outcome) => {
    expect(outcomeOf(combinator('any_of', spec))).toBe(outcome);
  });

  it.each<[number, string, NodeOutcome]>([
    [2, 'PPM', 'pass'],
    [2, 'PMM', 'undetermined'],
    [2, 'PFM', 'undetermined'],
    [2, 'PFF', 'fail'],
    [2, 'FFM', 'fail'],
    [2, 'MMM', 'undetermined'],
    [3, 'PPP', 'pass'],
    [1, 'FFM', 'undetermined'],
  ])('at_least %d of %s is %s', (k, spec, outcome) => {
    expect(outcomeOf(atLeast(k, spec))).toBe(outcome);
  });

  it.each<[string, number, [number, Leaf][], NodeOutcome]>([
    [
      'exactly at the cut-off passes',
      0.5,
      [
        [1, 'P'],
        [1, 'F'],
      ],
      'pass',
    ],
    [
      'just below the cut-off fails',
      0.5,
      [
        [1, 'P'],
        [1.01, 'F'],
      ],
      'fail',
    ],
    [
      'two of three equal weights reach 2/3',
      2 / 3,
      [
        [1, 'P'],
        [1, 'P'],
        [1, 'F'],
      ],
      'pass',
    ],
    [
      'decimal weights reach 0.8 despite rounding',
      0.8,
      [
        [0.1, 'P'],
        [0.6, 'P'],
        [0.1, 'P'],
        [0.2, 'F'],
      ],
      'pass',
    ],
    [
      'passes once reached, whatever is missing',
      0.5,
      [
        [2, 'P'],
        [1, 'M'],
        [1, 'M'],
      ],
      'pass',
    ],
    [
      'open while missing weight could still reach it',
      0.6,
      [
        [1, 'P'],
        [1, 'M'],
        [1, 'F'],
      ],
      'undetermined',
    ],
    [
      'fails when unreachable even if all missing passed',
      0.7,
      [
        [1, 'P'],
        [1, 'M'],
        [1, 'F'],
      ],
      'fail',
    ],
  ])('weighted: %s', (_name, cutoff, children, outcome) => {
    expect(outcomeOf(weighted(cutoff, children))).toBe(outcome);
  });

  it('reports the weighted score, the best reachable score and the counts', () => {
    const tree = evaluateCriteria(
      setOf({
        member: weighted(0.6, [
          [2, 'P'],
          [1, 'M'],
          [1, 'F'],
        ]),
      }),
      INPUT,
    ).economies[0]!.tiers[0]!.tree;
    expect(tree).toMatchObject({
      kind: 'weighted',
      outcome: 'undetermined',
      passed: 1,
      failed: 1,
      open: 1,
      score: 0.5,
      maxScore: 0.75,
      cutoff: 0.6,
    });
  });

  it('treats an undetermined child like a missing one', () => {
    const node: RuleNode = {
      kind: 'all_of',
      label: 'outer',
      children: [leaf('P'), combinator('any_of', 'FM')],
    };
    expect(outcomeOf(node)).toBe('undetermined');
  });

  it('evaluates a tier that is a single criterion', () => {
    expect(outcomeOf(leaf('M'))).toBe('undetermined');
    expect(outcomeOf(leaf('P'))).toBe('pass');
  });
});

describe('evaluateCriteria: tier results', () => {
  const tiers = (member: string | null, partner: string | null): CriteriaSet['tiers'] => ({
    ...(member === null ? {} : { member: combinator('all_of', member) }),
    ...(partner === null ? {} : { partner: combinator('all_of', partner) }),
  });

  it.each<[string, string | null, string | null, TierResult, 'member' | 'partner' | null]>([
    ['a passing member tier makes an eligible member', 'P', 'F', 'eligible_member', 'member'],
    [
      'a failed member tier and a passing partner tier make an eligible partner',
      'F',
      'P',
      'eligible_partner',
      'partner',
    ],
    ['every tier failing makes not eligible', 'F', 'F', 'not_eligible', null],
    [
      'an undetermined member tier above a passing partner tier is undetermined',
      'M',
      'P',
      'undetermined',
      'partner',
    ],
    [
      'a failed member tier above an undetermined partner tier is undetermined',
      'F',
      'M',
      'undetermined',
      null,
    ],
    [
      'an undetermined member tier above a failed partner tier is undetermined',
      'M',
      'F',
      'undetermined',
      null,
    ],
    ['a set with only a partner tier grants partner', null, 'P', 'eligible_partner', 'partner'],
    ['a set with only a member tier fails to not eligible', 'F', null, 'not_eligible', null],
  ])('%s', (_name, member, partner, result, highest) => {
    const e = evaluateCriteria(setOf(tiers(member, partner)), INPUT).economies[0]!;
    expect(e.result).toBe(result);
    expect(e.highestPassingTier).toBe(highest);
  });

  it('names the missing criteria and why when the result is undetermined', () => {
    const set = setOf({
      member: {
        kind: 'all_of',
        label: 'Member',
        children: [
          { ...leaf('P'), id: 'dem', label: 'Democracy' },
          { ...leaf('M'), id: 'size', label: 'Size' },
        ],
      },
      partner: { ...leaf('P'), id: 'partner.dem', label: 'Democracy (partner)' },
    });
    const e = evaluateCriteria(set, INPUT).economies[0]!;
    expect(e.result).toBe('undetermined');
    expect(e.tiers[0]).toMatchObject({
      tier: 'member',
      outcome: 'undetermined',
      decisive: ['size'],
    });
    expect(e.reason).toBe(
      'member tier undetermined: Size (vdem_polyarchy): no value. partner tier passes',
    );
  });

  it('names the failing criteria with value, year and threshold when a tier fails', () => {
    const set = setOf({
      member: {
        kind: 'all_of',
        label: 'Member',
        children: [
          {
            ...leaf('F'),
            id: 'dem',
            label: 'Democracy',
            threshold: { kind: 'absolute', value: 0.6 },
          },
          { ...leaf('M'), id: 'size', label: 'Size' },
        ],
      },
    });
    const e = evaluateCriteria(set, INPUT).economies[0]!;
    expect(e.tiers[0]!.decisive).toEqual(['dem']);
    expect(e.reason).toBe('member tier fails: Democracy (vdem_libdem): 0.5 in 2023, not ≥ 0.6');
  });

  it('lists only the criteria under nodes with the tier outcome as decisive', () => {
    // all_of(any_of(F, M), P, F): fails because of the last F; the open any_of does not decide.
    const node: RuleNode = {
      kind: 'all_of',
      label: 'outer',
      children: [combinator('any_of', 'FM'), leaf('P'), { ...leaf('F'), id: 'decisive' }],
    };
    const e = evaluateCriteria(setOf({ member: node }), INPUT).economies[0]!;
    expect(e.tiers[0]).toMatchObject({ outcome: 'fail', decisive: ['decisive'] });
  });

  it('reports every criterion of every tier, tier by tier, depth first', () => {
    const set = setOf({
      member: {
        kind: 'all_of',
        label: 'm',
        children: [
          { ...leaf('P'), id: 'm1' },
          { ...leaf('F'), id: 'm2' },
        ],
      },
      partner: { ...leaf('M'), id: 'p1' },
    });
    const e = evaluateCriteria(set, INPUT).economies[0]!;
    expect(e.criteria.map((c) => [c.tier, c.id, c.outcome])).toEqual([
      ['member', 'm1', 'pass'],
      ['member', 'm2', 'fail'],
      ['partner', 'p1', 'missing'],
    ]);
  });
});

describe('evaluateCriteria: input', () => {
  it('rejects a criterion whose indicator is not in the catalogue given, naming its path', () => {
    const set = setOf({ member: combinator('all_of', 'PP') });
    const input = { ...INPUT, indicators: [] };
    expect(() => evaluateCriteria(set, input)).toThrow(DomainError);
    try {
      evaluateCriteria(set, input);
    } catch (e) {
      expect((e as DomainError).issues.map((i) => i.path)).toEqual([
        'tiers.member.children.0.indicator',
        'tiers.member.children.1.indicator',
      ]);
    }
  });

  it('rejects a set built in code with a repeated criterion id', () => {
    const set = setOf({
      member: {
        kind: 'all_of',
        label: 'm',
        children: [
          { ...leaf('P'), id: 'x' },
          { ...leaf('F'), id: 'x' },
        ],
      },
    });
    expect(() => evaluateCriteria(set, INPUT)).toThrow(
      "criteria set 'test' cannot be evaluated: tiers.member.children.1.id: duplicate criterion id 'x'",
    );
  });

  it('evaluates every economy of the input in its order, and nothing else', () => {
    const input: CriteriaInput = {
      ...INPUT,
      economies: [
        { iso3: 'ZZZ', name: 'Zeta' },
        { iso3: 'AAA', name: 'Arcadia' },
      ],
    };
    const e = evaluateCriteria(setOf({ member: leaf('P') }), input).economies;
    expect(e.map((x) => [x.iso3, x.result])).toEqual([
      ['ZZZ', 'undetermined'],
      ['AAA', 'eligible_member'],
    ]);
  });

  it('evaluates an empty list of economies to an empty result', () => {
    const e = evaluateCriteria(setOf({ member: leaf('P') }), {
      ...INPUT,
      economies: [],
      values: [],
    });
    expect(e).toEqual({ set: { code: 'test', name: 'Test' }, economies: [], warnings: [] });
  });

  it('warns about values outside the economies, duplicates and values that are not numbers', () => {
    const input: CriteriaInput = {
      ...INPUT,
      economies: [...INPUT.economies, { iso3: 'AAA', name: 'Arcadia again' }],
      values: [
        value('AAA', 'vdem_libdem', 0.5),
        value('AAA', 'vdem_libdem', 0.9),
        value('WLD', 'vdem_libdem', 0.4),
        value('AAA', 'vdem_libdem', Number.NaN, 2022),
        value('AAA', 'population', 1),
      ],
    };
    const e = evaluateCriteria(setOf({ member: { ...leaf('P'), id: 'p' } }), input);
    expect(e.economies).toHaveLength(1);
    expect(e.economies[0]!.criteria[0]).toMatchObject({ value: 0.5, year: 2023 });
    expect(e.warnings.map((w) => [w.code, w.codes])).toEqual([
      ['duplicate_economy', ['AAA']],
      ['values_outside_universe', ['WLD']],
      ['duplicate_value', ['AAA vdem_libdem 2023']],
      ['non_finite_value', ['AAA vdem_libdem 2022']],
    ]);
  });

  it('warns when a share or rank is computed in a year with thin coverage', () => {
    const economies = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'].map((iso3) => ({ iso3, name: iso3 }));
    const values = [
      ...economies.map((e) => value(e.iso3, 'gdp_usd', 10, 2022)),
      value('AAA', 'gdp_usd', 10, 2023),
      value('BBB', 'gdp_usd', 10, 2023),
    ];
    const set = setOf({
      member: {
        ...leaf('P'),
        indicator: 'gdp_usd',
        threshold: { kind: 'rank', value: 3 },
        comparator: '<=',
      },
    });
    const e = evaluateCriteria(set, { ...INPUT, economies, values });
    expect(e.warnings).toEqual([
      {
        code: 'thin_cross_section',
        message:
          'gdp_usd 2023: 2 economies with a value against 5 in its best-covered year; world shares and ranks that year rest on fewer economies',
        codes: ['gdp_usd'],
      },
    ]);
  });
});
