import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE, findIndicator } from '../indicators/indicator-catalogue.ts';
import { ADDITIVE_INDICATOR_CODES, isAdditiveIndicator } from './additive-indicators.ts';
import { DERIVED_RESEARCHERS_CODE } from './derived-researchers.ts';

describe('additive indicators', () => {
  it.each([
    ['gdp_usd', true],
    ['gdp_ppp_2021', true],
    ['population', true],
    ['gerd_ppp_usd', true],
    ['articles_fractional', true],
    ['ai_articles', true],
    ['pct_applications', true],
    ['uspto_semiconductor_patents', true],
    ['uspto_patents', true],
    ['kti_value_added_usd', true],
    ['top500_systems', true],
    ['top500_rmax_tflops', true],
    ['iso_tc_secretariats', true],
    ['iso_secretariats_total', true],
    [DERIVED_RESEARCHERS_CODE, true],
    ['gerd_pct_gdp', false],
    ['researchers_per_million', false],
    ['top1pct_cited_share', false],
    ['articles_whole', false],
    ['vdem_libdem', false],
    ['wgi_rule_of_law', false],
    ['fh_total', false],
  ])('classifies %s as additive: %s', (code, additive) => {
    expect(isAdditiveIndicator(code)).toBe(additive);
  });

  it('lists only catalogue codes, besides the derived researcher count', () => {
    const unknown = [...ADDITIVE_INDICATOR_CODES].filter(
      (c) => c !== DERIVED_RESEARCHERS_CODE && findIndicator(c) === undefined,
    );
    expect(unknown).toEqual([]);
  });

  it('never lists a catalogue indicator whose unit is a ratio, an index, a score or a rank', () => {
    const ratioLike = /%|per |index|score|estimate|rank|category/i;
    const wrong = INDICATOR_CATALOGUE.filter(
      (i) => isAdditiveIndicator(i.code) && ratioLike.test(i.unit),
    ).map((i) => `${i.code} (${i.unit})`);
    expect(wrong).toEqual([]);
  });
});
