import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../supply-chains/random.ts';
import { CoalitionCounts, countToBigInt } from './voting-power.counts.ts';
import { bruteForcePower } from './voting-power.reference.ts';
import {
  capWeights,
  gameRule,
  votingPower,
  VotingGameError,
  type GameMember,
  type VotingGame,
  type VotingPower,
} from './voting-power.ts';

/** Members A, B, C, … with the given weights. */
const members = (...weights: number[]): GameMember[] =>
  weights.map((weight, i) => ({ member: String.fromCharCode(65 + i), weight }));
const weighted = (quota: number, ...weights: number[]): VotingGame => ({
  kind: 'weighted',
  members: members(...weights),
  quota,
});
const column = (r: VotingPower, key: 'banzhaf' | 'shapleyShubik' | 'banzhafRaw'): number[] =>
  r.members.map((m) => m[key]);
const codes = (r: VotingPower): string[] => r.warnings.map((w) => `${w.code}:${w.member ?? ''}`);

const expectClose = (actual: number[], expected: number[], digits = 12): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i]!, digits));
};

describe('votingPower on hand-checked games', () => {
  // [4; 3, 2, 1, 1], members A, B, C, D, total 7. Winning coalitions (weight ≥ 4): AB 5, AC 4,
  // AD 4, ABC 6, ABD 6, ACD 5, BCD 4, ABCD 7; B + C = B + D = 3 and C + D = 2 lose.
  // Swings (a winning coalition that loses without the member):
  //   A: AB, AC, AD, ABC (BC = 3), ABD (BD = 3), ACD (CD = 2) → 6; not ABCD (BCD = 4 wins);
  //   B: AB (A = 3), BCD (CD = 2) → 2; C: AC, BCD (BD = 3) → 2; D: AD, BCD → 2. Total 12.
  // Banzhaf: 6/12, 2/12, 2/12, 2/12 = 1/2, 1/6, 1/6, 1/6.
  // Shapley–Shubik (n = 4, a swing with |S| others before weighs |S|!(3 − |S|)!/4!):
  //   A is pivotal after S ⊆ {B, C, D} with w(S) in [1, 3]: B, C, D (|S| = 1, 2/24 each) and
  //   BC, BD, CD (|S| = 2, 2/24 each) → 12/24 = 1/2;
  //   B after S ⊆ {A, C, D} with w(S) in [2, 3]: A (2/24), CD (2/24) → 4/24 = 1/6;
  //   C after w(S) = 3: A (2/24), BD (2/24) → 1/6; D likewise 1/6. Sum 1.
  it('[4; 3, 2, 1, 1]: swings 6, 2, 2, 2 and both indices 1/2, 1/6, 1/6, 1/6', () => {
    const r = votingPower(weighted(4, 3, 2, 1, 1));
    expect(column(r, 'banzhafRaw')).toEqual([6, 2, 2, 2]);
    expect(r.members.map((m) => m.banzhafRawExact)).toEqual(['6', '2', '2', '2']);
    expect(r.totalSwings).toBe('12');
    expectClose(column(r, 'banzhaf'), [1 / 2, 1 / 6, 1 / 6, 1 / 6]);
    expectClose(column(r, 'shapleyShubik'), [1 / 2, 1 / 6, 1 / 6, 1 / 6]);
    expect(r.members[0]!.weightShare).toBeCloseTo(3 / 7, 15);
    expect(r.members[0]!.powerToWeight).toBeCloseTo(7 / 6, 12);
    expect(r.members[2]!.powerToWeight).toBeCloseTo(7 / 6, 12);
    expect(r.thresholds).toEqual({ members: 0, weight: 4 });
    // A with anyone leaves at most 3 (B + D or C + D) to the others: they cannot reach 4.
    expect(r.blocking).toEqual({
      canBlockAlone: [],
      canPassAlone: [],
      blockingPairs: [
        ['A', 'B'],
        ['A', 'C'],
        ['A', 'D'],
      ],
    });
    expect(codes(r)).toEqual(['dominant-member:A']);
    expect(r.warnings[0]!.message).toBe(
      'A holds 50% of the voting power by Banzhaf and 50% by Shapley–Shubik, above the 40% limit (42.9% of the weight)',
    );
  });

  // [51; 50, 49, 1]: 49 + 1 = 50 loses, so A (50) is in every winning coalition: AB, AC, ABC.
  // Swings: A in AB, AC and ABC (BC = 50 loses) → 3; B in AB → 1; C in AC → 1. Banzhaf 3/5, 1/5,
  // 1/5. Orders (pivot in brackets): A[B]C, A[C]B, B[A]C, BC[A], C[A]B, CB[A]: SS 4/6, 1/6, 1/6.
  it('[51; 50, 49, 1]: the 50 is a veto player, not a third', () => {
    const r = votingPower(weighted(51, 50, 49, 1));
    expect(column(r, 'banzhafRaw')).toEqual([3, 1, 1]);
    expectClose(column(r, 'banzhaf'), [3 / 5, 1 / 5, 1 / 5]);
    expectClose(column(r, 'shapleyShubik'), [2 / 3, 1 / 6, 1 / 6]);
    expect(r.blocking.canBlockAlone).toEqual(['A']);
    expect(codes(r)).toEqual(['can-block-alone:A', 'dominant-member:A']);
    expect(r.warnings[0]!.message).toBe(
      'A can block alone: the others together hold 50 weight, 51 needed',
    );
  });

  // [51; 49, 48, 3]: any two of the three reach 51 (52, 51, 97), none alone: symmetric, 1/3 each.
  it('[51; 49, 48, 3]: any two win, so each holds a third despite the weights', () => {
    const r = votingPower(weighted(51, 49, 48, 3));
    expect(column(r, 'banzhafRaw')).toEqual([2, 2, 2]);
    expectClose(column(r, 'banzhaf'), [1 / 3, 1 / 3, 1 / 3]);
    expectClose(column(r, 'shapleyShubik'), [1 / 3, 1 / 3, 1 / 3]);
    expect(r.members[2]!.powerToWeight).toBeCloseTo(100 / 9, 10);
    expect(r.warnings).toEqual([]);
  });

  // Unanimity: only the full coalition wins; each member swings once (the others without it).
  // SS: each is pivotal exactly when last, 1/n.
  it('a unanimity game gives each member 1/n and a veto', () => {
    const r = votingPower(weighted(10, 4, 3, 2, 1));
    expect(column(r, 'banzhafRaw')).toEqual([1, 1, 1, 1]);
    expectClose(column(r, 'banzhaf'), [1 / 4, 1 / 4, 1 / 4, 1 / 4]);
    expectClose(column(r, 'shapleyShubik'), [1 / 4, 1 / 4, 1 / 4, 1 / 4]);
    expect(r.blocking.canBlockAlone).toEqual(['A', 'B', 'C', 'D']);
    expect(r.blocking.blockingPairs).toEqual([]);
    expect(codes(r)).toEqual([
      'can-block-alone:A',
      'can-block-alone:B',
      'can-block-alone:C',
      'can-block-alone:D',
    ]);
  });

  // [3; 3, 1, 1]: A wins alone and B + C = 2 cannot win: A swings in all 4 coalitions of B, C;
  // B and C never swing.
  it('a dictator [3; 3, 1, 1] holds all the power; the others are dummies', () => {
    const r = votingPower(weighted(3, 3, 1, 1));
    expect(column(r, 'banzhafRaw')).toEqual([4, 0, 0]);
    expect(column(r, 'banzhaf')).toEqual([1, 0, 0]);
    expect(column(r, 'shapleyShubik')).toEqual([1, 0, 0]);
    expect(r.blocking.canPassAlone).toEqual(['A']);
    expect(r.blocking.canBlockAlone).toEqual(['A']);
    expect(codes(r)).toEqual([
      'can-pass-alone:A',
      'can-block-alone:A',
      'dominant-member:A',
      'dummy:B',
      'dummy:C',
    ]);
    expect(r.warnings[0]!.message).toBe(
      'A can pass a decision alone: its weight 3 meets the threshold (3 weight)',
    );
    expect(r.warnings[3]!.message).toBe(
      'B never changes an outcome: its weight 1 turns no losing coalition into a winning one',
    );
  });

  // [5; 3, 3, 1]: only AB (6) and ABC (7) win; AC = BC = 4 lose. A swings in AB and ABC (BC = 4),
  // B likewise, C never: 1/2, 1/2, 0 by both indices.
  it('[5; 3, 3, 1]: the 1 is a dummy, the two 3s share the power', () => {
    const r = votingPower(weighted(5, 3, 3, 1));
    expect(column(r, 'banzhafRaw')).toEqual([2, 2, 0]);
    expectClose(column(r, 'banzhaf'), [1 / 2, 1 / 2, 0]);
    expectClose(column(r, 'shapleyShubik'), [1 / 2, 1 / 2, 0]);
    expect(r.blocking.canBlockAlone).toEqual(['A', 'B']);
    expect(codes(r)).toContain('dummy:C');
  });

  // Council-like double majority: 5 members weighing 40, 30, 15, 10, 5 (total 100); a coalition
  // needs ⌈55% · 5⌉ = 3 members holding 65. Winning: ABC 85, ABD 80, ABE 75, ACD 65, ABCD,
  // ABCE, ABDE, ACDE 70, ABCDE (ACE 60, ADE 55, BCD 55, BCDE 60 and the rest lose).
  // Swings, per winning coalition (members whose leaving makes it lose):
  //   ABC: A B C (two members are too few) · ABD: A B D · ABE: A B E · ACD: A C D
  //   ABCD: A (BCD 55) · ABCE: A (BCE 50), B (ACE 60) · ABDE: A (BDE 45), B (ADE 55)
  //   ACDE: A (CDE 30), C (ADE 55), D (ACE 60) · ABCDE: A (BCDE 60)
  //   → A 9, B 5, C 3, D 3, E 1; total 21.
  // Shapley–Shubik weighs a swing with |S| others by |S|!(4 − |S|)!/120: 4/120 for |S| = 2,
  // 6/120 for 3, 24/120 for 4. A: 4 × 4 + 4 × 6 + 24 = 64; B: 3 × 4 + 2 × 6 = 24; C: 2 × 4 + 6
  // = 14; D: 14; E: 4 → 64, 24, 14, 14, 4 (/120), summing to 120.
  it('a council-like double majority (55% of members, 65% of weight), by hand', () => {
    const r = votingPower({
      kind: 'double-majority',
      members: members(40, 30, 15, 10, 5),
      membersPct: 55,
      weightPct: 65,
    });
    expect(r.thresholds).toEqual({ members: 3, weight: 65 });
    expect(column(r, 'banzhafRaw')).toEqual([9, 5, 3, 3, 1]);
    expectClose(column(r, 'banzhaf'), [9 / 21, 5 / 21, 3 / 21, 3 / 21, 1 / 21]);
    expectClose(column(r, 'shapleyShubik'), [64 / 120, 24 / 120, 14 / 120, 14 / 120, 4 / 120]);
    // Without A the others hold 60 < 65. B + C leave 55 and B + D leave 60; B + E leave 65.
    expect(r.blocking).toEqual({
      canBlockAlone: ['A'],
      canPassAlone: [],
      blockingPairs: [
        ['B', 'C'],
        ['B', 'D'],
      ],
    });
    expect(codes(r)).toEqual(['can-block-alone:A', 'dominant-member:A']);
  });

  it('counts a member of weight 0 in a double majority: it adds a member', () => {
    // Needs 2 of 3 members (55%) and 65 of 100: A alone has the weight but not the count, so Z
    // (weight 0) swings {A} → {A, Z}, as B does.
    const r = votingPower({
      kind: 'double-majority',
      members: [...members(70, 30), { member: 'Z', weight: 0 }],
      membersPct: 55,
      weightPct: 65,
    });
    expect(column(r, 'banzhafRaw')).toEqual([3, 1, 1]);
    expect(r.members[2]!.powerToWeight).toBeNull();
    expect(codes(r)).not.toContain('dummy:Z');
  });

  it('flags a member whose only blocking power is the member count', () => {
    // 100% of members: every member blocks alone by the count rule.
    const r = votingPower({
      kind: 'double-majority',
      members: members(5, 5, 90),
      membersPct: 100,
      weightPct: 50,
    });
    expect(r.blocking.canBlockAlone).toEqual(['A', 'B', 'C']);
    expect(r.warnings[0]!.message).toBe(
      'A can block alone: without it only 2 members remain, 3 needed',
    );
  });

  it('gives the same indices when every weight is scaled by the same factor', () => {
    const base = votingPower(weighted(4, 3, 2, 1, 1));
    const scaled = votingPower(weighted(4000, 3000, 2000, 1000, 1000));
    expect(column(scaled, 'banzhafRaw')).toEqual(column(base, 'banzhafRaw'));
    expect(column(scaled, 'shapleyShubik')).toEqual(column(base, 'shapleyShubik'));
    expect(scaled.thresholds.weight).toBe(4000);
  });

  it('reads a quota computed as a percentage with floating-point noise as the whole number', () => {
    const quota = (55 / 100) * 100; // 55.00000000000001
    expect(quota).toBeGreaterThan(55);
    expect(gameRule(weighted(quota, 50, 5, 45)).minWeight).toBe(55);
    // 57% of 300 is 170.99999999999997 in doubles; the tally's tolerance makes it 171.
    const rule = gameRule({
      kind: 'double-majority',
      members: members(100, 100, 100),
      membersPct: 57,
      weightPct: 57,
    });
    expect(rule).toMatchObject({ minMembers: 2, minWeight: 171 });
  });

  it('warns at the maxPowerShare given', () => {
    expect(codes(votingPower(weighted(51, 49, 48, 3), { maxPowerShare: 0.3 }))).toEqual([
      'dominant-member:A',
      'dominant-member:B',
      'dominant-member:C',
    ]);
    expect(votingPower(weighted(4, 3, 2, 1, 1), { maxPowerShare: 0.5 }).warnings).toEqual([]);
  });
});

