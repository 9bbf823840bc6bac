import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import type { CriterionEvidence } from './criteria-shapes.ts';
import {
  comparedText,
  computedThreshold,
  evidenceSentence,
  missingShort,
  reasonStatements,
  resultCount,
  resultLabel,
  statedThreshold,
  statementText,
  undeterminedReason,
} from './criteria-format.ts';
import { en } from '../i18n/messages.en.ts';
import { fr } from '../i18n/messages.fr.ts';

// The catalogues as the app loads them: English as the reader sees it, French to show that no
// English is left in the words these helpers build.
const w = createIntl({ locale: 'en', messages: en });
const wFr = createIntl({ locale: 'fr', messages: fr });

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
    expect(comparedText(w, evidence({}), gdp.unit)).toBe('2.17% of world');
    expect(comparedText(w, evidence({ compared: 26.41 }), gdp.unit)).toBe('26.4% of world');
    expect(comparedText(w, evidence({ compared: 0.0012 }), gdp.unit)).toBe('<0.01% of world');
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
    expect(comparedText(w, rank, gdp.unit)).toBe('rank 4');
    expect(statedThreshold(w, rank, gdp.unit)).toBe('rank ≤ 25');
    expect(computedThreshold(w, rank, gdp)).toBe(
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
    expect(comparedText(w, rol, wgi.unit)).toBe('0.39');
    expect(
      statedThreshold(w, { ...rol, threshold: { ...rol.threshold, value: 1.5 } }, '% of GDP'),
    ).toBe('≥ 1.5% of GDP');
    expect(statedThreshold(w, rol, wgi.unit)).toBe('≥ 0.8');
  });

  it('computes a share threshold in the indicator’s unit with the world total', () => {
    expect(computedThreshold(w, evidence({}), gdp)).toBe(
      '≥ 1.04 trn US$ (1% of the world total of 103.74 trn US$, 185 economies with data in 2023)',
    );
    expect(
      computedThreshold(
        w,
        evidence({ threshold: { ...evidence({}).threshold, indicatorValue: null } }),
        gdp,
      ),
    ).toBeNull();
  });

  it('shortens the reasons for missing data', () => {
    const missing = (reason: string, year: number | null) =>
      missingShort(w, evidence({ outcome: 'missing', reason, year, compared: null }));
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
        w,
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
        w,
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

describe('criteria evidence in the reader’s language', () => {
  it('counts results with plurals', () => {
    expect(resultCount(w, 'eligible_member', 1)).toBe('1 eligible member');
    expect(resultCount(w, 'eligible_partner', 14)).toBe('14 eligible partners');
    expect(resultCount(w, 'not_eligible', 135)).toBe('135 not eligible');
    expect(resultCount(wFr, 'eligible_member', 14)).toBe('14 membres éligibles');
    expect(resultCount(wFr, 'undetermined', 1)).toBe('1 indéterminée');
    expect(resultLabel(wFr, 'not_eligible')).toBe('Non éligible');
  });

  it('puts the evidence in one sentence', () => {
    expect(evidenceSentence(w, evidence({}), gdp)).toBe(
      'GDP at least 1% of the world: passes — 2.17% of world, 2.25 trn US$ in 2023 (wb-wdi-gdp_usd); needs ≥ 1% of world',
    );
    expect(
      evidenceSentence(
        w,
        evidence({ outcome: 'missing', reason: null, value: null, compared: null }),
        gdp,
      ),
    ).toBe('GDP at least 1% of the world: missing — no value; no value');
  });

  it('writes French words and French numbers', () => {
    const share = evidence({ compared: 26.41 });
    expect(comparedText(wFr, share, gdp.unit)).toBe('26,4 % du monde');
    expect(statedThreshold(wFr, { ...share, comparator: '>=' }, gdp.unit)).toBe('≥ 1 % du monde');
    expect(
      statedThreshold(
        wFr,
        { comparator: '<=', threshold: { kind: 'percentile', value: 12.5 } },
        gdp.unit,
      ),
    ).toBe('centile ≤ 12,5');
    // The amounts in the indicator's unit come from format-value.ts, which is English-only.
    expect(computedThreshold(wFr, evidence({}), gdp)).toBe(
      '≥ 1.04 trn US$ (1 % du total mondial de 103.74 trn US$, 185 économies avec des données en 2023)',
    );
    expect(
      missingShort(wFr, evidence({ outcome: 'missing', reason: 'no value', compared: null })),
    ).toBe('aucune valeur');
    expect(statementText(wFr, { tier: 'member', outcome: 'fails', items: ['A: 1, not ≥ 2'] })).toBe(
      'Niveau membre : échoue — A: 1, not ≥ 2.',
    );
    expect(
      statementText(wFr, {
        tier: 'partner',
        outcome: 'undetermined',
        items: ['Rule of law: no value'],
      }),
    ).toBe('Niveau partenaire : indéterminé — Rule of law: aucune valeur.');
    expect(
      undeterminedReason(
        wFr,
        'member tier undetermined: A (a): no value; B (b): no value; C (c): no value. partner tier passes',
      ),
    ).toEqual({
      open: 'Niveau membre indéterminé : aucune valeur pour A et 2 autres.',
      established: 'partner',
    });
  });
});
