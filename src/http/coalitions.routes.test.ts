// HTTP tests of /api/v1/coalitions: reads are public, writes need the API write token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

const TOKEN = 'test-token-0123456789abcdef';
let f: Fixture;
let app: Awaited<ReturnType<typeof buildApp>>;
let closed: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  f = await openStarterFixture();
  app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
  closed = await buildApp(f.services, { webDir: '/nonexistent' });
});
afterAll(async () => {
  await app.close();
  await closed.close();
  await f.close();
});

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const call = (method: Method, url: string, payload?: unknown, token: string | null = TOKEN) =>
  app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload: payload as object } : {}),
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });

const WRITES: [Method, string, unknown][] = [
  ['POST', '/api/v1/coalitions', { code: 'W1', name: 'w', participants: [] }],
  ['PUT', '/api/v1/coalitions/W1', { name: 'w', participants: [] }],
  ['POST', '/api/v1/coalitions/W1/participants', { add: [{ code: 'USA', tier: 'member' }] }],
  ['POST', '/api/v1/coalitions/W1/participants/remove', { remove: ['USA'] }],
  ['POST', '/api/v1/coalitions/G7/copy', { code: 'W2' }],
  ['DELETE', '/api/v1/coalitions/W1', undefined],
];

describe('writes to /api/v1/coalitions', () => {
  it.each(WRITES)('%s %s requires authentication', async (method, url, body) => {
    const r = await call(method, url, body, null);
    expect(r.statusCode).toBe(401);
    expect(r.json<{ code: string }>().code).toBe('unauthorized');
    expect((await call(method, url, body, 'wrong-token-0123456789abcdef')).statusCode).toBe(401);
  });

  it('refuses every write when no token is configured, saying how to enable them', async () => {
    const r = await closed.inject({
      method: 'POST',
      url: '/api/v1/coalitions',
      payload: { code: 'W1', name: 'w', participants: [] },
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(r.statusCode).toBe(401);
    expect(r.json<{ message: string }>().message).toContain('set API_WRITE_TOKEN');
  });
});

describe('custom coalitions through the API', () => {
  it('creates, reads, edits, copies and deletes a coalition', async () => {
    const created = await call('POST', '/api/v1/coalitions', {
      code: 'tech4',
      name: 'Tech 4',
      description: 'United States, Japan and the EU, with India as a partner',
      participants: [
        { code: 'USA', tier: 'member' },
        { code: 'JPN', tier: 'member' },
        { code: 'EU', tier: 'member' },
        { code: 'IND', tier: 'partner' },
        { code: 'OECD', tier: 'observer', name: 'OECD' },
      ],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ code: string; participants: { kind: string }[] }>()).toMatchObject({
      code: 'TECH4',
      participants: [
        { code: 'USA', name: 'United States', kind: 'economy', tier: 'member' },
        { code: 'JPN', kind: 'economy' },
        { code: 'EU', name: 'European Union', kind: 'supranational' },
        { code: 'IND', tier: 'partner' },
        { code: 'OECD', kind: 'organisation', tier: 'observer' },
      ],
    });

    const list = (await call('GET', '/api/v1/coalitions')).json<{
      items: { code: string; origin: string; tiers: Record<string, number> }[];
    }>();
    expect(list.items.find((c) => c.code === 'TECH4')).toEqual({
      code: 'TECH4',
      name: 'Tech 4',
      origin: 'custom',
      tiers: { member: 3, partner: 1, observer: 1, stakeholder: 0 },
    });
    expect(list.items.find((c) => c.code === 'G7')!.origin).toBe('grouping');

    const added = await call('POST', '/api/v1/coalitions/TECH4/participants', {
      add: [{ code: 'IND', tier: 'member' }],
    });
    expect(
      added
        .json<{ participants: { code: string; tier: string }[] }>()
        .participants.find((p) => p.code === 'IND')!.tier,
    ).toBe('member');
    const removed = await call('POST', '/api/v1/coalitions/TECH4/participants/remove', {
      remove: ['OECD'],
    });
    expect(removed.json<{ participants: unknown[] }>().participants).toHaveLength(4);

    const copy = await call('POST', '/api/v1/coalitions/T12/copy', {
      code: 'T12_NLD',
      name: 'T12 plus the Netherlands',
      add: [{ code: 'NLD', tier: 'member' }],
    });
    expect(copy.statusCode).toBe(201);
    const t12 = (await call('GET', '/api/v1/coalitions/T12')).json<{ participants: unknown[] }>();
    expect(
      copy.json<{ participants: { code: string }[] }>().participants.map((p) => p.code),
    ).toEqual(expect.arrayContaining(['NLD', 'USA', 'EU']));
    expect(copy.json<{ participants: unknown[] }>().participants).toHaveLength(
      t12.participants.length + 1,
    );

    expect((await call('DELETE', '/api/v1/coalitions/TECH4')).statusCode).toBe(204);
    expect((await call('GET', '/api/v1/coalitions/TECH4')).statusCode).toBe(404);
    expect((await call('DELETE', '/api/v1/coalitions/TECH4')).statusCode).toBe(404);
  });

  it('names the offending codes of an invalid coalition and writes nothing', async () => {
    const r = await call('POST', '/api/v1/coalitions', {
      code: 'BAD1',
      name: 'bad',
      participants: [
        { code: 'USA', tier: 'member' },
        { code: 'USA', tier: 'partner' },
        { code: 'QQQ', tier: 'member' },
      ],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string; message: string }[] }>().issues).toEqual([
      {
        path: 'participants.1.code',
        message: 'USA is both member and partner: a participant has one tier',
      },
      {
        path: 'participants.2.code',
        message: "unknown economy 'QQQ' (expected an ISO 3166 alpha-3 code or an economy's name)",
      },
    ]);
    expect((await call('GET', '/api/v1/coalitions/BAD1')).statusCode).toBe(404);
  });

  it('refuses to edit a grouping and to reuse a taken code', async () => {
    expect(
      (await call('PUT', '/api/v1/coalitions/G7', { name: 'x', participants: [] })).statusCode,
    ).toBe(409);
    await call('POST', '/api/v1/coalitions', { code: 'DUP', name: 'd', participants: [] });
    const again = await call('POST', '/api/v1/coalitions', {
      code: 'DUP',
      name: 'd',
      participants: [],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('code');
  });

  it.each([
    ['not json at all', 'text/plain'],
    ['{"code": ', 'application/json'],
    ['[]', 'application/json'],
    ['{"code":"X9","name":"x","participants":"USA"}', 'application/json'],
  ])('answers 4xx, never 500, to the body %s', async (payload, type) => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/coalitions',
      payload,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type },
    });
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
  });
});

