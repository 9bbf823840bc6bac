// Voting power: who can swing a decision under a weighted or double-majority rule, by the
// normalised Banzhaf and Shapley–Shubik indices, counted exactly; and who can block or pass alone.
import {
  CoalitionCounts,
  ZERO_COUNT,
  addCounts,
  countToBigInt,
  countToNumber,
  type ExactCount,
} from './voting-power.counts.ts';
import { gameRule, VotingGameError, type GameRule, type VotingGame } from './voting-power.game.ts';

export { capWeights } from './voting-power.cap.ts';
export {
  gameRule,
  VotingGameError,
  type DoubleMajorityGame,
  type GameMember,
  type GameRule,
  type VotingGame,
  type WeightedGame,
} from './voting-power.game.ts';

/** A member's power is flagged as dominant above this share of either index. */
export const DEFAULT_MAX_POWER_SHARE = 0.4;

/** Counts are exact integers for games of up to this many members (see voting-power.counts.ts). */
export const EXACT_MEMBERS_MAX = 75;

/** Tables above this many cells (≈ 16 bytes each) are refused: scale the weights down instead. */
export const MAX_TABLE_CELLS = 16_000_000;

export interface VotingPowerOptions {
  /** Warn when a member's Banzhaf or Shapley–Shubik index exceeds this share (0–1); default 0.4. */
  maxPowerShare?: number;
}

/** One member's power. */
export interface MemberPower {
  member: string;
  weight: number;
  /** Normalised Banzhaf index: this member's swings over all members' swings (0–1). */
  banzhaf: number;
  /** Shapley–Shubik index: the share of the n! voting orders in which this member is pivotal. */
  shapleyShubik: number;
  /** Swings: losing coalitions of the others that this member turns into winning ones. */
  banzhafRaw: number;
  /** The same count as an exact decimal, for games large enough that it passes 2⁵³. */
  banzhafRawExact: string;
  /** Weight over total weight (0–1); 0 when every weight is 0. */
  weightShare: number;
  /** `banzhaf / weightShare`: above 1, more power than weight; null for a member of weight 0. */
  powerToWeight: number | null;
}

/**
 * What the analysis flags, one warning per member and code (`member` absent for the game):
 *
 * - `can-pass-alone` — the member's own vote meets every threshold: it wins without anyone;
 * - `can-block-alone` — the others together cannot win without it (a veto);
 * - `dominant-member` — its Banzhaf or Shapley–Shubik index exceeds `maxPowerShare`;
 * - `dummy` — a member with weight that never swings: no losing coalition wins by its joining;
 * - `no-swings` — no member ever swings, so every index is 0. A valid game always has swings (the
 *   empty coalition loses, the full one wins); kept as a guard.
 */
export type VotingPowerWarningCode =
  'can-pass-alone' | 'can-block-alone' | 'dominant-member' | 'dummy' | 'no-swings';

export interface VotingPowerWarning {
  code: VotingPowerWarningCode;
  member?: string;
  message: string;
}

/** Who can decide or stop a decision alone, and which pairs can stop it together. */
export interface BlockingAnalysis {
  /** Members without whom the others cannot win (veto players), in member order. */
  canBlockAlone: string[];
  /** Members whose own vote wins, in member order. */
  canPassAlone: string[];
  /** Pairs that block together although neither blocks alone, in member order. */
  blockingPairs: [string, string][];
}

export interface VotingPower {
  members: MemberPower[];
  /** The rule as thresholds: a coalition wins with at least this many members and this weight. */
  thresholds: { members: number; weight: number };
  /** All members' swings together, exact. */
  totalSwings: string;
  /** True when every count is exact (games of up to `EXACT_MEMBERS_MAX` members). */
  exactCounts: boolean;
  blocking: BlockingAnalysis;
  warnings: VotingPowerWarning[];
}

/**
 * The normalised Banzhaf and Shapley–Shubik indices of every member, with the blocking analysis
 * and warnings.
 *
 * A swing of member i is a coalition S of the others that loses while S ∪ {i} wins. Banzhaf counts
 * them; Shapley–Shubik weighs each by |S|!(n − |S| − 1)!/n!, the chance that i arrives just after
 * S in a random voting order. Both come from one exact count of the coalitions by size and weight
 * (`CoalitionCounts`), never by listing the 2ⁿ coalitions: O(n² · W) at worst, about 0.1 s for
 * 60 members of weight up to 10,000 (see docs/analytics/voting-power.md). Throws a `VotingGameError` naming the field
 * for an invalid game or option, or `members` for a game too large to count (scale weights down).
 */
