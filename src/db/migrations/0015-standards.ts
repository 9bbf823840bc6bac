// Standards committees as imported (one row per committee, one per member body and committee), the
// snapshots imported and the changes each brought, the strategic technology tags (seeded with the
// documented defaults), what the snapshot alerts watch (one row), the coordination records of
// committees' meetings, and the alerts raised in workstreams (a table any workstream may use).
import { PostgresAdapter, type Kysely } from 'kysely';
import { DEFAULT_STANDARDS_TAGS } from '../../core/standards/tags.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const serialId = isPostgres(db) ? 'serial' : 'integer';

  await db.schema
    .createTable('standards_snapshots')
    .addColumn('id', serialId, (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('snapshot_date', 'text')
    .addColumn('committees', 'integer', (c) => c.notNull())
    .addColumn('members', 'integer', (c) => c.notNull())
    .addColumn('changes', 'integer', (c) => c.notNull())
    .addColumn('alerts', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('standards_committees')
    .addColumn('reference', 'text', (c) => c.primaryKey())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('parent', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created', 'text')
    .addColumn('secretariat', 'text')
    .addColumn('secretariat_body', 'text')
    /** The snapshot that last inserted or changed the committee's row or members. */
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('standards_snapshots.id'))
    .execute();
  await db.schema
    .createIndex('standards_committees_body')
    .on('standards_committees')
    .columns(['body'])
    .execute();

  await db.schema
    .createTable('standards_members')
    .addColumn('reference', 'text', (c) =>
      c.notNull().references('standards_committees.reference').onDelete('cascade'),
    )
    .addColumn('member_body', 'text', (c) => c.notNull())
    .addColumn('iso3', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('standards_members_pk', ['reference', 'member_body'])
    .execute();
  await db.schema
    .createIndex('standards_members_iso3')
    .on('standards_members')
    .columns(['iso3'])
    .execute();

  await db.schema
    .createTable('standards_changes')
    .addColumn('id', serialId, (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('snapshot_id', 'integer', (c) => c.notNull().references('standards_snapshots.id'))
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('iso3', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    /** The committee's strategic tags when the change was recorded: a JSON array of codes. */
    .addColumn('tags', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('standards_changes_snapshot')
    .on('standards_changes')
    .columns(['snapshot_id'])
    .execute();
  await db.schema
    .createIndex('standards_changes_reference')
    .on('standards_changes')
    .columns(['reference'])
    .execute();

  await db.schema
    .createTable('standards_tags')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('standards_tag_committees')
    .addColumn('tag', 'text', (c) =>
      c.notNull().references('standards_tags.code').onDelete('cascade'),
    )
    /** A committee's reference; a tag may name a committee of a body not imported yet. */
    .addColumn('reference', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('standards_tag_committees_pk', ['tag', 'reference'])
    .execute();

  await db.schema
    .createTable('standards_watch')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    /** A coalition spec: a grouping or coalition code, or an ISO3 list. */
    .addColumn('coalition', 'text', (c) => c.notNull().defaultTo('T12'))
    /** The concern economies: a JSON array of ISO3 codes. */
    .addColumn('concern', 'text', (c) => c.notNull().defaultTo('["CHN","IRN","PRK","RUS"]'))
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text')
    .execute();

  await db.schema
    .createTable('standards_coordination')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('meeting_date', 'text', (c) => c.notNull())
    .addColumn('meeting_place', 'text')
    /** The members attending: a JSON array of ISO3 codes. */
    .addColumn('attending', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .addColumn('outcome', 'text')
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('author_delegation', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('standards_coordination_reference')
    .on('standards_coordination')
    .columns(['reference', 'meeting_date'])
    .execute();

  await db.schema
    .createTable('workstream_alerts')
    .addColumn('id', serialId, (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('workstream', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    /** The alert's details: a JSON object. */
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('snapshot_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema
    .createIndex('workstream_alerts_workstream')
    .on('workstream_alerts')
    .columns(['workstream', 'id'])
    .execute();

  const seed = db as Kysely<{
    standards_tags: { code: string; label: string; description: string; position: number };
    standards_tag_committees: { tag: string; reference: string };
    standards_watch: { id: number };
  }>;
  if (DEFAULT_STANDARDS_TAGS.length > 0) {
    await seed
      .insertInto('standards_tags')
      .values(
        DEFAULT_STANDARDS_TAGS.map((t, position) => ({
          code: t.code,
          label: t.label,
          description: t.description,
          position,
        })),
      )
      .execute();
    const links = DEFAULT_STANDARDS_TAGS.flatMap((t) =>
      [...new Set(t.committees)].map((reference) => ({ tag: t.code, reference })),
    );
    if (links.length > 0) await seed.insertInto('standards_tag_committees').values(links).execute();
  }
  await seed.insertInto('standards_watch').values({ id: 1 }).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'workstream_alerts',
    'standards_coordination',
    'standards_watch',
    'standards_tag_committees',
    'standards_tags',
    'standards_changes',
    'standards_members',
    'standards_committees',
    'standards_snapshots',
  ])
    await db.schema.dropTable(t).execute();
}

const isPostgres = (db: Kysely<unknown>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;
