// Opens the database named by a URL: SQLite (embedded default, better-sqlite3) or PostgreSQL (pg).
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import type pgModule from 'pg';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, without credentials: a file path or `postgres://host/db`. */
  location: string;
  /**
   * Runs `work` while holding the database's setup lock: on PostgreSQL a session advisory lock
   * (`pg_advisory_lock`), so of several processes opening one database at once, one migrates and
   * loads while the others wait and then find the work done. On SQLite it simply runs `work` (one
   * server process per file).
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock key of the setup lock (any fixed 64-bit number; "techalli" in ASCII). */
const SETUP_LOCK_KEY = '8387219234868292713';

/**
 * Creates the SQLite file's folder (0700) and the file (0600) when missing, and narrows an
 * existing file and its -wal/-shm companions to 0600: the database is readable by its owner only.
 */
function prepareSqliteFile(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  restrictSqliteFiles(file);
}

function restrictSqliteFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

let pgLoaded: typeof pgModule | null = null;

/**
 * The PostgreSQL driver, loaded on first use: a command on the SQLite file never pays for it (the
 * CLI's start time). PostgreSQL returns int8 (COUNT, SUM of integers) as strings; every count here
 * fits a double.
 */
function loadPg(): typeof pgModule {
  if (pgLoaded) return pgLoaded;
  const pg = createRequire(import.meta.url)('pg') as typeof pgModule;
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
  pgLoaded = pg;
  return pg;
}

/**
 * Opens `postgres://…` / `postgresql://…` with pg, `sqlite:<file>` (or `sqlite::memory:`) with
 * better-sqlite3. The SQLite file and its folder are created when missing, readable by the owner
 * only (folder 0700, file 0600).
 */
export function openDatabase(url: string): DatabaseHandle {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new (loadPg().Pool)({ connectionString: url, max: 10 });
    // An idle client dropped by the server (restart, timeout) must not take the process down;
    // the pool replaces it and the next query reconnects.
    pool.on('error', (err) => {
      process.emitWarning(`PostgreSQL connection lost: ${err.message}`);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const parsed = new URL(url);
    return {
      db,
      dialect: 'postgres',
      location: `postgres://${parsed.host}${parsed.pathname}`,
      exclusive: (work) =>
        db.connection().execute(async (lockHolder) => {
          await sql`select pg_advisory_lock(${SETUP_LOCK_KEY}::bigint)`.execute(lockHolder);
          try {
            return await work();
          } finally {
            await sql`select pg_advisory_unlock(${SETUP_LOCK_KEY}::bigint)`.execute(lockHolder);
          }
        }),
      close: () => db.destroy(),
    };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') prepareSqliteFile(file);
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    if (file !== ':memory:') restrictSqliteFiles(file);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return {
      db,
      dialect: 'sqlite',
      location: file,
      exclusive: (work) => work(),
      close: () => db.destroy(),
    };
  }
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql:// or sqlite: (got '${url.split(':')[0] ?? ''}:…')`,
  );
}
