import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../indicators/indicator-catalogue.ts';
import { criteriaSetSchema, criteriaWithPaths, type RuleNode } from './criteria-set.ts';
import { DEFAULT_MAX_AGE_YEARS, defaultCriteriaSet } from './default-criteria.ts';
import { evaluateCriteria } from './evaluate-criteria.ts';

const SET = defaultCriteriaSet(2024);

/** A tree in one line: `all_of(any_of(member.gdp_world_share, …), …)`. */
const shape = (node: RuleNode): string => {
  switch (node.kind) {
    case 'criterion':
      return node.id;
    case 'weighted':
      return `weighted(${node.children.map((c) => shape(c.node)).join(', ')})`;
    case 'at_least':
      return `at_least_${node.k}(${node.children.map(shape).join(', ')})`;
    case 'all_of':
    case 'any_of':
      return `${node.kind}(${node.children.map(shape).join(', ')})`;
  }
};

describe('defaultCriteriaSet', () => {
  it('is a valid criteria set', () => {
    expect(criteriaSetSchema.safeParse(SET).success).toBe(true);
  });

  it('reads like the principles: size, technology and three commitments for members', () => {
    expect(shape(SET.tiers.member!)).toBe(
      'all_of(any_of(member.gdp_world_share, member.gdp_rank), any_of(member.gerd, member.researchers, member.articles_rank), member.libdem, member.rule_of_law, member.civil_liberties)',
    );
  });

  it('asks partners for the commitments at lower levels, with no size test', () => {
    expect(shape(SET.tiers.partner!)).toBe(
      'all_of(partner.libdem, partner.rule_of_law, partner.civil_liberties)',
    );
  });

  it.each([
    ['member.gdp_world_share', 'gdp_usd', '>=', 'world_share_pct', 1],
    ['member.gdp_rank', 'gdp_usd', '<=', 'rank', 25],
    ['member.gerd', 'gerd_pct_gdp', '>=', 'absolute', 1.5],
    ['member.researchers', 'researchers_per_million', '>=', 'absolute', 2000],
    ['member.articles_rank', 'articles_fractional', '<=', 'rank', 25],
    ['member.libdem', 'vdem_libdem', '>=', 'absolute', 0.6],
    ['member.rule_of_law', 'wgi_rule_of_law', '>=', 'absolute', 0.8],
    ['member.civil_liberties', 'vdem_civil_liberties', '>=', 'absolute', 0.8],
    ['partner.libdem', 'vdem_libdem', '>=', 'absolute', 0.4],
    ['partner.rule_of_law', 'wgi_rule_of_law', '>=', 'absolute', 0.25],
    ['partner.civil_liberties', 'vdem_civil_liberties', '>=', 'absolute', 0.7],
  ])('tests %s as %s %s %s %d', (id, indicator, comparator, kind, value) => {
    const c = criteriaWithPaths(SET).find((l) => l.criterion.id === id)!.criterion;
    expect(c).toMatchObject({ indicator, comparator, threshold: { kind, value } });
    expect(c.rationale.length).toBeGreaterThan(40);
  });

  it('dates every criterion with the asOf given and a five-year window', () => {
    const policies = criteriaWithPaths(defaultCriteriaSet(2019)).map((l) => l.criterion.yearPolicy);
    expect(new Set(policies.map((p) => JSON.stringify(p)))).toEqual(
      new Set([JSON.stringify({ maxAgeYears: DEFAULT_MAX_AGE_YEARS, asOf: 2019 })]),
    );
    expect(DEFAULT_MAX_AGE_YEARS).toBe(5);
  });

  it('evaluates against the full catalogue without unknown indicators', () => {
    const e = evaluateCriteria(SET, { economies: [], indicators: INDICATOR_CATALOGUE, values: [] });
    expect(e.set).toEqual({ code: 'default', name: 'Default membership criteria' });
  });
});
