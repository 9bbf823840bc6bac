// Restricted-party lists: one row per list, one per party (kept whole as the model's JSON, read
// back to build the screening index), and the analysts' screening decisions.
import type { Kysely } from 'kysely';
import type {
  PartySchema,
  RestrictedList,
  RestrictedParty,
  StoredList,
} from '../core/restricted-parties/restricted-party.ts';
import type { DecisionValue, ScreeningDecision } from '../core/screening/screening-decision.ts';
import type { Database, RestrictedListRow, ScreeningDecisionRow } from './schema.ts';
import { chunks, noWrites, rowsPerInsert, type WriteCounts } from './write-counts.ts';

const toList = (r: RestrictedListRow): RestrictedList => ({
  id: r.id,
  name: r.name,
  jurisdiction: r.jurisdiction,
  publisher: r.publisher,
  licence: r.licence,
  date: r.edition,
  url: r.url,
});

const toDecision = (r: ScreeningDecisionRow): ScreeningDecision => ({
  queryName: r.query_name,
  queryKey: r.query_key,
  entityId: r.entity_id,
  decision: r.decision as DecisionValue,
  note: r.note,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

const PARTY_COLUMNS = 6;
const IN_CHUNK = 500;

export class RestrictedPartyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every stored list, by jurisdiction then id, with its party counts. */
  async lists(): Promise<StoredList[]> {
    const rows = await this.db
      .selectFrom('restricted_lists')
      .selectAll()
      .orderBy('jurisdiction')
      .orderBy('id')
      .execute();
    const counts = await this.db
      .selectFrom('restricted_parties')
      .select(['list_id', 'schema'])
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .groupBy(['list_id', 'schema'])
      .execute();
    return rows.map((r) => {
      const bySchema: Partial<Record<PartySchema, number>> = {};
      let parties = 0;
      for (const c of counts)
        if (c.list_id === r.id) {
          bySchema[c.schema as PartySchema] = Number(c.n);
          parties += Number(c.n);
        }
      return {
        ...toList(r),
        format: r.format,
        file: r.file,
        importedAt: r.imported_at,
        parties,
        bySchema,
      };
    });
  }

  /**
   * Stores a list and its parties, replacing what an earlier import of the list stored: parties
   * no longer named are removed, changed ones updated. Counts parties inserted, updated and
   * unchanged (removed ones count as updated), so a second import of one file changes nothing.
   */
  async saveList(
    list: RestrictedList,
    parties: readonly RestrictedParty[],
    origin: { format: string; file: string },
    now: string,
  ): Promise<WriteCounts & { removed: number }> {
    const listRow: RestrictedListRow = {
      id: list.id,
      name: list.name,
      jurisdiction: list.jurisdiction,
      publisher: list.publisher,
      licence: list.licence,
      edition: list.date,
      url: list.url,
      format: origin.format,
      file: origin.file,
      imported_at: now,
    };
    const existing = await this.db
      .selectFrom('restricted_lists')
      .select('id')
      .where('id', '=', list.id)
      .executeTakeFirst();
    if (existing)
      await this.db
        .updateTable('restricted_lists')
        .set(listRow)
        .where('id', '=', list.id)
        .execute();
    else await this.db.insertInto('restricted_lists').values(listRow).execute();

    const before = new Map(
      (
        await this.db
          .selectFrom('restricted_parties')
          .select(['id', 'position', 'definition'])
          .where('list_id', '=', list.id)
          .execute()
      ).map((r) => [r.id, r]),
    );
    const counts = noWrites();
    const inserts: Database['restricted_parties'][] = [];
    const seen = new Set<string>();
    for (const [position, p] of parties.entries()) {
      seen.add(p.id);
      const definition = JSON.stringify(p);
      const old = before.get(p.id);
      if (!old) {
        inserts.push({
          id: p.id,
          list_id: list.id,
          position,
          schema: p.schema,
          name: p.name,
          definition,
        });
        counts.inserted++;
      } else if (old.definition !== definition || old.position !== position) {
        await this.db
          .updateTable('restricted_parties')
          .set({ position, schema: p.schema, name: p.name, definition })
          .where('id', '=', p.id)
          .execute();
        counts.updated++;
      } else counts.unchanged++;
    }
    for (const chunk of chunks(inserts, rowsPerInsert(PARTY_COLUMNS)))
      await this.db.insertInto('restricted_parties').values(chunk).execute();
    const gone = [...before.keys()].filter((id) => !seen.has(id));
    for (const chunk of chunks(gone, IN_CHUNK))
      await this.db.deleteFrom('restricted_parties').where('id', 'in', chunk).execute();
    counts.updated += gone.length;
    return { ...counts, removed: gone.length };
  }

  /** The parties of the given lists (all lists when none are given), list by list in list order. */
  async parties(listIds?: readonly string[]): Promise<RestrictedParty[]> {
    if (listIds && listIds.length === 0) return [];
    let q = this.db
      .selectFrom('restricted_parties')
      .select('definition')
      .orderBy('list_id')
      .orderBy('position');
    if (listIds) q = q.where('list_id', 'in', [...listIds]);
    return (await q.execute()).map((r) => JSON.parse(r.definition) as RestrictedParty);
  }

  /** The parties with these ids (those that exist), in no particular order. */
  async getParties(ids: readonly string[]): Promise<RestrictedParty[]> {
    const out: RestrictedParty[] = [];
    for (const chunk of chunks([...new Set(ids)], IN_CHUNK)) {
      const rows = await this.db
        .selectFrom('restricted_parties')
        .select('definition')
        .where('id', 'in', chunk)
        .execute();
      for (const r of rows) out.push(JSON.parse(r.definition) as RestrictedParty);
    }
    return out;
  }

  /** Records a decision, replacing an earlier one on the same name and entity. */
  async decide(d: ScreeningDecision): Promise<'created' | 'updated'> {
    const existing = await this.db
      .selectFrom('screening_decisions')
      .select('query_key')
      .where('query_key', '=', d.queryKey)
      .where('entity_id', '=', d.entityId)
      .executeTakeFirst();
    const values = {
      query_name: d.queryName,
      decision: d.decision,
      note: d.note,
      decided_by: d.decidedBy,
      decided_at: d.decidedAt,
    };
    if (existing) {
      await this.db
        .updateTable('screening_decisions')
        .set(values)
        .where('query_key', '=', d.queryKey)
        .where('entity_id', '=', d.entityId)
        .execute();
      return 'updated';
    }
    await this.db
      .insertInto('screening_decisions')
      .values({ query_key: d.queryKey, entity_id: d.entityId, ...values })
      .execute();
    return 'created';
  }

  /** The decisions taken on any of these name keys. */
  async decisionsFor(keys: readonly string[]): Promise<ScreeningDecision[]> {
    const out: ScreeningDecision[] = [];
    for (const chunk of chunks([...new Set(keys)], IN_CHUNK)) {
      const rows = await this.db
        .selectFrom('screening_decisions')
        .selectAll()
        .where('query_key', 'in', chunk)
        .execute();
      out.push(...rows.map(toDecision));
    }
    return out;
  }

  /** Every decision, latest first. */
  async decisions(limit = 1000): Promise<ScreeningDecision[]> {
    const rows = await this.db
      .selectFrom('screening_decisions')
      .selectAll()
      .orderBy('decided_at', 'desc')
      .orderBy('query_key')
      .limit(limit)
      .execute();
    return rows.map(toDecision);
  }
}
