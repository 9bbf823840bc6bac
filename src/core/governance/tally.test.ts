import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { DecisionRule } from './decision-rule.ts';
import {
  capWeights,
  tally,
  TallyError,
  type Ballot,
  type BallotChoice,
  type TallyInput,
} from './tally.ts';

/** Members M01 … Mnn. */
const members = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);

/** Ballots for the members in order: yes first, then no, abstain, object; the rest do not vote. */
function cast(names: readonly string[], counts: Partial<Record<BallotChoice, number>>): Ballot[] {
  const order: BallotChoice[] = ['yes', 'no', 'abstain', 'object'];
  const choices = order.flatMap((c) => Array<BallotChoice>(counts[c] ?? 0).fill(c));
  return choices.map((choice, i) => ({ member: names[i]!, choice }));
}

/** A tally of `n` members voting `counts`, closed unless told otherwise. */
function vote(
  rule: DecisionRule,
  n: number,
  counts: Partial<Record<BallotChoice, number>>,
  over: Partial<TallyInput> = {},
) {
  const names = members(n);
  return tally(rule, { members: names, ballots: cast(names, counts), final: true, ...over });
}

/** The error a tally throws. */
function errorOf(rule: DecisionRule, input: TallyInput): TallyError {
  try {
    tally(rule, input);
  } catch (e) {
    if (e instanceof TallyError) return e;
    throw e;
  }
  throw new Error('expected a TallyError');
}

const five = ['A', 'B', 'C', 'D', 'E'];
const population = { A: 50, B: 20, C: 10, D: 10, E: 10 };
const yesFrom = (...names: string[]): Ballot[] =>
  names.map((member) => ({ member, choice: 'yes' }));

describe('tally under consensus', () => {
  const consensus: DecisionRule = { kind: 'consensus' };

  it('adopts when no member objects, abstentions allowed', () => {
    const t = vote(consensus, 5, { yes: 3, abstain: 2 });
    expect(t.outcome).toBe('adopted');
    expect(t.counts).toEqual({ yes: 3, no: 0, abstain: 2, object: 0, notVoted: 0, members: 5 });
    expect(t.thresholds).toEqual([
      {
        name: 'objections',
        direction: 'at most',
        required: 0,
        actual: 0,
        unit: 'objections',
        met: true,
        margin: 0,
        explanation: 'No member objected; none allowed: met.',
      },
    ]);
  });

  it('rejects on one objection and names the member', () => {
    const t = vote(consensus, 5, { yes: 4, object: 1 });
    expect(t.outcome).toBe('rejected');
    expect(t.thresholds[0]).toMatchObject({ actual: 1, met: false, margin: -1 });
    expect(t.thresholds[0]!.explanation).toBe('M05 objected; none allowed: missed by 1 objection.');
  });

  it('counts a no as an objection', () => {
    const t = vote(consensus, 5, { yes: 4, no: 1 });
    expect(t.outcome).toBe('rejected');
    expect(t.counts.no).toBe(1);
    expect(t.thresholds[0]!.explanation).toBe(
      'M05 objected (M05 voted no, which under consensus is an objection); none allowed: missed by 1 objection.',
    );
  });

  it('adopts in silence: a member who does not vote does not object', () => {
    const t = vote(consensus, 5, {});
    expect(t.outcome).toBe('adopted');
    expect(t.thresholds[0]!.explanation).toBe(
      'No member objected (not voting is not objecting); none allowed: met.',
    );
  });

  it.each<[string, number, 'adopted' | 'rejected', number, string]>([
    ['below the limit', 1, 'adopted', 1, 'met by 1 abstention'],
    ['exactly at the limit', 2, 'adopted', 0, 'met, at the limit'],
    ['one above the limit', 3, 'rejected', -1, 'missed by 1 abstention'],
  ])('limits constructive abstentions: %s', (_, abstain, outcome, margin, verdict) => {
    const t = vote({ kind: 'consensus', maxAbstentions: 2 }, 10, { yes: 10 - abstain, abstain });
    expect(t.outcome).toBe(outcome);
    expect(t.thresholds[1]).toMatchObject({
      name: 'constructive abstentions',
      required: 2,
      actual: abstain,
      unit: 'abstentions',
      margin,
    });
    expect(t.thresholds[1]!.explanation).toContain(verdict);
  });

  it.each<[string, Partial<Record<BallotChoice, number>>, 'adopted' | 'rejected', boolean]>([
    ['adopted so far, members yet to vote could object', { yes: 3 }, 'adopted', false],
    ['an objection cannot be outvoted', { yes: 3, object: 1 }, 'rejected', true],
    ['abstentions above the limit cannot be undone', { abstain: 2 }, 'rejected', true],
  ])('decides: %s', (_, counts, outcome, decided) => {
    const t = vote({ kind: 'consensus', maxAbstentions: 1 }, 6, counts, { final: false });
    expect(t.outcome).toBe(outcome);
    expect(t.decided).toBe(decided);
  });
});

