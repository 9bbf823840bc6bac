// Conversations (core/opinion/conversation.ts): Pol.is-style consultations where participants
// write short statements and vote agree / disagree / pass on others'. The conversation's record,
// its statements (with their moderation), its participants (an account of the platform, or a
// participant of an imported Polis export) and the vote log, append-only: a changed vote is a new
// row, and the analysis reads each participant's latest vote on a statement.
import { PostgresAdapter, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const serialId = pg ? 'serial' : 'integer';

  await db.schema
    .createTable('conversations')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    /** `public`, `alliance` or `members`. */
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    /** 1 while participants may write and vote, else 0. */
    .addColumn('open', 'integer', (c) => c.notNull())
    /** `polis` (imported) or `platform`. */
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conversation_statements')
    .addColumn('conversation', 'text', (c) =>
      c.notNull().references('conversations.code').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    /** `accepted`, `rejected` or `pending`. */
    .addColumn('moderation', 'text', (c) => c.notNull())
    /** 1 for the organisers' seed statements. */
    .addColumn('seed', 'integer', (c) => c.notNull())
    /** The participant who wrote it (conversation_participants.id), or null. */
    .addColumn('author', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_statements_pk', ['conversation', 'id'])
    .execute();

  await db.schema
    .createTable('conversation_participants')
    .addColumn('conversation', 'text', (c) =>
      c.notNull().references('conversations.code').onDelete('cascade'),
    )
    .addColumn('id', 'text', (c) => c.notNull())
    /** The platform account voting as this participant; null for an imported participant. */
    .addColumn('account_id', 'text')
    .addColumn('economy', 'text')
    .addColumn('constituency', 'text')
    .addPrimaryKeyConstraint('conversation_participants_pk', ['conversation', 'id'])
    .addUniqueConstraint('conversation_participants_account', ['conversation', 'account_id'])
    .execute();

  await db.schema
    .createTable('conversation_votes')
    .addColumn('id', serialId, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('conversation', 'text', (c) =>
      c.notNull().references('conversations.code').onDelete('cascade'),
    )
    .addColumn('participant', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    /** 1 agree, −1 disagree, 0 pass. */
    .addColumn('value', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_votes_conversation')
    .on('conversation_votes')
    .columns(['conversation', 'id'])
    .execute();
  await db.schema
    .createIndex('conversation_votes_participant')
    .on('conversation_votes')
    .columns(['conversation', 'participant'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'conversation_votes',
    'conversation_participants',
    'conversation_statements',
    'conversations',
  ])
    await db.schema.dropTable(t).execute();
}
