// Foundation schema: sources, economies, indicators and their values, groupings, import runs.
import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('citation', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('licence', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('date', 'text')
    .addColumn('notes', 'text')
    .execute();

  await db.schema
    .createTable('economies')
    .addColumn('iso3', 'text', (c) => c.primaryKey())
    .addColumn('iso2', 'text')
    .addColumn('iso_numeric', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('official_name', 'text')
    .addColumn('region', 'text')
    .addColumn('subregion', 'text')
    .addColumn('income_code', 'text')
    .addColumn('independence', 'text')
    .execute();

  await db.schema
    .createTable('indicators')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('higher_is_better', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('iso3', 'text', (c) => c.notNull().references('economies.iso3'))
    .addColumn('indicator_code', 'text', (c) => c.notNull().references('indicators.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addPrimaryKeyConstraint('indicator_values_pk', ['indicator_code', 'year', 'iso3'])
    .execute();
  await db.schema
    .createIndex('indicator_values_by_economy')
    .on('indicator_values')
    .columns(['iso3', 'indicator_code', 'year'])
    .execute();

  await db.schema
    .createTable('groupings')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .execute();

  await db.schema
    .createTable('group_members')
    .addColumn('group_code', 'text', (c) => c.notNull().references('groupings.code'))
    .addColumn('member_code', 'text', (c) => c.notNull())
    .addColumn('member_name', 'text', (c) => c.notNull())
    .addColumn('member_kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text')
    .addColumn('source_urls', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addPrimaryKeyConstraint('group_members_pk', ['group_code', 'member_code'])
    .execute();

  await db.schema
    .createTable('import_runs')
    .addColumn('id', isPostgres(db) ? 'serial' : 'integer', (c) =>
      isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('inserted', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('set_aside', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'import_runs',
    'group_members',
    'groupings',
    'indicator_values',
    'indicators',
    'economies',
    'sources',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}

const isPostgres = (db: Kysely<unknown>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;