describe('tally under unanimity', () => {
  it.each<[string, DecisionRule, Partial<Record<BallotChoice, number>>, string, string[]]>([
    ['adopts when every member votes yes', { kind: 'unanimity' }, { yes: 5 }, 'adopted', []],
    [
      'rejects on one abstention',
      { kind: 'unanimity' },
      { yes: 4, abstain: 1 },
      'rejected',
      ['yes votes'],
    ],
    ['rejects on one no', { kind: 'unanimity' }, { yes: 4, no: 1 }, 'rejected', ['yes votes']],
    [
      'rejects when a member did not vote',
      { kind: 'unanimity' },
      { yes: 4 },
      'rejected',
      ['yes votes'],
    ],
    [
      'lets an abstention pass when abstentions do not block',
      { kind: 'unanimity', abstentionBlocks: false },
      { yes: 4, abstain: 1 },
      'adopted',
      [],
    ],
    [
      'needs one yes when abstentions do not block',
      { kind: 'unanimity', abstentionBlocks: false },
      { abstain: 5 },
      'rejected',
      ['yes votes'],
    ],
    [
      'still rejects on one no when abstentions do not block',
      { kind: 'unanimity', abstentionBlocks: false },
      { yes: 3, abstain: 1, no: 1 },
      'rejected',
      ['no votes'],
    ],
    [
      'still needs every member to vote when abstentions do not block',
      { kind: 'unanimity', abstentionBlocks: false },
      { yes: 3, abstain: 1 },
      'rejected',
      ['ballots cast'],
    ],
  ])('%s', (_, rule, counts, outcome, missed) => {
    const t = vote(rule, 5, counts);
    expect(t.outcome).toBe(outcome);
    expect(t.thresholds.filter((x) => !x.met).map((x) => x.name)).toEqual(missed);
  });

  it('says who stands in the way', () => {
    const t = tally(
      { kind: 'unanimity' },
      {
        members: five,
        ballots: [...yesFrom('A', 'B'), { member: 'C', choice: 'abstain' }],
        final: true,
      },
    );
    expect(t.thresholds[0]!.explanation).toBe(
      '2 of 5 members voted yes; all 5 needed: missed by 3 members (C abstained; D and E did not vote).',
    );
  });

  it.each<[string, DecisionRule, Partial<Record<BallotChoice, number>>, boolean]>([
    ['one no decides it', { kind: 'unanimity' }, { yes: 2, no: 1 }, true],
    ['one abstention decides it', { kind: 'unanimity' }, { yes: 2, abstain: 1 }, true],
    [
      'an abstention does not decide it when abstentions do not block',
      { kind: 'unanimity', abstentionBlocks: false },
      { abstain: 1 },
      false,
    ],
    ['yes votes so far do not decide it', { kind: 'unanimity' }, { yes: 4 }, false],
  ])('decides: %s', (_, rule, counts, decided) => {
    const t = vote(rule, 5, counts, { final: false });
    expect(t.outcome).toBe('rejected');
    expect(t.decided).toBe(decided);
  });
});

