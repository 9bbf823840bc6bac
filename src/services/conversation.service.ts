// Conversations (Pol.is style) and their opinion maps: the secretariat opens a conversation with
// seed statements; signed-in participants (member and partner delegates, observers, stakeholders)
// write statements, which wait for moderation, and vote agree / disagree / pass, changeably; the
// next statement a participant is shown follows a documented priority; the opinion map (groups,
// representative statements, consensus, stratified by economy and constituency) is computed off
// the event loop, once per data version, incrementally from the previous map when only votes were
// added, optionally weighted by an indicator's values (e.g. population) read from the store, with
// each group's participants counted by economy and constituency and the caller's own group; a
// conversation exports in Polis's layout, with each participant's group. Every write is in the governance log (a vote by
// ids only: its value as a salted hash). See docs/analytics/opinion-maps.md.
import {
  actorOf,
  can,
  canSee,
  levelVisibility,
  type Principal,
  type Visibility,
} from '../core/accounts/access.ts';
import { csvCell, toCsv } from '../core/csv.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { Constituency } from '../core/governance/consultation.ts';
import {
  CONVERSATION_CODE,
  latestVotes,
  MODERATIONS,
  type Moderation,
  type Vote,
  type VoteValue,
} from '../core/opinion/conversation.ts';
import type { MapGroup, OpinionMap, OpinionMapState } from '../core/opinion/opinion-map.ts';
import type { Weighting } from '../core/opinion/weights.ts';
import { UNPRINTABLE, UNPRINTABLE_IN_TEXT } from '../core/text.ts';
import {
  CONVERSATION_CONFIDENTIALITIES,
  type ConversationConfidentiality,
  type ConversationCounts,
  type ConversationMeta,
  type StoredParticipant,
  type StoredStatement,
} from '../db/conversation.repository.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';
import type { DataVersion } from './data-version.ts';
import { auditedTransaction, requirePermission } from './governance.service.ts';
import { VersionedData } from './versioned-data.ts';
import type { HeavyWork } from './worker-pool.ts';

/** Longest statement, in characters. */
/** A statement as stored, for the edges' schemas. */
export type { StoredStatement } from '../db/conversation.repository.ts';

export const MAX_STATEMENT_LENGTH = 1000;
/** The seed of the opinion map when none is given (the one the real-data tests use). */
export const DEFAULT_MAP_SEED = 1;
/** Incremental states kept in memory, one per conversation, weighting and seed. */
const KEPT_STATES = 64;

/** `indicator`: each economy's participants together weigh ∝ an indicator's value (`indicator`). */
export type MapWeight = 'economy' | 'constituency' | 'both' | 'none' | 'indicator';
export const MAP_WEIGHTS = [
  'economy',
  'constituency',
  'both',
  'none',
  'indicator',
] as const satisfies readonly MapWeight[];

/** What a map is asked for: the weighting (with its indicator and year) and the seed. */
export interface MapOptions {
  weight?: MapWeight | undefined;
  seed?: number | undefined;
  /** An indicator code: required with weight `indicator`, refused otherwise. */
  indicator?: string | undefined;
  /** The indicator's year; default: each economy's latest value. Only with an indicator. */
  year?: number | undefined;
}

export interface ConversationSummary extends ConversationMeta {
  counts: ConversationCounts;
}

export interface ConversationDetail extends ConversationSummary {
  /** Accepted statements; for the secretariat, pending and rejected ones too. In id order. */
  statements: StoredStatement[];
}

export interface ConversationDraft {
  code: string;
  title: string;
  description?: string;
  confidentiality: ConversationConfidentiality;
  proposalId?: string | null;
  /** The seed statements, accepted at once. */
  seeds?: string[];
}

/** The statement a participant is shown next. */
export interface NextStatement {
  statement: Pick<StoredStatement, 'id' | 'text' | 'language' | 'seed'>;
  /** Participants who have voted on it so far. */
  votes: number;
  /** Accepted statements the caller has not voted on, this one included. */
  remaining: number;
}

/** A group of the map, with its participants counted by economy and by constituency. */
export interface ConversationMapGroup extends MapGroup {
  /** By participants, most first, then by code; null: participants who gave no economy. */
  economies: { economy: string | null; participants: number }[];
  /** By participants, most first, then by name; null: participants without a constituency. */
  constituencies: { constituency: Constituency | null; participants: number }[];
}