describe('workstreams', () => {
  it('shows who takes part in each workstream of a grouping (the standard five)', async () => {
    const body = (await call('GET', '/api/v1/coalitions/G7')).json<{
      workstreams: { code: string; tiers: string[]; takingPart: string[] }[];
    }>();
    expect(body.workstreams.map((w) => w.code)).toEqual([
      'rd',
      'supply_chains',
      'standards',
      'export_controls',
      'illiberal_tech',
    ]);
    expect(body.workstreams.find((w) => w.code === 'export_controls')!.takingPart).toHaveLength(8);
  });

  it('stores a variable geometry: a workstream open to named participants only', async () => {
    const r = await call('POST', '/api/v1/coalitions', {
      code: 'GEOM',
      name: 'Variable geometry',
      participants: [
        { code: 'USA', tier: 'member' },
        { code: 'JPN', tier: 'member' },
        { code: 'IND', tier: 'partner' },
      ],
      workstreams: [
        {
          code: 'semis',
          name: 'Semiconductors',
          tiers: ['member', 'partner'],
          participants: ['JPN', 'IND'],
        },
        { code: 'export_controls', name: 'Export controls', tiers: ['member'] },
      ],
    });
    expect(r.statusCode).toBe(201);
    const got = (await call('GET', '/api/v1/coalitions/GEOM')).json<{
      workstreams: { code: string; takingPart: string[] }[];
    }>();
    expect(got.workstreams).toEqual([
      {
        code: 'semis',
        name: 'Semiconductors',
        tiers: ['member', 'partner'],
        participants: ['JPN', 'IND'],
        takingPart: ['JPN', 'IND'],
      },
      {
        code: 'export_controls',
        name: 'Export controls',
        tiers: ['member'],
        participants: null,
        takingPart: ['USA', 'JPN'],
      },
    ]);
    const bad = await call('PUT', '/api/v1/coalitions/GEOM', {
      name: 'x',
      participants: [{ code: 'USA', tier: 'member' }],
      workstreams: [{ code: 'semis', name: 'S', tiers: ['member'], participants: ['KOR'] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe(
      'workstreams.0.participants.0',
    );
  });
});
