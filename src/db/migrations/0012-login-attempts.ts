// Sign-in attempts that are failed or still being checked, per key (a hashed e-mail address or
// client address): the login rate limit counts them here, so every server process on one database
// counts together.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_attempts_pk', ['id', 'key_hash'])
    .execute();
  await db.schema
    .createIndex('login_attempts_key_at')
    .on('login_attempts')
    .columns(['key_hash', 'at'])
    .execute();
  await db.schema.createIndex('login_attempts_at').on('login_attempts').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_attempts').execute();
}
