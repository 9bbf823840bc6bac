// A conversation (Pol.is style): statements participants write or the organisers seed, and the
// votes agree / disagree / pass that participants cast on them. Votes can change: the vote log
// keeps every event and the analysis reads each participant's latest vote on a statement.
import type { Constituency } from '../governance/consultation.ts';

/** Whether a statement is shown and analysed: `rejected` statements are moderated out. */
export type Moderation = 'accepted' | 'rejected' | 'pending';
export const MODERATIONS = [
  'accepted',
  'rejected',
  'pending',
] as const satisfies readonly Moderation[];

/** A conversation's code: 2–40 lower-case letters, digits or `-`. */
export const CONVERSATION_CODE = /^[a-z0-9-]{2,40}$/;

export interface Statement {
  /** Stable within the conversation; votes name it. */
  id: string;
  text: string;
  /** The statement's language (BCP 47 tag) as written; null when not known. */
  language: string | null;
  moderation: Moderation;
  /** True for the organisers' seed statements. */
  seed: boolean;
  /** The participant who wrote it; null for seed statements without an author. */
  author: string | null;
}

export interface ConversationParticipant {
  id: string;
  /** ISO3 code of the economy the participant speaks from; null when not given. */
  economy: string | null;
  constituency: Constituency | null;
}

/** 1 agree, −1 disagree, 0 pass. */
export type VoteValue = 1 | -1 | 0;

export interface Vote {
  participant: string;
  statement: string;
  value: VoteValue;
  /** When the vote was cast (ISO 8601, UTC): a later vote on the same statement replaces it. */
  at: string;
}

export interface Conversation {
  statements: Statement[];
  participants: ConversationParticipant[];
  /** The vote log: every vote cast, superseded votes included, in any order. */
  votes: Vote[];
}

/**
 * Each participant's latest vote on each statement (by `at`; of two votes at the same instant,
 * the later one in the log), in the order of the log.
 */
export function latestVotes(votes: readonly Vote[]): Vote[] {
  const latest = new Map<string, number>();
  votes.forEach((v, i) => {
    const key = `${v.participant}\u0000${v.statement}`;
    const j = latest.get(key);
    if (j === undefined || votes[j]!.at <= v.at) latest.set(key, i);
  });
  return [...latest.values()].sort((a, b) => a - b).map((i) => votes[i]!);
}