describe('tally under simple majority', () => {
  const majority: DecisionRule = { kind: 'simple-majority' };

  it('adopts with one more yes than no: exactly at the threshold', () => {
    const t = vote(majority, 11, { yes: 6, no: 5 });
    expect(t.outcome).toBe('adopted');
    expect(t.thresholds[0]).toMatchObject({ required: 6, actual: 6, margin: 0, met: true });
    expect(t.thresholds[0]!.explanation).toBe(
      '6 members voted yes and 5 no (abstentions not counted); more yes than no needed (at least 6 yes): met exactly.',
    );
  });

  it('rejects a tie', () => {
    const t = vote(majority, 10, { yes: 5, no: 5 });
    expect(t.outcome).toBe('rejected');
    expect(t.thresholds[0]).toMatchObject({ required: 6, actual: 5, margin: -1 });
    expect(t.thresholds[0]!.explanation).toContain('missed by 1 vote.');
  });

  it('does not count abstentions', () => {
    expect(vote(majority, 15, { yes: 3, no: 2, abstain: 10 }).outcome).toBe('adopted');
  });

  it('rejects when nobody votes', () => {
    expect(vote(majority, 5, {}).outcome).toBe('rejected');
  });

  it.each<[string, Partial<Record<BallotChoice, number>>, 'adopted' | 'rejected', number]>([
    ['exactly at the quorum', { yes: 3, no: 2, abstain: 5 }, 'adopted', 0],
    ['one member under the quorum', { yes: 3, no: 2, abstain: 4 }, 'rejected', -5],
  ])('counts abstentions toward the quorum: %s', (_, counts, outcome, margin) => {
    const t = vote({ kind: 'simple-majority', quorumPct: 50 }, 20, counts);
    expect(t.outcome).toBe(outcome);
    expect(t.thresholds[1]).toMatchObject({
      name: 'quorum',
      unit: 'percent',
      required: 50,
      margin,
    });
  });

  it('explains the quorum in members and percent', () => {
    const t = vote({ kind: 'simple-majority', quorumPct: 50 }, 20, { yes: 3, no: 2, abstain: 4 });
    expect(t.thresholds[1]!.explanation).toBe(
      '9 of 20 members cast a ballot (45%); quorum 50% of members (at least 10): missed by 5 points.',
    );
  });

  it.each<[string, DecisionRule, Partial<Record<BallotChoice, number>>, boolean]>([
    ['a majority of all members decides it', majority, { yes: 11 }, true],
    ['a majority of votes cast so far does not', majority, { yes: 6, no: 4 }, false],
    [
      'a quorum not yet reached does not',
      { kind: 'simple-majority', quorumPct: 50 },
      { yes: 11 - 6, no: 2 },
      false,
    ],
    [
      'a majority that meets the quorum whatever the rest do decides it',
      { kind: 'simple-majority', quorumPct: 50 },
      { yes: 11 },
      true,
    ],
  ])('decides: %s', (_, rule, counts, decided) => {
    expect(vote(rule, 20, counts, { final: false }).decided).toBe(decided);
  });
});

describe('tally under qualified majority', () => {
  it.each<[number, 'adopted' | 'rejected', number]>([
    [15, 'adopted', 0],
    [14, 'rejected', -1],
    [20, 'adopted', 5],
  ])('needs 15 of 20 members: %i yes', (yes, outcome, margin) => {
    const t = vote({ kind: 'qualified-majority', yes: 15 }, 20, { yes, no: 20 - yes });
    expect(t.outcome).toBe(outcome);
    expect(t.thresholds).toEqual([
      expect.objectContaining({ required: 15, actual: yes, unit: 'members', margin }),
    ]);
  });

  it.each<[number, 'adopted' | 'rejected', number, number]>([
    [11, 'adopted', 55, 0],
    [10, 'rejected', 50, -5],
    [14, 'adopted', 70, 15],
  ])('needs 55%% of 20 members: %i yes', (yes, outcome, actual, margin) => {
    const t = vote({ kind: 'qualified-majority', yesPct: 55 }, 20, { yes, abstain: 20 - yes });
    expect(t.outcome).toBe(outcome);
    expect(t.thresholds[0]).toMatchObject({ required: 55, actual, unit: 'percent', margin });
  });

  it('explains a percentage in members', () => {
    const t = vote({ kind: 'qualified-majority', yesPct: 55 }, 20, { yes: 14, no: 6 });
    expect(t.thresholds[0]!.explanation).toBe(
      '14 of 20 members voted yes (70%); 55% needed (at least 11 members): met by 15 points.',
    );
  });

  it('rounds the members needed up, and says when a miss is too small to show', () => {
    const t = vote({ kind: 'qualified-majority', yesPct: 66.67 }, 3, { yes: 2, no: 1 });
    expect(t.outcome).toBe('rejected');
    expect(t.thresholds[0]!.explanation).toBe(
      '2 of 3 members voted yes (66.67%); 66.67% needed (at least 3 members): missed by less than 0.01 points.',
    );
  });

  it('counts members who did not vote against', () => {
    expect(vote({ kind: 'qualified-majority', yes: 3 }, 5, { yes: 2 }).outcome).toBe('rejected');
  });
});

