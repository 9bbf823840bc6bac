// Workstreams of custom coalitions: which tiers, and optionally which participants, take part.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('coalition_workstreams')
    .addColumn('coalition_code', 'text', (c) =>
      c.notNull().references('coalitions.code').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // Tier names separated by commas, e.g. `member,partner`.
    .addColumn('tiers', 'text', (c) => c.notNull())
    // Participant codes separated by commas; null: every participant of the tiers.
    .addColumn('participants', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('coalition_workstreams_pk', ['coalition_code', 'code'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('coalition_workstreams').execute();
}