export function votingPower(game: VotingGame, options: VotingPowerOptions = {}): VotingPower {
  const maxPowerShare = options.maxPowerShare ?? DEFAULT_MAX_POWER_SHARE;
  if (!(maxPowerShare > 0 && maxPowerShare <= 1))
    throw new VotingGameError(
      'maxPowerShare',
      `must be more than 0 and at most 1, not ${maxPowerShare}`,
    );
  const rule = gameRule(game);
  const swings = swingCounts(rule);
  const n = rule.members.length;

  let total = ZERO_COUNT;
  for (const s of swings) total = addCounts(total, s.all);
  const totalSwings = countToBigInt(total);
  const ssSum = swings.reduce((a, s) => a + s.shapleyShubik, 0);
  const members = rule.members.map((member, i): MemberPower => {
    const s = swings[i]!;
    const raw = countToBigInt(s.all);
    const banzhaf = totalSwings === 0n ? 0 : Number(raw) / Number(totalSwings);
    const weight = rule.weights[i]!;
    const weightShare = rule.totalWeight === 0 ? 0 : weight / rule.totalWeight;
    return {
      member,
      weight,
      banzhaf,
      shapleyShubik: ssSum === 0 ? 0 : s.shapleyShubik / ssSum,
      banzhafRaw: countToNumber(s.all),
      banzhafRawExact: raw.toString(),
      weightShare,
      powerToWeight: weightShare === 0 ? null : banzhaf / weightShare,
    };
  });
  const blocking = blockingAnalysis(rule);
  return {
    members,
    thresholds: { members: rule.minMembers, weight: rule.minWeight },
    totalSwings: totalSwings.toString(),
    exactCounts: n <= EXACT_MEMBERS_MAX,
    blocking,
    warnings: warningsFor(rule, members, blocking, totalSwings === 0n, maxPowerShare),
  };
}

interface Swings {
  /** All swings of the member. */
  all: ExactCount;
  /** Σ over swings S of |S|!(n − |S| − 1)!/n!. */
  shapleyShubik: number;
}

/**
 * Every member's swings, counted by coalition size. Weights are first divided by their greatest
 * common divisor (thresholds rounded up), which leaves every coalition's outcome unchanged.
 */
function swingCounts(rule: GameRule): Swings[] {
  const g = rule.weights.reduce(gcd, 0);
  const scale = g > 1 ? g : 1;
  const weights = rule.weights.map((w) => w / scale);
  const total = rule.totalWeight / scale;
  const minWeight = Math.ceil(rule.minWeight / scale);
  const n = weights.length;
  // γ(k) = k!(n − k − 1)!/n!, by γ(k) = γ(k − 1) · k/(n − k).
  const gamma = [1 / n];
  for (let k = 1; k < n; k++) gamma.push((gamma[k - 1]! * k) / (n - k));

  const bySize =
    rule.minMembers === 0
      ? weightedSwings(weights, total, minWeight)
      : doubleMajoritySwings(weights, total, rule.minMembers, minWeight);
  // Members of equal weight have equal counts: compute each weight once.
  const cache = new Map<number, Swings>();
  return weights.map((w) => {
    let s = cache.get(w);
    if (s === undefined) {
      let all = ZERO_COUNT;
      let ss = 0;
      for (let k = 0; k < n; k++) {
        const c = bySize(w, k);
        if (c.hi === 0 && c.lo === 0) continue;
        all = addCounts(all, c);
        ss += gamma[k]! * countToNumber(c);
      }
      s = { all, shapleyShubik: ss };
      cache.set(w, s);
    }
    return s;
  });
}

/** Swings of size k of a member of weight w. */
type SwingsBySize = (w: number, k: number) => ExactCount;

/**
 * Weighted game: S swings for i when minWeight − wᵢ ≤ w(S) ≤ minWeight − 1. Counted in the dual
 * game when its quota is smaller (a coalition wins in the dual when its complement loses: quota
 * total − minWeight + 1). Swings of i correspond one to one (S ↔ the others outside S) and sizes
 * map k ↔ n − 1 − k, which Shapley–Shubik weighs the same, so both indices are unchanged while the
 * table only runs to the smaller quota — a third of the total for a two-thirds quota.
 */
function weightedSwings(weights: number[], total: number, minWeight: number): SwingsBySize {
  const quota = Math.min(minWeight, total - minWeight + 1);
  const table = countsTable(weights, quota - 1, weights.length - 1);
  return (w, k) => table.countWithoutBetween(w, k, quota - w, quota - 1);
}

/**
 * Double majority: S swings for i when S ∪ {i} meets both thresholds and S does not, i.e.
 * |S| = minMembers − 1 and w(S) ≥ minWeight − wᵢ, or |S| ≥ minMembers and
 * minWeight − wᵢ ≤ w(S) ≤ minWeight − 1. The table holds sizes up to ⌊(n − 1)/2⌋; a larger
 * coalition of the others is counted through its complement among them (size n − 1 − k, weight
 * total − wᵢ − w(S)), which halves the table.
 */
