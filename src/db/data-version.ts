// The data version (table data_version, one row): a counter that grows with every committed write
// that can change a cached answer. Store.transaction bumps it in the same transaction as the
// write; a write made outside a transaction bumps it before the repository call returns. Which
// statements count is decided here, from the statement itself, so a new write cannot forget it.
import type {
  CompiledQuery,
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
  Kysely,
} from 'kysely';
import type { Database } from './schema.ts';

/**
 * Tables no cached answer reads: writes to them leave the data version alone. Everything else —
 * including a table added later — counts as data. Only list a table here when every route that
 * reads it is caller-dependent or otherwise never cached.
 */
export const UNVERSIONED_TABLES: ReadonlySet<string> = new Set([
  'data_version',
  'accounts',
  'sessions',
  'api_tokens',
  'setup_tokens',
  'login_attempts',
  'audit_log',
  'audit_head',
  'audit_keys',
  'audit_salts',
  'audit_checkpoints',
  // Decisions only feed the caller's screening answers (screen, batch, decisions): never cached.
  'screening_decisions',
  // Webhooks and their deliveries are read by the secretariat's routes only (never cached); the
  // delivery loop writes them every few seconds and must not empty every cache each time.
  'webhooks',
  'webhook_deliveries',
]);

const WRITE_SQL = /^\s*(insert|update|delete|replace|merge|upsert|truncate|with)\b/i;

function tableName(node: OperationNode | undefined): string | null {
  if (!node) return null;
  const n = node as OperationNode & {
    table?: { identifier?: { name?: unknown } };
    node?: OperationNode;
    froms?: readonly OperationNode[];
  };
  if (n.kind === 'TableNode') {
    const name = n.table?.identifier?.name;
    return typeof name === 'string' ? name : null;
  }
  if (n.kind === 'AliasNode') return tableName(n.node);
  if (n.kind === 'FromNode' && n.froms?.length === 1) return tableName(n.froms[0]);
  return null;
}

/**
 * Whether a statement may change data a cached answer is built from. A write whose target table
 * cannot be named (raw SQL that writes, a multi-table update) counts.
 */
export function changesVersionedData(node: RootOperationNode): boolean {
  let target: OperationNode | undefined;
  switch (node.kind) {
    case 'InsertQueryNode':
      target = node.into;
      break;
    case 'UpdateQueryNode':
      target = node.table;
      break;
    case 'DeleteQueryNode':
      target = node.from;
      break;
    case 'MergeQueryNode':
      target = node.into;
      break;
    case 'RawNode':
      return WRITE_SQL.test(node.sqlFragments[0] ?? '');
    case 'SelectQueryNode':
      // A data-modifying common table expression: `with x as (delete …) select …`.
      return (node.with?.expressions ?? []).some((cte) =>
        changesVersionedData(cte.expression as RootOperationNode),
      );
    case 'AlterTableNode':
    case 'CreateIndexNode':
    case 'CreateSchemaNode':
    case 'CreateTableNode':
    case 'CreateTypeNode':
    case 'CreateViewNode':
    case 'DropIndexNode':
    case 'DropSchemaNode':
    case 'DropTableNode':
    case 'DropTypeNode':
    case 'DropViewNode':
    case 'RefreshMaterializedViewNode':
      // A schema change (migrations run without the tracker; anything else counts).
      return true;
  }
  const name = tableName(target);
  return name === null || !UNVERSIONED_TABLES.has(name);
}

/**
 * Notes the writes to versioned data made through the Kysely instance it is plugged into.
 * `wrote` is set once such a statement has completed (a statement that failed wrote nothing).
 */
export class WriteTracker implements KyselyPlugin {
  wrote = false;
  private readonly writes = new WeakSet<object>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (changesVersionedData(args.node)) this.writes.add(args.queryId);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.writes.has(args.queryId)) this.wrote = true;
    return Promise.resolve(args.result);
  }

  /** True (once) when a versioned write completed since the last call. */
  take(): boolean {
    const wrote = this.wrote;
    this.wrote = false;
    return wrote;
  }
}

const versionQueries = new WeakMap<Kysely<Database>, CompiledQuery<{ version: number }>>();

/**
 * The current data version (0 on a database nothing has been written to since migration). The
 * statement is compiled once per connection pool: it runs on every cached request.
 */
export async function readDataVersion(db: Kysely<Database>): Promise<number> {
  let query = versionQueries.get(db);
  if (!query) {
    query = db.selectFrom('data_version').select('version').where('id', '=', 1).compile();
    versionQueries.set(db, query);
  }
  const { rows } = await db.executeQuery(query);
  return Number(rows[0]?.version ?? 0);
}

/** Grows the data version by one (inside the caller's transaction when `db` is one). */
export async function bumpDataVersion(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('data_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/**
 * Wraps a repository so that, after each of its calls settles, `after` runs before the caller
 * sees the result (used outside transactions: the bump follows the committed write).
 */
export function afterEachCall<T extends object>(repository: T, after: () => Promise<void>): T {
  return new Proxy(repository, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        return result.then(
          async (v: unknown) => {
            await after();
            return v;
          },
          async (e: unknown) => {
            await after();
            throw e;
          },
        );
      };
    },
  });
}

/**
 * Wraps every repository held by `owner` (its own object properties but `skip`) so that a call
 * which wrote versioned data through `tracker` bumps the version on `db` before it returns.
 */
export function bumpAfterWrites(
  owner: object,
  skip: readonly string[],
  tracker: WriteTracker,
  db: Kysely<Database>,
): void {
  const after = async (): Promise<void> => {
    if (tracker.take()) await bumpDataVersion(db);
  };
  const fields = owner as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const value = fields[key];
    if (skip.includes(key) || typeof value !== 'object' || value === null) continue;
    fields[key] = afterEachCall(value, after);
  }
}
