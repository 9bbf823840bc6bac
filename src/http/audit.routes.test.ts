// HTTP tests of /api/v1/audit: the public key, the entries a page at a time, the server's check.
import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

let f: Fixture;
let token = '';
beforeAll(async () => {
  f = await openStarterFixture();
  const a = await f.services.accounts.create({
    email: 'reader@example.org',
    name: 'Reader',
    role: 'observer',
    delegation: 'OECD',
    password: 'reader-password-1',
  });
  token = (await f.services.accounts.createToken(a.id, { name: 'test', days: 1 })).token;
  for (let i = 1; i <= 5; i++)
    await f.platform.store.transaction((tx) =>
      f.services.audit.append(tx, { actor: 'acct_1', type: 'ballot.cast', payload: { i } }),
    );
});
afterAll(() => f.close());

/** Signed in: the log and its check are for accounts; the key is public. */
const get = (url: string) =>
  f.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

interface Entry {
  seq: number;
  hash: string;
  signature: string;
  payload: string;
}

describe('GET /api/v1/audit/key', () => {
  it('answers the Ed25519 public key as PEM with its fingerprint', async () => {
    const r = await get('/api/v1/audit/key');
    expect(r.statusCode).toBe(200);
    const body = r.json<{ algorithm: string; pem: string; fingerprint: string }>();
    expect(body.algorithm).toBe('Ed25519');
    expect(body.pem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/,
    );
    expect(createPublicKey(body.pem).asymmetricKeyType).toBe('ed25519');
    expect(body.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('GET /api/v1/audit/log', () => {
  it('pages through the entries, each signed by the published key', async () => {
    const { pem } = (await get('/api/v1/audit/key')).json<{ pem: string }>();
    const first = (await get('/api/v1/audit/log?limit=2')).json<{
      count: number;
      items: Entry[];
      next: number | null;
      head: { seq: number };
    }>();
    // Entry 1 records the reader's account; the five test events follow.
    expect(first).toMatchObject({ count: 2, next: 2, head: { seq: 6 } });
    const rest = (await get(`/api/v1/audit/log?after=${first.next}`)).json<{
      items: Entry[];
      next: number | null;
    }>();
    expect(rest.items.map((e) => e.seq)).toEqual([3, 4, 5, 6]);
    expect(rest.next).toBeNull();
    for (const e of [...first.items, ...rest.items])
      expect(verify(null, Buffer.from(e.hash), pem, Buffer.from(e.signature, 'base64'))).toBe(true);
    expect(JSON.parse(first.items[0]!.payload)).toMatchObject({
      role: 'observer',
      change: 'created',
    });
    expect(JSON.parse(rest.items[0]!.payload)).toEqual({ i: 2 });
  });

  it('rejects a limit above 1000 or a bad after, naming the parameter', async () => {
    for (const url of [
      '/api/v1/audit/log?limit=1001',
      '/api/v1/audit/log?after=-1',
      '/api/v1/audit/log?from=1',
    ]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json<{ code: string }>().code).toBe('validation_failed');
    }
  });
});

describe('GET /api/v1/audit/verify', () => {
  it("answers the server's verification of its log", async () => {
    const r = await get('/api/v1/audit/verify');
    expect(r.statusCode).toBe(200);
    const body = r.json<{ ok: boolean; checked: number; firstBroken: null; headHash: string }>();
    expect(body).toMatchObject({ ok: true, checked: 6, firstBroken: null });
    const last = (await get('/api/v1/audit/log?after=5')).json<{ items: Entry[] }>().items[0]!;
    expect(body.headHash).toBe(last.hash);
  });
});

describe('who reads the log', () => {
  it('publishes the key to anybody, and the log and its check to signed-in callers only', async () => {
    expect((await f.app.inject({ method: 'GET', url: '/api/v1/audit/key' })).statusCode).toBe(200);
    expect((await f.app.inject({ method: 'GET', url: '/api/v1/audit/log' })).statusCode).toBe(401);
    expect((await f.app.inject({ method: 'GET', url: '/api/v1/audit/verify' })).statusCode).toBe(
      401,
    );
  });
});
