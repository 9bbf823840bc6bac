// The governance event log's trust records (docs/audit-log.md):
// - `audit_log.subject`: what each entry is about (`proposal:<id>` …), so entries are read like
//   their subject; derived from the signed payload, filled in here for the entries already written
//   (their text is left as it is: rewriting would break the chain);
// - `audit_keys`: the public key the log is signed with, recorded at its first signature, so a
//   verifier uses the database's key and a process configured with another key refuses to write;
// - `audit_salts`: the random salts of salted hashes in payloads, kept outside the log;
// - `audit_checkpoints`: signed heads (seq, hash, time) that members download and keep.
import { sql, type Kysely } from 'kysely';
import { auditSubjectOfText } from '../../core/audit/audit-subject.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('subject', 'text').execute();
  await db.schema
    .createIndex('audit_log_subject')
    .on('audit_log')
    .columns(['subject', 'seq'])
    .execute();

  const rows = await sql<{ seq: number | string; type: string; payload: string }>`
    select seq, type, payload from audit_log order by seq`.execute(db);
  for (const r of rows.rows) {
    const subject = auditSubjectOfText(r.type, r.payload);
    if (subject !== null)
      await sql`update audit_log set subject = ${subject} where seq = ${Number(r.seq)}`.execute(db);
  }

  await db.schema
    .createTable('audit_keys')
    .addColumn('fingerprint', 'text', (c) => c.primaryKey())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('first_seq', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_salts')
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_salts_pk', ['seq', 'name'])
    .execute();

  await db.schema
    .createTable('audit_checkpoints')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('head_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_checkpoints').execute();
  await db.schema.dropTable('audit_salts').execute();
  await db.schema.dropTable('audit_keys').execute();
  await db.schema.dropIndex('audit_log_subject').execute();
  await db.schema.alterTable('audit_log').dropColumn('subject').execute();
}
