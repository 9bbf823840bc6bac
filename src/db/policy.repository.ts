// The policy registry: each instrument's current record and every version it went through (what
// an import or an edit changed, field by field), and the topics of the taxonomy in their order.
import type { Kysely } from 'kysely';
import type {
  Bindingness,
  InstrumentSource,
  InstrumentStatus,
  InstrumentType,
  InstrumentVersion,
  JurisdictionKind,
  PolicyInstrument,
  PolicyTopic,
} from '../core/policies/instrument.ts';
import type {
  Database,
  PolicyInstrumentRow,
  PolicyInstrumentVersionRow,
  PolicyTopicRow,
} from './schema.ts';
import { chunks, noWrites, rowsPerInsert, type WriteCounts } from './write-counts.ts';

const IN_CHUNK = 500;

/** Which instruments to list: every one when empty. */
export interface InstrumentFilter {
  source?: InstrumentSource;
  jurisdiction?: string;
}

/** A record's fields in a fixed order (the compiler checks that none is missing). */
const FIELD_SET: Record<keyof PolicyInstrument, true> = {
  id: true,
  source: true,
  sourceId: true,
  title: true,
  originalTitle: true,
  description: true,
  jurisdiction: true,
  jurisdictionKind: true,
  type: true,
  typeModelCoded: true,
  binding: true,
  bindingModelCoded: true,
  status: true,
  dates: true,
  year: true,
  endYear: true,
  topics: true,
  sourceTags: true,
  responsibleBody: true,
  links: true,
  citation: true,
  confidentiality: true,
  authorDelegation: true,
};
const FIELDS = Object.keys(FIELD_SET) as (keyof PolicyInstrument)[];

/** JSON with object keys sorted: equal values give equal text, whatever order keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** The fields in which `b` differs from `a`. */
const changedFields = (a: PolicyInstrument, b: PolicyInstrument): string[] =>
  FIELDS.filter((f) => canonical(a[f] ?? null) !== canonical(b[f] ?? null));

/** Only the record's own fields (a caller's object may carry more), `dates` with sorted keys. */
function normalise(r: PolicyInstrument): PolicyInstrument {
  const out = {} as Record<string, unknown>;
  for (const f of FIELDS) out[f] = r[f] ?? null;
  out.dates = JSON.parse(canonical(r.dates ?? {})) as unknown;
  return out as unknown as PolicyInstrument;
}

const instrumentRow = (
  r: PolicyInstrument,
  version: number,
  by: string,
  at: string,
): PolicyInstrumentRow => ({
  id: r.id,
  source: r.source,
  source_id: r.sourceId,
  title: r.title,
  original_title: r.originalTitle,
  description: r.description,
  jurisdiction: r.jurisdiction,
  jurisdiction_kind: r.jurisdictionKind,
  type: r.type,
  type_model_coded: r.typeModelCoded ? 1 : 0,
  binding: r.binding,
  binding_model_coded: r.bindingModelCoded ? 1 : 0,
  status: r.status,
  dates: canonical(r.dates),
  year: r.year,
  end_year: r.endYear,
  topics: JSON.stringify(r.topics),
  source_tags: JSON.stringify(r.sourceTags),
  responsible_body: r.responsibleBody,
  links: JSON.stringify(r.links),
  citation: r.citation,
  confidentiality: r.confidentiality,
  author_delegation: r.authorDelegation,
  version,
  updated_by: by,
  updated_at: at,
});

/** The columns an upsert of a changed record replaces (all but the key). */
const UPDATED_COLUMN_SET: Record<Exclude<keyof PolicyInstrumentRow, 'id'>, true> = {
  source: true,
  source_id: true,
  title: true,
  original_title: true,
  description: true,
  jurisdiction: true,
  jurisdiction_kind: true,
  type: true,
  type_model_coded: true,
  binding: true,
  binding_model_coded: true,
  status: true,
  dates: true,
  year: true,
  end_year: true,
  topics: true,
  source_tags: true,
  responsible_body: true,
  links: true,
  citation: true,
  confidentiality: true,
  author_delegation: true,
  version: true,
  updated_by: true,
  updated_at: true,
};
const UPDATED_COLUMNS = Object.keys(UPDATED_COLUMN_SET) as Exclude<
  keyof PolicyInstrumentRow,
  'id'