describe('votingPower agrees with brute force', () => {
  const random = mulberry32(20240611);
  const draw = (n: number): number => Math.floor(random.next() * n);
  const games: VotingGame[] = [];
  for (let n = 1; n <= 16; n++)
    for (let trial = 0; trial < 6; trial++) {
      const maxWeight = [1, 4, 12, 100, 10_000][trial % 5]!;
      const ms = Array.from({ length: n }, (_, i) => ({
        member: `M${i}`,
        weight: draw(maxWeight + 1),
      }));
      const total = ms.reduce((a, m) => a + m.weight, 0);
      if (total > 0) games.push({ kind: 'weighted', members: ms, quota: 1 + draw(total) });
      games.push({
        kind: 'double-majority',
        members: ms,
        membersPct: 1 + draw(100),
        weightPct: 1 + draw(100),
      });
    }

  it.each(games.map((g) => [g.members.length, g.kind, g] as const))(
    '%i members, %s',
    (_, __, game) => {
      const fast = votingPower(game);
      const slow = bruteForcePower(game);
      expect(column(fast, 'banzhafRaw')).toEqual(slow.map((m) => m.banzhafRaw));
      fast.members.forEach((m, i) => {
        expect(Math.abs(m.banzhaf - slow[i]!.banzhaf)).toBeLessThan(1e-9);
        expect(Math.abs(m.shapleyShubik - slow[i]!.shapleyShubik)).toBeLessThan(1e-9);
      });
    },
  );
});

