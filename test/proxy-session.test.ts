// Two server processes on one fresh PostgreSQL database behind nginx (Debian's package) on
// loopback, as docs/deploy.md sets them up: a session made through the proxy works on either
// process, ballots cast through each process and through the proxy make one tally, a restricted
// list imported with the CLI meanwhile is seen by both (each had answered, and cached, the empty
// list before), and both verify the audit log.
// Skips, saying why, without TEST_DATABASE_URL or /usr/sbin/nginx.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freshPostgresDatabase,
  startServers,
  type FreshPostgres,
  type ServerProcesses,
} from './server-process.ts';
import { NGINX, nginxAvailable, startReverseProxy, type ReverseProxy } from './reverse-proxy.ts';

const ROOT = resolve(import.meta.dirname, '..');
const adminUrl = process.env.TEST_DATABASE_URL;
const haveNginx = nginxAvailable();
const ADMIN = { email: 'secretariat@proxy.test', password: 'proxy-session-password' };
const DELEGATES = ['DEU', 'FRA', 'JPN', 'USA'] as const;
type Delegation = (typeof DELEGATES)[number];
const PASSWORD = 'delegate-password-123';
// A test key made here, never a real one; both processes and the CLI sign with it.
const AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

if (!adminUrl) console.warn('proxy-session: skipped (TEST_DATABASE_URL is not set)');
if (!haveNginx)
  console.warn(`proxy-session: skipped (${NGINX} missing: apt-get install nginx-light)`);

interface Session {
  cookie: string;
  csrf: string;
}

async function signIn(base: string, email: string, password: string): Promise<Session> {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(r.status, await r.clone().text()).toBe(200);
  return {
    cookie: (r.headers.get('set-cookie') ?? '').split(';')[0]!,
    csrf: ((await r.json()) as { csrfToken: string }).csrfToken,
  };
}

