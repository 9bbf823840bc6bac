// The default criteria set: the alliance's membership principles as rule trees (member and partner).
import type { Comparator, Criterion, CriteriaSet, RuleNode, Threshold } from './criteria-set.ts';

/** Every default criterion uses the latest value no older than this many years before `asOf`. */
export const DEFAULT_MAX_AGE_YEARS = 5;

/**
 * The default set, dated `asOf` (the reference year of the evaluation, e.g. 2024; core has no
 * clock, so the caller says which year it is). Every threshold is explained in
 * docs/analytics/membership-criteria.md.
 *
 * - member = all of: a large economy (≥ 1% of world GDP or a top-25 GDP); wide-ranging technology
 *   capability (R&D ≥ 1.5% of GDP, or ≥ 2,000 researchers per million, or a top-25 article
 *   output); liberal democracy (V-Dem ≥ 0.6); rule of law (WGI ≥ 0.8); civil liberties (V-Dem ≥ 0.8);
 * - partner = all of: liberal democracy ≥ 0.4, rule of law ≥ 0.25, civil liberties ≥ 0.7; no size
 *   or technology test.
 */
export function defaultCriteriaSet(asOf: number): CriteriaSet {
  const criterion = (
    id: string,
    label: string,
    indicator: string,
    comparator: Comparator,
    threshold: Threshold,
    rationale: string,
  ): Criterion => ({
    kind: 'criterion',
    id,
    label,
    indicator,
    comparator,
    threshold,
    yearPolicy: { maxAgeYears: DEFAULT_MAX_AGE_YEARS, asOf },
    rationale,
  });
  const absolute = (value: number): Threshold => ({ kind: 'absolute', value });
  const top25: Threshold = { kind: 'rank', value: 25 };

  const member: RuleNode = {
    kind: 'all_of',
    label: 'Member',
    rationale:
      'Members are large economies with wide-ranging technology capabilities, committed to liberal democracy, the rule of law and human rights: each principle is one test, and all must hold.',
    children: [
      {
        kind: 'any_of',
        label: 'Large economy',
        rationale:
          'Size by either of two measures: a share of the world, or a place among the largest.',
        children: [
          criterion(
            'member.gdp_world_share',
            'GDP at least 1% of the world',
            'gdp_usd',
            '>=',
            { kind: 'world_share_pct', value: 1 },
            'An economy with 1% of world output weighs in standards bodies, export-control enforcement and supply chains; the level named by the policy case.',
          ),
          criterion(
            'member.gdp_rank',
            'GDP among the 25 largest',
            'gdp_usd',
            '<=',
            top25,
            'A place among the 25 largest economies (about 0.5% of world GDP and up) keeps the test stable in count as the world economy grows or shifts.',
          ),
        ],
      },
      {
        kind: 'any_of',
        label: 'Technology capability',
        rationale:
          'Wide-ranging capability shown by spending, people or output: any one suffices, so strengths of different kinds count.',
        children: [
          criterion(
            'member.gerd',
            'R&D at least 1.5% of GDP',
            'gerd_pct_gdp',
            '>=',
            absolute(1.5),
            'Above the world median (about 0.75%) and near the level where business R&D becomes a large part of national R&D; below the OECD average (about 2.7%) so that a middle-size R&D system counts.',
          ),
          criterion(
            'member.researchers',
            'At least 2,000 researchers per million people',
            'researchers_per_million',
            '>=',
            absolute(2000),
            'A researcher density above the world median (about 1,700 per million among economies reporting), reached by every G7 economy.',
          ),
          criterion(
            'member.articles_rank',
            'Science and engineering articles among the 25 largest',
            'articles_fractional',
            '<=',
            top25,
            'A large scientific output (fractional counts, no double counting) shows breadth even where R&D intensity is modest.',
          ),
        ],
      },
      criterion(
        'member.libdem',
        'Liberal democracy',
        'vdem_libdem',
        '>=',
        absolute(0.6),
        'V-Dem liberal democracy index at least 0.6: about the upper quarter of economies, where free elections are combined with constraints on the executive and protected rights.',
      ),
      criterion(
        'member.rule_of_law',
        'Rule of law',
        'wgi_rule_of_law',
        '>=',
        absolute(0.8),
        'WGI rule of law at least 0.8 (0.8 standard deviations above the world average, about the top quarter): contracts, property and export controls are reliably enforced.',
      ),
      criterion(
        'member.civil_liberties',
        'Civil liberties',
        'vdem_civil_liberties',
        '>=',
        absolute(0.8),
        'V-Dem civil liberties index at least 0.8: human rights respected in practice, as the principle of human rights requires.',
      ),
    ],
  };

  const partner: RuleNode = {
    kind: 'all_of',
    label: 'Partner',
    rationale:
      'Partners cooperate without full membership: the same commitments at lower levels, and no size or technology test, so that smaller economies of every region can join the workstreams.',
    children: [
      criterion(
        'partner.libdem',
        'Liberal democracy, partner level',
        'vdem_libdem',
        '>=',
        absolute(0.4),
        'V-Dem liberal democracy index at least 0.4: clearly democratic, above the world median (about 0.36), while allowing for younger democracies.',
      ),
      criterion(
        'partner.rule_of_law',
        'Rule of law, partner level',
        'wgi_rule_of_law',
        '>=',
        absolute(0.25),
        'WGI rule of law at least 0.25, a quarter of a standard deviation above the world average: enough to trust commitments on export controls and research security.',
      ),
      criterion(
        'partner.civil_liberties',
        'Civil liberties, partner level',
        'vdem_civil_liberties',
        '>=',
        absolute(0.7),
        'V-Dem civil liberties index at least 0.7: rights broadly respected, the commitment the alliance asks of everyone in it.',
      ),
    ],
  };

  return {
    code: 'default',
    name: 'Default membership criteria',
    description: `The alliance's principles as criteria, with data no older than ${DEFAULT_MAX_AGE_YEARS} years before ${asOf}: members are large economies with wide-ranging technology capabilities, committed to liberal democracy, the rule of law and human rights; partners share the commitments at lower levels, whatever their size.`,
    tiers: { member, partner },
  };
}
