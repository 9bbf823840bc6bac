// Voting games for the power audit: the two kinds of rule, their validation, and the thresholds a
// coalition must meet, in whole members and whole units of weight.
import { DomainError } from '../errors.ts';

/** One member of a voting game and its weight (votes, population in thousands, GDP in millions). */
export interface GameMember {
  member: string;
  weight: number;
}

/** A coalition wins when its members' summed weight is at least `quota`. Weights are integers. */
export interface WeightedGame {
  kind: 'weighted';
  members: GameMember[];
  quota: number;
}

/**
 * A coalition wins when it has at least `membersPct`% of the members (⌈membersPct/100 · n⌉) and
 * at least `weightPct`% of the total weight. Weights are integers: give population in thousands
 * or GDP in millions, rounded.
 */
export interface DoubleMajorityGame {
  kind: 'double-majority';
  members: GameMember[];
  membersPct: number;
  weightPct: number;
}

/** A weighted voting game, chosen by `kind`. */
export type VotingGame = WeightedGame | DoubleMajorityGame;

/** A game that cannot be analysed; `field` names the input at fault: `quota`, `members[3].weight`. */
export class VotingGameError extends DomainError {
  readonly field: string;

  constructor(field: string, message: string) {
    super('validation_failed', `${field}: ${message}`, [{ path: field, message }]);
    this.name = 'VotingGameError';
    this.field = field;
  }
}

/**
 * A validated game as two thresholds: a coalition wins when it has at least `minMembers` members
 * and at least `minWeight` weight (both whole numbers; `minMembers` is 0 for a weighted game).
 */
export interface GameRule {
  members: string[];
  weights: number[];
  totalWeight: number;
  minMembers: number;
  minWeight: number;
}

/**
 * Percentages are compared as the tally compares them: a threshold is met unless missed by at
 * least a billionth of a point, so that 65% of a total summed in floating point is not missed by
 * rounding. The same tolerance, relative, absorbs noise in a quota computed as a percentage.
 */
const EPS = 1e-9;

/** Whether a coalition of `count` members and `weight` weight wins under the rule. */
export const wins = (rule: GameRule, count: number, weight: number): boolean =>
  count >= rule.minMembers && weight >= rule.minWeight;

/**
 * Checks a game and states it as thresholds. Throws a `VotingGameError` naming the first bad
 * field: no members, an empty or repeated member code, a weight that is negative or not a whole
 * number, a quota outside (0, total], a percentage outside (0, 100].
 */
export function gameRule(game: VotingGame): GameRule {
  const kind = (game as { kind?: unknown }).kind;
  if (kind !== 'weighted' && kind !== 'double-majority')
    throw new VotingGameError('kind', `must be 'weighted' or 'double-majority', not ${show(kind)}`);
  if (!Array.isArray(game.members) || game.members.length === 0)
    throw new VotingGameError('members', 'a game needs at least one member');
  const seen = new Map<string, number>();
  game.members.forEach((m, i) => {
    const code: unknown = m?.member;
    if (typeof code !== 'string' || code.trim() === '')
      throw new VotingGameError(`members[${i}].member`, 'must be a non-empty member code');
    const first = seen.get(code);
    if (first !== undefined)
      throw new VotingGameError(`members[${i}].member`, `${code} is already members[${first}]`);
    seen.set(code, i);
    const weight: unknown = m.weight;
    if (typeof weight !== 'number' || !Number.isSafeInteger(weight) || weight < 0)
      throw new VotingGameError(
        `members[${i}].weight`,
        `must be a whole number of 0 or more, not ${show(weight)}` +
          (typeof weight === 'number' && weight > 0 && Number.isFinite(weight)
            ? ' (scale fractional weights to whole units first, e.g. population in thousands)'
            : ''),
      );
  });
  const members = game.members.map((m) => m.member);
  const weights = game.members.map((m) => m.weight);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(totalWeight))
    throw new VotingGameError('members', `the total weight ${totalWeight} is too large`);
  if (game.kind === 'weighted') {
    const { quota } = game;
    if (typeof quota !== 'number' || !Number.isFinite(quota) || quota <= 0 || quota > totalWeight)
      throw new VotingGameError(
        'quota',
        `must be more than 0 and at most the total weight ${totalWeight}, not ${show(quota)}`,
      );
    // Weights are whole, so "at least the quota" is "at least its ceiling".
    const minWeight = Math.min(totalWeight, Math.ceil(quota - EPS * quota));
    return { members, weights, totalWeight, minMembers: 0, minWeight };
  }
  for (const field of ['membersPct', 'weightPct'] as const) {
    const pct: unknown = game[field];
    if (typeof pct !== 'number' || !Number.isFinite(pct) || pct <= 0 || pct > 100)
      throw new VotingGameError(
        field,
        `must be a percentage more than 0 and at most 100, not ${show(pct)}`,
      );
  }
  const n = members.length;
  const minMembers = smallestMeeting(n, (k) => (100 * k) / n - game.membersPct > -EPS);
  const minWeight =
    totalWeight === 0
      ? 0
      : smallestMeeting(totalWeight, (t) => (100 * t) / totalWeight - game.weightPct > -EPS);
  return { members, weights, totalWeight, minMembers, minWeight };
}

/** The smallest whole number in [0, max] meeting a monotone test (max itself meets it). */
function smallestMeeting(max: number, meets: (x: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (meets(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

const show = (x: unknown): string => (typeof x === 'string' ? `'${x}'` : String(x));
