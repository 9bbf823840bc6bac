// Governance: workstreams with their participants' rights, proposals with every text version,
// threaded comments, consultations and their responses, ballots (one per delegation, enforced by
// the primary key) and members' implementation reports.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('gov_workstreams')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('decision_rule', 'text')
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workstream', 'text', (c) => c.references('gov_workstreams.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('restricted_to', 'text', (c) => c.notNull())
    .addColumn('decision_rule', 'text')
    .addColumn('consultation_window', 'text')
    .addColumn('voting_window', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('author_delegation', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('proposal_versions')
    .addColumn('proposal_id', 'text', (c) =>
      c.notNull().references('proposals.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('proposal_versions_pk', ['proposal_id', 'version'])
    .execute();

  await db.schema
    .createTable('proposal_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) =>
      c.notNull().references('proposals.id').onDelete('cascade'),
    )
    .addColumn('parent_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('delegation', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ballots')
    .addColumn('proposal_id', 'text', (c) =>
      c.notNull().references('proposals.id').onDelete('cascade'),
    )
    .addColumn('delegation', 'text', (c) => c.notNull())
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('advisory', 'integer', (c) => c.notNull())
    .addColumn('cast_by', 'text', (c) => c.notNull())
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ballots_pk', ['proposal_id', 'delegation'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ballots').execute();
  await db.schema.dropTable('proposal_comments').execute();
  await db.schema.dropTable('proposal_versions').execute();
  await db.schema.dropTable('proposals').execute();
  await db.schema.dropTable('gov_workstreams').execute();
}
