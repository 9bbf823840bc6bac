// Research data as imported (core/research/research.ts): output by field, collaboration between
// pairs of economies, each economy's international total, Horizon 2020 participation, the
// organisations of the Research Organization Registry with every name they go by (normalised, for
// lookups by name without reading every organisation), NSF's top AI institutions and the AI
// articles they co-author. Every row
// records the dataset that brought it (`<format>:<layout>`, e.g. `openalex-pairs:totals`): an
// import replaces the rows of its dataset and no other.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('research_field_outputs')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    /** ISO3, or WLD for the world. */
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('whole_articles', 'double precision', (c) => c.notNull())
    .addColumn('fractional_articles', 'double precision', (c) => c.notNull())
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('research_field_outputs_pk', ['source', 'field', 'iso3', 'year'])
    .execute();
  await db.schema
    .createIndex('research_field_outputs_iso3')
    .on('research_field_outputs')
    .columns(['iso3'])
    .execute();
  await db.schema
    .createIndex('research_field_outputs_dataset')
    .on('research_field_outputs')
    .columns(['dataset'])
    .execute();

  await db.schema
    .createTable('research_pairs')
    .addColumn('source', 'text', (c) => c.notNull())
    /** `all` or `ai`. */
    .addColumn('field', 'text', (c) => c.notNull())
    /** The Horizon 2020 part (CORDIS), '' for sources without parts. */
    .addColumn('programme', 'text', (c) => c.notNull())
    /** The pair's ISO3 codes, a < b. */
    .addColumn('a', 'text', (c) => c.notNull())
    .addColumn('b', 'text', (c) => c.notNull())
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('works', 'integer', (c) => c.notNull())
    /** The source's collaboration index as printed; null where it gives none. */
    .addColumn('collaboration_index', 'double precision')
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('research_pairs_pk', [
      'source',
      'field',
      'programme',
      'a',
      'b',
      'first_year',
      'year',
    ])
    .execute();
  await db.schema.createIndex('research_pairs_a').on('research_pairs').columns(['a']).execute();
  await db.schema.createIndex('research_pairs_b').on('research_pairs').columns(['b']).execute();
  await db.schema
    .createIndex('research_pairs_dataset')
    .on('research_pairs')
    .columns(['dataset'])
    .execute();

  await db.schema
    .createTable('research_international_totals')
    .addColumn('source', 'text', (c) => c.notNull())
    /** What the total covers: `all` fields or `ai`. */
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('iso3', 'text', (c) => c.notNull())
    /** The span counted: one year (first_year = year), or 2003–2022 for NSF's AI totals. */
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('works', 'integer', (c) => c.notNull())
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('research_international_totals_pk', [
      'source',
      'field',
      'iso3',
      'first_year',
      'year',
    ])
    .execute();
  await db.schema
    .createIndex('research_international_totals_dataset')
    .on('research_international_totals')
    .columns(['dataset'])
    .execute();

  await db.schema
    .createTable('research_participations')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('iso3', 'text', (c) => c.notNull())
    /** eunets group: eu15, eu13, ac, tc. */
    .addColumn('grp', 'text', (c) => c.notNull())
    .addColumn('participations', 'integer', (c) => c.notNull())
    .addColumn('distinct_projects', 'integer', (c) => c.notNull())
    /** The HorizonParticipation as JSON. */
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('research_participations_pk', ['source', 'iso3'])
    .execute();

  await db.schema
    .createTable('research_organisations')
    .addColumn('ror_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    /** ISO3. */
    .addColumn('country', 'text', (c) => c.notNull())
    /** ROR types, `;`-separated. */
    .addColumn('types', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    /** ROR ids of the parents, `|`-separated ('' for none). */
    .addColumn('parents', 'text', (c) => c.notNull())
    /** The ResearchOrganisation as JSON. */
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('dataset', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('research_organisations_country')
    .on('research_organisations')
    .columns(['country'])
    .execute();
  await db.schema
    .createIndex('research_organisations_dataset')
    .on('research_organisations')
    .columns(['dataset'])
    .execute();

  await db.schema
    .createTable('research_organisation_names')
    .addColumn('ror_id', 'text', (c) =>
      c.notNull().references('research_organisations.ror_id').onDelete('cascade'),
    )
    /** `name`, `alias`, `label` or `acronym`. */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** institutionKey of the name (acronymKey for an acronym): what lookups compare. */
    .addColumn('name_key', 'text', (c) => c.notNull())
    /** The first spelling with this key, as ROR writes it. */
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('research_organisation_names_pk', ['ror_id', 'kind', 'name_key'])
    .execute();
  await db.schema
    .createIndex('research_organisation_names_key')
    .on('research_organisation_names')
    .columns(['name_key'])
    .execute();

  await db.schema
    .createTable('research_ai_institutions')
    /** NSF's name, with its abbreviations (ranks may tie). */
    .addColumn('name', 'text', (c) => c.primaryKey())
    /** institutionKey of the name (the crosswalk tier of the resolver). */
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('ror_id', 'text')
    .addColumn('country', 'text')
    .addColumn('link_method', 'text', (c) => c.notNull())
    .addColumn('first_year', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('whole', 'double precision', (c) => c.notNull())
    .addColumn('fractional', 'double precision', (c) => c.notNull())
    .addColumn('multi_institution', 'double precision', (c) => c.notNull())
    .addColumn('domestic_only', 'double precision', (c) => c.notNull())
    .addColumn('international', 'double precision', (c) => c.notNull())
    .addColumn('dataset', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('research_ai_institutions_key')
    .on('research_ai_institutions')
    .columns(['name_key'])
    .execute();

  await db.schema
    .createTable('research_ai_institution_pairs')
    /** NSF's names of the two institutions, a < b (as research_ai_institutions.name). */
    .addColumn('a', 'text', (c) => c.notNull())
    .addColumn('b', 'text', (c) => c.notNull())
    /** AI articles co-authored 2003–2022 (NSF lists pairs with ≥ 50 only). */
    .addColumn('works', 'integer', (c) => c.notNull())
    .addColumn('dataset', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('research_ai_institution_pairs_pk', ['a', 'b'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'research_ai_institution_pairs',
    'research_ai_institutions',
    'research_organisation_names',
    'research_organisations',
    'research_participations',
    'research_international_totals',
    'research_pairs',
    'research_field_outputs',
  ])
    await db.schema.dropTable(t).execute();
}
