// Voting power by brute force: every coalition listed, for small games. The oracle that the exact
// dynamic programme (voting-power.ts) must agree with, and the benchmark's baseline.
import { gameRule, VotingGameError, wins, type VotingGame } from './voting-power.game.ts';

/** Games above this many members take too long to enumerate (2²² coalitions × 22 members). */
export const BRUTE_FORCE_MAX_MEMBERS = 22;

export interface BruteForceMemberPower {
  member: string;
  /** Swings: losing coalitions of the others that the member turns into winning ones. */
  banzhafRaw: number;
  banzhaf: number;
  shapleyShubik: number;
}

/**
 * The normalised Banzhaf and Shapley–Shubik indices by listing all 2ⁿ coalitions: for each
 * losing coalition S and each member i outside it whose joining makes it win, i gets one swing
 * and the Shapley–Shubik weight |S|!(n − |S| − 1)!/n! (the share of the n! voting orders in which
 * S votes first and i next). Thresholds as in `gameRule`. For up to 22 members; throws a
 * `VotingGameError` (field `members`) above that, and for an invalid game.
 */
export function bruteForcePower(game: VotingGame): BruteForceMemberPower[] {
  const rule = gameRule(game);
  const n = rule.members.length;
  if (n > BRUTE_FORCE_MAX_MEMBERS)
    throw new VotingGameError(
      'members',
      `brute force lists 2ⁿ coalitions and takes at most ${BRUTE_FORCE_MAX_MEMBERS} members, not ${n}`,
    );
  const coalitions = 2 ** n;
  const weight = new Float64Array(coalitions);
  const size = new Uint8Array(coalitions);
  const winning = new Uint8Array(coalitions);
  for (let s = 1; s < coalitions; s++) {
    const low = s & -s;
    const rest = s ^ low;
    weight[s] = weight[rest]! + rule.weights[31 - Math.clz32(low)]!;
    size[s] = size[rest]! + 1;
  }
  for (let s = 0; s < coalitions; s++) winning[s] = wins(rule, size[s]!, weight[s]!) ? 1 : 0;

  // γ(k) = k!(n − k − 1)!/n!, from factorials in doubles (exact enough for n ≤ 22).
  const factorial = [1];
  for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * k);
  const gamma = Array.from(
    { length: n },
    (_, k) => (factorial[k]! * factorial[n - k - 1]!) / factorial[n]!,
  );

  const swings = new Array<number>(n).fill(0);
  const shapley = new Array<number>(n).fill(0);
  for (let s = 0; s < coalitions; s++) {
    if (winning[s] === 1) continue;
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if ((s & bit) === 0 && winning[s | bit] === 1) {
        swings[i]!++;
        shapley[i]! += gamma[size[s]!]!;
      }
    }
  }
  const totalSwings = swings.reduce((a, b) => a + b, 0);
  const totalShapley = shapley.reduce((a, b) => a + b, 0);
  return rule.members.map((member, i) => ({
    member,
    banzhafRaw: swings[i]!,
    banzhaf: totalSwings === 0 ? 0 : swings[i]! / totalSwings,
    shapleyShubik: totalShapley === 0 ? 0 : shapley[i]! / totalShapley,
  }));
}
