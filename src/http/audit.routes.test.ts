// HTTP tests of /api/v1/audit: the public key, the entries a page at a time (read like their
// subject), the server's check, checkpoints, a proposal's history; 503 (not 500) without a key.
import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import type { Principal } from '../core/accounts/access.ts';
import { parseProposalDraft } from '../core/governance/proposal.ts';
import { buildApp } from './app.ts';
import { openPlatform } from '../services/platform.ts';
import { buildServices } from '../services/services.ts';

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
    expect(body).toMatchObject({ ok: true, checked: 6, firstBroken: null, checkpoints: 0 });
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

describe('what a reader of the log sees', () => {
  const SECRETARIAT: Principal = { kind: 'operator' };
  let members = '';
  let pub = '';
  let memberToken = '';
  beforeAll(async () => {
    const g = f.services.governance;
    await g.saveWorkstream(SECRETARIAT, {
      code: 'chips',
      name: 'Chips',
      description: '',
      decisionRule: { kind: 'qualified-majority', yes: 1 },
      participants: [{ delegation: 'DEU', rights: ['read', 'propose', 'comment', 'vote'] }],
    });
    const make = async (title: string, confidentiality: string) => {
      const p = await g.create(
        SECRETARIAT,
        parseProposalDraft({
          title,
          text: 'Text',
          confidentiality,
          workstream: 'chips',
        }),
      );
      await g.transition(SECRETARIAT, p.id, { to: 'deliberation' });
      return p.id;
    };
    pub = await make('Open chips title', 'public');
    members = await make('Confidential members title', 'members');
    const m = await f.services.accounts.create({
      email: 'member@example.org',
      name: 'Member DEU',
      role: 'member_delegate',
      delegation: 'DEU',
      password: 'member-password-1',
    });
    memberToken = (await f.services.accounts.createToken(m.id, { name: 'test', days: 1 })).token;
  });

  it("redacts a members-only proposal's entries for an observer; a member reads them", async () => {
    const all = (await get('/api/v1/audit/log?limit=1000')).json<{
      items: (Entry & { redacted?: true })[];
      redacted: number;
    }>();
    const about = (id: string) =>
      all.items.filter((e) => e.payload !== undefined && e.payload.includes(id));
    expect(JSON.stringify(all)).not.toMatch(/chips title|members title|member@example.org/i);
    expect(about(pub).length).toBe(2);
    expect(about(members)).toEqual([]);
    expect(all.redacted).toBeGreaterThanOrEqual(2);
    const asMember = (
      await f.app.inject({
        method: 'GET',
        url: '/api/v1/audit/log?limit=1000',
        headers: { authorization: `Bearer ${memberToken}` },
      })
    ).json<{ items: Entry[] }>();
    expect(asMember.items.filter((e) => e.payload?.includes(members)).length).toBe(2);
  });

  it("answers a proposal's history as the proposal is read", async () => {
    expect((await get(`/api/v1/proposals/${members}/history`)).statusCode).toBe(404);
    const r = await f.app.inject({
      method: 'GET',
      url: `/api/v1/proposals/${pub}/history`,
    });
    expect(r.statusCode).toBe(200);
    const body = r.json<{ items: { type: string; details: Record<string, unknown> }[] }>();
    expect(body.items.map((i) => [i.type, i.details.to ?? null])).toEqual([
      ['proposal.created', null],
      ['proposal.moved', 'deliberation'],
    ]);
    expect((await get('/api/v1/proposals/not-an-id/history')).statusCode).toBe(400);
  });

  it('makes a checkpoint for the secretariat and serves it to keep, as a file', async () => {
    expect(
      (await f.app.inject({ method: 'GET', url: '/api/v1/audit/checkpoints/latest' })).statusCode,
    ).toBe(401);
    expect((await get('/api/v1/audit/checkpoints/latest')).statusCode).toBe(404);
    const app = await buildApp(f.services, {
      webDir: '/nonexistent',
      apiWriteToken: 'audit-operator-token-0123456789',
    });
    try {
      const made = await app.inject({
        method: 'POST',
        url: '/api/v1/audit/checkpoints',
        headers: { authorization: 'Bearer audit-operator-token-0123456789' },
      });
      expect(made.statusCode).toBe(201);
      const c = made.json<{ seq: number; headHash: string }>();
      const head = (await get('/api/v1/audit/log?limit=1')).json<{
        head: { seq: number; hash: string };
      }>().head;
      expect(c).toMatchObject({ seq: head.seq, headHash: head.hash });
      const file = await get('/api/v1/audit/checkpoints/latest?download=true');
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="audit-checkpoint-${c.seq}.json"`,
      );
      expect(file.json()).toEqual(c);
      expect((await get('/api/v1/audit/checkpoints')).json()).toEqual({ count: 1, items: [c] });
      expect((await get('/api/v1/audit/verify')).json()).toMatchObject({
        ok: true,
        checkpoints: 1,
      });
    } finally {
      await app.close();
    }
  });
});

describe('a server without its audit key', () => {
  it('answers 503 naming the variable for a governance write, and keeps serving reads', async () => {
    const platform = await openPlatform('sqlite::memory:', {
      loadStarter: false,
      auditSigningKeyFile: '/nonexistent/techalliance/audit-key.pem',
    });
    const app = await buildApp(buildServices(platform), {
      webDir: '/nonexistent',
      apiWriteToken: 'audit-operator-token-0123456789',
    });
    try {
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/accounts',
        headers: { authorization: 'Bearer audit-operator-token-0123456789' },
        payload: {
          email: 'x@example.org',
          name: 'X',
          role: 'observer',
          delegation: 'OECD',
          password: 'x-password-long-1',
        },
      });
      expect(r.statusCode).toBe(503);
      expect(r.json<{ code: string; message: string }>()).toMatchObject({ code: 'unavailable' });
      expect(r.json<{ message: string }>().message).toMatch(
        /AUDIT_SIGNING_KEY_FILE names \/nonexistent\/techalliance\/audit-key.pem, which does not exist/,
      );
      expect(await platform.store.accounts.list()).toEqual([]);
      expect((await app.inject({ method: 'GET', url: '/api/v1/audit/key' })).statusCode).toBe(503);
    } finally {
      await app.close();
      await platform.close();
    }
  });
});