async function call(
  base: string,
  session: Session | null,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: object,
): Promise<{ status: number; json: unknown; upstream: string | null }> {
  const r = await fetch(base + path, {
    method,
    headers: {
      ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await r.text();
  return {
    status: r.status,
    json: text.startsWith('{') ? JSON.parse(text) : text,
    upstream: r.headers.get('x-upstream'),
  };
}

/** `techalliance import ofac-sdn <fixture>` in its own process on the same database. */
function importWithCli(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    [
      resolve(ROOT, 'bin/techalliance.js'),
      'import',
      'ofac-sdn',
      resolve(ROOT, 'test/fixtures/restricted-parties/ofac-sdn-mini.csv'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        TECHALLIANCE_RUN: 'src',
        DATABASE_URL: databaseUrl,
        AUDIT_SIGNING_KEY,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, output })));
}

describe.skipIf(!adminUrl || !haveNginx)('two server processes behind nginx', () => {
  let database: FreshPostgres;
  let servers: ServerProcesses | undefined;
  let proxy: ReverseProxy | undefined;
  let a = '';
  let b = '';
  let p = '';
  let proposal = '';
  const sessions = {} as Record<Delegation | 'sec', Session>;

  beforeAll(async () => {
    database = await freshPostgresDatabase(adminUrl!);
    servers = await startServers(2, {
      databaseUrl: database.url,
      env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, AUDIT_SIGNING_KEY },
    });
    [a, b] = servers.urls as [string, string];
    proxy = await startReverseProxy(servers.urls);
    p = proxy.url;
  }, 240_000);

  afterAll(async () => {
    await proxy?.stop();
    await servers?.stop();
    await database?.drop();
  }, 60_000);

  it('balances over both processes, and a session made through the proxy works on each', async () => {
    const upstreams = new Set<string | null>();
    for (let i = 0; i < 4; i++) upstreams.add((await call(p, null, 'GET', '/api/health')).upstream);
    expect([...upstreams].sort()).toEqual(servers!.urls.map((u) => new URL(u).host).sort());

    sessions.sec = await signIn(p, ADMIN.email, ADMIN.password);
    for (const base of [a, b, p]) {
      const me = await call(base, sessions.sec, 'GET', '/api/v1/auth/me');
      expect(me.status).toBe(200);
      expect(me.json).toMatchObject({ kind: 'account', account: { role: 'secretariat' } });
    }
    // Accounts made through either process, then signed in through the proxy.
    for (const [i, d] of DELEGATES.entries()) {
      const created = await call([a, b, p][i % 3]!, sessions.sec, 'POST', '/api/v1/accounts', {
        email: `${d.toLowerCase()}@proxy.test`,
        name: `${d} delegate`,
        role: 'member_delegate',
        delegation: d,
        password: PASSWORD,
      });
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      sessions[d] = await signIn(p, `${d.toLowerCase()}@proxy.test`, PASSWORD);
    }
  });

  it('takes a proposal to a vote through the proxy', async () => {
    const ws = await call(p, sessions.sec, 'PUT', '/api/v1/workstreams/chips', {
      name: 'Chip supply',
      decisionRule: { kind: 'unanimity' },
      participants: DELEGATES.map((d) => ({ delegation: d, rights: ['comment', 'vote'] })),
    });
    expect(ws.status, JSON.stringify(ws.json)).toBe(200);
    const created = await call(p, sessions.sec, 'POST', '/api/v1/proposals', {
      title: 'Shared export-control list',
      text: 'v1',
      confidentiality: 'alliance',
      workstream: 'chips',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    proposal = (created.json as { id: string }).id;
    const path = `/api/v1/proposals/${proposal}/transition`;
    expect((await call(a, sessions.sec, 'POST', path, { to: 'deliberation' })).status).toBe(200);
    const now = Date.now();
    const voting = await call(b, sessions.sec, 'POST', path, {
      to: 'voting',
      window: {
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 3_600_000).toISOString(),
      },
    });
    expect(voting.status, JSON.stringify(voting.json)).toBe(200);
  });

  it('casts ballots through each process and the proxy while the CLI imports a list', async () => {
    // Both processes answer (and cache) the lists before the import: none yet.
    for (const base of [a, b, p]) {
      const before = await call(base, null, 'GET', '/api/v1/screening/lists');
      expect(before.json).toEqual({ items: [] });
    }
    const imported = importWithCli(database.url);
    const ballot = (base: string, d: Delegation, choice: string) =>
      call(base, sessions[d], 'POST', `/api/v1/proposals/${proposal}/ballot`, { choice });
    const cast = await Promise.all([
      ballot(a, 'DEU', 'yes'),
      ballot(b, 'FRA', 'yes'),
      ballot(p, 'JPN', 'no'),
      ballot(p, 'USA', 'abstain'),
    ]);
    for (const r of cast) expect(r.status, JSON.stringify(r.json)).toBe(200);
    // A changed vote through the other process replaces the first one.
    expect((await ballot(b, 'DEU', 'no')).status).toBe(200);
    const done = await imported;
    expect(done.code, done.output).toBe(0);
  }, 120_000);

  it('answers the same tally, the same lists and a verified audit log on both processes', async () => {
    const tallies = [];
    const lists = [];
    for (const base of [a, b, p, p]) {
      const t = await call(base, sessions.USA, 'GET', `/api/v1/proposals/${proposal}/tally`);
      expect(t.status).toBe(200);
      tallies.push(t.json);
      const l = await call(base, null, 'GET', '/api/v1/screening/lists');
      expect(l.status).toBe(200);
      lists.push(l.json);
    }
    const counts = (tallies[0] as { tally: { counts: Record<string, number> } }).tally.counts;
    expect(counts).toMatchObject({ yes: 1, no: 2, abstain: 1, notVoted: 0 });
    for (const t of tallies) expect(t).toEqual(tallies[0]);
    const items = (lists[0] as { items: { id: string; parties: number }[] }).items;
    expect(items.map((i) => i.id)).toEqual(['us-ofac-sdn']);
    expect(items[0]!.parties).toBeGreaterThan(0);
    for (const l of lists) expect(l).toEqual(lists[0]);

    const checks = [];
    for (const base of [a, b]) {
      const v = await call(base, sessions.sec, 'GET', '/api/v1/audit/verify');
      expect(v.status).toBe(200);
      expect(v.json).toMatchObject({ ok: true, firstBroken: null });
      checks.push(v.json);
    }
    // Both checked the same log, to the same head, with the same key.
    expect(checks[1]).toEqual(checks[0]);
    expect((checks[0] as { checked: number }).checked).toBeGreaterThan(0);
    expect(proxy!.errors()).not.toMatch(/\[(error|crit|alert|emerg)\]/);
  });
});
