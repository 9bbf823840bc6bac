// Import runs: a record of every import that wrote, with its counts.
import type { Kysely } from 'kysely';
import type { ImportRun } from '../core/imports/import-report.ts';
import type { Database } from './schema.ts';

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
