// Item control lists as imported: one row per list, one per entry with its paragraph tree kept
// whole as the model's JSON, and the editable links from list entries (or paragraphs) to
// supply-chain inputs.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('control_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('regime', 'text', (c) => c.notNull())
    .addColumn('is_regime_list', 'integer', (c) => c.notNull())
    .addColumn('scheme', 'text', (c) => c.notNull())
    .addColumn('version_date', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('licence_note', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('control_entries')
    .addColumn('list_id', 'text', (c) =>
      c.notNull().references('control_lists.id').onDelete('cascade'),
    )
    .addColumn('canonical_code', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('grp', 'text', (c) => c.notNull())
    .addColumn('heading', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    /** The entry (reasons, flags, paragraphs with their parameters) as the model's JSON. */
    .addColumn('definition', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('control_entries_pk', ['list_id', 'canonical_code'])
    .execute();
  await db.schema
    .createIndex('control_entries_code')
    .on('control_entries')
    .columns(['canonical_code'])
    .execute();

  await db.schema
    .createTable('control_input_links')
    .addColumn('canonical_code', 'text', (c) => c.notNull())
    /** A paragraph label relative to the entry (`f`, `c.1`), or '' for the whole entry. */
    .addColumn('paragraph', 'text', (c) => c.notNull())
    .addColumn('chain_code', 'text', (c) => c.notNull())
    .addColumn('input_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('control_input_links_pk', [
      'canonical_code',
      'paragraph',
      'chain_code',
      'input_id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('control_input_links').execute();
  await db.schema.dropTable('control_entries').execute();
  await db.schema.dropTable('control_lists').execute();
}
