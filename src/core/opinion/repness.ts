// Representative statements of each opinion group (Small et al. 2021, §"Representative
// comments"): how much more likely a group's members are to agree (or disagree) with a statement
// than everyone else, kept when that is significant. Counts are weighted (participant weights).
import { sparseRows, type VoteMatrix } from './vote-matrix.ts';

/** Weighted vote counts of one group on one statement: agrees, disagrees, all votes (passes too). */
export interface Counts {
  agree: number;
  disagree: number;
  votes: number;
}

/**
 * counts[g][j]: group g's weighted counts on statement j (rows whose group is < 0 are left out).
 * `weights` default to 1.
 */
export function groupCounts(
  m: VoteMatrix,
  groupOf: readonly number[],
  k: number,
  weights?: ArrayLike<number>,
): Counts[][] {
  const cols = m.statements.length;
  const counts = Array.from({ length: k }, () =>
    Array.from({ length: cols }, () => ({ agree: 0, disagree: 0, votes: 0 })),
  );
  const { rowStart, column, value } = sparseRows(m);
  for (let i = 0; i < m.participants.length; i++) {
    const g = groupOf[i]!;
    if (g < 0 || g >= k) continue;
    const w = weights ? weights[i]! : 1;
    const row = counts[g]!;
    for (let n = rowStart[i]!; n < rowStart[i + 1]!; n++) {
      const v = value[n]!;
      const c = row[column[n]!]!;
      c.votes += w;
      if (v > 0) c.agree += w;
      else if (v < 0) c.disagree += w;
    }
  }
  return counts;
}

/** Laplace-smoothed share: (successes + 1) ÷ (trials + 2). */
export const smoothed = (successes: number, trials: number): number =>
  (successes + 1) / (trials + 2);

/**
 * One-proportion z-test of the smoothed share against ½: (p − ½) ÷ √(¼ ÷ (n + 2)), p smoothed;
 * positive when the share is above one half.
 */
export function proportionTest(successes: number, trials: number): number {
  return (smoothed(successes, trials) - 0.5) / Math.sqrt(0.25 / (trials + 2));
}

/**
 * Two-proportion z-test of the smoothed shares of two populations (the group and everyone else),
 * with the pooled smoothed share: (p₁ − p₂) ÷ √(p(1 − p)(1 ÷ (n₁ + 2) + 1 ÷ (n₂ + 2))).
 */
export function twoProportionTest(s1: number, n1: number, s2: number, n2: number): number {
  const p1 = smoothed(s1, n1);
  const p2 = smoothed(s2, n2);
  const p = (s1 + s2 + 2) / (n1 + n2 + 4);
  const se = Math.sqrt(p * (1 - p) * (1 / (n1 + 2) + 1 / (n2 + 2)));
  return se > 0 ? (p1 - p2) / se : 0;
}

/** z for one-sided 90% confidence. */
export const Z_90 = 1.2816;

export interface RepresentativeStatement {
  statement: string;
  direction: 'agree' | 'disagree';
  /** The group's smoothed share voting that way. */
  share: number;
  /** The group's smoothed share ÷ everyone else's (representativeness ratio). */
  ratio: number;
  /** z of the group's share against ½. */
  shareTest: number;
  /** z of the group's share against everyone else's. */
  ratioTest: number;
  /** share × ratio × shareTest × ratioTest: the ranking. */
  score: number;
  /** Both tests pass at 90% (one-sided). */
  significant: boolean;
}

/**
 * A statement's representativeness for group g in one direction (agree or disagree), comparing
 * the group with all other grouped participants.
 */
export function representativeness(
  group: Counts,
  rest: Counts,
  statement: string,
  direction: 'agree' | 'disagree',
): RepresentativeStatement {
  const s = direction === 'agree' ? group.agree : group.disagree;
  const r = direction === 'agree' ? rest.agree : rest.disagree;
  const share = smoothed(s, group.votes);
  const ratio = share / smoothed(r, rest.votes);
  const shareTest = proportionTest(s, group.votes);
  const ratioTest = twoProportionTest(s, group.votes, r, rest.votes);
  const score = shareTest > 0 && ratioTest > 0 ? share * ratio * shareTest * ratioTest : 0;
  return {
    statement,
    direction,
    share,
    ratio,
    shareTest,
    ratioTest,
    score,
    significant: shareTest > Z_90 && ratioTest > Z_90,
  };
}

/**
 * Each group's representative statements: for every statement the direction of higher score,
 * the significant ones by score (at most `limit`, default 5); a group with none significant gets
 * its single best-scoring statement (marked not significant) when one scores above 0.
 */
export function representativeStatements(
  m: VoteMatrix,
  counts: readonly (readonly Counts[])[],
  limit = 5,
): RepresentativeStatement[][] {
  const cols = m.statements.length;
  const total = Array.from({ length: cols }, (_, j) => {
    const t = { agree: 0, disagree: 0, votes: 0 };
    for (const g of counts) {
      t.agree += g[j]!.agree;
      t.disagree += g[j]!.disagree;
      t.votes += g[j]!.votes;
    }
    return t;
  });
  return counts.map((group) => {
    const all = m.statements.map((id, j) => {
      const own = group[j]!;
      const rest = {
        agree: total[j]!.agree - own.agree,
        disagree: total[j]!.disagree - own.disagree,
        votes: total[j]!.votes - own.votes,
      };
      const a = representativeness(own, rest, id, 'agree');
      const d = representativeness(own, rest, id, 'disagree');
      return d.score > a.score ? d : a;
    });
    const byScore = (x: RepresentativeStatement, y: RepresentativeStatement): number =>
      y.score - x.score || x.statement.localeCompare(y.statement);
    const significant = all.filter((r) => r.significant).sort(byScore);
    if (significant.length > 0) return significant.slice(0, limit);
    const best = all.filter((r) => r.score > 0).sort(byScore);
    return best.slice(0, 1);
  });
}
