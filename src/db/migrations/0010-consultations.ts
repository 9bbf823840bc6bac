// Consultations (the questions of a proposal's consultation), their responses (one per account,
// changeable while the window is open) and members' implementation reports after adoption.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('proposal_id', 'text', (c) =>
      c.primaryKey().references('proposals.id').onDelete('cascade'),
    )
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('consultation_responses')
    .addColumn('proposal_id', 'text', (c) =>
      c.notNull().references('proposals.id').onDelete('cascade'),
    )
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('delegation', 'text')
    .addColumn('economy', 'text')
    .addColumn('constituency', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_responses_pk', ['proposal_id', 'account_id'])
    .execute();

  await db.schema
    .createTable('implementation_reports')
    .addColumn('proposal_id', 'text', (c) =>
      c.notNull().references('proposals.id').onDelete('cascade'),
    )
    .addColumn('member', 'text', (c) => c.notNull())
    .addColumn('report_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('evidence_url', 'text')
    .addColumn('reported_by', 'text', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('implementation_reports_pk', ['proposal_id', 'member', 'report_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('implementation_reports').execute();
  await db.schema.dropTable('consultation_responses').execute();
  await db.schema.dropTable('consultations').execute();
}
