// Golden test: six made-up economies, three indicators, two years (test/golden/criteria/). The
// expected evaluation was checked number by number by hand; docs/analytics/membership-criteria.md
// walks through it. Change it only together with the rules it documents.
import { describe, expect, it } from 'vitest';
import expected from '../../../test/golden/criteria/expected-evaluation.json' with { type: 'json' };
import fixture from '../../../test/golden/criteria/fixture.json' with { type: 'json' };
import { checkCoalition } from './coalition-check.ts';
import { parseCriteriaSet } from './criteria-set.ts';
import { evaluateCriteria } from './evaluate-criteria.ts';

describe('golden: criteria evaluation of the six-economy fixture', () => {
  const evaluation = evaluateCriteria(parseCriteriaSet(fixture.set), fixture.input);

  it('matches the expected evaluation, evidence and warnings included', () => {
    expect(evaluation).toEqual(expected);
  });

  it('gives each economy the tier worked out by hand', () => {
    expect(evaluation.economies.map((e) => [e.iso3, e.result, e.highestPassingTier])).toEqual([
      ['XAR', 'eligible_member', 'member'],
      ['XBO', 'eligible_member', 'member'],
      ['XCA', 'eligible_partner', 'partner'],
      ['XDU', 'not_eligible', null],
      ['XES', 'undetermined', null],
      ['XFE', 'undetermined', 'partner'],
    ]);
  });

  it('checks a coalition of Arcadia and Caldera as members, Dunmore as partner', () => {
    const check = checkCoalition({ members: ['XAR', 'XCA'], partners: ['XDU'] }, evaluation);
    expect(check.members.map((f) => [f.iso3, f.outcome, f.criteria.map((c) => c.id)])).toEqual([
      ['XCA', 'fail', ['g.share', 'g.rank', 'g.rol']],
    ]);
    expect(check.partners.map((f) => [f.iso3, f.outcome, f.criteria.map((c) => c.id)])).toEqual([
      ['XDU', 'fail', ['p.rol', 'p.gdp_pct']],
    ]);
    expect(check.outsiders.map((o) => [o.iso3, o.qualifiesAs, o.result])).toEqual([
      ['XBO', 'member', 'eligible_member'],
      ['XFE', 'partner', 'undetermined'],
    ]);
  });
});
