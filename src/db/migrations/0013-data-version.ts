// The data version: one row whose counter grows in the same transaction as every write that can
// change a cached answer, so every process sharing the database sees the change at once.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await (db as Kysely<{ data_version: { id: number; version: number } }>)
    .insertInto('data_version')
    .values({ id: 1, version: 0 })
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('data_version').execute();
}
