// The CPU-heavy computations, as one table of tasks: plain data in (structured-cloneable), plain
// data out, each done by the pure core. The worker threads of `worker-pool.ts` run this table; so
// does the in-process runner the CLI and unit tests use, so both give the same results.
//
// Party sets (the parties of a set of restricted lists) are big, so a thread keeps the last few it
// was sent, by key (data version and list ids), with their name index built on first use: the
// caller sends only the key, and the parties again only when the thread answers that it lacks them.
import { evaluateCriteria, type CriteriaEvaluation } from '../core/criteria/evaluate-criteria.ts';
import type { CriteriaInput } from '../core/criteria/criteria-data.ts';
import type { CriteriaSet } from '../core/criteria/criteria-set.ts';
import { DomainError, type ErrorCode, type ErrorIssue } from '../core/errors.ts';
import {
  votingPower,
  type VotingGame,
  type VotingPower,
  type VotingPowerOptions,
} from '../core/governance/voting-power.ts';
import type { Conversation } from '../core/opinion/conversation.ts';
import {
  opinionMap,
  updateOpinionMap,
  type OpinionMap,
  type OpinionMapOptions,
  type OpinionMapState,
} from '../core/opinion/opinion-map.ts';
import { partyEntity } from '../core/restricted-parties/party-entity.ts';
import { reconcile, type Reconciliation } from '../core/restricted-parties/reconcile.ts';
import type { RestrictedParty } from '../core/restricted-parties/restricted-party.ts';
import { buildNameIndex, type NameIndex } from '../core/screening/name-index.ts';
import { screen, type ScreeningResult } from '../core/screening/screen.ts';
import type { ScreeningQuery } from '../core/screening/screening-entity.ts';
import { monteCarlo } from '../core/supply-chains/monte-carlo.ts';
import { seededRandom } from '../core/supply-chains/random.ts';
import type { MonteCarloResult, RiskParameters } from '../core/supply-chains/risk-model.ts';
import type { SupplyChain } from '../core/supply-chains/supply-chain.ts';

/** A party set named by its key; `parties` only when the thread asked for them. */
export interface PartySetRef {
  key: string;
  parties?: RestrictedParty[];
}

/** The answer of a task that needs party sets the thread does not hold: send these again. */
export interface MissingParties {
  missing: string[];
}

/** One hit of a batch, compact. */
export interface BatchHit {
  entityId: string;
  score: number;
}

/** Every task: its input and its output. */
export interface HeavyTasks {
  monteCarlo: {
    input: {
      chain: SupplyChain;
      trials: number;
      seed: number;
      defaults?: Partial<RiskParameters>;
      economies?: Record<string, Partial<RiskParameters>>;
    };
    output: MonteCarloResult;
  };
  votingPower: {
    input: { game: VotingGame; options: VotingPowerOptions };
    output: VotingPower;
  };
  evaluateCriteria: {
    input: { set: CriteriaSet; data: CriteriaInput };
    output: CriteriaEvaluation;
  };
  /** One name, with the hits' explanations. */
  screen: {
    input: { set: PartySetRef; query: ScreeningQuery; threshold: number; limit?: number };
    output: MissingParties | { result: ScreeningResult };
  };
  /** Many names: per query its hits, compact (no explanations). */
  screenBatch: {
    input: { set: PartySetRef; queries: ScreeningQuery[]; threshold: number; limit?: number };
    output: MissingParties | { hits: BatchHit[][] };
  };
  reconcile: {
    input: { a: PartySetRef; b: PartySetRef; threshold: number };
    output: MissingParties | Reconciliation;
  };
  /** A conversation's opinion map: in full, or from the previous map's state when given. */
  opinionMap: {
    input: {
      conversation: Conversation;
      options: OpinionMapOptions;
      previous: OpinionMapState | null;
    };
    output: OpinionMap;
  };
}

export type TaskName = keyof HeavyTasks;
export type TaskInput<K extends TaskName> = HeavyTasks[K]['input'];
export type TaskOutput<K extends TaskName> = HeavyTasks[K]['output'];