/** A conversation's opinion map (core/opinion/opinion-map.ts) with what it was computed for. */
export interface ConversationMap extends Omit<OpinionMap, 'state' | 'groups'> {
  conversation: string;
  weight: MapWeight;
  seed: number;
  /** True when computed from the previous map's state (only votes were added since). */
  incremental: boolean;
  groups: ConversationMapGroup[];
  /**
   * With weight `indicator`: its code, the year asked for (null: each economy's latest value) and
   * how many of the conversation's economies have a positive value (they carry weight); else null.
   */
  indicator: { code: string; year: number | null; economies: number } | null;
  /** The caller's own participant and its group (null: not placed); null without a participant. */
  me: { participant: string; group: number | null } | null;
}

/** A conversation in Polis's export layout, file name → CSV text. */
export interface PolisExportFiles {
  'comments.csv': string;
  'votes.csv': string;
  'participants-votes.csv': string;
  'summary.csv': string;
}

interface KeptState {
  /** The statements and their moderation the state was computed on. */
  shape: string;
  votes: number;
  state: OpinionMapState;
}

const visibility = (c: ConversationConfidentiality): Visibility => levelVisibility(c);

const isSecretariat = (p: Principal): boolean => can(p, 'admin').allowed;

const invalid = (path: string, message: string): DomainError =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** The conversation's constituency of an account's role (core/governance/consultation.ts). */
export function constituencyOf(p: Principal): Constituency | null {
  if (p.kind !== 'account') return null;
  switch (p.role) {
    case 'member_delegate':
      return 'member';
    case 'partner_delegate':
      return 'partner';
    case 'observer':
      return 'observer';
    case 'stakeholder':
      return p.constituency;
    case 'secretariat':
      return null;
  }
}

/** A statement's text: trimmed, printable, 1–1000 characters. */
function statementText(raw: unknown, path: string): string {
  if (typeof raw !== 'string') throw invalid(path, 'must be text');
  const text = raw.trim();
  if (text === '') throw invalid(path, 'must not be empty');
  if (text.length > MAX_STATEMENT_LENGTH)
    throw invalid(path, `at most ${MAX_STATEMENT_LENGTH} characters (got ${text.length})`);
  if (UNPRINTABLE_IN_TEXT.test(text))
    throw invalid(path, 'control and bidirectional characters are not allowed');
  return text;
}

const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const PROPOSAL_ID = /^[A-Za-z0-9_.:-]{1,80}$/;

/** The next whole-number id after the ids given (ids are whole numbers, as Polis's). */
const nextId = (ids: readonly string[]): string =>
  String(ids.reduce((max, id) => (/^\d+$/.test(id) ? Math.max(max, Number(id)) : max), -1) + 1);

const millis = (iso: string): number => Date.parse(iso);

/** An indicator's code in the catalogue (docs/indicators.md). */
const INDICATOR_CODE = /^[A-Za-z0-9_]{1,64}$/;

/** A map's options once checked: what the map is cached under. */
interface MapKey {
  weight: MapWeight;
  seed: number;
  indicator: string | null;
  year: number | null;
}

/** Counts by key, most first, then by key (null last). */
function countBy<K extends string | null>(keys: readonly K[]): { key: K; n: number }[] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .map(([key, n]) => ({ key, n }))
    .sort(
      (a, b) =>
        b.n - a.n ||
        (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1),
    );
}

/** Each group with its participants counted by economy and by constituency. */
function breakdown(
  groups: readonly MapGroup[],
  placed: readonly { id: string; group: number }[],
  participants: readonly {
    id: string;
    economy: string | null;
    constituency: Constituency | null;
  }[],
): ConversationMapGroup[] {
  const info = new Map<string, { economy: string | null; constituency: Constituency | null }>();
  for (const p of participants) if (!info.has(p.id)) info.set(p.id, p);
  const members = groups.map(
    () => [] as { economy: string | null; constituency: Constituency | null }[],
  );
  for (const p of placed)
    members[p.group]?.push(info.get(p.id) ?? { economy: null, constituency: null });
  return groups.map((g, i) => ({
    ...g,
    economies: countBy(members[i]!.map((m) => m.economy)).map(({ key, n }) => ({
      economy: key,
      participants: n,
    })),
    constituencies: countBy(members[i]!.map((m) => m.constituency)).map(({ key, n }) => ({
      constituency: key,
      participants: n,
    })),
  }));
}

