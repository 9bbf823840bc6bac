// Two server processes on one PostgreSQL database behave as one: process 1 serves an analysis from
// its response cache, process 2 edits the coalition it is about, and process 1's very next answer
// uses the new members. No waiting: the data version is read on every cached request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../src/services/platform.ts';
import {
  freshPostgresDatabase,
  startServers,
  type FreshPostgres,
  type ServerProcesses,
} from './server-process.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const TOKEN = 'two-servers-token-0123456789abcdef';

interface Server {
  base: string;
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
  let db: FreshPostgres;
  let servers: ServerProcesses;
  let one: Server;
  let two: Server;

  beforeAll(async () => {
    db = await freshPostgresDatabase(ADMIN_URL!);
    // Migrated and loaded once, before the servers start.
    const platform = await openPlatform(db.url);
    await platform.close();
    servers = await startServers(2, {
      databaseUrl: db.url,
      env: { API_WRITE_TOKEN: TOKEN, LOG_LEVEL: 'warn', WORKER_THREADS: '1' },
    });
    [one, two] = servers.urls.map((base) => ({ base })) as [Server, Server];
  }, 180_000);

  afterAll(async () => {
    await servers?.stop();
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