>[];

const toInstrument = (r: PolicyInstrumentRow): PolicyInstrument => ({
  id: r.id,
  source: r.source as InstrumentSource,
  sourceId: r.source_id,
  title: r.title,
  originalTitle: r.original_title,
  description: r.description,
  jurisdiction: r.jurisdiction,
  jurisdictionKind: r.jurisdiction_kind as JurisdictionKind,
  type: r.type as InstrumentType,
  typeModelCoded: Number(r.type_model_coded) === 1,
  binding: r.binding as Bindingness | null,
  bindingModelCoded: Number(r.binding_model_coded) === 1,
  status: r.status as InstrumentStatus,
  dates: JSON.parse(r.dates) as PolicyInstrument['dates'],
  year: r.year === null ? null : Number(r.year),
  endYear: r.end_year === null ? null : Number(r.end_year),
  topics: JSON.parse(r.topics) as string[],
  sourceTags: JSON.parse(r.source_tags) as string[],
  responsibleBody: r.responsible_body,
  links: JSON.parse(r.links) as string[],
  citation: r.citation,
  confidentiality: r.confidentiality as PolicyInstrument['confidentiality'],
  authorDelegation: r.author_delegation,
});

const topicRow = (t: PolicyTopic, position: number): PolicyTopicRow => ({
  code: t.code,
  label: t.label,
  parent: t.parent,
  description: t.description,
  mappings: JSON.stringify({
    stip: t.mappings.stip,
    agora: t.mappings.agora,
    oecdAi: t.mappings.oecdAi,
  }),
  position,
});

const toTopic = (r: PolicyTopicRow): PolicyTopic => ({
  code: r.code,
  label: r.label,
  parent: r.parent,
  description: r.description,
  mappings: JSON.parse(r.mappings) as PolicyTopic['mappings'],
});

