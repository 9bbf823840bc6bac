// The participant × statement matrix the opinion map is computed on: moderated-out statements
// dropped, each participant's latest vote, and only participants who voted enough to be placed.
// `VoteTable` keeps the matrix of every voter as votes arrive, so that an update applies only the
// new votes instead of reading the whole log again.
import type { Conversation, Vote } from './conversation.ts';

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

const sameVote = (a: Vote, b: Vote): boolean =>
  a === b ||
  (a.value === b.value &&
    a.statement === b.statement &&
    a.participant === b.participant &&
    a.at === b.at);

/**
 * Every participant's latest vote on every statement not moderated out, kept up to date as the
 * vote log grows. Rows are all participants (listed ones first in their order, then other voters
 * in order of first vote), whether or not they voted enough; {@link VoteTable.matrix} keeps those
 * who did. A table is built from a conversation and then {@link VoteTable.extend}ed with later
 * versions of it whose vote log starts with the votes already read (new votes appended), whose
 * statements and moderation are unchanged and whose participant list only grew at its end.
 */
export class VoteTable {
  /** Statement ids and moderation of the conversation (rejected ones included), as read. */
  private readonly allStatements: { id: string; moderation: string }[];
  readonly statements: string[];
  private readonly column: Map<string, number>;
  private readonly listed: string[];
  /** Rows: participant id → row, in the matrix's row order. */
  private readonly order = new Map<string, number>();
  /** Rows [0, listedRows) are listed participants; later ones voted without being listed. */
  private listedRows = 0;
  private capacity = 0;
  private values = new Float64Array(0);
  /** Index in the vote log of the vote each cell holds (−1: none). */
  private source = new Int32Array(0);
  private counts = new Int32Array(0);
  private log: readonly Vote[] = [];
  private read = 0;
  /** Everyone who cast a vote, on any statement (also rejected or unknown ones). */
  readonly voters = new Set<string>();

  constructor(conversation: Conversation) {
    this.allStatements = conversation.statements.map((s) => ({
      id: s.id,
      moderation: s.moderation,
    }));
    this.statements = conversation.statements
      .filter((s) => s.moderation !== 'rejected')
      .map((s) => s.id);
    this.column = new Map(this.statements.map((id, j) => [id, j]));
    this.listed = conversation.participants.map((p) => p.id);
    for (const id of this.listed) if (!this.order.has(id)) this.order.set(id, this.order.size);
    this.listedRows = this.order.size;
    // Voters who are not listed add rows as they come (the table grows by half when full).
    this.grow(this.order.size);
    this.apply(conversation.votes);
  }

  private grow(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(rows, Math.ceil(this.capacity * 1.5), 16);
    const cols = this.statements.length;
    const values = new Float64Array(capacity * cols).fill(NaN);
    values.set(this.values);
    const source = new Int32Array(capacity * cols).fill(-1);
    source.set(this.source);
    const counts = new Int32Array(capacity);
    counts.set(this.counts);
    [this.values, this.source, this.counts, this.capacity] = [values, source, counts, capacity];
  }

  /** Applies `log[this.read …]`: each cell keeps its latest vote (by time, then log order). */
  private apply(log: readonly Vote[]): void {
    const cols = this.statements.length;
    for (let n = this.read; n < log.length; n++) {
      const v = log[n]!;
      this.voters.add(v.participant);
      const j = this.column.get(v.statement);
      if (j === undefined) continue;
      let i = this.order.get(v.participant);
      if (i === undefined) {
        this.order.set(v.participant, (i = this.order.size));
        this.grow(this.order.size);
      }
      const at = i * cols + j;
      const earlier = this.source[at]!;
      if (earlier < 0) this.counts[i] = this.counts[i]! + 1;
      if (earlier < 0 || log[earlier]!.at <= v.at) {
        this.source[at] = n;
        this.values[at] = v.value;
      }
    }
    this.log = log;
    this.read = log.length;
  }

