// What the conversation agrees on: group-informed consensus (Small et al. 2021: the product over
// opinion groups of each group's smoothed agreement, high only when every group agrees), and our
// "consensus across members": statements a majority agrees with in every economy that has enough
// participants.
import { smoothed, type Counts } from './repness.ts';
import { sparseRows, type VoteMatrix } from './vote-matrix.ts';

export interface GroupConsensus {
  statement: string;
  direction: 'agree' | 'disagree';
  /** Π over groups of the group's smoothed share voting that way. */
  consensus: number;
  /** Each group's smoothed share, by group. */
  shares: number[];
}

/** Group-informed consensus of every statement, both directions: Π_g (n_g(v) + 1) ÷ (n_g + 2). */
export function groupInformedConsensus(
  m: VoteMatrix,
  counts: readonly (readonly Counts[])[],
): { agree: GroupConsensus[]; disagree: GroupConsensus[] } {
  const of = (direction: 'agree' | 'disagree'): GroupConsensus[] =>
    m.statements.map((statement, j) => {
      const shares = counts.map((g) => smoothed(g[j]![direction], g[j]!.votes));
      return {
        statement,
        direction,
        consensus: shares.reduce((a, b) => a * b, 1),
        shares,
      };
    });
  return { agree: of('agree'), disagree: of('disagree') };
}

/**
 * The consensus statements: those on which every group's smoothed share (agree, or disagree) is
 * above one half, by group-informed consensus, highest first (at most `limit`, default 10).
 */
export function consensusStatements(
  m: VoteMatrix,
  counts: readonly (readonly Counts[])[],
  limit = 10,
): GroupConsensus[] {
  const { agree, disagree } = groupInformedConsensus(m, counts);
  return [...agree, ...disagree]
    .filter((c) => c.shares.length > 0 && c.shares.every((s) => s > 0.5))
    .sort((a, b) => b.consensus - a.consensus || a.statement.localeCompare(b.statement))
    .slice(0, limit);
}

export interface EconomyAgreement {
  economy: string;
  /** The economy's participants in the analysis. */
  participants: number;
  /** Their weighted votes on the statement (passes count) and the share that agreed. */
  votes: number;
  agreeShare: number;
}

export interface MemberConsensus {
  statement: string;
  /** The least agreeing economy's share. */
  minShare: number;
  economies: EconomyAgreement[];
}

/**
 * Statements a majority agrees with in every economy that has at least `minParticipants` of the
 * analysis's participants: in each such economy, the weighted share of its voters on the
 * statement who agreed (passes count as votes) is above one half; an economy where nobody voted
 * on it fails the statement. Participants without an economy are not an economy. Empty when no
 * economy has enough participants. Sorted by the least share, highest first.
 */
export function consensusAcrossMembers(
  m: VoteMatrix,
  economyOf: readonly (string | null)[],
  minParticipants: number,
  weights?: ArrayLike<number>,
): MemberConsensus[] {
  const size = new Map<string, number>();
  economyOf.forEach((e) => e !== null && size.set(e, (size.get(e) ?? 0) + 1));
  const economies = [...size]
    .filter(([, n]) => n >= minParticipants)
    .map(([e]) => e)
    .sort();
  if (economies.length === 0) return [];
  const index = new Map(economies.map((e, i) => [e, i]));
  const cols = m.statements.length;
  const agree = economies.map(() => new Float64Array(cols));
  const votes = economies.map(() => new Float64Array(cols));
  const { rowStart, column, value } = sparseRows(m);
  m.participants.forEach((_, i) => {
    const e = economyOf[i];
    const x = e === null || e === undefined ? undefined : index.get(e);
    if (x === undefined) return;
    const w = weights ? weights[i]! : 1;
    const v = votes[x]!;
    const a = agree[x]!;
    for (let n = rowStart[i]!; n < rowStart[i + 1]!; n++) {
      const j = column[n]!;
      v[j] = v[j]! + w;
      if (value[n]! > 0) a[j] = a[j]! + w;
    }
  });
  const out: MemberConsensus[] = [];
  m.statements.forEach((statement, j) => {
    const rows = economies.map((economy, x) => ({
      economy,
      participants: size.get(economy)!,
      votes: votes[x]![j]!,
      agreeShare: votes[x]![j]! > 0 ? agree[x]![j]! / votes[x]![j]! : 0,
    }));
    if (rows.every((r) => r.votes > 0 && r.agreeShare > 0.5))
      out.push({
        statement,
        minShare: Math.min(...rows.map((r) => r.agreeShare)),
        economies: rows,
      });
  });
  return out.sort((a, b) => b.minShare - a.minShare || a.statement.localeCompare(b.statement));
}