function doubleMajoritySwings(
  weights: number[],
  total: number,
  minMembers: number,
  minWeight: number,
): SwingsBySize {
  const n = weights.length;
  const half = Math.floor((n - 1) / 2);
  const table = countsTable(weights, total, half);
  const between = (w: number, k: number, from: number, to: number): ExactCount =>
    k <= half
      ? table.countWithoutBetween(w, k, from, Math.min(to, total))
      : table.countWithoutBetween(w, n - 1 - k, total - w - to, total - w - from);
  return (w, k) => {
    if (k === minMembers - 1) return between(w, k, minWeight - w, Infinity);
    if (k >= minMembers) return between(w, k, minWeight - w, minWeight - 1);
    return ZERO_COUNT;
  };
}

function countsTable(weights: number[], maxWeight: number, maxSize: number): CoalitionCounts {
  const cells = CoalitionCounts.cellsFor(weights, maxWeight, maxSize);
  if (cells > MAX_TABLE_CELLS)
    throw new VotingGameError(
      'members',
      `the weights are too fine to count exactly (${cells.toLocaleString('en-US')} table cells, ` +
        `at most ${MAX_TABLE_CELLS.toLocaleString('en-US')}): give them in larger units`,
    );
  return new CoalitionCounts(weights, maxWeight, maxSize);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Veto players, members who win alone, and pairs that block together but not alone. */
function blockingAnalysis(rule: GameRule): BlockingAnalysis {
  const { members, weights, totalWeight } = rule;
  const n = members.length;
  const othersWin = (count: number, weight: number): boolean =>
    n - count >= rule.minMembers && totalWeight - weight >= rule.minWeight;
  const alone = members.map((_, i) => !othersWin(1, weights[i]!));
  const blockingPairs: [string, string][] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (!alone[i] && !alone[j] && !othersWin(2, weights[i]! + weights[j]!))
        blockingPairs.push([members[i]!, members[j]!]);
  return {
    canBlockAlone: members.filter((_, i) => alone[i]),
    canPassAlone: members.filter((_, i) => 1 >= rule.minMembers && weights[i]! >= rule.minWeight),
    blockingPairs,
  };
}

function warningsFor(
  rule: GameRule,
  members: MemberPower[],
  blocking: BlockingAnalysis,
  noSwings: boolean,
  maxPowerShare: number,
): VotingPowerWarning[] {
  const warnings: VotingPowerWarning[] = [];
  const byCode = new Map(members.map((m) => [m.member, m]));
  const need =
    `${rule.minWeight.toLocaleString('en-US')} weight` +
    (rule.minMembers > 0 ? ` and ${rule.minMembers} members` : '');
  if (noSwings)
    warnings.push({
      code: 'no-swings',
      message: 'no member ever changes an outcome: every index is 0',
    });
  for (const member of blocking.canPassAlone)
    warnings.push({
      code: 'can-pass-alone',
      member,
      message: `${member} can pass a decision alone: its weight ${byCode.get(member)!.weight.toLocaleString('en-US')} meets the threshold (${need})`,
    });
  for (const member of blocking.canBlockAlone) {
    const m = byCode.get(member)!;
    const others = rule.totalWeight - m.weight;
    const n = rule.members.length;
    const why =
      n - 1 < rule.minMembers
        ? `without it only ${n - 1} members remain, ${rule.minMembers} needed`
        : `the others together hold ${others.toLocaleString('en-US')} weight, ${rule.minWeight.toLocaleString('en-US')} needed`;
    warnings.push({
      code: 'can-block-alone',
      member,
      message: `${member} can block alone: ${why}`,
    });
  }
  for (const m of members) {
    // Strictly above, by more than rounding: 0.5000000000000001 is not above a limit of 0.5.
    if (Math.max(m.banzhaf, m.shapleyShubik) > maxPowerShare + 1e-12)
      warnings.push({
        code: 'dominant-member',
        member: m.member,
        message:
          `${m.member} holds ${pct(m.banzhaf)} of the voting power by Banzhaf and ` +
          `${pct(m.shapleyShubik)} by Shapley–Shubik, above the ${pct(maxPowerShare)} limit ` +
          `(${pct(m.weightShare)} of the weight)`,
      });
  }
  if (!noSwings)
    for (const m of members)
      if (m.weight > 0 && m.banzhafRawExact === '0')
        warnings.push({
          code: 'dummy',
          member: m.member,
          message: `${m.member} never changes an outcome: its weight ${m.weight.toLocaleString('en-US')} turns no losing coalition into a winning one`,
        });
  return warnings;
}

/** A share as a percentage for messages: at most one decimal (`45.2%`, `40%`). */
const pct = (share: number): string => `${Number((100 * share).toFixed(1))}%`;
