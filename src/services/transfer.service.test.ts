// Backup, restore and `db copy` (docs/backup-and-move.md): a database with every kind of record
// survives backup → restore (SQLite → SQLite, SQLite → PostgreSQL) and `db copy` to PostgreSQL with
// equal row counts and checksums and a verifying audit log; a non-empty target and a damaged file
// are refused; a copy killed with SIGKILL leaves the target without rows.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance } from '../../test/run-cli.ts';
import { forEachDatabase } from '../../test/test-databases.ts';
import { openDatabase } from '../db/database.ts';
import { parseProposalDraft } from '../core/governance/proposal.ts';
import {
  appliedMigrations,
  digestTables,
  SEEDED_TABLES,
  TRANSFER_TABLES,
  type TableDigest,
} from '../db/database-transfer.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { Store } from '../db/store.ts';
import { AuditLog, AuditService, resolveAuditKey } from './audit-log.ts';
import { GovernanceService } from './governance.service.ts';
import { openPlatform } from './platform.ts';
import { buildServices } from './services.ts';
import type { TransferReport } from './transfer.service.ts';
import { testPrincipal } from '../../test/principals.ts';

const FIXTURES = resolve(import.meta.dirname, '../../test/fixtures/restricted-parties');
const PG_ADMIN = process.env.TEST_DATABASE_URL;
const pgIt = PG_ADMIN ? it : it.skip;

const principal = testPrincipal;
const SECRETARIAT = principal('secretariat', null);
const DEU = principal('member_delegate', 'DEU');
const FRA = principal('member_delegate', 'FRA');
const IND = principal('partner_delegate', 'IND');

/** Fills a SQLite database with every kind of record, through the services. */
async function buildSource(url: string, keyFile: string): Promise<void> {
  const platform = await openPlatform(url, { auditKeyFile: keyFile });
  try {
    const services = buildServices(platform);
    for (const [format, file] of [
      ['ofac-sdn', 'ofac-sdn-mini.csv'],
      ['eu-833-annex-iv', 'eu-833-annex-iv-mini.csv'],
    ] as const)
      expect((await services.imports.run({ format, file: join(FIXTURES, file) })).written).toBe(
        true,
      );
    const password = 'a long enough passphrase 42';
    await services.accounts.create({
      email: 'sec@example.org',
      name: 'Secrétariat Ünïcode',
      role: 'secretariat',
      password,
    });
    await services.accounts.create({
      email: 'deu@example.org',
      name: 'Delegate',
      role: 'member_delegate',
      delegation: 'DEU',
      password,
    });
    const clock = { now: new Date('2026-12-01T09:00:00.000Z') };
    const g = new GovernanceService(platform.store, services.audit, () => clock.now);
    await g.saveWorkstream(SECRETARIAT, {
      code: 'ai',
      name: 'AI safety',
      description: 'Evaluation and standards',
      decisionRule: { kind: 'qualified-majority', yes: 2 },
      participants: [
        { delegation: 'DEU', rights: ['read', 'propose', 'comment', 'respond', 'vote'] },
        { delegation: 'FRA', rights: ['read', 'propose', 'comment', 'respond', 'vote'] },
        { delegation: 'IND', rights: ['read', 'comment', 'advisory_vote'] },
      ],
    });
    const p = await g.create(
      DEU,
      parseProposalDraft({
        title: 'Evaluation standard',
        text: 'Line one\nLine two — «quoted»\n',
        confidentiality: 'alliance',
        workstream: 'ai',
      }),
    );
    await g.transition(SECRETARIAT, p.id, {
      to: 'consultation',
      window: { opensAt: '2026-12-01T09:00:00Z', closesAt: '2026-12-08T09:00:00Z' },
    });
    await g.edit(DEU, p.id, { text: 'Line one\nLine 2, amended\n', note: 'after comments' });
    const c = await g.comment(IND, p.id, { body: 'Partners support this.' });
    await g.comment(FRA, p.id, { body: 'Agreed.', parentId: c.id });
    clock.now = new Date('2026-12-09T09:00:00.000Z');
    await g.transition(SECRETARIAT, p.id, { to: 'deliberation' });
    await g.transition(SECRETARIAT, p.id, {
      to: 'voting',
      window: { opensAt: '2026-12-09T09:00:00Z', closesAt: '2026-12-10T09:00:00Z' },
    });
    await g.vote(DEU, p.id, { choice: 'yes' });
    await g.vote(FRA, p.id, { choice: 'yes' });
    await g.vote(IND, p.id, { choice: 'no' });
    const handle = openDatabase(url);
    const { rows } = await sql<{
      id: string;
    }>`select id from restricted_parties order by id limit 1`.execute(handle.db);
    await handle.close();
    await services.screening.decide(
      { queryName: 'Ivan Example', entityId: rows[0]!.id, decision: 'match', note: 'checked' },
      SECRETARIAT,
    );
    await services.audit.checkpoint();
  } finally {
    await platform.close();
  }
}