export class ConversationService {
  private readonly data: VersionedData<null>;
  private readonly states = new Map<string, KeptState>();

  constructor(
    private readonly store: Store,
    version: DataVersion,
    private readonly heavy: HeavyWork,
    private readonly audit: AuditService,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.data = new VersionedData(version, () => Promise.resolve(null));
  }

  /** The conversations the caller may see, in code order, with their counts. */
  async list(principal: Principal): Promise<ConversationSummary[]> {
    const metas = (await this.store.conversations.list()).filter((m) =>
      canSee(principal, visibility(m.confidentiality)),
    );
    return Promise.all(
      metas.map(async (m) => ({ ...m, counts: await this.store.conversations.counts(m.code) })),
    );
  }

  /** One conversation with its statements (see ConversationDetail); not visible: not found. */
  async get(principal: Principal, code: string): Promise<ConversationDetail> {
    const meta = await this.visible(principal, code);
    const all = await this.store.conversations.statements(code);
    const statements = isSecretariat(principal)
      ? all
      : all.filter((s) => s.moderation === 'accepted');
    return { ...meta, counts: await this.store.conversations.counts(code), statements };
  }

  /** Opens a conversation with its seed statements (the secretariat). */
  async create(principal: Principal, draft: ConversationDraft): Promise<ConversationDetail> {
    requirePermission(principal, 'admin');
    if (typeof draft.code !== 'string' || !CONVERSATION_CODE.test(draft.code))
      throw invalid('code', 'must be 2–40 lower-case letters, digits or -');
    const title = typeof draft.title === 'string' ? draft.title.trim() : '';
    if (title === '' || title.length > 200) throw invalid('title', 'must be 1–200 characters');
    if (UNPRINTABLE.test(title))
      throw invalid('title', 'control and bidirectional characters are not allowed');
    const description = (draft.description ?? '').trim();
    if (description.length > 5000) throw invalid('description', 'at most 5000 characters');
    if (UNPRINTABLE_IN_TEXT.test(description))
      throw invalid('description', 'control and bidirectional characters are not allowed');
    if (!CONVERSATION_CONFIDENTIALITIES.includes(draft.confidentiality))
      throw invalid(
        'confidentiality',
        `must be one of ${CONVERSATION_CONFIDENTIALITIES.join(', ')}`,
      );
    const proposalId = draft.proposalId ?? null;
    if (proposalId !== null && !PROPOSAL_ID.test(proposalId))
      throw invalid('proposalId', 'is not a proposal id');
    const seeds = (draft.seeds ?? []).map((s, i) => statementText(s, `seeds.${i}`));
    if (proposalId !== null && !(await this.store.governance.proposal(proposalId)))
      throw invalid('proposalId', `proposal '${proposalId}' not found`);
    const at = this.now().toISOString();
    const actor = actorOf(principal);
    const meta: ConversationMeta = {
      code: draft.code,
      title,
      description,
      proposalId,
      confidentiality: draft.confidentiality,
      open: true,
      source: 'platform',
      createdBy: actor,
      createdAt: at,
    };
    await auditedTransaction(this.store, async (tx) => {
      if (await tx.conversations.get(meta.code))
        throw new DomainError('conflict', `conversation '${meta.code}' exists already`);
      await tx.conversations.save(meta);
      await tx.conversations.addStatements(
        meta.code,
        seeds.map((text, i) => ({
          id: String(i),
          text,
          language: null,
          moderation: 'accepted',
          seed: true,
          author: null,
          createdAt: at,
        })),
      );
      await this.audit.append(tx, {
        actor,
        type: 'conversation.created',
        at,
        ...this.subject(meta),
        payload: {
          conversation: meta.code,
          confidentiality: meta.confidentiality,
          proposalId,
          seeds: seeds.length,
        },
        salted: { title },
      });
    });
    return this.get(principal, meta.code);
  }