  /**
   * Brings the table up to `conversation`, applying only the votes it has not read. False (the
   * table is then not to be used again: build a new one) when the conversation is not a continuation of the one read: a
   * statement added, removed or moderated, the participant list changed other than by
   * appending (or appended while voters without a listing hold later rows), or the vote log not
   * starting with the votes already read.
   */
  extend(conversation: Conversation): boolean {
    const statements = conversation.statements;
    if (statements.length !== this.allStatements.length) return false;
    for (let j = 0; j < statements.length; j++) {
      const s = statements[j]!;
      const was = this.allStatements[j]!;
      if (s.id !== was.id || s.moderation !== was.moderation) return false;
    }
    const participants = conversation.participants;
    if (participants.length < this.listed.length) return false;
    for (let i = 0; i < this.listed.length; i++)
      if (participants[i]!.id !== this.listed[i]) return false;
    const votes = conversation.votes;
    if (votes.length < this.read) return false;
    if (votes !== this.log)
      for (let n = 0; n < this.read; n++) if (!sameVote(votes[n]!, this.log[n]!)) return false;
    const added: string[] = [];
    for (let i = this.listed.length; i < participants.length; i++) {
      const id = participants[i]!.id;
      const row = this.order.get(id);
      if (row === undefined) {
        // A new listed participant goes before any unlisted voter in a fresh build.
        if (this.order.size > this.listedRows) return false;
        this.order.set(id, this.order.size);
        this.listedRows = this.order.size;
      } else if (row >= this.listedRows) return false;
      added.push(id);
    }
    this.listed.push(...added);
    this.grow(this.order.size);
    this.apply(votes);
    return true;
  }

  /** The matrix of the participants who voted on at least min(`minVotes`, statements) statements. */
  matrix(minVotes = MIN_VOTES): VoteMatrix {
    const cols = this.statements.length;
    const threshold = Math.min(minVotes, cols);
    const ids = [...this.order.keys()];
    const kept: number[] = [];
    if (threshold > 0)
      for (let i = 0; i < ids.length; i++) if (this.counts[i]! >= threshold) kept.push(i);
    const values = new Float64Array(kept.length * cols);
    const voted = new Int32Array(kept.length);
    kept.forEach((i, r) => {
      values.set(this.values.subarray(i * cols, (i + 1) * cols), r * cols);
      voted[r] = this.counts[i]!;
    });
    return {
      participants: kept.map((i) => ids[i]!),
      statements: [...this.statements],
      values,
      voted,
    };
  }
}

/**
 * Builds the matrix: statements that are not `rejected`, in the conversation's order; each
 * participant's latest vote (votes on unknown or rejected statements are ignored); rows for the
 * participants (listed ones first in their order, then other voters in order of first vote) who
 * voted on at least min(`minVotes`, statements) statements.
 */
export function voteMatrix(conversation: Conversation, minVotes = MIN_VOTES): VoteMatrix {
  return new VoteTable(conversation).matrix(minVotes);
}

/** The voted cells of a matrix, row by row (compressed sparse rows). */
export interface SparseRows {
  /** Row i's cells are `rowStart[i] … rowStart[i + 1] − 1`. */
  rowStart: Int32Array;
  /** Each cell's column, ascending within a row. */
  column: Int32Array;
  /** Each cell's vote: 1, −1 or 0. */
  value: Float64Array;
}

const sparse = new WeakMap<VoteMatrix, SparseRows>();

/**
 * The matrix's voted cells in compressed sparse rows, in row order and, within a row, column
 * order, so that sums over them add the same terms in the same order as a dense pass that skips
 * empty cells. Computed once per matrix (a matrix's values are not to change afterwards): the
 * steps of the opinion map each read the votes (a fifth of the cells in a typical conversation)
 * instead of every cell.
 */
export function sparseRows(m: VoteMatrix): SparseRows {
  const known = sparse.get(m);
  if (known) return known;
  const rows = m.participants.length;
  const cols = m.statements.length;
  let cells = 0;
  for (let i = 0; i < rows; i++) cells += m.voted[i]!;
  const rowStart = new Int32Array(rows + 1);
  let column = new Int32Array(cells);
  let value = new Float64Array(cells);
  let n = 0;
  for (let i = 0; i < rows; i++) {
    rowStart[i] = n;
    for (let j = 0; j < cols; j++) {
      const v = m.values[i * cols + j]!;
      if (Number.isNaN(v)) continue;
      if (n === column.length) {
        // `voted` disagreed with the values (a hand-made matrix): grow.
        const c = new Int32Array(Math.max(16, n * 2));
        c.set(column);
        const x = new Float64Array(c.length);
        x.set(value);
        [column, value] = [c, x];
      }
      column[n] = j;
      value[n++] = v;
    }
  }
  rowStart[rows] = n;
  const result = { rowStart, column: column.subarray(0, n), value: value.subarray(0, n) };
  sparse.set(m, result);
  return result;
}