describe('votingPower on 60 members', () => {
  const random = mulberry32(60);
  const sixty = Array.from({ length: 60 }, (_, i) => ({
    member: `M${String(i).padStart(2, '0')}`,
    weight: 1 + Math.floor(random.next() * 10_000),
  }));
  // Three pairs of equal weights: symmetric members must get equal power.
  sixty[1]!.weight = sixty[0]!.weight;
  sixty[11]!.weight = sixty[10]!.weight;
  sixty[59]!.weight = sixty[30]!.weight;
  const total = sixty.reduce((a, m) => a + m.weight, 0);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

  it.each([
    ['a two-thirds quota', { kind: 'weighted', members: sixty, quota: Math.ceil((2 * total) / 3) }],
    ['a simple majority', { kind: 'weighted', members: sixty, quota: Math.floor(total / 2) + 1 }],
    [
      'a double majority',
      { kind: 'double-majority', members: sixty, membersPct: 55, weightPct: 65 },
    ],
  ] as [string, VotingGame][])(
    'with weights up to 10,000 and %s: indices sum to 1, equal weights have equal power',
    (_, game) => {
      const r = votingPower(game);
      expect(sum(column(r, 'banzhaf'))).toBeCloseTo(1, 12);
      expect(sum(column(r, 'shapleyShubik'))).toBeCloseTo(1, 12);
      for (const [a, b] of [
        [0, 1],
        [10, 11],
        [30, 59],
      ] as const) {
        expect(r.members[a]!.banzhafRawExact).toBe(r.members[b]!.banzhafRawExact);
        expect(r.members[a]!.shapleyShubik).toBe(r.members[b]!.shapleyShubik);
      }
      // Heavier never means less power in a weighted game.
      const byWeight = [...r.members].sort((x, y) => x.weight - y.weight);
      for (let i = 1; i < byWeight.length; i++) {
        expect(byWeight[i]!.banzhaf).toBeGreaterThanOrEqual(byWeight[i - 1]!.banzhaf);
        expect(byWeight[i]!.shapleyShubik).toBeGreaterThanOrEqual(byWeight[i - 1]!.shapleyShubik);
      }
      expect(r.exactCounts).toBe(true);
      // Swings of 60 members pass 2⁵³: the exact count is what the double approximates.
      expect(BigInt(r.totalSwings)).toBeGreaterThan(2n ** 53n);
    },
  );

  it('gives each of 60 equal members 1/60', () => {
    const equal = sixty.map((m) => ({ ...m, weight: 7 }));
    const r = votingPower({ kind: 'weighted', members: equal, quota: 7 * 40 });
    for (const m of r.members) {
      expect(m.banzhaf).toBeCloseTo(1 / 60, 15);
      expect(m.shapleyShubik).toBeCloseTo(1 / 60, 15);
      // A member swings when exactly 39 of the other 59 vote yes: C(59, 39).
      expect(m.banzhafRawExact).toBe(binomial(59, 39).toString());
    }
  });

  it('gives each of 60 equal members 1/60 under a double majority, through the limb table', () => {
    // ⌈55% · 60⌉ = 33 members and ⌈65% · 60⌉ = 39 weight: 39 members decide, so a member swings
    // when exactly 38 others vote yes. One cell of the table, C(60, 29), passes 2⁵³.
    const ones = sixty.map((m) => ({ ...m, weight: 1 }));
    const r = votingPower({
      kind: 'double-majority',
      members: ones,
      membersPct: 55,
      weightPct: 65,
    });
    expect(r.thresholds).toEqual({ members: 33, weight: 39 });
    for (const m of r.members) {
      expect(m.banzhafRawExact).toBe(binomial(59, 38).toString());
      expect(m.shapleyShubik).toBeCloseTo(1 / 60, 15);
    }
  });

  it('counts exactly past 2⁵³: 60 members of weight 1–3 against exact big-integer counts', () => {
    const rnd = mulberry32(3);
    const small = sixty.map((m) => ({ ...m, weight: 1 + Math.floor(rnd.next() * 3) }));
    const w = small.map((m) => m.weight);
    const t = w.reduce((a, b) => a + b, 0);
    for (const game of [
      { kind: 'weighted', members: small, quota: Math.floor(t / 2) + 1 },
      { kind: 'double-majority', members: small, membersPct: 55, weightPct: 65 },
    ] as VotingGame[]) {
      const r = votingPower(game);
      const expected = exactPower(gameRule(game));
      r.members.forEach((m, i) => {
        expect(m.banzhafRawExact).toBe(expected[i]!.swings.toString());
        expect(Math.abs(m.shapleyShubik - expected[i]!.shapleyShubik)).toBeLessThan(1e-14);
      });
    }
  });
});