export class PolicyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The instruments (of one source, of one jurisdiction, when given), in id order. */
  async instruments(filter: InstrumentFilter = {}): Promise<PolicyInstrument[]> {
    let q = this.db.selectFrom('policy_instruments').selectAll().orderBy('id');
    if (filter.source !== undefined) q = q.where('source', '=', filter.source);
    if (filter.jurisdiction !== undefined) q = q.where('jurisdiction', '=', filter.jurisdiction);
    return (await q.execute()).map(toInstrument);
  }

  /** One instrument by id, or undefined. */
  async instrument(id: string): Promise<PolicyInstrument | undefined> {
    const r = await this.db
      .selectFrom('policy_instruments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toInstrument(r) : undefined;
  }

  /** Every version of an instrument, oldest first (empty when there is no such instrument). */
  async versions(id: string): Promise<InstrumentVersion[]> {
    const rows = await this.db
      .selectFrom('policy_instrument_versions')
      .selectAll()
      .where('instrument_id', '=', id)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      instrumentId: r.instrument_id,
      version: Number(r.version),
      record: JSON.parse(r.record) as PolicyInstrument,
      changedBy: r.changed_by,
      changedAt: r.changed_at,
      changed: JSON.parse(r.changed) as string[],
    }));
  }

  /**
   * Stores records (an import, or one edit): a new record becomes version 1 (every field
   * changed); a record whose content differs from the stored one gets the next version, listing
   * the fields that differ; an equal one is left alone, so storing the same records twice writes
   * nothing. Records not given are kept. A record given twice counts once (the last one wins).
   * Reads and writes in batches.
   */
  async saveInstruments(
    records: readonly PolicyInstrument[],
    changedBy: string,
    now: string,
  ): Promise<WriteCounts> {
    const given = new Map<string, PolicyInstrument>();
    for (const r of records) given.set(r.id, normalise(r));
    const before = new Map<string, { record: PolicyInstrument; version: number }>();
    for (const ids of chunks([...given.keys()], IN_CHUNK)) {
      const rows = await this.db
        .selectFrom('policy_instruments')
        .selectAll()
        .where('id', 'in', ids)
        .execute();
      for (const r of rows)
        before.set(r.id, { record: toInstrument(r), version: Number(r.version) });
    }

    const counts = noWrites();
    const inserts: PolicyInstrumentRow[] = [];
    const updates: PolicyInstrumentRow[] = [];
    const versions: PolicyInstrumentVersionRow[] = [];
    for (const record of given.values()) {
      const old = before.get(record.id);
      const changed = old ? changedFields(old.record, record) : FIELDS;
      if (changed.length === 0) {
        counts.unchanged++;
        continue;
      }
      const version = old ? old.version + 1 : 1;
      (old ? updates : inserts).push(instrumentRow(record, version, changedBy, now));
      if (old) counts.updated++;
      else counts.inserted++;
      versions.push({
        instrument_id: record.id,
        version,
        record: JSON.stringify(record),
        changed: JSON.stringify(changed),
        changed_by: changedBy,
        changed_at: now,
      });
    }

    const perInsert = rowsPerInsert(UPDATED_COLUMNS.length + 1);
    for (const chunk of chunks(inserts, perInsert))
      await this.db.insertInto('policy_instruments').values(chunk).execute();
    // Changed records: one upsert per batch (every row exists, so each takes the update branch).
    for (const chunk of chunks(updates, perInsert))
      await this.db
        .insertInto('policy_instruments')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) =>
              Object.fromEntries(UPDATED_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}`)])),
            ),
        )
        .execute();
    for (const chunk of chunks(versions, rowsPerInsert(6)))
      await this.db.insertInto('policy_instrument_versions').values(chunk).execute();
    return counts;
  }

  /** Stores one record (see `saveInstruments`): what it did. */
  async saveInstrument(
    record: PolicyInstrument,
    changedBy: string,
    now: string,
  ): Promise<'created' | 'updated' | 'unchanged'> {
    const r = await this.saveInstruments([record], changedBy, now);
    return r.inserted > 0 ? 'created' : r.updated > 0 ? 'updated' : 'unchanged';
  }

  /** The topics in their stored order. */
  async topics(): Promise<PolicyTopic[]> {
    const rows = await this.db
      .selectFrom('policy_topics')
      .selectAll()
      .orderBy('position')
      .orderBy('code')
      .execute();
    return rows.map(toTopic);
  }

  /** Creates a topic (last in order) or replaces one (keeping its place). */
  async saveTopic(topic: PolicyTopic): Promise<'created' | 'updated'> {
    const { position: _, code: __, ...fields } = topicRow(topic, 0);
    const r = await this.db
      .updateTable('policy_topics')
      .set(fields)
      .where('code', '=', topic.code)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) > 0) return 'updated';
    const last = await this.db
      .selectFrom('policy_topics')
      .select((eb) => eb.fn.max('position').as('position'))
      .executeTakeFirst();
    const position = last?.position === null || last === undefined ? 0 : Number(last.position) + 1;
    await this.db.insertInto('policy_topics').values(topicRow(topic, position)).execute();
    return 'created';
  }

  /** Removes a topic; false when there was none. */
  async deleteTopic(code: string): Promise<boolean> {
    const r = await this.db.deleteFrom('policy_topics').where('code', '=', code).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** Replaces every topic with `topics`, in their order (a reset to the defaults). */
  async replaceTopics(topics: readonly PolicyTopic[]): Promise<void> {
    await this.db.deleteFrom('policy_topics').execute();
    const rows = topics.map((t, position) => topicRow(t, position));
    for (const chunk of chunks(rows, rowsPerInsert(6)))
      await this.db.insertInto('policy_topics').values(chunk).execute();
  }
}
