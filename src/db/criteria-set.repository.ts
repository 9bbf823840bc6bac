// Criteria sets: stored as the JSON definition their schema validated; parsed again on read.
import type { Kysely } from 'kysely';
import { parseCriteriaSet, type CriteriaSet } from '../core/criteria/criteria-set.ts';
import type { Database } from './schema.ts';

export class CriteriaSetRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<CriteriaSet[]> {
    const rows = await this.db
      .selectFrom('criteria_sets')
      .select('definition')
      .orderBy('code')
      .execute();
    return rows.map((r) => parseCriteriaSet(JSON.parse(r.definition)));
  }

  async get(code: string): Promise<CriteriaSet | undefined> {
    const r = await this.db
      .selectFrom('criteria_sets')
      .select('definition')
      .where('code', '=', code)
      .executeTakeFirst();
    return r && parseCriteriaSet(JSON.parse(r.definition));
  }

  /** Inserts or replaces a set; `now` is an ISO timestamp. */
  async save(set: CriteriaSet, now: string): Promise<'created' | 'updated'> {
    const definition = JSON.stringify(set);
    const existing = await this.db
      .selectFrom('criteria_sets')
      .select('code')
      .where('code', '=', set.code)
      .executeTakeFirst();
    if (existing) {
      await this.db
        .updateTable('criteria_sets')
        .set({ name: set.name, definition, updated_at: now })
        .where('code', '=', set.code)
        .execute();
      return 'updated';
    }
    await this.db
      .insertInto('criteria_sets')
      .values({ code: set.code, name: set.name, definition, created_at: now, updated_at: now })
      .execute();
    return 'created';
  }

  async delete(code: string): Promise<boolean> {
    const r = await this.db.deleteFrom('criteria_sets').where('code', '=', code).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
