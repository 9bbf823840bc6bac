// The registry of cases of the illiberal use of technology: the cases (each with its JSON
// definition, the columns a list filters on, and every version kept), their countries and
// suppliers for filtering without reading every definition, the editable map from technology
// categories to control-list entries (seeded with the documented defaults), and the recorded
// decisions that a supplier is, or is not, a listed entity.
import type { Kysely } from 'kysely';
import { DEFAULT_TECHNOLOGY_CONTROLS } from '../../core/misuse/technology-controls.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('misuse_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The import format that brought the case, or `manual`. */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('technology', 'text', (c) => c.notNull())
    /** The year the case is counted in (core/misuse/case.ts caseYear). */
    .addColumn('year', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('confidentiality', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('author_delegation', 'text')
    /** The MisuseCase as JSON. */
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('misuse_cases_source')
    .on('misuse_cases')
    .columns(['source'])
    .execute();
  await db.schema.createIndex('misuse_cases_year').on('misuse_cases').columns(['year']).execute();

  await db.schema
    .createTable('misuse_case_countries')
    .addColumn('case_id', 'text', (c) =>
      c.notNull().references('misuse_cases.id').onDelete('cascade'),
    )
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('misuse_case_countries_pk', ['case_id', 'iso3'])
    .execute();
  await db.schema
    .createIndex('misuse_case_countries_iso3')
    .on('misuse_case_countries')
    .columns(['iso3'])
    .execute();

  await db.schema
    .createTable('misuse_case_suppliers')
    .addColumn('case_id', 'text', (c) =>
      c.notNull().references('misuse_cases.id').onDelete('cascade'),
    )
    .addColumn('supplier_key', 'text', (c) => c.notNull())
    /** The name as the case's source prints it. */
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('misuse_case_suppliers_pk', ['case_id', 'supplier_key'])
    .execute();
  await db.schema
    .createIndex('misuse_case_suppliers_key')
    .on('misuse_case_suppliers')
    .columns(['supplier_key'])
    .execute();

  await db.schema
    .createTable('misuse_case_versions')
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('misuse_case_versions_pk', ['case_id', 'version'])
    .execute();

  await db.schema
    .createTable('misuse_technology_controls')
    .addColumn('technology', 'text', (c) => c.notNull())
    .addColumn('canonical_code', 'text', (c) => c.notNull())
    /** A paragraph of the entry ('3.a.1'), or '' for the whole entry. */
    .addColumn('paragraph', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull())
    /** Null for the documented defaults seeded here. */
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text')
    .addPrimaryKeyConstraint('misuse_technology_controls_pk', [
      'technology',
      'canonical_code',
      'paragraph',
    ])
    .execute();

  const seed = db as Kysely<{
    misuse_technology_controls: {
      technology: string;
      canonical_code: string;
      paragraph: string;
      note: string;
    };
  }>;
  const seen = new Set<string>();
  const rows = DEFAULT_TECHNOLOGY_CONTROLS.filter((t) => {
    const k = JSON.stringify([t.technology, t.canonicalCode, t.paragraph]);
    return !seen.has(k) && (seen.add(k), true);
  }).map((t) => ({
    technology: t.technology,
    canonical_code: t.canonicalCode,
    paragraph: t.paragraph,
    note: t.note,
  }));
  if (rows.length > 0) await seed.insertInto('misuse_technology_controls').values(rows).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'misuse_technology_controls',
    'misuse_case_versions',
    'misuse_case_suppliers',
    'misuse_case_countries',
    'misuse_cases',
  ])
    await db.schema.dropTable(t).execute();
}
