// Screening: names screened against the imported restricted-party lists with the matching engine
// (one index per set of lists, rebuilt when the data changes, held by the worker threads that
// screen: see worker-pool.ts), batches from CSV, analysts' decisions remembered per name, and
// reconciliation of one jurisdiction's lists with another's.
// Decisions are shown only to callers allowed to screen (`screening:decide`), recorded as made by
// the caller, and appended to the governance log (ids and hashes only: no names, no notes).
import { createHash } from 'node:crypto';
import { actorOf, can, type Principal } from '../core/accounts/access.ts';
import { canonicalJson } from '../core/audit/canonical-json.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { RowIssue } from '../core/imports/import-report.ts';
import { countByCountry } from '../core/restricted-parties/reconcile.ts';
import type {
  PartySchema,
  RestrictedParty,
  StoredList,
} from '../core/restricted-parties/restricted-party.ts';
import type { MatchExplanation } from '../core/screening/score-match.ts';
import { DEFAULT_THRESHOLD } from '../core/screening/score-match.ts';
import {
  decisionKey,
  type DecisionValue,
  type ScreeningDecision,
} from '../core/screening/screening-decision.ts';
import type { ScreeningQuery } from '../core/screening/screening-entity.ts';
import type { ScreeningWarning } from '../core/screening/screening-warning.ts';
import type { BatchRow } from '../core/screening/batch-row.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';
import type { DataVersion } from './data-version.ts';
import { isMissing, type MissingParties, type PartySetRef } from './heavy-work.tasks.ts';
import { inlineHeavyWork, type HeavyWork } from './worker-pool.ts';

/** What a hit shows of the listed party. */
export interface PartySummary {
  id: string;
  name: string;
  schema: PartySchema;
  aliases: string[];
  listId: string;
  listName: string;
  jurisdiction: string;
  countries: string[];
  birthDates: string[];
  programs: string[];
  listingDate: string | null;
  sourceUrl: string | null;
}

export interface ScreeningHitView {
  entityId: string;
  score: number;
  explanation: MatchExplanation;
  entity: PartySummary;
  /** The analyst's decision on this name and this party, when one was taken. */
  decision: ScreeningDecision | null;
}

export interface ScreenResponse {
  query: ScreeningQuery;
  threshold: number;
  /** The lists screened against. */
  lists: string[];
  hits: ScreeningHitView[];
  candidatesScored: number;
  warnings: ScreeningWarning[];
  /** Whether decisions were looked up for this caller (false: `decision` is always null). */
  decisionsShown: boolean;
}

export interface ScreenOptions {
  /** Who asks: decisions are shown only when `can(viewer, 'screening:decide')`. */
  viewer: Principal;
  /** List ids or jurisdictions (`US`, `EU`); all lists when absent. */
  lists?: readonly string[];
  threshold?: number;
  limit?: number;
}

export interface BatchResult {
  file: string;
  threshold: number;
  lists: string[];
  rowsRead: number;
  screened: number;
  withHits: number;
  hits: number;
  rows: BatchRow[];
  /** Malformed rows, not screened. */
  issues: RowIssue[];
  /** Whether decisions were looked up for this caller (false: every row's `decision` is ''). */
  decisionsShown: boolean;
}

export interface ReconcileSide {
  /** As asked: list ids and jurisdictions. */
  spec: string[];
  lists: { id: string; name: string; jurisdiction: string; parties: number }[];
  parties: number;
}

export interface ReconcileGap {
  count: number;
  byCountry: { country: string | null; count: number }[];
  /** The parties (filtered by country when asked), at most `limit`. */
  parties: PartySummary[];
}

export interface ReconcileResponse {
  a: ReconcileSide;
  b: ReconcileSide;
  threshold: number;
  /** The country the party lists were filtered by, if any. */
  country: string | null;
  onlyA: ReconcileGap;
  onlyB: ReconcileGap;
  sameAs: {
    count: number;
    pairs: {
      a: PartySummary;
      b: PartySummary;
      score: number;
      queryName: string;
      matchedName: string;
    }[];
  };
}

/** A set of lists and their parties; the worker threads hold its name index, by `key`. */
interface IndexedLists {
  key: string;
  lists: StoredList[];
  parties: Map<string, RestrictedParty>;
  /** The parties in the repository's order (what reconciliation and the index are given). */
  partyList: RestrictedParty[];
}

/** How many list sets are kept (here, and with their name index in each worker thread). */
const CACHED_INDEXES = 4;
const CACHED_RECONCILIATIONS = 8;
export const DEFAULT_RECONCILE_LIMIT = 200;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

