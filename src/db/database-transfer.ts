// Copying a whole database's rows, table by table, between SQLite and PostgreSQL (and to and from a
// backup file, see services/transfer.service.ts): the tables in dependency order, reading a
// consistent snapshot, writing every row in one transaction, and per-table checksums over a
// canonical serialisation of the rows ordered by primary key, equal on either database.
import { createHash, type Hash } from 'node:crypto';
import { Migrator, sql, type Kysely, type Transaction } from 'kysely';
import type { Dialect } from './database.ts';
import { MIGRATION_NAMES, migrationProvider } from './migrator.ts';
import type { Database } from './schema.ts';

/** One table: its columns in order and its primary key (integer key columns marked). */
export interface TransferTable {
  name: keyof Database;
  columns: readonly string[];
  key: readonly string[];
  /** Key columns holding integers (ordered numerically on both databases). */
  integerKey: readonly string[];
  /** A PostgreSQL serial column whose sequence follows the copied rows. */
  serial?: string;
}

const table = (
  name: keyof Database,
  key: string,
  columns: string,
  serial?: string,
): TransferTable => {
  const keys = key.split(' ');
  return {
    name,
    columns: columns.split(' '),
    key: keys.map((k) => k.replace(/^#/, '')),
    integerKey: keys.filter((k) => k.startsWith('#')).map((k) => k.slice(1)),
    ...(serial ? { serial } : {}),
  };
};

/**
 * Every table of the schema (src/db/schema.ts), parents before children. A test checks this list
 * against the tables and columns a migrated database has, on both databases. The migrations'
 * own bookkeeping (kysely_migration) is not copied: the target is migrated to the same version.
 */
export const TRANSFER_TABLES: readonly TransferTable[] = [
  table('sources', 'id', 'id citation publisher licence url date notes'),
  table(
    'economies',
    'iso3',
    'iso3 iso2 iso_numeric name official_name region subregion income_code independence',
  ),
  table('indicators', 'code', 'code name unit description higher_is_better category'),
  table(
    'indicator_values',
    'indicator_code #year iso3',
    'iso3 indicator_code year value source_id',
  ),
  table('groupings', 'code', 'code name kind source_id'),
  table(
    'group_members',
    'group_code member_code',
    'group_code member_code member_name member_kind status as_of source_urls notes',
  ),
  table(
    'import_runs',
    '#id',
    'id format file finished_at rows_read inserted updated unchanged rejected set_aside',
    'id',
  ),
  table('coalitions', 'code', 'code name description created_at updated_at'),
  table(
    'coalition_participants',
    'coalition_code participant_code',
    'coalition_code participant_code participant_name kind tier position',
  ),
  table(
    'coalition_workstreams',
    'coalition_code code',
    'coalition_code code name tiers participants position',
  ),
  table('criteria_sets', 'code', 'code name definition created_at updated_at'),
  table('supply_chains', 'code', 'code name definition updated_at'),
  table(
    'restricted_lists',
    'id',
    'id name jurisdiction publisher licence edition url format file imported_at',
  ),
  table('restricted_parties', 'id', 'id list_id position schema name definition'),
  table(
    'screening_decisions',
    'query_key entity_id',
    'query_key entity_id query_name decision note decided_by decided_at',
  ),
  table(
    'control_lists',
    'id',
    'id name jurisdiction regime is_regime_list scheme version_date source_id licence_note format file imported_at',
  ),
  table(
    'control_entries',
    'list_id canonical_code',
    'list_id canonical_code code position category grp heading status definition',
  ),
  table(
    'control_input_links',
    'canonical_code paragraph chain_code input_id',
    'canonical_code paragraph chain_code input_id note created_by created_at',
  ),
  table(
    'standards_snapshots',
    '#id',
    'id body imported_at file format snapshot_date committees members changes alerts',
    'id',
  ),
  table(
    'standards_committees',
    'reference',
    'reference body external_id type parent title status created secretariat secretariat_body snapshot_id',
  ),
  table('standards_members', 'reference member_body', 'reference member_body iso3 role'),
  table('standards_changes', '#id', 'id snapshot_id reference kind iso3 before after tags', 'id'),
  table('standards_tags', 'code', 'code label description position'),
  table('standards_tag_committees', 'tag reference', 'tag reference'),
  table('standards_watch', '#id', 'id coalition concern updated_by updated_at'),
  table(
    'standards_coordination',
    'id',
    'id reference meeting_date meeting_place attending position proposal_id outcome confidentiality author_delegation created_by created_at updated_by updated_at',
  ),
  table(
    'workstream_alerts',
    '#id',
    'id workstream source kind subject message details snapshot_id created_at acknowledged_by acknowledged_at confidentiality',
    'id',
  ),
  table(
    'misuse_cases',
    'id',
    'id source kind technology year status confidentiality author_delegation definition version created_by created_at updated_by updated_at',
  ),
  table('misuse_case_countries', 'case_id iso3', 'case_id iso3'),
  table('misuse_case_suppliers', 'case_id supplier_key', 'case_id supplier_key name'),
  table(
    'misuse_case_versions',
    'case_id #version',
    'case_id version definition changed_by changed_at',
  ),
  table(
    'misuse_technology_controls',
    'technology canonical_code paragraph',
    'technology canonical_code paragraph note created_by created_at',
  ),
  table(
    'research_field_outputs',
    'source field iso3 #year',
    'source field iso3 year whole_articles fractional_articles dataset',
  ),
  table(
    'research_pairs',
    'source field programme a b #first_year #year',
    'source field programme a b first_year year works collaboration_index dataset',
  ),
  table(
    'research_international_totals',
    'source field iso3 #first_year #year',
    'source field iso3 first_year year works dataset',
  ),
  table(
    'research_participations',
    'source iso3',
    'source iso3 grp participations distinct_projects definition dataset',
  ),
  table(
    'research_organisations',
    'ror_id',
    'ror_id name country types status parents definition dataset',
  ),
  table('research_organisation_names', 'ror_id kind name_key', 'ror_id kind name_key name'),
  table(
    'research_ai_institutions',
    'name',
    'name name_key rank region ror_id country link_method first_year year whole fractional multi_institution domestic_only international dataset',
  ),
  table('research_ai_institution_pairs', 'a b', 'a b works dataset'),
  table(
    'policy_instruments',
    'id',
    'id source source_id title original_title description jurisdiction jurisdiction_kind type type_model_coded binding binding_model_coded status dates year end_year topics source_tags responsible_body links citation confidentiality author_delegation version updated_by updated_at',
  ),
  table(
    'policy_instrument_versions',
    'instrument_id #version',
    'instrument_id version record changed changed_by changed_at',
  ),
  table('policy_topics', 'code', 'code label parent description mappings position'),
  table(
    'policy_issues',
    'id',
    'id workstream title description options agreed_option agreed_by confidentiality created_by created_at',
  ),
  table(
    'policy_positions',
    '#id',
    'id issue_id member option status expected_date evidence note confidentiality recorded_by recorded_at withdrawn',
    'id',
  ),
  table(
    'divergences',
    '#id',
    'id source key kind workstream title summary members severity measure evidence link api_link confidentiality state proposal_id state_by state_at state_note detected change previous_measure first_seen last_seen changed_at',
    'id',
  ),
  table(
    'divergence_events',
    '#id',
    'id divergence_id at actor type before after note proposal_id',
    'id',
  ),
  table('webhooks', 'id', 'id url workstream description secret active created_by created_at'),
  table(
    'webhook_deliveries',
    '#id',
    'id webhook_id alert_id payload status attempts next_attempt_at claimed_until last_status last_error delivered_at created_at',
    'id',
  ),
  table(
    'accounts',
    'id',
    'id email name role delegation constituency password_hash created_at disabled_at',
  ),
  table('sessions', 'token_hash', 'token_hash account_id csrf_token created_at expires_at'),
  table(
    'api_tokens',
    'id',
    'id account_id name token_hash created_at expires_at revoked_at last_used_at',
  ),
  table('setup_tokens', 'token_hash', 'token_hash created_at expires_at'),
  table('login_attempts', 'id key_hash', 'id key_hash at'),
  table(
    'audit_log',
    '#seq',
    'seq at actor type payload payload_hash prev_hash hash signature subject',
  ),
  table('audit_head', '#id', 'id seq hash'),
  table('audit_keys', 'fingerprint', 'fingerprint public_key first_seq recorded_at'),
  table('audit_salts', '#seq name', 'seq name salt'),
  table('audit_checkpoints', '#seq', 'seq head_hash at fingerprint signature'),
  table(
    'gov_workstreams',
    'code',
    'code name description decision_rule participants created_at updated_at',
  ),
  table(
    'proposals',
    'id',
    'id workstream title state confidentiality restricted_to decision_rule consultation_window voting_window version created_by author_delegation created_at updated_at',
  ),
  table(
    'proposal_versions',
    'proposal_id #version',
    'proposal_id version title text note created_by created_at',
  ),
  table(
    'proposal_comments',
    'id',
    'id proposal_id parent_id version author delegation body created_at',
  ),
  table(
    'ballots',
    'proposal_id delegation',
    'proposal_id delegation choice advisory cast_by cast_at',
  ),
  table('consultations', 'proposal_id', 'proposal_id questions updated_by updated_at'),
  table(
    'consultation_responses',
    'proposal_id account_id',
    'proposal_id account_id delegation economy constituency answers submitted_at',
  ),
  table(
    'implementation_reports',
    'proposal_id member report_date',
    'proposal_id member report_date status evidence_url reported_by reported_at',
  ),
  table(
    'conversations',
    'code',
    'code title description proposal_id confidentiality open source created_by created_at',
  ),
  table(
    'conversation_statements',
    'conversation id',
    'conversation id text language moderation seed author created_at',
  ),
  table(
    'conversation_participants',
    'conversation id',
    'conversation id account_id economy constituency',
  ),
  table('conversation_votes', '#id', 'id conversation participant statement value at', 'id'),
  table('data_version', '#id', 'id version'),
];

/**
 * Tables a migration fills with a row of its own (audit_head's genesis head, data_version's counter,
 * the default standards tags and watch, the default technology controls, the default policy
 * topics): not counted when checking that a target is empty, and replaced by the source's rows.
 */
export const SEEDED_TABLES: ReadonlySet<string> = new Set([
  'audit_head',
  'data_version',
  'standards_tags',
  'standards_tag_committees',
  'standards_watch',
  'misuse_technology_controls',
  'policy_topics',
]);

/** A row as its column values in the table's column order: text, number or null only. */
export type RowValues = (string | number | null)[];

/** One table's row count and checksum. */
export interface TableDigest {
  table: string;
  rows: number;
  sha256: string;
}

/** Per-table SHA-256 over each row's canonical line: the JSON array of its values, then `\n`. */
export class TableHasher {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;
  constructor(readonly table: string) {}
  add(row: RowValues): void {
    this.hash.update(canonicalRow(row) + '\n');
    this.rows++;
  }
  digest(): TableDigest {
    return { table: this.table, rows: this.rows, sha256: this.hash.digest('hex') };
  }
}

/** The canonical text of a row: JSON of its values (numbers in JavaScript's shortest form). */
export const canonicalRow = (row: RowValues): string => JSON.stringify(row);

/**
 * A value as read from either database, as the canonical form has it: PostgreSQL's int8 and
 * numeric arrive as numbers through the type parsers (database.ts), booleans are integers on both.
 */
function normalise(v: unknown, where: string): string | number | null {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new Error(`${where}: unsupported value of type ${typeof v}`);
}

/** Reads a table's rows in primary-key order (byte order for text on both databases), in pages. */
export async function* readTable(
  db: Kysely<Database> | Transaction<Database>,
  dialect: Dialect,
  t: TransferTable,
  pageSize = 1000,
): AsyncGenerator<RowValues[]> {
  const order = sql.join(
    t.key.map((k) =>
      dialect === 'postgres' && !t.integerKey.includes(k)
        ? sql`${sql.ref(k)} collate "C"`
        : sql`${sql.ref(k)}`,
    ),
  );
  const columns = sql.join(t.columns.map((c) => sql.ref(c)));
  for (let offset = 0; ; offset += pageSize) {
    const { rows } = await sql<Record<string, unknown>>`select ${columns} from ${sql.table(
      t.name,
    )} order by ${order} limit ${pageSize} offset ${offset}`.execute(db);
    if (rows.length === 0) return;
    yield rows.map((r) => t.columns.map((c) => normalise(r[c], `${t.name}.${c}`)));
    if (rows.length < pageSize) return;
  }
}

/** Computes every table's count and checksum (inside the caller's transaction or snapshot). */
export async function digestTables(
  db: Kysely<Database> | Transaction<Database>,
  dialect: Dialect,
): Promise<TableDigest[]> {
  const out: TableDigest[] = [];
  for (const t of TRANSFER_TABLES) {
    const h = new TableHasher(t.name);
    for await (const page of readTable(db, dialect, t)) for (const r of page) h.add(r);
    out.push(h.digest());
  }
  return out;
}

/**
 * Runs `work` over a consistent snapshot of the database: on PostgreSQL a REPEATABLE READ, READ
 * ONLY transaction; on SQLite one read transaction (WAL: writers go on, this sees one state).
 */
export function withSnapshot<T>(
  db: Kysely<Database>,
  dialect: Dialect,
  work: (tx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres')
    return db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(work);
  return db.transaction().execute(work);
}

/** The migrations applied to a database, in order (empty when it has none). */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === 'kysely_migration')) return [];
  const { rows } = await sql<{
    name: string;
  }>`select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

/** This build's last migration: the schema version a backup records. */
export const LATEST_SCHEMA = MIGRATION_NAMES.at(-1)!;

/**
 * Brings the target's schema to `version` (a migration of this build): migrates an empty
 * database; accepts one already at that version; refuses any other.
 */
export async function prepareTargetSchema(db: Kysely<Database>, version: string): Promise<void> {
  if (!MIGRATION_NAMES.includes(version))
    throw new Error(
      `the source's schema version ${version} is unknown to this version of techalliance (latest: ${LATEST_SCHEMA}); upgrade techalliance first`,
    );
  const applied = await appliedMigrations(db);
  const current = applied.at(-1);
  if (current === version) return;
  if (current !== undefined && current > version)
    throw new Error(
      `the target database's schema (${current}) is newer than the source's (${version}): restore into an empty database, or migrate the source first`,
    );
  const migrator = new Migrator({ db: db as Kysely<unknown>, provider: migrationProvider });
  const { error } = await migrator.migrateTo(version);
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
}