describe('CoalitionCounts', () => {
  it('switches to limbs when one cell passes 2⁵³ and still counts exactly', () => {
    // 60 members of weight 1: the cell (size 29, weight 29) is C(60, 29) ≈ 1.1 · 10¹⁷.
    const table = new CoalitionCounts(new Array<number>(60).fill(1), 60, 29);
    expect(table.builtInLimbs).toBe(true);
    // Coalitions of 29 without one member, weight ≤ 29: C(59, 29).
    expect(countToBigInt(table.countWithout(1, 29, 29))).toBe(binomial(59, 29));
    expect(countToBigInt(table.countWithoutBetween(1, 29, 29, 29))).toBe(binomial(59, 29));
    expect(countToBigInt(table.countWithoutBetween(1, 29, 30, 60))).toBe(0n);
  });

  it('builds in plain doubles when every cell stays below 2⁵³', () => {
    const table = new CoalitionCounts([5, 3, 2, 2, 1], 13, 4);
    expect(table.builtInLimbs).toBe(false);
    // Coalitions of two of {3, 2, 2, 1} (without the 5) with weight in [3, 4]: 3+1, 2+2, 2+1, 2+1.
    expect(countToBigInt(table.countWithoutBetween(5, 2, 3, 4))).toBe(4n);
  });
});

