import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkCoalition } from './coalition-check.ts';
import type { CriteriaSet, Criterion } from './criteria-set.ts';
import { evaluateCriteria } from './evaluate-criteria.ts';

const libdem = (id: string, value: number): Criterion => ({
  kind: 'criterion',
  id,
  label: `Liberal democracy ≥ ${value}`,
  indicator: 'vdem_libdem',
  comparator: '>=',
  threshold: { kind: 'absolute', value },
  yearPolicy: { maxAgeYears: 5, asOf: 2024 },
  rationale: 'test',
});

const SET: CriteriaSet = {
  code: 'test',
  name: 'Test',
  description: 'member: libdem ≥ 0.6; partner: libdem ≥ 0.4',
  tiers: { member: libdem('m', 0.6), partner: libdem('p', 0.4) },
};

// AAA member-level, BBB partner-level, CCC neither, DDD no data, EEE member-level, FFF partner-level.
const LIBDEM: Record<string, number | null> = {
  AAA: 0.8,
  BBB: 0.5,
  CCC: 0.2,
  DDD: null,
  EEE: 0.7,
  FFF: 0.45,
};

const evaluate = (set: CriteriaSet = SET) =>
  evaluateCriteria(set, {
    economies: Object.keys(LIBDEM).map((iso3) => ({ iso3, name: `Economy ${iso3}` })),
    indicators: [{ code: 'vdem_libdem', higherIsBetter: true }],
    values: Object.entries(LIBDEM).flatMap(([iso3, value]) =>
      value === null
        ? []
        : [{ iso3, indicatorCode: 'vdem_libdem', year: 2023, value, sourceId: 'vdem' }],
    ),
  });

describe('checkCoalition', () => {
  const check = checkCoalition(
    { members: ['AAA', 'BBB', 'DDD'], partners: ['CCC', 'EEE', 'ZZZ'] },
    evaluate(),
  );

  it('lists members that fail the member tier with the failing criteria', () => {
    expect(check.members.map((f) => [f.iso3, f.outcome, f.result])).toEqual([
      ['BBB', 'fail', 'eligible_partner'],
      ['DDD', 'undetermined', 'undetermined'],
    ]);
    expect(check.members[0]!.criteria).toMatchObject([{ id: 'm', outcome: 'fail', value: 0.5 }]);
    expect(check.members[0]!.reason).toBe(
      'member tier fails: Liberal democracy ≥ 0.6 (vdem_libdem): 0.5 in 2023, not ≥ 0.6',
    );
  });

  it('lists members with missing data as undetermined, with the missing criteria', () => {
    expect(check.members[1]!.criteria).toMatchObject([
      { id: 'm', outcome: 'missing', reason: 'no value' },
    ]);
  });

  it('lists partners that pass neither the partner nor the member tier', () => {
    expect(check.partners.map((f) => [f.iso3, f.tier, f.outcome])).toEqual([
      ['CCC', 'partner', 'fail'],
    ]);
    expect(check.partners[0]!.reason).toBe(
      'member tier fails: Liberal democracy ≥ 0.6 (vdem_libdem): 0.2 in 2023, not ≥ 0.6. partner tier fails: Liberal democracy ≥ 0.4 (vdem_libdem): 0.2 in 2023, not ≥ 0.4',
    );
    expect(check.partners[0]!.criteria.map((c) => c.id)).toEqual(['p']);
  });

  it('names partners that qualify as members', () => {
    expect(check.partnersQualifyingAsMembers).toEqual([{ iso3: 'EEE', name: 'Economy EEE' }]);
  });

  it('lists outsiders that qualify, with the highest tier they pass', () => {
    expect(check.outsiders).toEqual([
      { iso3: 'FFF', name: 'Economy FFF', qualifiesAs: 'partner', result: 'eligible_partner' },
    ]);
  });

  it('says which participants could not be checked and why', () => {
    expect(check.notChecked).toEqual([
      { iso3: 'ZZZ', tier: 'partner', reason: 'not among the economies evaluated' },
    ]);
  });

  it('rejects an economy listed as both member and partner', () => {
    const attempt = () => checkCoalition({ members: ['AAA'], partners: ['AAA'] }, evaluate());
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow('listed as both member and partner: AAA');
  });

  it('checks partners against the member tier when the set has no partner tier', () => {
    const memberOnly = { ...SET, tiers: { member: libdem('m', 0.6) } };
    const c = checkCoalition({ members: [], partners: ['AAA', 'BBB'] }, evaluate(memberOnly));
    expect(c.partners.map((f) => [f.iso3, f.outcome])).toEqual([['BBB', 'fail']]);
  });

  it('cannot check members when the set has no member tier', () => {
    const partnerOnly = { ...SET, tiers: { partner: libdem('p', 0.4) } };
    const c = checkCoalition({ members: ['AAA'], partners: [] }, evaluate(partnerOnly));
    expect(c.members).toEqual([]);
    expect(c.notChecked).toEqual([
      { iso3: 'AAA', tier: 'member', reason: 'the criteria set defines no member tier' },
    ]);
  });

  it('reports an outsider whose member tier is undetermined at the partner tier it passes', () => {
    const set: CriteriaSet = {
      ...SET,
      tiers: {
        member: {
          kind: 'all_of',
          label: 'm',
          children: [
            libdem('m', 0.6),
            { ...libdem('gdp', 1), id: 'gdp', indicator: 'vdem_polyarchy' },
          ],
        },
        partner: libdem('p', 0.4),
      },
    };
    const e = evaluateCriteria(set, {
      economies: [{ iso3: 'AAA', name: 'A' }],
      indicators: [
        { code: 'vdem_libdem', higherIsBetter: true },
        { code: 'vdem_polyarchy', higherIsBetter: true },
      ],
      values: [
        { iso3: 'AAA', indicatorCode: 'vdem_libdem', year: 2023, value: 0.8, sourceId: 'v' },
      ],
    });
    expect(checkCoalition({ members: [], partners: [] }, e).outsiders).toEqual([
      { iso3: 'AAA', name: 'A', qualifiesAs: 'partner', result: 'undetermined' },
    ]);
  });
});
