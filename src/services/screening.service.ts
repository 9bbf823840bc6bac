// Screening: names screened against the imported restricted-party lists with the matching engine
// (one index per set of lists, rebuilt when the data changes), batches from CSV, analysts'
// decisions remembered per name, and reconciliation of one jurisdiction's lists with another's.
import { DomainError, notFound } from '../core/errors.ts';
import type { RowIssue } from '../core/imports/import-report.ts';
import { partyEntity } from '../core/restricted-parties/party-entity.ts';
import { countByCountry, reconcile } from '../core/restricted-parties/reconcile.ts';
import type { PartySchema, RestrictedParty } from '../core/restricted-parties/restricted-party.ts';
import { buildNameIndex, type NameIndex } from '../core/screening/name-index.ts';
import type { MatchExplanation } from '../core/screening/score-match.ts';
import { DEFAULT_THRESHOLD } from '../core/screening/score-match.ts';
import { screen } from '../core/screening/screen.ts';
import {
  decisionKey,
  type DecisionValue,
  type ScreeningDecision,
} from '../core/screening/screening-decision.ts';
import type { ScreeningQuery } from '../core/screening/screening-entity.ts';
import type { ScreeningWarning } from '../core/screening/screening-warning.ts';
import type { BatchRow } from '../core/screening/batch-row.ts';
import type { StoredList } from '../db/restricted-party.repository.ts';
import type { Store } from '../db/store.ts';
import { readScreeningBatch } from '../importers/screening-batch.ts';
import type { DataVersion } from './data-version.ts';

export type { BatchRow, StoredList };

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
}

export interface ScreenOptions {
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

interface IndexedLists {
  lists: StoredList[];
  parties: Map<string, RestrictedParty>;
  index: NameIndex;
}

/** How many list sets keep a built index (each set of lists asked for builds its own). */
const CACHED_INDEXES = 4;
const CACHED_RECONCILIATIONS = 8;
export const DEFAULT_RECONCILE_LIMIT = 200;

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
  ) {}

  /** The imported lists with their counts. */
  lists(): Promise<StoredList[]> {
    return this.store.restrictedParties.lists();
  }

  /** Screens one name. */
  async screen(query: ScreeningQuery, options: ScreenOptions = {}): Promise<ScreenResponse> {
    const lists = await this.resolveLists(options.lists, 'lists');
    const indexed = await this.indexed(lists);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const result = screen(indexed.index, query, {
      threshold,
      ...(options.limit !== undefined ? { limit: options.limit } : {}),
    });
    const decisions = await this.decisionsByName([query.name]);
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
    options: ScreenOptions & { all?: boolean } = {},
  ): Promise<BatchResult> {
    const lists = await this.resolveLists(options.lists, 'lists');
    const batch = readScreeningBatch(text, file);
    const indexed = await this.indexed(lists);
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const decisions = await this.decisionsByName(batch.queries.map((q) => q.query.name));
    const rows: BatchRow[] = [];
    let withHits = 0;
    let hits = 0;
    for (const q of batch.queries) {
      const r = screen(indexed.index, q.query, {
        threshold,
        ...(options.limit !== undefined ? { limit: options.limit } : {}),
      });
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
    };
  }

  /** Records an analyst's decision on a hit: the name screened and the party it hit. */
  async decide(
    input: { queryName: string; entityId: string; decision: DecisionValue; note?: string },
    decidedBy: string,
  ): Promise<{ decision: ScreeningDecision; status: 'created' | 'updated' }> {
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
      decidedBy,
      decidedAt: new Date().toISOString(),
    };
    const status = await this.store.restrictedParties.decide(decision);
    return { decision, status };
  }

  /** Decisions taken, latest first; on one name when given. */
  async decisions(name?: string): Promise<ScreeningDecision[]> {
    if (name === undefined) return this.store.restrictedParties.decisions();
    return this.store.restrictedParties.decisionsFor([decisionKey(name)]);
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
      const [pa, pb] = await Promise.all([
        this.store.restrictedParties.parties(a.map((l) => l.id)),
        this.store.restrictedParties.parties(b.map((l) => l.id)),
      ]);
      const r = reconcile(pa, pb, { threshold });
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
    const version = await this.version.current();
    const ids = lists.map((l) => l.id);
    return this.indexes.get(`${version}|${ids.join(',')}`, async () => {
      const parties = await this.store.restrictedParties.parties(ids);
      return {
        lists,
        parties: new Map(parties.map((p) => [p.id, p])),
        index: buildNameIndex(parties.map(partyEntity)),
      };
    });
  }

  /** Decisions on these names, by `${key}\0${entityId}`. */
  private async decisionsByName(names: readonly string[]): Promise<Map<string, ScreeningDecision>> {
    const found = await this.store.restrictedParties.decisionsFor(names.map(decisionKey));
    return new Map(found.map((d) => [`${d.queryKey}\u0000${d.entityId}`, d]));
  }
}
