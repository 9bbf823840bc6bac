// The databases every repository contract suite runs on: SQLite always, PostgreSQL when
// TEST_DATABASE_URL is set (each suite run gets its own fresh database, dropped afterwards).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type DatabaseHandle, type Dialect } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { Store } from '../src/db/store.ts';

export interface TestTarget {
  /** Shown in suite names: `sqlite` or `postgres`. */
  name: Dialect;
  /** For PostgreSQL, the server to create the suite's database on (TEST_DATABASE_URL). */
  adminUrl?: string;
}

export interface DatabaseContext {
  readonly target: TestTarget;
  /**
   * A migrated store over an empty database. On PostgreSQL the suite's database is emptied first,
   * so call it once per test: a store from an earlier call sees the same (now empty) tables.
   */
  open(): Promise<Store>;
  /** An empty database that has not been migrated (for migration tests). */
  openHandle(): Promise<DatabaseHandle>;
}

let warned = false;

/** SQLite in memory, plus PostgreSQL when TEST_DATABASE_URL is set (warns once when not). */
export function testDatabases(env: NodeJS.ProcessEnv = process.env): TestTarget[] {
  const targets: TestTarget[] = [{ name: 'sqlite' }];
  const url = env.TEST_DATABASE_URL;
  if (url) targets.push({ name: 'postgres', adminUrl: url });
  else if (!warned) {
    warned = true;
    console.warn('PostgreSQL suites skipped: TEST_DATABASE_URL not set');
  }
  return targets;
}

/** The migrated template of a suite's PostgreSQL database. */
const templateOf = (database: string): string => `${database}_migrated`;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

async function withAdmin<T>(adminUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * One target's databases for the length of one suite; `dispose` leaves nothing behind. On
 * PostgreSQL the suite migrates a template database once and each `open()` makes the suite's
 * database a fresh copy of it (a copy takes a fraction of a migration).
 */
export class TestSession implements DatabaseContext {
  private handles: DatabaseHandle[] = [];
  private pgUrl: string | undefined;
  private pgName: string | undefined;
  /** The migrated template of this suite's PostgreSQL databases, once made. */
  private pgTemplate: Promise<string> | undefined;

  constructor(readonly target: TestTarget) {}

  async start(): Promise<void> {
    if (this.target.name !== 'postgres' || !this.target.adminUrl) return;
    const name = `ta_test_${randomBytes(6).toString('hex')}`;
    await withAdmin(this.target.adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    this.pgName = name;
    this.pgUrl = this.urlOf(name);
  }

  async openHandle(): Promise<DatabaseHandle> {
    await this.closeHandles();
    if (this.target.name === 'sqlite') return this.track(openDatabase('sqlite::memory:'));
    if (!this.pgUrl) throw new Error('TestSession.start() was not called');
    const handle = this.track(openDatabase(this.pgUrl));
    // Empty the suite's database: every test starts from no tables at all.
    await sql`DROP SCHEMA public CASCADE`.execute(handle.db);
    await sql`CREATE SCHEMA public`.execute(handle.db);
    return handle;
  }

  async open(): Promise<Store> {
    if (this.target.name === 'sqlite') {
      const handle = await this.openHandle();
      await migrateToLatest(handle.db as never);
      return new Store(handle.db);
    }
    const { adminUrl } = this.target;
    if (!this.pgName || !this.pgUrl || !adminUrl)
      throw new Error('TestSession.start() was not called');
    await this.closeHandles();
    const template = await (this.pgTemplate ??= this.migrateTemplate());
    const name = this.pgName;
    await withAdmin(adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
    });
    return new Store(this.track(openDatabase(this.pgUrl)).db);
  }

  async dispose(): Promise<void> {
    await this.closeHandles();
    const name = this.pgName;
    // Once its creation has ended (or failed), the template goes with the suite's database.
    await this.pgTemplate?.catch(() => undefined);
    this.pgName = this.pgUrl = this.pgTemplate = undefined;
    if (!name || !this.target.adminUrl) return;
    await withAdmin(this.target.adminUrl, async (c) => {
      for (const n of [name, templateOf(name)]) {
        await c.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [n],
        );
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(n)} WITH (FORCE)`);
      }
    });
  }

  private urlOf(database: string): string {
    const url = new URL(this.target.adminUrl!);
    url.pathname = `/${database}`;
    return url.toString();
  }

  /** Creates and migrates `<suite database>_migrated`, the template of every `open()`. */
  private async migrateTemplate(): Promise<string> {
    const template = templateOf(this.pgName!);
    await withAdmin(this.target.adminUrl!, (c) =>
      c.query(`CREATE DATABASE ${quoteIdent(template)}`),
    );
    const handle = openDatabase(this.urlOf(template));
    try {
      await migrateToLatest(handle.db as never);
    } finally {
      // A template may have no open connection when it is copied.
      await handle.close();
    }
    return template;
  }

  private track(handle: DatabaseHandle): DatabaseHandle {
    this.handles.push(handle);
    return handle;
  }

  private async closeHandles(): Promise<void> {
    const open = this.handles;
    this.handles = [];
    for (const h of open) await h.close();
  }
}

/**
 * Runs one suite body on every target (one `describe` each), e.g. "economy repository on postgres".
 * The body registers tests; `ctx.open()` inside a test gives it a migrated, empty store.
 */
export function forEachDatabase(name: string, body: (ctx: DatabaseContext) => void): void {
  for (const target of testDatabases()) {
    describe(`${name} on ${target.name}`, () => {
      const session = new TestSession(target);
      beforeAll(() => session.start());
      afterAll(() => session.dispose());
      body(session);
    });
  }
}