async function digestsOf(url: string): Promise<TableDigest[]> {
  const h = openDatabase(url);
  try {
    return await digestTables(h.db, h.dialect);
  } finally {
    await h.close();
  }
}

/** Rows in the database's tables, other than those its migrations seed. */
async function dataRows(url: string): Promise<number> {
  const h = openDatabase(url);
  const migrated = (await appliedMigrations(h.db)).length > 0;
  await h.close();
  if (!migrated) return 0; // refused before the schema was even created
  const d = await digestsOf(url);
  return d.filter((t) => !SEEDED_TABLES.has(t.table)).reduce((n, t) => n + t.rows, 0);
}

/** Verifies a database's log independently of the transfer: with the source's public key. */
async function verifyWith(url: string, publicKeyPem: string) {
  const h = openDatabase(url);
  try {
    const audit = new AuditService(
      new Store(h.db),
      new AuditLog(resolveAuditKey({ dialect: 'postgres', location: 'x' })),
    );
    return await audit.verify({ publicKey: publicKeyPem });
  } finally {
    await h.close();
  }
}

const pgDatabases: string[] = [];
async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}
async function freshPostgres(): Promise<string> {
  const name = `ta_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  pgDatabases.push(name);
  const u = new URL(PG_ADMIN!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function cli(databaseUrl: string, ...args: string[]) {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    return await runTechalliance(...args);
  } finally {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

describe('backup, restore and db copy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ta-transfer-'));
  const keyFile = join(dir, 'audit-signing.key');
  const source = `sqlite:${join(dir, 'source.sqlite')}`;
  const backup = join(dir, 'backup.jsonl.gz');
  let sourceDigests: TableDigest[];
  let publicKeyPem: string;
  let auditEntries: number;

  beforeAll(async () => {
    await buildSource(source, keyFile);
    sourceDigests = await digestsOf(source);
    const h = openDatabase(source);
    const keys = await new Store(h.db).auditLog.keys();
    auditEntries = (await new Store(h.db).auditLog.head()).seq;
    await h.close();
    publicKeyPem = keys.at(-1)!.pem;
  }, 120_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (PG_ADMIN)
      for (const name of pgDatabases)
        await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  });

  it('has every kind of record in the source', () => {
    const rows = new Map(sourceDigests.map((d) => [d.table, d.rows]));
    for (const t of [
      'economies',
      'indicator_values',
      'restricted_lists',
      'restricted_parties',
      'screening_decisions',
      'accounts',
      'proposals',
      'proposal_versions',
      'proposal_comments',
      'ballots',
      'audit_log',
      'audit_keys',
      'audit_checkpoints',
      'import_runs',
    ])
      expect(rows.get(t), t).toBeGreaterThan(0);
    expect(auditEntries).toBeGreaterThan(10);
  });

  const expectSameAsSource = async (url: string, report: TransferReport) => {
    expect(report.tables.every((t) => t.equal)).toBe(true);
    // Independently of the report: the target's own counts and checksums, and its audit log
    // verified with the key the source recorded.
    expect(await digestsOf(url)).toEqual(sourceDigests);
    expect(report.audit).toMatchObject({ ok: true, checked: auditEntries });
    const v = await verifyWith(url, publicKeyPem);
    expect(v.ok).toBe(true);
    expect(v.checked).toBe(auditEntries);
  };

  it('backs up to a file and restores it into an empty SQLite database, byte for byte', async () => {
    const b = await cli(source, 'backup', '--out', backup, '--json');
    expect(b.code, b.err).toBe(0);
    const manifest = JSON.parse(gunzipSync(readFileSync(backup)).toString().split('\n')[0]!) as {
      tables: TableDigest[];
      auditHead: { seq: number };
    };
    expect(manifest.tables).toEqual(sourceDigests);
    expect(manifest.auditHead.seq).toBe(auditEntries);
    const target = `sqlite:${join(dir, 'restored.sqlite')}`;
    const r = await cli(target, 'restore', backup, '--json');
    expect(r.code, r.err).toBe(0);
    await expectSameAsSource(target, JSON.parse(r.out) as TransferReport);
  });

  it('refuses a non-empty target, naming the table, and replaces it with --force', async () => {
    const target = `sqlite:${join(dir, 'restored.sqlite')}`;
    const r = await cli(target, 'restore', backup);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/target database is not empty: table sources has \d+ rows.*--force/);
    const forced = await cli(target, 'restore', backup, '--force', '--json');
    expect(forced.code, forced.err).toBe(0);
    await expectSameAsSource(target, JSON.parse(forced.out) as TransferReport);
  });

  it('refuses a damaged backup file, naming the line, and writes nothing', async () => {
    const lines = gunzipSync(readFileSync(backup)).toString().split('\n');
    const accounts = lines.findIndex((l) => l.startsWith('{"table":"accounts"'));
    const damaged = (edit: (ls: string[]) => void, name: string): string => {
      const copy = [...lines];
      edit(copy);
      const f = join(dir, name);
      writeFileSync(f, gzipSync(copy.join('\n')));
      return f;
    };
    const cases: [string, RegExp][] = [
      // A value changed in a row: the table's checksum no longer matches the manifest.
      [
        damaged(
          (ls) => (ls[accounts + 1] = ls[accounts + 1]!.replace('@example.org', '@evil.org')),
          'changed.gz',
        ),
        new RegExp(
          `line ${accounts + 1}: table accounts \\(rows on lines ${accounts + 2}–${accounts + 3}\\): 2 rows with checksum`,
        ),
      ],
      [
        damaged((ls) => (ls[accounts + 1] = '[not json'), 'garbled.gz'),
        new RegExp(`line ${accounts + 2}: not valid JSON`),
      ],
      [damaged((ls) => ls.splice(accounts), 'truncated.gz'), /ends before table accounts/],
      [
        damaged((ls) => (ls[0] = '{"format":"other"}'), 'manifest.gz'),
        /line 1: not a techalliance backup/,
      ],
    ];
    const raw = readFileSync(backup);
    const cut = join(dir, 'cut.gz');
    writeFileSync(cut, raw.subarray(0, Math.floor(raw.length / 2)));
    cases.push([cut, /line \d+: the file is damaged/]);
    for (const [file, message] of cases) {
      const target = `sqlite:${join(dir, `t-${randomBytes(4).toString('hex')}.sqlite`)}`;
      const r = await cli(target, 'restore', file);
      expect(r.code, file).toBe(1);
      expect(r.err, file).toMatch(message);
      expect(await dataRows(target), file).toBe(0);
    }
  });

  pgIt('restores the SQLite backup into PostgreSQL, sequences advanced', async () => {
    const target = await freshPostgres();
    const r = await cli(target, 'restore', backup, '--json');
    expect(r.code, r.err).toBe(0);
    await expectSameAsSource(target, JSON.parse(r.out) as TransferReport);
    // import_runs.id is serial on PostgreSQL: the next run gets the next id, no collision.
    const h = openDatabase(target);
    const max = sourceDigests.find((d) => d.table === 'import_runs')!.rows;
    const { rows } = await sql<{ id: number }>`insert into import_runs
      (format, file, finished_at, rows_read, inserted, updated, unchanged, rejected, set_aside)
      values ('x', 'y', 'z', 0, 0, 0, 0, 0, 0) returning id`.execute(h.db);
    await h.close();
    expect(rows[0]!.id).toBe(max + 1);
  });

  pgIt('copies SQLite into PostgreSQL with `db copy`, comparing every table', async () => {
    const target = await freshPostgres();
    const r = await cli(source, 'db', 'copy', '--to', target, '--json');
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as TransferReport;
    expect(report.tables.map((t) => t.table)).toEqual(TRANSFER_TABLES.map((t) => t.name));
    await expectSameAsSource(target, report);
    // And back: PostgreSQL → SQLite gives the same checksums again.
    const back = `sqlite:${join(dir, 'back.sqlite')}`;
    const b = await cli(back, 'db', 'copy', '--from', target, '--to', back, '--json');
    expect(b.code, b.err).toBe(0);
    await expectSameAsSource(back, JSON.parse(b.out) as TransferReport);
  });

  it('leaves the target without rows when the copy is killed with SIGKILL mid-way', async () => {
    const big = join(dir, 'big.sqlite');
    copyFileSync(join(dir, 'source.sqlite'), big);
    const raw = new SQLite(big);
    const insert = raw.prepare('insert into login_attempts (id, key_hash, at) values (?, ?, ?)');
    raw.transaction(() => {
      for (let i = 0; i < 150_000; i++)
        insert.run(`a${i}`, `k${i % 97}`, '2026-12-01T00:00:00.000Z');
    })();
    raw.close();
    const target = PG_ADMIN ? await freshPostgres() : `sqlite:${join(dir, 'killed.sqlite')}`;
    const main = pathToFileURL(resolve(import.meta.dirname, '../main.ts')).href;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '--eval',
        `const { runCli } = await import(${JSON.stringify(main)});
process.exitCode = await runCli(['node', 'techalliance', 'db', 'copy', '--to', ${JSON.stringify(target)}]);`,
      ],
      {
        cwd: resolve(import.meta.dirname, '../..'),
        env: { ...process.env, DATABASE_URL: `sqlite:${big}` },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let err = '';
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.once('exit', (_code, signal) => done(signal)),
    );
    await new Promise<void>((started, failed) => {
      child.stderr.on('data', (b: Buffer) => {
        err += b.toString();
        // Kill once it has started on the large table (tables before it are already written).
        if (err.includes('copying login_attempts')) started();
      });
      child.once('exit', () => failed(new Error(`the copy ended before it was killed: ${err}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(await dataRows(target)).toBe(0);
  }, 120_000);
});

forEachDatabase('the transfer table list', (ctx) => {
  it('names every table and column of the migrated schema, and only seeded tables have rows', async () => {
    const handle = await ctx.openHandle();
    await migrateToLatest(handle.db as never);
    const tables = await handle.db.introspection.getTables();
    const actual = Object.fromEntries(
      tables.map((t) => [t.name, t.columns.map((c) => c.name).sort()]),
    );
    const listed = Object.fromEntries(TRANSFER_TABLES.map((t) => [t.name, [...t.columns].sort()]));
    expect(listed).toEqual(actual);
    const digests = await digestTables(handle.db, handle.dialect);
    for (const d of digests) expect(d.rows > 0, d.table).toBe(SEEDED_TABLES.has(d.table));
  });
});
