import { describe, expect, it } from 'vitest';
import {
  consensusAcrossMembers,
  consensusStatements,
  groupInformedConsensus,
} from './consensus.ts';
import {
  groupCounts,
  proportionTest,
  representativeStatements,
  smoothed,
  twoProportionTest,
} from './repness.ts';
import { table } from './test-support.ts';
import { voteMatrix } from './vote-matrix.ts';

describe('the tests behind representative statements', () => {
  it('smooths shares by Laplace and tests them against ½ and against each other', () => {
    expect(smoothed(3, 4)).toBeCloseTo(4 / 6, 12);
    // (4/6 − ½) ÷ √(¼ ÷ 6) = √6 ÷ 3.
    expect(proportionTest(3, 4)).toBeCloseTo(Math.sqrt(6) / 3, 12);
    // p₁ = 5/6, p₂ = 1/6, pooled 6/12: (4/6) ÷ √(¼ × 2/6).
    expect(twoProportionTest(4, 4, 0, 4)).toBeCloseTo(4 / 6 / Math.sqrt(1 / 12), 12);
  });
});

// Two groups of four: s0 splits them, s1 has everyone agreeing, s2 everyone passing.
const m = voteMatrix(table(['++0', '++0', '++0', '++0', '-+0', '-+0', '-+0', '-+0']), 3);
const groups = [0, 0, 0, 0, 1, 1, 1, 1];

describe('representativeStatements', () => {
  it('gives each group the statement that sets it apart, in its direction, with the published score', () => {
    const counts = groupCounts(m, groups, 2);
    const [g0, g1] = representativeStatements(m, counts);
    expect(g0!.map((r) => [r.statement, r.direction])).toEqual([['s0', 'agree']]);
    expect(g1!.map((r) => [r.statement, r.direction])).toEqual([['s0', 'disagree']]);
    const r = g0![0]!;
    expect(r.share).toBeCloseTo(5 / 6, 12);
    expect(r.ratio).toBeCloseTo(5, 12);
    expect(r.significant).toBe(true);
    expect(r.score).toBeCloseTo(
      (5 / 6) * 5 * proportionTest(4, 4) * twoProportionTest(4, 4, 0, 4),
      12,
    );
  });

  it('weighs votes by the participants’ weights', () => {
    const counts = groupCounts(m, groups, 2, [2, 2, 2, 2, 1, 1, 1, 1]);
    expect(counts[0]![0]).toEqual({ agree: 8, disagree: 0, votes: 8 });
    expect(counts[1]![2]).toEqual({ agree: 0, disagree: 0, votes: 4 });
  });
});

describe('consensus', () => {
  it('group-informed consensus is the product of the groups’ smoothed agreement', () => {
    const { agree } = groupInformedConsensus(m, groupCounts(m, groups, 2));
    expect(agree[1]!.consensus).toBeCloseTo((5 / 6) ** 2, 12);
    expect(agree[0]!.consensus).toBeCloseTo((5 / 6) * (1 / 6), 12);
    expect(agree[2]!.consensus).toBeCloseTo((1 / 6) ** 2, 12);
    const top = consensusStatements(m, groupCounts(m, groups, 2));
    expect(top.map((c) => [c.statement, c.direction])).toEqual([['s1', 'agree']]);
  });

  it('consensus across members needs a majority in every economy with enough participants', () => {
    // s0: FRA 2 of 3, DEU 3 of 3 agree; JPN (one participant) is below the minimum of 2.
    // s1: FRA 1 of 3 agrees. s2: DEU passes.
    const c = table(
      ['+-+', '+-+', '-++', '+++', '++0', '++0', '---'],
      ['FRA', 'FRA', 'FRA', 'DEU', 'DEU', 'DEU', 'JPN'],
    );
    const n = voteMatrix(c, 3);
    const out = consensusAcrossMembers(
      n,
      c.participants.map((p) => p.economy),
      2,
    );
    expect(out.map((x) => x.statement)).toEqual(['s0']);
    expect(out[0]!.minShare).toBeCloseTo(2 / 3, 12);
    expect(out[0]!.economies.map((e) => e.economy)).toEqual(['DEU', 'FRA']);
    expect(
      consensusAcrossMembers(
        n,
        c.participants.map((p) => p.economy),
        4,
      ),
    ).toEqual([]);
  });
});