const summary = (p: RestrictedParty, lists: ReadonlyMap<string, StoredList>): PartySummary => ({
  id: p.id,
  name: p.name,
  schema: p.schema,
  aliases: p.aliases,
  listId: p.listId,
  listName: lists.get(p.listId)?.name ?? p.listId,
  jurisdiction: p.jurisdiction,
  countries: p.countries,
  birthDates: p.birthDates,
  programs: p.programs,
  listingDate: p.listingDate,
  sourceUrl: p.sourceUrl ?? null,
});

/** A small cache keyed by data version and request, oldest entry dropped first. */
class Recent<T> {
  private readonly entries = new Map<string, Promise<T>>();
  constructor(private readonly size: number) {}
  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const made = make();
    made.catch(() => this.entries.delete(key));
    this.entries.set(key, made);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }
}

export class ScreeningService {
  private readonly indexes = new Recent<IndexedLists>(CACHED_INDEXES);
  private readonly reconciliations = new Recent<ReconcileResponse>(CACHED_RECONCILIATIONS);

  constructor(
    private readonly store: Store,
    private readonly version: DataVersion,
    /** The governance log every decision is appended to. */
    private readonly audit: Pick<AuditService, 'append'>,
    /** Where names are screened and lists reconciled (the worker pool in the server). */
    private readonly heavy: HeavyWork = inlineHeavyWork(),
  ) {}

  /** The imported lists with their counts. */
  lists(): Promise<StoredList[]> {
    return this.store.restrictedParties.lists();
  }

  /** Screens one name. */
  async screen(query: ScreeningQuery, options: ScreenOptions): Promise<ScreenResponse> {
    const lists = await this.resolveLists(options.lists, 'lists');
    const indexed = await this.indexed(lists);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const { result } = await this.withParties((ref) =>
      this.heavy.run('screen', {
        set: ref(indexed),
        query,
        threshold,
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
      }),
    );
    const decisions = await this.decisionsByName([query.name], options.viewer);
    const byList = new Map(indexed.lists.map((l) => [l.id, l]));
    return {
      query,
      threshold,
      lists: lists.map((l) => l.id),
      hits: result.hits.map((h) => ({
        entityId: h.entityId,
        score: h.score,
        explanation: h.explanation,
        entity: summary(indexed.parties.get(h.entityId)!, byList),
        decision: decisions.get(`${decisionKey(query.name)}\u0000${h.entityId}`) ?? null,
      })),
      candidatesScored: result.candidatesScored,
      warnings: result.warnings,
      decisionsShown: can(options.viewer, 'screening:decide').allowed,
    };
  }

  /**
   * Screens a batch given as CSV text (`id,name[,type,country,birth_date]`). Malformed rows are
   * reported and the others screened; `all` adds a row with empty hit fields for each query
   * without a hit.
   */
  async screenBatch(
    text: string,
    file: string,
    options: ScreenOptions & { all?: boolean },
  ): Promise<BatchResult> {
    const lists = await this.resolveLists(options.lists, 'lists');
    const { readScreeningBatch } = await import('../importers/screening-batch.ts');
    const batch = readScreeningBatch(text, file);
    const indexed = await this.indexed(lists);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const decisions = await this.decisionsByName(
      batch.queries.map((q) => q.query.name),
      options.viewer,
    );
    const rows: BatchRow[] = [];
    let withHits = 0;
    let hits = 0;
    const screened = await this.withParties((ref) =>
      this.heavy.run('screenBatch', {
        set: ref(indexed),
        queries: batch.queries.map((q) => q.query),
        threshold,
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
      }),
    );
    for (const [i, q] of batch.queries.entries()) {
      const r = { hits: screened.hits[i]! };
      if (r.hits.length > 0) withHits++;
      hits += r.hits.length;
      const key = decisionKey(q.query.name);
      for (const h of r.hits) {
        const p = indexed.parties.get(h.entityId)!;
        rows.push({
          id: q.id,
          query: q.query.name,
          entity_id: h.entityId,
          entity_name: p.name,
          list: p.listId,
          score: h.score,
          decision: decisions.get(`${key}\u0000${h.entityId}`)?.decision ?? '',
        });
      }
      if (r.hits.length === 0 && options.all)
        rows.push({
          id: q.id,
          query: q.query.name,
          entity_id: '',
          entity_name: '',
          list: '',
          score: null,
          decision: '',
        });
    }
    return {
      file,
      threshold,
      lists: lists.map((l) => l.id),
      rowsRead: batch.rowsRead,
      screened: batch.queries.length,
      withHits,
      hits,
      rows,
      issues: batch.issues,
      decisionsShown: can(options.viewer, 'screening:decide').allowed,
    };
  }

