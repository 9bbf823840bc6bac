// Sources: one row per cited publication; every indicator value and grouping points to one.
import type { Kysely } from 'kysely';
import type { Source } from '../core/sources/source.ts';
import type { Database, SourceRow } from './schema.ts';
import { noWrites, type WriteCounts } from './write-counts.ts';

const toSource = (r: SourceRow): Source => ({
  id: r.id,
  citation: r.citation,
  publisher: r.publisher,
  licence: r.licence,
  url: r.url,
  date: r.date,
  notes: r.notes,
});

// Field by field: a Source built with its keys in another order (or with extra keys) is the same.
const toRow = (s: Source): SourceRow => toSource(s);
const sameRow = (a: SourceRow, b: SourceRow): boolean =>
  (Object.keys(a) as (keyof SourceRow)[]).every((k) => a[k] === b[k]);

export class SourceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsert(sources: readonly Source[]): Promise<WriteCounts> {
    const counts = noWrites();
    for (const s of sources) {
      const existing = await this.db
        .selectFrom('sources')
        .selectAll()
        .where('id', '=', s.id)
        .executeTakeFirst();
      const row = toRow(s);
      if (!existing) {
        await this.db.insertInto('sources').values(row).execute();
        counts.inserted++;
      } else if (!sameRow(row, existing)) {
        await this.db.updateTable('sources').set(row).where('id', '=', s.id).execute();
        counts.updated++;
      } else counts.unchanged++;
    }
    return counts;
  }

  async get(id: string): Promise<Source | undefined> {
    const r = await this.db
      .selectFrom('sources')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r && toSource(r);
  }

  async list(): Promise<Source[]> {
    const rows = await this.db.selectFrom('sources').selectAll().orderBy('id').execute();
    return rows.map(toSource);
  }

  async getMany(ids: readonly string[]): Promise<Source[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('sources')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .orderBy('id')
      .execute();
    return rows.map(toSource);
  }
}
