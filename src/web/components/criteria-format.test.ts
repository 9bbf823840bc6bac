import { describe, expect, it } from 'vitest';
import type { CriterionEvidence } from './criteria-shapes.ts';
import {
  comparedText,
  computedThreshold,
  missingShort,
  reasonStatements,
  statedThreshold,
  undeterminedReason,
} from './criteria-format.ts';

const gdp = { name: 'GDP (current US$)', unit: 'current US$', higherIsBetter: true };
const wgi = { name: 'WGI rule of law', unit: 'estimate ≈ −2.5…2.5', higherIsBetter: true };

const evidence = (over: Partial<CriterionEvidence>): CriterionEvidence => ({
  tier: 'member',
  id: 'member.gdp_world_share',
  label: 'GDP at least 1% of the world',
  indicator: 'gdp_usd',
  comparator: '>=',
  outcome: 'pass',
  reason: null,
  value: 2254851212731.8,
  year: 2023,
  sourceId: 'wb-wdi-gdp_usd',
  compared: 2.1735,
  threshold: {
    kind: 'world_share_pct',
    value: 1,
    indicatorValue: 1037417463794.26,
    worldTotal: 103741746379425.78,
    economiesWithData: 185,
  },
  ...over,
});

describe('criteria evidence in words', () => {
  it('states a world share with two decimals below 10% and one above', () => {
    expect(comparedText(evidence({}), gdp.unit)).toBe('2.17% of world');
    expect(comparedText(evidence({ compared: 26.41 }), gdp.unit)).toBe('26.4% of world');
    expect(comparedText(evidence({ compared: 0.0012 }), gdp.unit)).toBe('<0.01% of world');
  });

  it('states a rank and an absolute value in the indicator’s unit', () => {
    const rank = evidence({
      compared: 4,
      comparator: '<=',
      threshold: {
        kind: 'rank',
        value: 25,
        indicatorValue: 545629450403.7,
        worldTotal: null,
        economiesWithData: 185,
      },
    });
    expect(comparedText(rank, gdp.unit)).toBe('rank 4');
    expect(statedThreshold(rank, gdp.unit)).toBe('rank ≤ 25');
    expect(computedThreshold(rank, gdp)).toBe(
      '≥ 545.63 bn US$ (the passing value nearest rank 25, among 185 economies with data in 2023)',
    );
    const rol = evidence({
      compared: 0.3904,
      threshold: {
        kind: 'absolute',
        value: 0.8,
        indicatorValue: 0.8,
        worldTotal: null,
        economiesWithData: null,
      },
    });
    expect(comparedText(rol, wgi.unit)).toBe('0.39');
    expect(
      statedThreshold({ ...rol, threshold: { ...rol.threshold, value: 1.5 } }, '% of GDP'),
    ).toBe('≥ 1.5% of GDP');
    expect(statedThreshold(rol, wgi.unit)).toBe('≥ 0.8');
  });

  it('computes a share threshold in the indicator’s unit with the world total', () => {
    expect(computedThreshold(evidence({}), gdp)).toBe(
      '≥ 1.04 trn US$ (1% of the world total of 103.74 trn US$, 185 economies with data in 2023)',
    );
    expect(
      computedThreshold(
        evidence({ threshold: { ...evidence({}).threshold, indicatorValue: null } }),
        gdp,
      ),
    ).toBeNull();
  });

  it('shortens the reasons for missing data', () => {
    const missing = (reason: string, year: number | null) =>
      missingShort(evidence({ outcome: 'missing', reason, year, compared: null }));
    expect(missing('no value', null)).toBe('no value');
    expect(missing('latest value 2017 older than 5 years before 2023', 2017)).toBe('2017: too old');
    expect(missing('no value up to 2020 (earliest 2021)', null)).toBe('none up to 2020');
  });

  it('splits a reason into tier statements without indicator codes', () => {
    const reason =
      'member tier fails: Rule of law (wgi_rule_of_law): 0.3904 in 2023, not ≥ 0.8. partner tier passes';
    expect(reasonStatements(reason)).toEqual([
      { tier: 'member', outcome: 'fails', items: ['Rule of law: 0.3904 in 2023, not ≥ 0.8'] },
      { tier: 'partner', outcome: 'passes', items: [] },
    ]);
  });

  it('says what is open for an undetermined economy and which tier is established', () => {
    expect(
      undeterminedReason(
        'member tier undetermined: GDP at least 1% of the world (gdp_usd): no value; GDP among the 25 largest (gdp_usd): no value. partner tier passes',
      ),
    ).toEqual({
      open: 'Member tier undetermined: no value for GDP at least 1% of the world and GDP among the 25 largest.',
      established: 'partner',
    });
  });

  it('groups the open criteria by why they are missing and counts the rest', () => {
    expect(
      undeterminedReason(
        'member tier undetermined: A (a): no value; B (b): no value; C (c): no value; D (d): no value; E (e): latest value 2015 older than 5 years before 2023. partner tier undetermined: F (f): no value',
      ),
    ).toEqual({
      open: 'Member tier undetermined: no value for A and 3 more; latest value 2015 older than 5 years before 2023 for E. Partner tier undetermined: no value for F.',
      established: null,
    });
  });

  it('keeps a reason that does not follow the pattern whole', () => {
    expect(reasonStatements('something else')).toEqual([
      { tier: 'member', outcome: 'undetermined', items: ['something else'] },
    ]);
  });
});