  /** Opens or closes a conversation to statements and votes (the secretariat). */
  async setOpen(principal: Principal, code: string, open: boolean): Promise<ConversationMeta> {
    requirePermission(principal, 'admin');
    if (typeof open !== 'boolean') throw invalid('open', 'must be true or false');
    const meta = await this.visible(principal, code);
    await auditedTransaction(this.store, async (tx) => {
      await tx.conversations.setOpen(code, open);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'conversation.open_set',
        ...this.subject(meta),
        payload: { conversation: code, open },
      });
    });
    return { ...meta, open };
  }

  /**
   * Adds a statement: a participant's waits for moderation (`pending`); the secretariat's is
   * accepted at once. Answers the statement as stored.
   */
  async addStatement(
    principal: Principal,
    code: string,
    input: { text: string; language?: string | null },
  ): Promise<StoredStatement> {
    const secretariat = isSecretariat(principal);
    if (!secretariat) requirePermission(principal, 'consultation:respond');
    const meta = await this.visible(principal, code);
    if (!meta.open && !secretariat)
      throw new DomainError('conflict', `conversation '${code}' is closed`);
    const text = statementText(input.text, 'text');
    const language = input.language ?? null;
    if (language !== null && (typeof language !== 'string' || !LANGUAGE.test(language)))
      throw invalid('language', 'must be a language tag such as en, fr or pt-BR');
    const at = this.now().toISOString();
    return auditedTransaction(this.store, async (tx) => {
      const author = secretariat ? null : (await this.participant(tx, code, principal)).id;
      const ids = (await tx.conversations.statements(code)).map((s) => s.id);
      const statement: StoredStatement = {
        id: nextId(ids),
        text,
        language,
        moderation: secretariat ? 'accepted' : 'pending',
        seed: false,
        author,
        createdAt: at,
      };
      await tx.conversations.addStatements(code, [statement]);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'conversation.statement_added',
        at,
        ...this.subject(meta),
        payload: { conversation: code, statement: statement.id, moderation: statement.moderation },
        salted: { text },
      });
      return statement;
    });
  }

  /** Accepts or rejects a statement (or puts it back to pending): the secretariat. */
  async moderate(
    principal: Principal,
    code: string,
    statementId: string,
    moderation: Moderation,
  ): Promise<void> {
    requirePermission(principal, 'admin');
    if (!MODERATIONS.includes(moderation))
      throw invalid('moderation', `must be one of ${MODERATIONS.join(', ')}`);
    const meta = await this.visible(principal, code);
    await auditedTransaction(this.store, async (tx) => {
      if (!(await tx.conversations.setModeration(code, statementId, moderation)))
        throw notFound('statement', `${code}/${statementId}`);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'conversation.moderated',
        ...this.subject(meta),
        payload: { conversation: code, statement: statementId, moderation },
      });
    });
  }

  /**
   * Records the caller's vote (1 agree, −1 disagree, 0 pass) on an accepted statement of an open
   * conversation; a new vote on the same statement replaces the earlier one in the analysis. The
   * caller's participant is created with its first vote or statement.
   */
  async vote(
    principal: Principal,
    code: string,
    input: { statement: string; value: number },
  ): Promise<{ participant: string; statement: string; value: VoteValue; at: string }> {
    requirePermission(principal, 'consultation:respond');
    const meta = await this.visible(principal, code);
    const value = input.value;
    if (value !== 1 && value !== -1 && value !== 0)
      throw invalid('value', 'must be 1 (agree), -1 (disagree) or 0 (pass)');
    if (!meta.open) throw new DomainError('conflict', `conversation '${code}' is closed`);
    const statement = (await this.store.conversations.statements(code)).find(
      (s) => s.id === input.statement,
    );
    if (!statement) throw notFound('statement', `${code}/${String(input.statement)}`);
    if (statement.moderation !== 'accepted')
      throw new DomainError(
        'conflict',
        `statement ${statement.id} is ${statement.moderation}: only accepted statements take votes`,
      );
    const at = this.now().toISOString();
    return auditedTransaction(this.store, async (tx) => {
      const participant = await this.participant(tx, code, principal);
      const vote: Vote = { participant: participant.id, statement: statement.id, value, at };
      await tx.conversations.addVotes(code, [vote]);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'conversation.voted',
        at,
        ...this.subject(meta),
        payload: { conversation: code, statement: statement.id, participant: participant.id },
        salted: { value },
      });
      return { participant: participant.id, statement: statement.id, value, at };
    });
  }

  /**
   * The statement the caller is shown next, or null when it has voted on every accepted one. The
   * priority (docs/analytics/opinion-maps.md, "The next statement"): accepted statements the caller
   * has not voted on; among them the one with the fewest participants' votes so far; of equals,
   * the newest (latest written, then highest id).
   */
  async next(principal: Principal, code: string): Promise<NextStatement | null> {
    requirePermission(principal, 'consultation:respond');
    await this.visible(principal, code);
    const accountId = principal.kind === 'account' ? principal.accountId : '';
    const [statements, votes, me] = await Promise.all([
      this.store.conversations.statements(code),
      this.store.conversations.votes(code),
      this.store.conversations.participantOfAccount(code, accountId),
    ]);
    const voters = new Map<string, number>();
    const mine = new Set<string>();
    for (const v of latestVotes(votes)) {
      voters.set(v.statement, (voters.get(v.statement) ?? 0) + 1);
      if (me && v.participant === me.id) mine.add(v.statement);
    }
    const open = statements.filter((s) => s.moderation === 'accepted' && !mine.has(s.id));
    if (open.length === 0) return null;
    const count = (id: string): number => voters.get(id) ?? 0;
    open.sort(
      (a, b) =>
        count(a.id) - count(b.id) ||
        (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0) ||
        Number(b.id) - Number(a.id),
    );
    const s = open[0]!;
    return {
      statement: { id: s.id, text: s.text, language: s.language, seed: s.seed },
      votes: count(s.id),
      remaining: open.length,
    };
  }

  /**
   * The opinion map of a conversation (core/opinion/opinion-map.ts), stratified by `weight` (with
   * `indicator`: by that indicator's values of `year`, default each economy's latest): computed by
   * the heavy-work runner once per data version, conversation, weighting and seed; from the
   * previous map's state when only votes were added since it. The caller's own place (`me`) is
   * added to the shared map on every call.
   */
  async groups(
    principal: Principal,
    code: string,
    options: MapOptions = {},
  ): Promise<ConversationMap> {
    await this.visible(principal, code);
    const weight = options.weight ?? 'none';
    if (!MAP_WEIGHTS.includes(weight))
      throw invalid('weight', `must be one of ${MAP_WEIGHTS.join(', ')}`);
    const seed = options.seed ?? DEFAULT_MAP_SEED;
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
      throw invalid('seed', 'must be a whole number from 0 to 4294967295');
    const indicator = options.indicator ?? null;
    const year = options.year ?? null;
    if (weight === 'indicator') {
      if (indicator === null || typeof indicator !== 'string' || !INDICATOR_CODE.test(indicator))
        throw invalid(
          'indicator',
          'an indicator code (e.g. population) is required with weight indicator',
        );
      if (year !== null && (!Number.isInteger(year) || year < 0 || year > 9999))
        throw invalid('year', 'must be a whole number (a year)');
    } else {
      if (indicator !== null) throw invalid('indicator', 'only with weight indicator');
      if (year !== null) throw invalid('year', 'only with weight indicator and an indicator');
    }
    const map = await this.map(code, { weight, seed, indicator, year });
    const accountId = principal.kind === 'account' ? principal.accountId : null;
    const mine =
      accountId === null
        ? undefined
        : await this.store.conversations.participantOfAccount(code, accountId);
    const me = mine
      ? {
          participant: mine.id,
          group: map.participants.find((p) => p.id === mine.id)?.group ?? null,
        }
      : null;
    return { ...map, me };
  }

  /**
   * The conversation in Polis's export layout (the `polis` import reads it back). Statements the
   * caller may not see (pending and rejected ones, but for the secretariat) are left out, with the
   * votes on them; `group-id` is each participant's group on the map with weight `none` and the
   * default seed (the one `groups` answers by default, from the same cache), empty for a
   * participant not placed.
   */
  async exportPolis(principal: Principal, code: string): Promise<PolisExportFiles> {
    const meta = await this.visible(principal, code);
    const [allStatements, participants, allVotes, map] = await Promise.all([
      this.store.conversations.statements(code),
      this.store.conversations.participants(code),
      this.store.conversations.votes(code),
      this.map(code, { weight: 'none', seed: DEFAULT_MAP_SEED, indicator: null, year: null }),
    ]);
    const groupOf = new Map(map.participants.map((p) => [p.id, p.group]));
    const statements = isSecretariat(principal)
      ? allStatements
      : allStatements.filter((s) => s.moderation === 'accepted');
    const shown = new Set(statements.map((s) => s.id));
    const votes = allVotes.filter((v) => shown.has(v.statement));
    const latest = latestVotes(votes);
    const datetime = (iso: string): string => new Date(iso).toUTCString();
    const moderated: Record<Moderation, number> = { accepted: 1, pending: 0, rejected: -1 };

    const tally = new Map<string, { agrees: number; disagrees: number }>();
    const byParticipant = new Map<string, Map<string, VoteValue>>();
    for (const v of latest) {
      const t = tally.get(v.statement) ?? { agrees: 0, disagrees: 0 };
      if (v.value === 1) t.agrees++;
      if (v.value === -1) t.disagrees++;
      tally.set(v.statement, t);
      let row = byParticipant.get(v.participant);
      if (!row) byParticipant.set(v.participant, (row = new Map<string, VoteValue>()));
      row.set(v.statement, v.value);
    }
    const comments = toCsv(
      [
        'timestamp',
        'datetime',
        'comment-id',
        'author-id',
        'agrees',
        'disagrees',
        'moderated',
        'comment-body',
      ],
      statements.map((s) => [
        millis(s.createdAt),
        datetime(s.createdAt),
        s.id,
        s.author,
        tally.get(s.id)?.agrees ?? 0,
        tally.get(s.id)?.disagrees ?? 0,
        moderated[s.moderation],
        s.text,
      ]),
      { eol: '\n' },
    );
    const votesCsv = toCsv(
      ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'],
      votes.map((v) => [millis(v.at), datetime(v.at), v.statement, v.participant, v.value]),
      { eol: '\n' },
    );
    const authored = new Map<string, number>();
    for (const s of statements)
      if (s.author !== null) authored.set(s.author, (authored.get(s.author) ?? 0) + 1);
    const participantsCsv = toCsv(
      [
        'participant',
        'group-id',
        'n-comments',
        'n-votes',
        'n-agree',
        'n-disagree',
        ...statements.map((s) => s.id),
      ],
      participants.map((p) => {
        const row = byParticipant.get(p.id) ?? new Map<string, VoteValue>();
        const values = [...row.values()];
        return [
          p.id,
          groupOf.get(p.id) ?? null,
          authored.get(p.id) ?? 0,
          values.length,
          values.filter((v) => v === 1).length,
          values.filter((v) => v === -1).length,
          ...statements.map((s) => row.get(s.id)),
        ];
      }),
      { eol: '\n' },
    );
    const voters = new Set(latest.map((v) => v.participant)).size;
    const summary =
      [
        ['topic', meta.title],
        ['url', ''],
        ['views', 0],
        ['voters', voters],
        ['voters-in-conv', voters],
        ['commenters', authored.size],
        ['comments', statements.length],
        ['groups', ''],
        ['conversation-description', meta.description],
      ]
        .map((r) => r.map((c) => csvCell(c)).join(','))
        .join('\n') + '\n';
    return {
      'comments.csv': comments,
      'votes.csv': votesCsv,
      'participants-votes.csv': participantsCsv,
      'summary.csv': summary,
    };
  }

  // --- internals ---

  /** The conversation's record when the caller may see it; otherwise not found. */
  private async visible(principal: Principal, code: string): Promise<ConversationMeta> {
    const meta = typeof code === 'string' ? await this.store.conversations.get(code) : undefined;
    if (!meta || !canSee(principal, visibility(meta.confidentiality)))
      throw notFound('conversation', String(code));
    return meta;
  }

  /**
   * Who reads a conversation's log entries: a members-only conversation's, the secretariat; one
   * consulting on a proposal, the proposal's readers; otherwise every reader of the log.
   */
  private subject(meta: ConversationMeta): { subject?: string } {
    if (meta.confidentiality === 'members') return { subject: 'secretariat' };
    if (meta.proposalId !== null) return { subject: `proposal:${meta.proposalId}` };
    return {};
  }

  /** The caller's participant in a conversation, created (in `tx`) when it has none yet. */
  private async participant(
    tx: Store,
    code: string,
    principal: Principal,
  ): Promise<StoredParticipant> {
    if (principal.kind !== 'account')
      throw new DomainError('forbidden', 'only a signed-in account takes part in a conversation');
    const found = await tx.conversations.participantOfAccount(code, principal.accountId);
    if (found) return found;
    const delegation = principal.delegation;
    const participant: StoredParticipant = {
      id: nextId((await tx.conversations.participants(code)).map((p) => p.id)),
      economy: delegation !== null && /^[A-Z]{3}$/.test(delegation) ? delegation : null,
      constituency: constituencyOf(principal),
      accountId: principal.accountId,
    };
    await tx.conversations.addParticipant(code, participant);
    return participant;
  }

  /** The map for every caller (without `me`): once per data version, conversation and options. */
  private async map(code: string, o: MapKey): Promise<Omit<ConversationMap, 'me'>> {
    const versioned = await this.data.get();
    const key = [code, o.weight, o.seed, o.indicator ?? '', o.year ?? 'latest'].join('\u0000');
    return this.data.memo(versioned, key, () => this.computeMap(code, key, o));
  }

  private async computeMap(
    code: string,
    key: string,
    o: MapKey,
  ): Promise<Omit<ConversationMap, 'me'>> {
    const conversation = await this.store.conversations.conversation(code);
    let weighting: Weighting = o.weight === 'indicator' ? 'none' : o.weight;
    let indicator: ConversationMap['indicator'] = null;
    if (o.weight === 'indicator') {
      const values = await this.indicatorValues(o.indicator!, o.year);
      // Only the conversation's economies matter: they are what the core is given and counted.
      const economies = new Set(
        conversation.participants.flatMap((p) => (p.economy === null ? [] : [p.economy])),
      );
      const byEconomy: Record<string, number> = {};
      for (const [iso3, value] of values)
        if (economies.has(iso3) && Number.isFinite(value) && value > 0) byEconomy[iso3] = value;
      weighting = { indicator: byEconomy };
      indicator = { code: o.indicator!, year: o.year, economies: Object.keys(byEconomy).length };
    }
    const shape = conversation.statements.map((s) => `${s.id}:${s.moderation}`).join(',');
    const kept = this.states.get(key);
    const previous =
      kept && kept.shape === shape && kept.votes <= conversation.votes.length ? kept.state : null;
    let computed: OpinionMap;
    try {
      computed = await this.heavy.run('opinionMap', {
        conversation,
        options: { weight: weighting, seed: o.seed },
        previous,
      });
    } catch (e) {
      // Only an indicator leaves every participant without weight: say which indicator and year.
      if (indicator !== null && e instanceof DomainError && e.code === 'validation_failed')
        throw invalid(
          'indicator',
          `no participant in the analysis is from an economy with a positive value of '${indicator.code}' (${o.year ?? 'latest value'})`,
        );
      throw e;
    }
    const { state, ...map } = computed;
    this.states.delete(key);
    this.states.set(key, { shape, votes: conversation.votes.length, state });
    while (this.states.size > KEPT_STATES) this.states.delete(this.states.keys().next().value!);
    const groups = breakdown(map.groups, map.participants, conversation.participants);
    return {
      ...map,
      groups,
      conversation: code,
      weight: o.weight,
      seed: o.seed,
      incremental: previous !== null,
      indicator,
    };
  }

  /** An indicator's value per economy for one year, or each economy's latest; unknown: not found. */
  private async indicatorValues(code: string, year: number | null): Promise<Map<string, number>> {
    if (!(await this.store.indicators.get(code))) throw notFound('indicator', code);
    const values = await this.store.indicators.values({ code, year: year ?? 'latest' });
    return new Map(values.map((v) => [v.iso3, v.value]));
  }
}
