// Conversations (Pol.is style): each conversation's record, its statements with their moderation,
// its participants (a platform account, or a participant of an imported Polis export) and the vote
// log. Votes are never overwritten: a changed vote is a new row, and the core reads each
// participant's latest vote on a statement (core/opinion/conversation.ts `latestVotes`).
import type { Kysely, Selectable } from 'kysely';
import type {
  Conversation,
  ConversationParticipant,
  Moderation,
  Statement,
  Vote,
  VoteValue,
} from '../core/opinion/conversation.ts';
import type { Constituency } from '../core/governance/consultation.ts';
import type {
  ConversationParticipantRow,
  ConversationRow,
  ConversationStatementRow,
  Database,
} from './schema.ts';
import { chunks, rowsPerInsert } from './write-counts.ts';

export type ConversationConfidentiality = 'public' | 'alliance' | 'members';
export const CONVERSATION_CONFIDENTIALITIES = [
  'public',
  'alliance',
  'members',
] as const satisfies readonly ConversationConfidentiality[];
export type ConversationSource = 'polis' | 'platform';

/** A conversation's record (its statements, participants and votes are kept apart). */
export interface ConversationMeta {
  /** 2–40 characters: lower-case letters, digits and `-`. */
  code: string;
  title: string;
  description: string;
  /** The proposal the conversation consults on, or null. */
  proposalId: string | null;
  confidentiality: ConversationConfidentiality;
  /** Whether participants may write statements and vote. */
  open: boolean;
  source: ConversationSource;
  createdBy: string;
  createdAt: string;
}

/** A statement as stored: the core's statement and when it was written. */
export interface StoredStatement extends Statement {
  createdAt: string;
}

/** A participant as stored: the core's participant and the account voting as it (or null). */
export interface StoredParticipant extends ConversationParticipant {
  accountId: string | null;
}

/** How many statements, participants and votes a conversation has. */
export interface ConversationCounts {
  participants: number;
  votes: number;
  statements: Record<Moderation, number>;
}

const metaRow = (m: ConversationMeta): ConversationRow => ({
  code: m.code,
  title: m.title,
  description: m.description,
  proposal_id: m.proposalId,
  confidentiality: m.confidentiality,
  open: m.open ? 1 : 0,
  source: m.source,
  created_by: m.createdBy,
  created_at: m.createdAt,
});

