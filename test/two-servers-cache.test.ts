// Two server processes on one PostgreSQL database behave as one: process 1 serves an analysis from
// its response cache, process 2 edits the coalition it is about, and process 1's very next answer
// uses the new members. No waiting: the data version is read on every cached request.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../src/services/platform.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL = process.env.TEST_DATABASE_URL;
const TOKEN = 'two-servers-token-0123456789abcdef';

/** A fresh PostgreSQL database on the server of `adminUrl`; `drop` removes it. */
async function freshPostgres(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ta_test_${randomBytes(6).toString('hex')}`;
  const admin = async (text: string): Promise<void> => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

interface Server {
  base: string;
  stop(): Promise<void>;
}

/** Starts `techalliance serve` on DATABASE_URL and an ephemeral port; resolves once it answers. */
function startServer(databaseUrl: string): Promise<Server> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin/techalliance.js'), 'serve'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        API_WRITE_TOKEN: TOKEN,
        LOG_LEVEL: 'warn',
        WORKER_THREADS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise<Server>((ready, fail) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /is serving (http:\/\/\S+)/.exec(out);
      if (!m) return;
      const base = m[1]!;
      fetch(`${base}/api/health`)
        .then((r) => (r.ok ? ready({ base, stop }) : fail(new Error(`health ${r.status}`))))
        .catch(fail);
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code}): ${err || out}`)));
  });
}

const urls = (coalition: string): string[] => [
  `/api/v1/chains/critical-minerals/metrics?coalition=${coalition}`,
  `/api/v1/controls/coverage?chain=critical-minerals&coalition=${coalition}&target=CHN`,
  `/api/v1/controls/retaliation?coalition=${coalition}&target=CHN`,
];

/** An answer with the coalition's name (a code or a list of two or more ISO3 codes) replaced. */
const unnamed = (text: string, name: string): unknown =>
  JSON.parse(text.replaceAll(name, '<coalition>'));

describe.skipIf(!ADMIN_URL)('two server processes on one PostgreSQL database', () => {
  let db: Awaited<ReturnType<typeof freshPostgres>>;
  let one: Server;
  let two: Server;

  beforeAll(async () => {
    db = await freshPostgres(ADMIN_URL!);
    // Migrated and loaded once, before the servers start.
    const platform = await openPlatform(db.url);
    await platform.close();
    [one, two] = await Promise.all([startServer(db.url), startServer(db.url)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await db?.drop();
  });

  const get = async (server: Server, path: string): Promise<string> => {
    const r = await fetch(server.base + path);
    const text = await r.text();
    expect(r.status, `${path}: ${text}`).toBe(200);
    return text;
  };
  const send = async (server: Server, method: string, path: string, body: unknown) => {
    const r = await fetch(server.base + path, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(r.status, `${method} ${path}: ${await r.clone().text()}`).toBeLessThan(300);
  };

  it('process 1 answers with the members process 2 just saved', async () => {
    await send(two, 'POST', '/api/v1/coalitions', {
      code: 'SHARED',
      name: 'Shared',
      participants: [
        { code: 'JPN', tier: 'member' },
        { code: 'KOR', tier: 'member' },
      ],
    });
    const before: string[] = [];
    for (const path of urls('SHARED')) {
      const first = await get(one, path);
      expect(await get(one, path)).toBe(first); // now served from process 1's cache
      before.push(first);
    }

    await send(two, 'PUT', '/api/v1/coalitions/SHARED', {
      name: 'Shared',
      participants: [
        { code: 'JPN', tier: 'member' },
        { code: 'KOR', tier: 'member' },
        { code: 'USA', tier: 'member' },
        { code: 'AUS', tier: 'member' },
      ],
    });

    const edited = urls('SHARED');
    const reference = urls('JPN,KOR,USA,AUS');
    for (let i = 0; i < edited.length; i++) {
      const after = await get(one, edited[i]!);
      expect(after).not.toBe(before[i]);
      expect(unnamed(after, 'SHARED')).toEqual(
        unnamed(await get(two, reference[i]!), 'JPN,KOR,USA,AUS'),
      );
    }
  });
});