  /**
   * Records an analyst's decision on a hit: the name screened and the party it hit, as made by
   * `by` (recorded as `actorOf(by)`, or as `actor` when the CLI on the server's shell names the
   * person at the keyboard), and appends `screening.decided` to the governance log in the same
   * transaction. The log's payload holds the party's id, the decision and the SHA-256 hash of the
   * whole record (canonical JSON, so a holder of the record can check it): never the name or note.
   */
  async decide(
    input: { queryName: string; entityId: string; decision: DecisionValue; note?: string },
    by: Principal,
    actor: string = actorOf(by),
  ): Promise<{ decision: ScreeningDecision; status: 'created' | 'updated' }> {
    const allowed = can(by, 'screening:decide');
    if (!allowed.allowed)
      throw new DomainError(allowed.status === 401 ? 'unauthorized' : 'forbidden', allowed.reason);
    const queryKey = decisionKey(input.queryName);
    if (queryKey === '')
      throw new DomainError('validation_failed', 'queryName: the name has no letters or digits', [
        { path: 'queryName', message: 'has no letters or digits' },
      ]);
    const [party] = await this.store.restrictedParties.getParties([input.entityId]);
    if (!party) throw notFound('listed party', input.entityId);
    const decision: ScreeningDecision = {
      queryName: input.queryName.trim(),
      queryKey,
      entityId: input.entityId,
      decision: input.decision,
      note: (input.note ?? '').trim(),
      decidedBy: actor,
      decidedAt: new Date().toISOString(),
    };
    const status = await this.store.transaction(async (tx) => {
      const written = await tx.restrictedParties.decide(decision);
      await this.audit.append(tx, {
        actor,
        type: 'screening.decided',
        at: decision.decidedAt,
        payload: {
          entity: decision.entityId,
          decision: decision.decision,
          status: written,
          recordHash: sha256(canonicalJson(decision)),
        },
      });
      return written;
    });
    return { decision, status };
  }

  /**
   * Decisions taken, latest first; on one name when given. Only for callers allowed to screen
   * (`screening:decide`): the route refuses the others before this is asked.
   */
  async decisions(viewer: Principal, name?: string): Promise<ScreeningDecision[]> {
    const allowed = can(viewer, 'screening:decide');
    if (!allowed.allowed)
      throw new DomainError(allowed.status === 401 ? 'unauthorized' : 'forbidden', allowed.reason);
    return this.named(
      name === undefined
        ? await this.store.restrictedParties.decisions()
        : await this.store.restrictedParties.decisionsFor([decisionKey(name)]),
    );
  }

  /**
   * The parties one side's lists name and the other's do not (and the pairs both name), counted
   * by the party's country; `country` (ISO3) filters the parties shown, not the counts.
   */
  async reconcile(options: {
    a: readonly string[];
    b: readonly string[];
    threshold?: number;
    country?: string;
    limit?: number;
  }): Promise<ReconcileResponse> {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const a = await this.resolveLists(options.a, 'a');
    const b = await this.resolveLists(options.b, 'b');
    const country = options.country?.toUpperCase() ?? null;
    const limit = options.limit ?? DEFAULT_RECONCILE_LIMIT;
    const version = await this.version.current();
    const key = JSON.stringify([
      version,
      a.map((l) => l.id),
      b.map((l) => l.id),
      threshold,
      country,
      limit,
    ]);
    return this.reconciliations.get(key, async () => {
      const [sa, sb] = await Promise.all([this.indexed(a), this.indexed(b)]);
      const [pa, pb] = [sa.partyList, sb.partyList];
      const r = await this.withParties((ref) =>
        this.heavy.run('reconcile', { a: ref(sa), b: ref(sb), threshold }),
      );
      const allLists = new Map([...a, ...b].map((l) => [l.id, l]));
      const byId = new Map([...pa, ...pb].map((p) => [p.id, p]));
      const gap = (ids: readonly string[]): ReconcileGap => {
        const parties = ids.map((id) => byId.get(id)!);
        const shown = country ? parties.filter((p) => p.countries.includes(country)) : parties;
        return {
          count: parties.length,
          byCountry: countByCountry(parties),
          parties: shown.slice(0, limit).map((p) => summary(p, allLists)),
        };
      };
      const side = (spec: readonly string[], lists: StoredList[], n: number): ReconcileSide => ({
        spec: [...spec],
        lists: lists.map((l) => ({
          id: l.id,
          name: l.name,
          jurisdiction: l.jurisdiction,
          parties: l.parties,
        })),
        parties: n,
      });
      return {
        a: side(options.a, a, pa.length),
        b: side(options.b, b, pb.length),
        threshold,
        country,
        onlyA: gap(r.onlyA),
        onlyB: gap(r.onlyB),
        sameAs: {
          count: r.sameAs.length,
          pairs: r.sameAs.slice(0, limit).map((s) => ({
            a: summary(byId.get(s.a)!, allLists),
            b: summary(byId.get(s.b)!, allLists),
            score: s.score,
            queryName: s.queryName,
            matchedName: s.matchedName,
          })),
        },
      };
    });
  }