describe('tally under double majority', () => {
  const rule: DecisionRule = {
    kind: 'double-majority',
    membersPct: 60,
    weightPct: 65,
    weight: 'population',
  };
  const closed = (ballots: Ballot[], r: DecisionRule = rule) =>
    tally(r, { members: five, weights: population, ballots, final: true });

  it('adopts with 60% of members exactly, holding 80% of the population', () => {
    const t = closed(yesFrom('A', 'B', 'C'));
    expect(t.outcome).toBe('adopted');
    expect(t.thresholds).toEqual([
      expect.objectContaining({ name: 'members voting yes', actual: 60, margin: 0, met: true }),
      expect.objectContaining({
        name: 'weight of yes votes',
        unit: 'weight',
        actual: 80,
        margin: 15,
      }),
    ]);
    expect(t.weights).toEqual({
      basis: 'population',
      yes: 80,
      no: 0,
      abstain: 0,
      notVoted: 20,
      total: 100,
      capped: population,
    });
  });

  it('rejects many small members holding too little population', () => {
    const t = closed(yesFrom('B', 'C', 'D', 'E'));
    expect(t.outcome).toBe('rejected');
    expect(t.thresholds[1]).toMatchObject({ actual: 50, margin: -15, met: false });
    expect(t.thresholds[1]!.explanation).toBe(
      "The yes votes hold 50% of the members' population (50 of 100); 65% needed: missed by 15 points.",
    );
  });

  it('rejects a few large members that are too few', () => {
    const t = closed(yesFrom('A', 'B'));
    expect(t.thresholds.map((x) => x.met)).toEqual([false, true]);
    expect(t.outcome).toBe('rejected');
  });

  it.each<[number, boolean]>([
    [80, true],
    [80.5, false],
  ])('compares the weight exactly at %d%%', (weightPct, met) => {
    const t = closed(yesFrom('A', 'B', 'C'), { ...rule, weightPct });
    expect(t.thresholds[1]!.met).toBe(met);
  });

  it('needs no weights with equal weights', () => {
    const t = tally(
      { kind: 'double-majority', membersPct: 50, weightPct: 60, weight: 'equal' },
      { members: five, ballots: yesFrom('D', 'E', 'A'), final: true },
    );
    expect(t.outcome).toBe('adopted');
    expect(t.weights).toMatchObject({ yes: 3, total: 5, capped: { A: 1, E: 1 } });
  });

  it('ignores weights given for non-members', () => {
    const t = tally(rule, {
      members: five,
      weights: { ...population, ZZZ: 1e9 },
      ballots: yesFrom('A', 'B', 'C'),
    });
    expect(t.weights!.total).toBe(100);
  });

  it.each<[string, Ballot[], 'adopted' | 'rejected', boolean]>([
    ['both majorities reached decide it', yesFrom('A', 'B', 'C'), 'adopted', true],
    [
      'the largest member yet to vote could still carry it',
      yesFrom('B', 'C', 'D'),
      'rejected',
      false,
    ],
    [
      'too many against decide it',
      [...yesFrom('A'), ...['B', 'C', 'D'].map((member) => ({ member, choice: 'no' as const }))],
      'rejected',
      true,
    ],
  ])('decides: %s', (_, ballots, outcome, decided) => {
    const t = tally(rule, { members: five, weights: population, ballots });
    expect([t.outcome, t.decided]).toEqual([outcome, decided]);
  });

  it('explains itself from the rule to the outcome', () => {
    const t = tally(rule, {
      members: five,
      weights: population,
      ballots: [...yesFrom('A', 'B'), { member: 'C', choice: 'no' }],
      advisory: [{ participant: 'NZL', choice: 'yes' }],
    });
    expect(t.explanation).toEqual([
      'Double majority: 60% of members representing 65% of population.',
      'Of 5 members, 2 voted yes, 1 no, 0 abstained and 2 did not vote (D, E).',
      '2 of 5 members voted yes (40%); 60% needed (at least 3 members): missed by 20 points.',
      "The yes votes hold 70% of the members' population (70 of 100); 65% needed: met by 5 points.",
      'If the vote closed now: rejected (missed: members voting yes); the 2 members yet to vote could still change that.',
      'Advisory ballots from 1 partner, not counted: 1 yes, 0 no, 0 abstained (NZL yes).',
    ]);
  });
});