/**
 * Inside the target's write transaction: refuses a target holding any row (naming the table),
 * unless `force`, which deletes every row first; seeded tables are emptied either way.
 */
export async function clearTarget(tx: Transaction<Database>, force: boolean): Promise<void> {
  if (!force)
    for (const t of TRANSFER_TABLES) {
      if (SEEDED_TABLES.has(t.name)) continue;
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(t.name)}`.execute(tx);
      const n = Number(rows[0]?.n ?? 0);
      if (n > 0)
        throw new Error(
          `the target database is not empty: table ${t.name} has ${n} row${n === 1 ? '' : 's'} (use --force to replace everything in it)`,
        );
    }
  for (const t of [...TRANSFER_TABLES].reverse())
    await sql`delete from ${sql.table(t.name)}`.execute(tx);
}

/** Inserts one table's rows (a page) inside the target's transaction. */
export async function insertRows(
  tx: Transaction<Database>,
  t: TransferTable,
  rows: readonly RowValues[],
  batchSize = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    const values = sql.join(batch.map((r) => sql`(${sql.join(r.map((v) => sql.val(v)))})`));
    await sql`insert into ${sql.table(t.name)} (${sql.join(
      t.columns.map((c) => sql.ref(c)),
    )}) values ${values}`.execute(tx);
  }
}

/** On PostgreSQL, moves each serial column's sequence past the copied rows. */
export async function advanceSequences(tx: Transaction<Database>, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  for (const t of TRANSFER_TABLES) {
    if (!t.serial) continue;
    await sql`select setval(pg_get_serial_sequence(${t.name}, ${t.serial}), coalesce((select max(${sql.ref(
      t.serial,
    )}) from ${sql.table(t.name)}), 0) + 1, false)`.execute(tx);
  }
}