  /**
   * The stored lists a request names: list ids, or jurisdictions (`US`, `EU` …) standing for all
   * their lists; all lists when none are named. Unknown names are a validation error on `field`.
   */
  private async resolveLists(
    names: readonly string[] | undefined,
    field: string,
  ): Promise<StoredList[]> {
    const stored = await this.store.restrictedParties.lists();
    if (stored.length === 0)
      throw new DomainError(
        'conflict',
        'no restricted-party list is imported yet: import one first, e.g. techalliance import ofac-sdn <sdn.csv> (see docs/importing.md)',
      );
    if (names === undefined || names.length === 0) return stored;
    const chosen = new Map<string, StoredList>();
    const unknown: string[] = [];
    for (const raw of names) {
      const name = raw.trim();
      const byId = stored.find((l) => l.id === name.toLowerCase());
      const byJurisdiction = stored.filter((l) => l.jurisdiction === name.toUpperCase());
      if (byId) chosen.set(byId.id, byId);
      else if (byJurisdiction.length > 0) for (const l of byJurisdiction) chosen.set(l.id, l);
      else unknown.push(name);
    }
    if (unknown.length > 0 || chosen.size === 0)
      throw new DomainError(
        'validation_failed',
        `${field}: unknown list or jurisdiction ${unknown.map((u) => `'${u}'`).join(', ') || "''"} ` +
          `(imported: ${stored.map((l) => l.id).join(', ')}; jurisdictions: ${[...new Set(stored.map((l) => l.jurisdiction))].join(', ')})`,
        unknown.map((u) => ({ path: field, message: `unknown list or jurisdiction '${u}'` })),
      );
    return stored.filter((l) => chosen.has(l.id));
  }

  private async indexed(lists: StoredList[]): Promise<IndexedLists> {
    // A list's parties change only when it is imported again, which stamps its `importedAt`:
    // writes elsewhere (a tag, a case, a decision) keep the index.
    const ids = lists.map((l) => l.id);
    const key = lists.map((l) => `${l.id}@${l.importedAt}`).join(',');
    return this.indexes.get(key, async () => {
      const parties = await this.store.restrictedParties.parties(ids);
      return { key, lists, parties: new Map(parties.map((p) => [p.id, p])), partyList: parties };
    });
  }

  /**
   * Runs a task on party sets named by key; a thread that lacks one answers so, and the task is
   * sent again with every set's parties (the thread keeps them, and builds their index once).
   */
  private async withParties<T>(
    call: (ref: (set: IndexedLists) => PartySetRef) => Promise<T | MissingParties>,
  ): Promise<T> {
    const first = await call((set) => ({ key: set.key }));
    if (!isMissing(first)) return first;
    const again = await call((set) => ({ key: set.key, parties: set.partyList }));
    if (isMissing(again)) throw new Error(`party sets ${again.missing.join(', ')} not received`);
    return again;
  }

  /** Decisions on these names, by `${key}\0${entityId}`; none for a viewer who may not see them. */
  private async decisionsByName(
    names: readonly string[],
    viewer: Principal,
  ): Promise<Map<string, ScreeningDecision>> {
    if (!can(viewer, 'screening:decide').allowed) return new Map();
    const found = await this.named(
      await this.store.restrictedParties.decisionsFor(names.map(decisionKey)),
    );
    return new Map(found.map((d) => [`${d.queryKey}\u0000${d.entityId}`, d]));
  }

  /** Decisions with the name of the account that took each (`decidedBy` `account:<id>`). */
  private async named(decisions: ScreeningDecision[]): Promise<ScreeningDecision[]> {
    const names = new Map<string, string | null>();
    for (const d of decisions) {
      if (!d.decidedBy.startsWith('account:') || names.has(d.decidedBy)) continue;
      const account = await this.store.accounts.get(d.decidedBy.slice('account:'.length));
      names.set(d.decidedBy, account?.name ?? null);
    }
    return decisions.map((d) => ({ ...d, decidedByName: names.get(d.decidedBy) ?? null }));
  }
}
