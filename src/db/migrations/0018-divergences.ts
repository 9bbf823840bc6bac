// The policy registry (core/policies/instrument.ts): each instrument's current record, with the
// columns lists filter on and its arrays and dates as JSON text, and every version it went
// through; the topics of the taxonomy (seeded with the documented defaults). Members' positions
// (core/positions/position.ts): the policy questions, and every position recorded on them (a
// history: the live ones are the latest per issue, member and status that is not a withdrawal).
// The divergence register (core/divergences/divergence.ts) and each divergence's events. Webhooks
// and their deliveries (core/alerts/webhook.ts). And who may see a workstream alert.
import { PostgresAdapter, type Kysely } from 'kysely';
import { DEFAULT_POLICY_TOPICS } from '../../core/policies/taxonomy.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  const serialId = pg ? 'serial' : 'integer';

  await db.schema
    .createTable('policy_instruments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('original_title', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('jurisdiction', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_kind', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    /** 1 when a model assigned the type, 0 otherwise. */
    .addColumn('type_model_coded', 'integer', (c) => c.notNull())
    .addColumn('binding', 'text')
    .addColumn('binding_model_coded', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    /** The dates of the states passed: a JSON object (state → ISO 8601). */
    .addColumn('dates', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('end_year', 'integer')
    /** Topic codes: a JSON array. */
    .addColumn('topics', 'text', (c) => c.notNull())
    /** The source's tags: a JSON array. */
    .addColumn('source_tags', 'text', (c) => c.notNull())
    .addColumn('responsible_body', 'text', (c) => c.notNull())
    /** A JSON array of addresses. */
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('citation', 'text', (c) => c.notNull())
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('author_delegation', 'text')
    /** The current version (policy_instrument_versions.version). */
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('policy_instruments_source')
    .on('policy_instruments')
    .columns(['source'])
    .execute();
  await db.schema
    .createIndex('policy_instruments_jurisdiction')
    .on('policy_instruments')
    .columns(['jurisdiction'])
    .execute();

  await db.schema
    .createTable('policy_instrument_versions')
    .addColumn('instrument_id', 'text', (c) =>
      c.notNull().references('policy_instruments.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    /** The PolicyInstrument as JSON, as it stood after the change. */
    .addColumn('record', 'text', (c) => c.notNull())
    /** The fields that changed: a JSON array of names. */
    .addColumn('changed', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('policy_instrument_versions_pk', ['instrument_id', 'version'])
    .execute();

  await db.schema
    .createTable('policy_topics')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('parent', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    /** The source themes and tags that land on the topic: a JSON object. */
    .addColumn('mappings', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('policy_issues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workstream', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    /** The options in order: a JSON array. */
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('agreed_option', 'integer')
    .addColumn('agreed_by', 'text')
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('policy_issues_workstream')
    .on('policy_issues')
    .columns(['workstream'])
    .execute();

  await db.schema
    .createTable('policy_positions')
    .addColumn('id', serialId, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('issue_id', 'text', (c) =>
      c.notNull().references('policy_issues.id').onDelete('cascade'),
    )
    .addColumn('member', 'text', (c) => c.notNull())
    .addColumn('option', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('expected_date', 'text')
    /** Registry instrument ids: a JSON array. */
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    /** 1: this row withdraws the position (the member has none with this status any more). */
    .addColumn('withdrawn', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('policy_positions_issue')
    .on('policy_positions')
    .columns(['issue_id', 'member', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('policy_positions_member')
    .on('policy_positions')
    .columns(['member'])
    .execute();

  await db.schema
    .createTable('divergences')
    .addColumn('id', serialId, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('workstream', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    /** The members involved: a JSON array. */
    .addColumn('members', 'text', (c) => c.notNull())
    .addColumn('severity', 'double precision', (c) => c.notNull())
    .addColumn('measure', 'double precision', (c) => c.notNull())
    /** A JSON array of {label, detail, link}. */
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('api_link', 'text')
    .addColumn('confidentiality', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .addColumn('state_by', 'text')
    .addColumn('state_at', 'text')
    .addColumn('state_note', 'text', (c) => c.notNull())
    /** 1 when the last recomputation still found it. */
    .addColumn('detected', 'integer', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('previous_measure', 'double precision')
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('divergences_source_key', ['source', 'key'])
    .execute();
  await db.schema.createIndex('divergences_state').on('divergences').columns(['state']).execute();
  await db.schema
    .createIndex('divergences_workstream')
    .on('divergences')
    .columns(['workstream'])
    .execute();
  await db.schema
    .createIndex('divergences_proposal')
    .on('divergences')
    .columns(['proposal_id'])
    .execute();

  await db.schema
    .createTable('divergence_events')
    .addColumn('id', serialId, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('divergence_id', 'integer', (c) =>
      c.notNull().references('divergences.id').onDelete('cascade'),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    /** `state` or `detected`. */
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('proposal_id', 'text')
    .execute();
  await db.schema
    .createIndex('divergence_events_divergence')
    .on('divergence_events')
    .columns(['divergence_id', 'id'])
    .execute();

  await db.schema
    .createTable('webhooks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    /** null: every workstream. */
    .addColumn('workstream', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', serialId, (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('webhook_id', 'text', (c) =>
      c.notNull().references('webhooks.id').onDelete('cascade'),
    )
    .addColumn('alert_id', 'integer', (c) => c.notNull().references('workstream_alerts.id'))
    /** The JSON body sent (its signature covers these bytes). */
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_webhook')
    .on('webhook_deliveries')
    .columns(['webhook_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_alert')
    .on('webhook_deliveries')
    .columns(['alert_id'])
    .execute();

  await db.schema
    .alterTable('workstream_alerts')
    .addColumn('confidentiality', 'text', (c) => c.notNull().defaultTo('alliance'))
    .execute();
  await db.schema
    .createIndex('workstream_alerts_source')
    .on('workstream_alerts')
    .columns(['source', 'id'])
    .execute();

  if (DEFAULT_POLICY_TOPICS.length > 0)
    await (
      db as Kysely<{
        policy_topics: {
          code: string;
          label: string;
          parent: string | null;
          description: string;
          mappings: string;
          position: number;
        };
      }>
    )
      .insertInto('policy_topics')
      .values(
        DEFAULT_POLICY_TOPICS.map((t, position) => ({
          code: t.code,
          label: t.label,
          parent: t.parent,
          description: t.description,
          mappings: JSON.stringify(t.mappings),
          position,
        })),
      )
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('workstream_alerts_source').execute();
  await db.schema.alterTable('workstream_alerts').dropColumn('confidentiality').execute();
  for (const t of [
    'webhook_deliveries',
    'webhooks',
    'divergence_events',
    'divergences',
    'policy_positions',
    'policy_issues',
    'policy_topics',
    'policy_instrument_versions',
    'policy_instruments',
  ])
    await db.schema.dropTable(t).execute();
}

const isPostgres = (db: Kysely<unknown>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;
