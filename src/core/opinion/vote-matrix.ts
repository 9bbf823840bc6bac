// The participant × statement matrix the opinion map is computed on: moderated-out statements
// dropped, each participant's latest vote, and only participants who voted enough to be placed.
import type { Conversation } from './conversation.ts';

/** Participants enter the analysis once they have voted on this many statements (or all). */
export const MIN_VOTES = 7;

export interface VoteMatrix {
  /** Participant ids, one per row: only those who entered the analysis. */
  participants: string[];
  /** Statement ids, one per column: every statement not moderated out. */
  statements: string[];
  /** Row-major, participants × statements: 1, −1, 0 (pass), NaN where the participant did not vote. */
  values: Float64Array;
  /** Votes (passes included) per row. */
  voted: Int32Array;
}

export const cell = (m: VoteMatrix, row: number, col: number): number =>
  m.values[row * m.statements.length + col]!;

/**
 * Builds the matrix: statements that are not `rejected`, in the conversation's order; each
 * participant's latest vote (votes on unknown or rejected statements are ignored); rows for the
 * participants (listed ones first in their order, then other voters in order of first vote) who
 * voted on at least min(`minVotes`, statements) statements.
 */
export function voteMatrix(conversation: Conversation, minVotes = MIN_VOTES): VoteMatrix {
  const statements = conversation.statements
    .filter((s) => s.moderation !== 'rejected')
    .map((s) => s.id);
  const m = statements.length;
  const column = new Map(statements.map((id, j) => [id, j]));
  const order = new Map<string, number>();
  for (const p of conversation.participants) if (!order.has(p.id)) order.set(p.id, order.size);
  // One pass over the log: each cell keeps its latest vote (by time, then log order).
  const cells: { value: number; at: string }[][] = [];
  for (const v of conversation.votes) {
    const j = column.get(v.statement);
    if (j === undefined) continue;
    let i = order.get(v.participant);
    if (i === undefined) order.set(v.participant, (i = order.size));
    const row = (cells[i] ??= []);
    const earlier = row[j];
    if (!earlier || earlier.at <= v.at) row[j] = { value: v.value, at: v.at };
  }
  const threshold = Math.min(minVotes, m);
  const ids = [...order.keys()];
  const kept: number[] = [];
  const counts: number[] = [];
  ids.forEach((_, i) => {
    let n = 0;
    for (const c of cells[i] ?? []) if (c) n++;
    if (threshold > 0 && n >= threshold) {
      kept.push(i);
      counts.push(n);
    }
  });
  const values = new Float64Array(kept.length * m).fill(NaN);
  kept.forEach((i, r) => {
    (cells[i] ?? []).forEach((c, j) => {
      if (c) values[r * m + j] = c.value;
    });
  });
  return {
    participants: kept.map((i) => ids[i]!),
    statements,
    values,
    voted: Int32Array.from(counts),
  };
}
