// Two real server processes on one fresh, empty PostgreSQL database (TEST_DATABASE_URL): started
// at once, both come up — one migrates and loads the starter dataset under the setup lock, the
// other waits and finds it done — and failed sign-ins spread over both count towards one limit.
import { generateKeyPairSync } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_FAILURES_ALLOWED } from '../src/services/account.service.ts';
import {
  freshPostgresDatabase,
  startServers,
  type FreshPostgres,
  type ServerProcesses,
} from './server-process.ts';

const adminUrl = process.env.TEST_DATABASE_URL;
const ADMIN = { email: 'secretariat@two-servers.test', password: 'two-servers-password' };

async function count(url: string, query: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ n: string }>(query);
    return Number(r.rows[0]!.n);
  } finally {
    await client.end();
  }
}

const login = (base: string, password: string): Promise<Response> =>
  fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.email, password }),
  });

describe.skipIf(!adminUrl)('two server processes on one PostgreSQL database', () => {
  let database: FreshPostgres;
  let servers: ServerProcesses | undefined;

  beforeAll(async () => {
    database = await freshPostgresDatabase(adminUrl!);
    servers = await startServers(2, {
      databaseUrl: database.url,
      env: {
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        // One signing key for both (a test key made here, never a real one).
        AUDIT_SIGNING_KEY: generateKeyPairSync('ed25519')
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      },
    });
  }, 240_000);

  afterAll(async () => {
    await servers?.stop();
    await database?.drop();
  }, 60_000);

  it('both come up on an empty database, and the starter dataset is loaded once', async () => {
    const [a, b] = servers!.urls;
    for (const url of [a!, b!]) {
      const r = await fetch(`${url}/api/health`);
      expect(r.status).toBe(200);
    }
    const loads = servers!.servers.map(
      (s) => s.output().match(/loaded the starter dataset: (\d+) economies/)?.[1],
    );
    const loaded = loads.filter((n) => n !== undefined);
    expect(loaded).toHaveLength(1);
    expect(await count(database.url, 'SELECT count(*) AS n FROM economies')).toBe(
      Number(loaded[0]),
    );
    expect(
      await count(
        database.url,
        'SELECT count(*) - count(DISTINCT name) AS n FROM kysely_migration',
      ),
    ).toBe(0);
    expect(
      await count(database.url, "SELECT count(*) AS n FROM accounts WHERE role = 'secretariat'"),
    ).toBe(1);
  });

  it('counts failed sign-ins made on either server together: both then answer 429', async () => {
    const [a, b] = servers!.urls as [string, string];
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED; i++) {
      const r = await login(i % 2 === 0 ? a : b, 'not the password');
      expect(r.status).toBe(401);
    }
    expect((await login(a, ADMIN.password)).status).toBe(429);
    const limited = await login(b, ADMIN.password);
    expect(limited.status).toBe(429);
    // It says when to try again: the 15-minute window.
    expect(limited.headers.get('retry-after')).toBe('900');
  });
});