/** What crosses back to the caller: the output, or a domain error as plain data. */
export type TaskReply<K extends TaskName> =
  | { ok: true; value: TaskOutput<K> }
  | { ok: false; error: { code: ErrorCode; message: string; issues: ErrorIssue[] } };

/** The message the pool sends a thread. */
export interface TaskMessage<K extends TaskName = TaskName> {
  task: K;
  input: TaskInput<K>;
}

/** Party sets each thread keeps (like the name indexes the screening service kept). */
export const CACHED_PARTY_SETS = 4;

interface PartySet {
  parties: RestrictedParty[];
  index: NameIndex | null;
}

export const isMissing = (v: unknown): v is MissingParties =>
  typeof v === 'object' && v !== null && Array.isArray((v as MissingParties).missing);

/** One thread's runner: the task table and its cache of party sets. */
export function createTaskRunner(): <K extends TaskName>(message: TaskMessage<K>) => TaskReply<K> {
  const sets = new Map<string, PartySet>();

  /** The sets named, or the keys of those this thread lacks (and was not sent). */
  const resolve = (refs: PartySetRef[]): PartySet[] | MissingParties => {
    const missing = refs.filter((r) => !sets.has(r.key) && !r.parties).map((r) => r.key);
    if (missing.length > 0) return { missing: [...new Set(missing)] };
    return refs.map((r) => {
      let set = sets.get(r.key);
      if (set) {
        sets.delete(r.key); // most recently used last
      } else {
        set = { parties: r.parties!, index: null };
      }
      sets.set(r.key, set);
      while (sets.size > CACHED_PARTY_SETS) sets.delete(sets.keys().next().value!);
      return set;
    });
  };
  const indexOf = (set: PartySet): NameIndex =>
    (set.index ??= buildNameIndex(set.parties.map(partyEntity)));

  const table: { [K in TaskName]: (input: TaskInput<K>) => TaskOutput<K> } = {
    monteCarlo: (i) =>
      monteCarlo(i.chain, {
        trials: i.trials,
        random: seededRandom(i.seed),
        ...(i.defaults ? { defaults: i.defaults } : {}),
        ...(i.economies ? { economies: i.economies } : {}),
      }),
    votingPower: (i) => votingPower(i.game, i.options),
    evaluateCriteria: (i) => evaluateCriteria(i.set, i.data),
    screen: (i) => {
      const found = resolve([i.set]);
      if (isMissing(found)) return found;
      const result = screen(indexOf(found[0]!), i.query, {
        threshold: i.threshold,
        ...(i.limit !== undefined ? { limit: i.limit } : {}),
      });
      return { result };
    },
    screenBatch: (i) => {
      const found = resolve([i.set]);
      if (isMissing(found)) return found;
      const index = indexOf(found[0]!);
      const options = {
        threshold: i.threshold,
        ...(i.limit !== undefined ? { limit: i.limit } : {}),
      };
      return {
        hits: i.queries.map((q) =>
          screen(index, q, options).hits.map((h) => ({ entityId: h.entityId, score: h.score })),
        ),
      };
    },
    reconcile: (i) => {
      const found = resolve([i.a, i.b]);
      if (isMissing(found)) return found;
      return reconcile(found[0]!.parties, found[1]!.parties, { threshold: i.threshold });
    },
    opinionMap: (i) =>
      i.previous
        ? updateOpinionMap(i.conversation, i.previous, i.options)
        : opinionMap(i.conversation, i.options),
  };

  return <K extends TaskName>(message: TaskMessage<K>): TaskReply<K> => {
    const run = table[message.task] as ((input: TaskInput<K>) => TaskOutput<K>) | undefined;
    if (!run) throw new Error(`unknown task '${String(message.task)}'`);
    try {
      return { ok: true, value: run(message.input) };
    } catch (e) {
      // A DomainError loses its class and fields between threads: it travels as plain data.
      if (e instanceof DomainError)
        return {
          ok: false,
          error: {
            code: e.code,
            message: e.message,
            issues: e.issues.map((issue) => ({ ...issue })),
          },
        };
      throw e;
    }
  };
}
