// HTTP tests of screening on two small hand-made lists (a US one in OFAC's format, an EU one in
// the Annex IV format): lists, one name, a batch with malformed rows, decisions, reconciliation.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { buildApp } from './app.ts';

const TOKEN = 'screening-test-token';
const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../test/fixtures/restricted-parties/${name}`, import.meta.url));

let f: Fixture;
let app: Awaited<ReturnType<typeof buildApp>>;
/** Personal API tokens of a member delegate (may screen) and a partner delegate (may not). */
const people = { member: { id: '', token: '' }, partner: { id: '', token: '' } };
beforeAll(async () => {
  f = await openStarterFixture();
  app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
  for (const [who, role, delegation] of [
    ['member', 'member_delegate', 'DEU'],
    ['partner', 'partner_delegate', 'KOR'],
  ] as const) {
    const a = await f.services.accounts.create({
      email: `${who}@screening.test`,
      name: `Analyst ${who}`,
      role,
      delegation,
      password: 'screening-password-long',
    });
    const t = await f.services.accounts.createToken(a.id, { name: 'test', days: 1 });
    people[who] = { id: a.id, token: t.token };
  }
});
afterAll(async () => {
  await app.close();
  await f.close();
});

const get = (url: string, token: string | null = null) =>
  app.inject({
    method: 'GET',
    url,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
const post = (url: string, payload: object, token: string | null = TOKEN) =>
  app.inject({
    method: 'POST',
    url,
    payload,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });

interface Hit {
  entityId: string;
  score: number;
  explanation: { matchedName: string; threshold: number; contributions: { feature: string }[] };
  entity: { name: string; listId: string; jurisdiction: string };
  decision: { decision: string; decidedBy: string } | null;
}

describe('screening through the API', () => {
  it('says plainly that no list is imported yet, rather than reporting no hits', async () => {
    const r = await get('/api/v1/screening/screen?name=Ivan%20Example');
    expect(r.statusCode).toBe(409);
    expect(r.json<{ message: string }>().message).toMatch(/no restricted-party list is imported/);
  });

  it('lists the lists once imported', async () => {
    for (const [format, file] of [
      ['ofac-sdn', 'ofac-sdn-mini.csv'],
      ['eu-833-annex-iv', 'eu-833-annex-iv-mini.csv'],
    ] as const) {
      const s = await f.services.imports.run({ format, file: fixture(file) });
      expect(s.written).toBe(true);
    }
    const items = (await get('/api/v1/screening/lists')).json<{
      items: { id: string; jurisdiction: string; parties: number }[];
    }>().items;
    expect(items.map((l) => [l.id, l.jurisdiction, l.parties])).toEqual([
      ['eu-833-annex-iv', 'EU', 3],
      ['us-ofac-sdn', 'US', 3],
    ]);
  });

  it('screens a name in another order and spelling, with the explanation and the threshold', async () => {
    const r = await get('/api/v1/screening/screen?name=Ivan%20Petrovich%20Example&type=person');
    expect(r.statusCode).toBe(200);
    const body = r.json<{ hits: Hit[]; threshold: number; lists: string[] }>();
    expect(body.lists).toEqual(['eu-833-annex-iv', 'us-ofac-sdn']);
    expect(body.hits[0]).toMatchObject({
      entityId: 'us-ofac-sdn:101',
      entity: { name: 'EXAMPLE, Ivan Petrovich', listId: 'us-ofac-sdn', jurisdiction: 'US' },
      decision: null,
    });
    expect(body.hits[0]!.score).toBeGreaterThanOrEqual(body.threshold);
    expect(body.hits[0]!.explanation.threshold).toBe(body.threshold);
    expect(body.hits[0]!.explanation.contributions.map((c) => c.feature)).toContain(
      'token_overlap',
    );
  });

  it('screens against the lists of one jurisdiction only', async () => {
    const us = (await get('/api/v1/screening/screen?name=Example%20Trading%20LLC&lists=US')).json<{
      hits: Hit[];
    }>();
    expect(us.hits.map((h) => h.entity.jurisdiction)).toEqual(['US']);
    const both = (await get('/api/v1/screening/screen?name=Example%20Trading%20LLC')).json<{
      hits: Hit[];
    }>();
    expect(new Set(both.hits.map((h) => h.entity.jurisdiction))).toEqual(new Set(['US', 'EU']));
  });

  it('rejects bad parameters with 400, naming each', async () => {
    for (const [query, path] of [
      ['name=', 'name'],
      ['name=X&threshold=2', 'threshold'],
      ['name=X&type=robot', 'type'],
      ['name=X&country=Germany', 'country'],
      ['name=X&birth_date=1970-13', 'birth_date'],
      ['name=X&lists=XX', 'lists'],
      ['name=X&colour=red', 'colour'],
    ] as const) {
      const r = await get(`/api/v1/screening/screen?${query}`);
      expect(r.statusCode, query).toBe(400);
      expect(
        r.json<{ issues: { path: string }[] }>().issues.map((i) => i.path),
        query,
      ).toContain(path);
    }
  });

  it('screens a batch: malformed rows reported with their line, the rest screened', async () => {
    const csv =
      'id,name,type,country,birth_date\n' +
      'c1,"EXAMPLE, Ivan",person,RU,1970\n' +
      'c2,Nobody In Particular,,,\n' +
      'c3,,,,\n' +
      'c4,Sea Example,vessel,,\n' +
      'c5,Someone,,,19701\n';
    const r = await post(
      '/api/v1/screening/batch',
      { csv, fileName: 'clients.csv', all: true },
      null,
    );
    expect(r.statusCode).toBe(200);
    const b = r.json<{
      rowsRead: number;
      screened: number;
      rows: { id: string; entity_id: string; score: number | null }[];
      issues: { file: string; line: number; field: string }[];
    }>();
    expect(b).toMatchObject({ rowsRead: 5, screened: 3 });
    expect(b.issues.map((i) => [i.file, i.line, i.field])).toEqual([
      ['clients.csv', 4, 'name'],
      ['clients.csv', 6, 'birth_date'],
    ]);
    expect(b.rows.find((x) => x.id === 'c1')!.entity_id).toBe('us-ofac-sdn:101');
    expect(b.rows.find((x) => x.id === 'c4')!.entity_id).toBe('us-ofac-sdn:103');
    expect(b.rows.filter((x) => x.id === 'c2')).toEqual([
      expect.objectContaining({ entity_id: '', score: null }),
    ]);
  });

  it('answers a batch as CSV with the documented columns', async () => {
    const r = await post(
      '/api/v1/screening/batch?format=csv',
      { csv: 'id,name\nc1,Sea Example\n' },
      null,
    );
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/text\/csv/);
    const [header, first] = r.body.split('\r\n');
    expect(header).toBe('id,query,entity_id,entity_name,list,score,decision');
    expect(first).toMatch(/^c1,Sea Example,us-ofac-sdn:103,SEA EXAMPLE,us-ofac-sdn,\d/);
  });

  it('refuses a batch without the name column, naming it, and an empty body', async () => {
    const r = await post('/api/v1/screening/batch', { csv: 'id,full_name\n1,X\n' }, null);
    expect(r.statusCode).toBe(400);
    expect(r.json<{ message: string }>().message).toMatch(/missing column 'name'/);
    expect((await post('/api/v1/screening/batch', {}, null)).statusCode).toBe(400);
  });

  it('records a decision only with authorisation, and later screenings show it', async () => {
    const body = {
      queryName: 'Ivan Petrovich Example',
      entityId: 'us-ofac-sdn:101',
      decision: 'no_match',
      note: 'other person',
    };
    expect((await post('/api/v1/screening/decisions', body, null)).statusCode).toBe(401);
    expect((await post('/api/v1/screening/decisions', body, people.partner.token)).statusCode).toBe(
      403,
    );
    const r = await post('/api/v1/screening/decisions', body, people.member.token);
    expect(r.statusCode).toBe(200);
    expect(r.json<{ status: string }>().status).toBe('created');
    // The same name in another order and case finds the decision, for those allowed to screen.
    const url = '/api/v1/screening/screen?name=EXAMPLE%2C%20Ivan%20Petrovich';
    const again = (await get(url, TOKEN)).json<{ hits: Hit[]; decisionsShown: boolean }>();
    expect(again.decisionsShown).toBe(true);
    expect(again.hits.find((h) => h.entityId === 'us-ofac-sdn:101')!.decision).toMatchObject({
      decision: 'no_match',
      decidedBy: `account:${people.member.id}`,
      decidedByName: 'Analyst member',
    });
    const batchBody = { csv: 'id,name\nz,ivan petrovich example\n' };
    const batch = (await post('/api/v1/screening/batch', batchBody, people.member.token)).json<{
      rows: { entity_id: string; decision: string }[];
    }>();
    expect(batch.rows.find((x) => x.entity_id === 'us-ofac-sdn:101')!.decision).toBe('no_match');
    const listed = (
      await get('/api/v1/screening/decisions?name=Example%20Ivan%20Petrovich', people.member.token)
    ).json<{ items: unknown[] }>();
    expect(listed.items).toHaveLength(1);
  });

  it('records a decision made with the operator token as made by the operator', async () => {
    const r = await post('/api/v1/screening/decisions', {
      queryName: 'Sea Example',
      entityId: 'us-ofac-sdn:103',
      decision: 'match',
    });
    expect(r.json<{ decision: { decidedBy: string } }>().decision.decidedBy).toBe('operator');
  });

  it('appends each decision to the governance log by its maker, with ids and hashes only', async () => {
    const entries = (await f.services.audit.page({ limit: 1000 })).items.filter(
      (e) => e.type === 'screening.decided',
    );
    expect(entries.map((e) => e.actor)).toEqual([`account:${people.member.id}`, 'operator']);
    const payload = JSON.parse(entries[0]!.payload) as Record<string, unknown>;
    expect(payload).toMatchObject({
      entity: 'us-ofac-sdn:101',
      decision: 'no_match',
      status: 'created',
    });
    expect(Object.keys(payload).sort()).toEqual(['decision', 'entity', 'recordHash', 'status']);
    for (const e of entries) expect(e.payload).not.toMatch(/ivan|petrovich|other person|sea/i);
  });

  it('shows no decision data to anonymous callers or to roles that do not screen', async () => {
    const url = '/api/v1/screening/screen?name=Ivan%20Petrovich%20Example';
    for (const token of [null, people.partner.token]) {
      const r = (await get(url, token)).json<{ hits: Hit[]; decisionsShown: boolean }>();
      expect(r.decisionsShown).toBe(false);
      expect(r.hits.find((h) => h.entityId === 'us-ofac-sdn:101')!.decision).toBeNull();
      const batch = (
        await post('/api/v1/screening/batch', { csv: 'id,name\nz,Ivan Petrovich Example\n' }, token)
      ).json<{ rows: { decision: string }[]; decisionsShown: boolean }>();
      expect(batch.decisionsShown).toBe(false);
      expect(batch.rows.map((x) => x.decision)).toEqual(batch.rows.map(() => ''));
      const csv = await post(
        '/api/v1/screening/batch?format=csv',
        { csv: 'id,name\nz,Ivan Petrovich Example\n' },
        token,
      );
      expect(csv.body).not.toMatch(/no_match/);
    }
    expect((await get('/api/v1/screening/decisions')).statusCode).toBe(401);
    expect((await get('/api/v1/screening/decisions', people.partner.token)).statusCode).toBe(403);
  });

  it('rejects a decision on an unknown party (404) or with a bad value (400)', async () => {
    const base = { queryName: 'X', entityId: 'us-ofac-sdn:101', decision: 'match' };
    expect(
      (await post('/api/v1/screening/decisions', { ...base, entityId: 'nope:1' })).statusCode,
    ).toBe(404);
    const bad = await post('/api/v1/screening/decisions', { ...base, decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('decision');
  });

  it('reconciles the US list with the EU one, counting by country', async () => {
    const r = await get('/api/v1/screening/reconcile?a=US&b=EU');
    expect(r.statusCode).toBe(200);
    const body = r.json<{
      onlyA: { count: number; parties: { id: string }[] };
      onlyB: {
        count: number;
        byCountry: { country: string | null; count: number }[];
        parties: { name: string }[];
      };
      sameAs: { count: number; pairs: { a: { id: string }; b: { id: string } }[] };
    }>();
    expect(body.sameAs.pairs.map((p) => [p.a.id, p.b.id])).toEqual([
      ['us-ofac-sdn:102', 'eu-833-annex-iv:1'],
    ]);
    expect(body.onlyA.parties.map((p) => p.id)).toEqual(['us-ofac-sdn:101', 'us-ofac-sdn:103']);
    expect(body.onlyB.count).toBe(2);
    expect(body.onlyB.byCountry).toEqual([
      { country: 'CHN', count: 1 },
      { country: 'RUS', count: 1 },
    ]);
    const chn = (await get('/api/v1/screening/reconcile?a=US&b=EU&country=CHN')).json<
      typeof body
    >();
    expect(chn.onlyB.parties.map((p) => p.name)).toEqual([
      'Shenzhen Sample Electronics Co. Limited',
    ]);
    expect((await get('/api/v1/screening/reconcile?a=US')).statusCode).toBe(400);
    expect((await get('/api/v1/screening/reconcile?a=US&b=XX')).statusCode).toBe(400);
  });
});
