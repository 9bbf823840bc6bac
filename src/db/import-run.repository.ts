// Import runs: a record of every import that wrote, with its counts.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface ImportRun {
  format: string;
  file: string;
  finishedAt: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  setAside: number;
}

export class ImportRunRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(run: ImportRun): Promise<void> {
    await this.db
      .insertInto('import_runs')
      .values({
        format: run.format,
        file: run.file,
        finished_at: run.finishedAt,
        rows_read: run.rowsRead,
        inserted: run.inserted,
        updated: run.updated,
        unchanged: run.unchanged,
        rejected: run.rejected,
        set_aside: run.setAside,
      })
      .execute();
  }

  /**
   * A number that grows with every recorded import: a cache of query results built at version V
   * is stale once this returns more than V. 0 on a database no import has written to.
   */
  async dataVersion(): Promise<number> {
    const r = await this.db
      .selectFrom('import_runs')
      .select((eb) => eb.fn.max<number | null>('id').as('v'))
      .executeTakeFirst();
    return Number(r?.v ?? 0);
  }

  async list(): Promise<ImportRun[]> {
    const rows = await this.db.selectFrom('import_runs').selectAll().orderBy('id').execute();
    return rows.map((r) => ({
      format: r.format,
      file: r.file,
      finishedAt: r.finished_at,
      rowsRead: r.rows_read,
      inserted: r.inserted,
      updated: r.updated,
      unchanged: r.unchanged,
      rejected: r.rejected,
      setAside: r.set_aside,
    }));
  }
}