describe('capWeights', () => {
  it('caps the largest and shares the excess in proportion', () => {
    expect(capWeights({ A: 60, B: 20, C: 20 }, 40)).toEqual({ A: 40, B: 30, C: 30 });
  });

  it('repeats until no member is above the cap', () => {
    // 50 → 30; the 20 left over lifts B from 30 to 42, above the cap, so B → 30 too;
    // C and D share the remaining 40 equally.
    expect(capWeights({ A: 50, B: 30, C: 10, D: 10 }, 30)).toEqual({ A: 30, B: 30, C: 20, D: 20 });
  });

  it('leaves weights under the cap alone', () => {
    expect(capWeights({ A: 40, B: 30, C: 30 }, 40)).toEqual({ A: 40, B: 30, C: 30 });
  });

  it('makes everyone equal when the cap is 100% ÷ the number of members', () => {
    expect(capWeights({ A: 40, B: 30, C: 20, D: 10 }, 25)).toEqual({ A: 25, B: 25, C: 25, D: 25 });
  });

  it('shares the excess equally when only members of weight 0 are left to take it', () => {
    expect(capWeights({ A: 100, B: 0, C: 0 }, 40)).toEqual({ A: 40, B: 30, C: 30 });
  });

  it('keeps the total and respects the cap for uneven weights', () => {
    const weights = {
      USA: 333.3,
      JPN: 124.5,
      DEU: 84.4,
      FRA: 68.2,
      GBR: 67.7,
      ITA: 58.9,
      CAN: 39.3,
    };
    const capped = capWeights(weights, 25);
    const total = Object.values(weights).reduce((a, b) => a + b, 0);
    expect(Object.values(capped).reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
    expect(Math.max(...Object.values(capped))).toBeCloseTo(total / 4, 9);
    expect(capped.JPN! / capped.CAN!).toBeCloseTo(124.5 / 39.3, 9);
  });

  it('refuses a cap that cannot hold for so few members', () => {
    expect(() => capWeights({ A: 1, B: 1, C: 1 }, 30)).toThrow(
      'rule.capPct: a cap of 30% cannot hold for 3 members',
    );
  });
});

describe('tally under weighted majority', () => {
  const weights = { A: 60, B: 20, C: 20 };
  const run = (rule: DecisionRule, ballots: Ballot[]) =>
    tally(rule, { members: ['A', 'B', 'C'], weights, ballots, final: true });

  it('counts the capped weights: the largest member alone no longer carries it', () => {
    const rule: DecisionRule = {
      kind: 'weighted-majority',
      weight: 'gdp',
      capPct: 40,
      quotaPct: 50,
    };
    const t = run(rule, yesFrom('A'));
    expect(t.outcome).toBe('rejected');
    expect(t.weights).toMatchObject({ yes: 40, total: 100, capped: { A: 40, B: 30, C: 30 } });
    expect(t.explanation).toContain(
      'Weights capped at 40% of the total, the excess shared among the others in proportion: A 60 → 40, B 20 → 30, C 20 → 30.',
    );
    expect(run({ ...rule, capPct: undefined }, yesFrom('A')).outcome).toBe('adopted');
  });

  it.each<[number, boolean, number]>([
    [70, true, 0],
    [70.5, false, -0.5],
  ])('compares the capped yes weight with a quota of %d%%', (quotaPct, met, margin) => {
    const t = run(
      { kind: 'weighted-majority', weight: 'gdp', capPct: 40, quotaPct },
      yesFrom('A', 'B'),
    );
    expect(t.thresholds).toEqual([expect.objectContaining({ actual: 70, met, margin })]);
  });

  it('says so when no member reaches the cap', () => {
    const t = run({ kind: 'weighted-majority', weight: 'gdp', capPct: 60, quotaPct: 50 }, []);
    expect(t.explanation).toContain('No member holds more than 60%: no cap applied.');
  });

  it('refuses a cap that cannot hold for the members', () => {
    const e = errorOf(
      { kind: 'weighted-majority', weight: 'equal', capPct: 20, quotaPct: 50 },
      { members: ['A', 'B', 'C'], ballots: [] },
    );
    expect(e.field).toBe('rule.capPct');
  });

  it('decides once the yes weight reaches the quota whatever the rest do', () => {
    const rule: DecisionRule = {
      kind: 'weighted-majority',
      weight: 'gdp',
      capPct: 40,
      quotaPct: 60,
    };
    const t = tally(rule, { members: ['A', 'B', 'C'], weights, ballots: yesFrom('A', 'C') });
    expect([t.outcome, t.decided]).toEqual(['adopted', true]);
    expect(t.explanation.at(-1)).toBe(
      'If the vote closed now: adopted; the 1 member yet to vote can no longer change that.',
    );
  });
});

describe('advisory ballots', () => {
  const advisory = [
    { participant: 'NZL', choice: 'yes' as const },
    { participant: 'CHL', choice: 'no' as const },
    { participant: 'BWA', choice: 'yes' as const },
  ];

  it('are reported and never counted', () => {
    const names = members(5);
    const input = { members: names, ballots: cast(names, { yes: 2, no: 3 }), final: true };
    const without = tally({ kind: 'simple-majority' }, input);
    const with_ = tally({ kind: 'simple-majority' }, { ...input, advisory });
    expect(with_.outcome).toBe('rejected');
    expect({ ...with_, advisory: undefined, explanation: undefined }).toEqual({
      ...without,
      advisory: undefined,
      explanation: undefined,
    });
    expect(with_.advisory).toEqual({
      yes: 2,
      no: 1,
      abstain: 0,
      byParticipant: { NZL: 'yes', CHL: 'no', BWA: 'yes' },
    });
    expect(with_.explanation.at(-1)).toBe(
      'Advisory ballots from 3 partners, not counted: 2 yes, 1 no, 0 abstained (NZL yes, CHL no, BWA yes).',
    );
  });

  it('are empty when no partner gave advice', () => {
    expect(vote({ kind: 'consensus' }, 3, {}).advisory).toEqual({
      yes: 0,
      no: 0,
      abstain: 0,
      byParticipant: {},
    });
  });
});

describe('tally errors', () => {
  const majority: DecisionRule = { kind: 'simple-majority' };

  it('rejects a ballot from a non-member, naming the member and the ballot', () => {
    const e = errorOf(majority, {
      members: five,
      ballots: [...yesFrom('A'), { member: 'NZL', choice: 'yes' }],
    });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe('validation_failed');
    expect(e.field).toBe('ballots[1].member');
    expect(e.message).toBe(
      "ballots[1].member: 'NZL' is not a member and cannot vote; a partner's vote is an advisory ballot",
    );
  });

  it('rejects a second ballot from the same member', () => {
    const e = errorOf(majority, {
      members: five,
      ballots: [...yesFrom('A', 'B'), { member: 'A', choice: 'no' }],
    });
    expect(e.field).toBe('ballots[2].member');
    expect(e.message).toContain("a second ballot from 'A' (the first is ballots[0])");
  });

  it.each<DecisionRule>([
    { kind: 'unanimity' },
    { kind: 'simple-majority' },
    { kind: 'qualified-majority', yes: 2 },
    { kind: 'double-majority', membersPct: 50, weightPct: 50, weight: 'equal' },
    { kind: 'weighted-majority', weight: 'equal', quotaPct: 50 },
  ])('rejects an objection under $kind, naming the ballot', (rule) => {
    const e = errorOf(rule, { members: five, ballots: [{ member: 'C', choice: 'object' }] });
    expect(e.field).toBe('ballots[0].choice');
    expect(e.message).toContain("'C' objects, but only a consensus rule knows objections");
  });

  it('rejects a missing weight, naming the member', () => {
    const { C: _, ...withoutC } = population;
    const e = errorOf(
      { kind: 'double-majority', membersPct: 50, weightPct: 50, weight: 'population' },
      { members: five, weights: withoutC, ballots: [] },
    );
    expect(e.field).toBe('weights.C');
    expect(e.message).toBe("weights.C: no population for 'C'");
  });

  it('rejects tallying a weighted rule without weights', () => {
    const e = errorOf(
      { kind: 'weighted-majority', weight: 'gdp', quotaPct: 50 },
      { members: ['A', 'B'], ballots: [] },
    );
    expect(e.issues.map((i) => i.path)).toEqual(['weights.A', 'weights.B']);
    expect(e.message).toContain("no GDP for 'A'");
  });

  it.each<[string, Record<string, number>, string]>([
    ['a negative weight', { ...population, B: -1 }, 'weights.B'],
    ['a weight that is not a number', { ...population, D: Number.NaN }, 'weights.D'],
    ['weights adding up to 0', { A: 0, B: 0, C: 0, D: 0, E: 0 }, 'weights'],
  ])('rejects %s', (_, weights, field) => {
    const e = errorOf(
      { kind: 'weighted-majority', weight: 'population', quotaPct: 50 },
      { members: five, weights, ballots: [] },
    );
    expect(e.field).toBe(field);
  });

  it('rejects an empty or repeated member list', () => {
    expect(errorOf(majority, { members: [], ballots: [] }).field).toBe('members');
    expect(errorOf(majority, { members: ['A', 'B', 'A'], ballots: [] }).field).toBe('members[2]');
  });

  it('rejects a qualified majority larger than the membership', () => {
    const e = errorOf({ kind: 'qualified-majority', yes: 6 }, { members: five, ballots: [] });
    expect(e.field).toBe('rule.yes');
    expect(e.message).toBe('rule.yes: the rule needs 6 yes votes but there are only 5 members');
  });

  it('rejects advice from a member and a second advice from a partner', () => {
    const e = errorOf(majority, {
      members: five,
      ballots: [],
      advisory: [
        { participant: 'NZL', choice: 'yes' },
        { participant: 'A', choice: 'yes' },
        { participant: 'NZL', choice: 'no' },
      ],
    });
    expect(e.issues.map((i) => i.path)).toEqual([
      'advisory[1].participant',
      'advisory[2].participant',
    ]);
  });

  it('reports every problem at once, the first one as the field', () => {
    const e = errorOf(
      { kind: 'double-majority', membersPct: 50, weightPct: 50, weight: 'gdp' },
      {
        members: ['A', 'B'],
        weights: { A: 1 },
        ballots: [
          { member: 'X', choice: 'yes' },
          { member: 'A', choice: 'object' },
        ],
      },
    );
    expect(e.field).toBe('ballots[0].member');
    expect(e.issues.map((i) => i.path)).toEqual([
      'ballots[0].member',
      'ballots[1].choice',
      'weights.B',
    ]);
  });
});

describe('tally before and after the window closes', () => {
  it('is decided once final, whoever has not voted', () => {
    const t = vote({ kind: 'simple-majority' }, 10, { yes: 1 });
    expect([t.outcome, t.decided, t.final]).toEqual(['adopted', true, true]);
    expect(t.explanation.at(-1)).toBe('The vote is closed: adopted.');
  });

  it('is open by default', () => {
    const names = members(10);
    const t = tally(
      { kind: 'simple-majority' },
      { members: names, ballots: cast(names, { yes: 1 }) },
    );
    expect([t.outcome, t.decided, t.final]).toEqual(['adopted', false, false]);
    expect(t.explanation.at(-1)).toBe(
      'If the vote closed now: adopted; the 9 members yet to vote could still change that.',
    );
  });

  it('is decided when every member has voted, even before the window closes', () => {
    const t = vote({ kind: 'simple-majority' }, 3, { yes: 1, no: 2 }, { final: false });
    expect([t.outcome, t.decided]).toEqual(['rejected', true]);
    expect(t.explanation.at(-1)).toBe('Every member has voted: rejected (missed: majority).');
  });
});