describe('capWeights', () => {
  it.each<[string, number[], number, number[]]>([
    ['one member over the cap', [60, 20, 20], 40, [40, 30, 30]],
    ['no one over the cap', [30, 30, 40], 40, [30, 30, 40]],
    // 50 → 30; the rest 70 over 25 + 15 + 10 gives 35 to the 25 → 30 too; then 40 over 15 + 10.
    ['a second round', [50, 25, 15, 10], 30, [30, 30, 24, 16]],
    ['a cap that holds exactly', [70, 10, 10, 10], 25, [25, 25, 25, 25]],
    ['members of weight 0 stay at 0', [80, 20, 0], 50, [50, 50, 0]],
    ['zero weights share the rest when alone', [100, 0, 0], 40, [40, 30, 30]],
    ['an empty list', [], 40, []],
  ])('%s', (_, weights, capPct, expected) => {
    const capped = capWeights(weights, capPct);
    expectClose(capped, expected);
    const total = weights.reduce((a, b) => a + b, 0);
    expect(capped.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
  });

  it('keeps the total and the cap on 60 uneven weights', () => {
    const random = mulberry32(8);
    const weights = Array.from({ length: 60 }, (_, i) => (i < 3 ? 1e6 : random.next() * 1e4));
    const capped = capWeights(weights, 5);
    const total = weights.reduce((a, b) => a + b, 0);
    expect(capped.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 4);
    for (const w of capped) expect(w).toBeLessThanOrEqual(0.05 * total * (1 + 1e-12));
  });

  it.each<[string, string, number[], number]>([
    ['a cap too low for the members', 'capPct', [1, 1, 1], 30],
    ['a cap of 0', 'capPct', [1, 1], 0],
    ['a cap above 100', 'capPct', [1, 1], 120],
    ['a negative weight', 'weights[1]', [1, -1], 60],
  ])('rejects %s, naming %s', (_, field, weights, capPct) => {
    expect(() => capWeights(weights, capPct)).toThrow(
      expect.objectContaining({ field, code: 'validation_failed' }),
    );
  });
});

describe('votingPower validation', () => {
  const base = members(3, 2, 1);
  it.each<[string, string, unknown]>([
    ['an unknown kind', 'kind', { kind: 'majority', members: base, quota: 3 }],
    ['no members', 'members', { kind: 'weighted', members: [], quota: 3 }],
    [
      'an empty code',
      'members[3].member',
      { kind: 'weighted', members: [...base, { member: ' ', weight: 1 }], quota: 3 },
    ],
    [
      'a repeated code',
      'members[3].member',
      { kind: 'weighted', members: [...base, { member: 'A', weight: 1 }], quota: 3 },
    ],
    [
      'a fractional weight',
      'members[3].weight',
      { kind: 'weighted', members: [...base, { member: 'D', weight: 1.5 }], quota: 3 },
    ],
    [
      'a negative weight',
      'members[0].weight',
      { kind: 'weighted', members: [{ member: 'A', weight: -1 }], quota: 3 },
    ],
    [
      'a missing weight',
      'members[0].weight',
      { kind: 'weighted', members: [{ member: 'A' }], quota: 3 },
    ],
    ['a quota of 0', 'quota', { kind: 'weighted', members: base, quota: 0 }],
    ['a quota above the total', 'quota', { kind: 'weighted', members: base, quota: 7 }],
    [
      'a quota that is not a number',
      'quota',
      { kind: 'weighted', members: base, quota: Number.NaN },
    ],
    [
      'membersPct of 0',
      'membersPct',
      { kind: 'double-majority', members: base, membersPct: 0, weightPct: 65 },
    ],
    [
      'weightPct above 100',
      'weightPct',
      { kind: 'double-majority', members: base, membersPct: 55, weightPct: 101 },
    ],
  ])('rejects %s, naming %s', (_, field, game) => {
    expect(() => votingPower(game as VotingGame)).toThrow(
      expect.objectContaining({ name: 'VotingGameError', field }),
    );
  });

  it('says what is wrong in the message', () => {
    const error = catchError(() =>
      votingPower({ kind: 'weighted', members: [...base, { member: 'D', weight: 2.5 }], quota: 3 }),
    );
    expect(error).toBeInstanceOf(VotingGameError);
    expect(error.message).toBe(
      'members[3].weight: must be a whole number of 0 or more, not 2.5 (scale fractional weights to whole units first, e.g. population in thousands)',
    );
    expect(error.issues).toEqual([
      {
        path: 'members[3].weight',
        message:
          'must be a whole number of 0 or more, not 2.5 (scale fractional weights to whole units first, e.g. population in thousands)',
      },
    ]);
  });

  it('rejects a maxPowerShare outside (0, 1]', () => {
    expect(() => votingPower(weighted(3, 3, 2, 1), { maxPowerShare: 1.5 })).toThrow(
      expect.objectContaining({ field: 'maxPowerShare' }),
    );
  });

  it('refuses weights too fine to count, naming members', () => {
    const random = mulberry32(4);
    const huge = Array.from({ length: 40 }, (_, i) => ({
      member: `M${i}`,
      weight: 1 + Math.floor(random.next() * 10_000_000),
    }));
    const error = catchError(() => votingPower({ kind: 'weighted', members: huge, quota: 1e8 }));
    expect(error).toMatchObject({ field: 'members' });
    expect(error.message).toMatch(/too fine to count exactly .* give them in larger units/);
  });

  it('brute force refuses more than 22 members', () => {
    const many = members(...new Array<number>(23).fill(1)).map((m, i) => ({
      ...m,
      member: `M${i}`,
    }));
    expect(() => bruteForcePower({ kind: 'weighted', members: many, quota: 12 })).toThrow(
      expect.objectContaining({ field: 'members' }),
    );
  });
});

function catchError(f: () => unknown): VotingGameError {
  try {
    f();
  } catch (e) {
    return e as VotingGameError;
  }
  throw new Error('expected an error');
}

function binomial(n: number, k: number): bigint {
  let c = 1n;
  for (let i = 1; i <= k; i++) c = (c * BigInt(n - k + i)) / BigInt(i);
  return c;
}

/**
 * Swings and Shapley–Shubik indices with big integers: per member, the table of the others'
 * coalitions by size and weight, built directly (no leave-one-out trick). For small total weights.
 */
function exactPower(
  rule: ReturnType<typeof gameRule>,
): { swings: bigint; shapleyShubik: number }[] {
  const n = rule.weights.length;
  const total = rule.totalWeight;
  const factorial = [1n];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * BigInt(k));
  const byWeight = new Map<number, { swings: bigint; numerator: bigint }>();
  const results = rule.weights.map((w, i) => {
    const known = byWeight.get(w);
    if (known) return known;
    const table = Array.from({ length: n }, () => new Array<bigint>(total + 1).fill(0n));
    table[0]![0] = 1n;
    rule.weights.forEach((x, j) => {
      if (j === i) return;
      for (let k = n - 1; k >= 1; k--)
        for (let t = total; t >= x; t--) table[k]![t]! += table[k - 1]![t - x]!;
    });
    let swings = 0n;
    let numerator = 0n;
    for (let k = 0; k < n; k++)
      for (let t = 0; t <= total; t++) {
        const c = table[k]![t]!;
        const before = k >= rule.minMembers && t >= rule.minWeight;
        const after = k + 1 >= rule.minMembers && t + w >= rule.minWeight;
        if (c > 0n && after && !before) {
          swings += c;
          numerator += c * factorial[k]! * factorial[n - 1 - k]!;
        }
      }
    const result = { swings, numerator };
    byWeight.set(w, result);
    return result;
  });
  // The Shapley–Shubik indices sum to 1 exactly (n! = Σ numerators), so normalising is exact.
  const scale = 10n ** 30n;
  return results.map((r) => ({
    swings: r.swings,
    shapleyShubik: Number((r.numerator * scale) / factorial[n]!) / 1e30,
  }));
}