const toMeta = (r: ConversationRow): ConversationMeta => ({
  code: r.code,
  title: r.title,
  description: r.description,
  proposalId: r.proposal_id,
  confidentiality: r.confidentiality as ConversationConfidentiality,
  open: Number(r.open) === 1,
  source: r.source as ConversationSource,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const toStatement = (r: ConversationStatementRow): StoredStatement => ({
  id: r.id,
  text: r.text,
  language: r.language,
  moderation: r.moderation as Moderation,
  seed: Number(r.seed) === 1,
  author: r.author,
  createdAt: r.created_at,
});

const toParticipant = (r: Selectable<ConversationParticipantRow>): StoredParticipant => ({
  id: r.id,
  economy: r.economy,
  constituency: r.constituency as Constituency | null,
  accountId: r.account_id,
});

/** Ids are whole numbers as text (as Polis's): ordered by their number, then as text. */
const byId = (a: { id: string }, b: { id: string }): number =>
  Number(a.id) - Number(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class ConversationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every conversation, in code order. */
  async list(): Promise<ConversationMeta[]> {
    const rows = await this.db.selectFrom('conversations').selectAll().orderBy('code').execute();
    return rows.map(toMeta);
  }

  /** One conversation's record, or undefined. */
  async get(code: string): Promise<ConversationMeta | undefined> {
    const r = await this.db
      .selectFrom('conversations')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    return r ? toMeta(r) : undefined;
  }

  /** Creates a conversation's record or replaces its fields (statements and votes stay). */
  async save(meta: ConversationMeta): Promise<'created' | 'updated'> {
    const { code: _, ...fields } = metaRow(meta);
    const r = await this.db
      .updateTable('conversations')
      .set(fields)
      .where('code', '=', meta.code)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) > 0) return 'updated';
    await this.db.insertInto('conversations').values(metaRow(meta)).execute();
    return 'created';
  }

  /** Opens or closes a conversation; false when there is none with the code. */
  async setOpen(code: string, open: boolean): Promise<boolean> {
    const r = await this.db
      .updateTable('conversations')
      .set({ open: open ? 1 : 0 })
      .where('code', '=', code)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The conversation as the core reads it: statements, participants and the whole vote log. */
  async conversation(code: string): Promise<Conversation> {
    const [statements, participants, votes] = await Promise.all([
      this.statements(code),
      this.participants(code),
      this.votes(code),
    ]);
    return {
      statements: statements.map(({ createdAt: _, ...s }) => s),
      participants: participants.map(({ accountId: _, ...p }) => p),
      votes,
    };
  }

  /** A conversation's statements, in id order. */
  async statements(code: string): Promise<StoredStatement[]> {
    const rows = await this.db
      .selectFrom('conversation_statements')
      .selectAll()
      .where('conversation', '=', code)
      .execute();
    return rows.map(toStatement).sort(byId);
  }

  /** A conversation's participants, in id order. */
  async participants(code: string): Promise<StoredParticipant[]> {
    const rows = await this.db
      .selectFrom('conversation_participants')
      .selectAll()
      .where('conversation', '=', code)
      .execute();
    return rows.map(toParticipant).sort(byId);
  }

  /** The vote log of a conversation (of one participant, when given), in the order recorded. */
  async votes(code: string, participant?: string): Promise<Vote[]> {
    let q = this.db
      .selectFrom('conversation_votes')
      .select(['participant', 'statement', 'value', 'at'])
      .where('conversation', '=', code)
      .orderBy('id');
    if (participant !== undefined) q = q.where('participant', '=', participant);
    return (await q.execute()).map((r) => ({
      participant: r.participant,
      statement: r.statement,
      value: Number(r.value) as VoteValue,
      at: r.at,
    }));
  }

  /** Adds statements (ids new to the conversation); answers how many were added. */
  async addStatements(code: string, statements: readonly StoredStatement[]): Promise<number> {
    const rows = statements.map((s) => ({
      conversation: code,
      id: s.id,
      text: s.text,
      language: s.language,
      moderation: s.moderation,
      seed: s.seed ? 1 : 0,
      author: s.author,
      created_at: s.createdAt,
    }));
    for (const chunk of chunks(rows, rowsPerInsert(8)))
      await this.db.insertInto('conversation_statements').values(chunk).execute();
    return rows.length;
  }

  /** Sets a statement's moderation; false when the statement does not exist. */
  async setModeration(code: string, statementId: string, moderation: Moderation): Promise<boolean> {
    const r = await this.db
      .updateTable('conversation_statements')
      .set({ moderation })
      .where('conversation', '=', code)
      .where('id', '=', statementId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** The participant an account votes as in a conversation, or undefined before its first vote. */
  async participantOfAccount(
    code: string,
    accountId: string,
  ): Promise<StoredParticipant | undefined> {
    const r = await this.db
      .selectFrom('conversation_participants')
      .selectAll()
      .where('conversation', '=', code)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return r ? toParticipant(r) : undefined;
  }

  /** Adds one participant (an id new to the conversation). */
  async addParticipant(code: string, participant: StoredParticipant): Promise<void> {
    await this.addParticipants(code, [participant]);
  }

  /** Adds participants (ids new to the conversation), in few statements; answers how many. */
  async addParticipants(code: string, participants: readonly StoredParticipant[]): Promise<number> {
    const rows = participants.map((p) => ({
      conversation: code,
      id: p.id,
      account_id: p.accountId,
      economy: p.economy,
      constituency: p.constituency,
    }));
    for (const chunk of chunks(rows, rowsPerInsert(5)))
      await this.db.insertInto('conversation_participants').values(chunk).execute();
    return rows.length;
  }

  /** Appends votes to a conversation's log, in few large statements; answers how many. */
  async addVotes(code: string, votes: readonly Vote[]): Promise<number> {
    const rows = votes.map((v) => ({
      conversation: code,
      participant: v.participant,
      statement: v.statement,
      value: v.value,
      at: v.at,
    }));
    for (const chunk of chunks(rows, rowsPerInsert(5)))
      await this.db.insertInto('conversation_votes').values(chunk).execute();
    return rows.length;
  }

  /** Votes in a conversation's log (changed votes included). */
  async voteCount(code: string): Promise<number> {
    const r = await this.db
      .selectFrom('conversation_votes')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .where('conversation', '=', code)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Participants, votes, and statements by moderation. */
  async counts(code: string): Promise<ConversationCounts> {
    const [participants, votes, statements] = await Promise.all([
      this.db
        .selectFrom('conversation_participants')
        .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
        .where('conversation', '=', code)
        .executeTakeFirstOrThrow(),
      this.voteCount(code),
      this.db
        .selectFrom('conversation_statements')
        .select(['moderation', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
        .where('conversation', '=', code)
        .groupBy('moderation')
        .execute(),
    ]);
    const byModeration: Record<Moderation, number> = { accepted: 0, rejected: 0, pending: 0 };
    for (const r of statements)
      if (r.moderation in byModeration) byModeration[r.moderation as Moderation] = Number(r.n);
    return { participants: Number(participants.n), votes, statements: byModeration };
  }
}
