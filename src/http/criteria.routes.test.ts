// HTTP tests of /api/v1/criteria on the bundled starter dataset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

const TOKEN = 'test-token-0123456789abcdef';
let f: Fixture;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  f = await openStarterFixture();
  app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
});
afterAll(async () => {
  await app.close();
  await f.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const write = (
  method: 'POST' | 'DELETE',
  url: string,
  payload?: unknown,
  token: string | null = TOKEN,
) =>
  app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload: payload as object } : {}),
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });

interface Evaluation {
  asOf: number;
  counts: Record<string, number>;
  economies: {
    iso3: string;
    result: string;
    reason: string;
    criteria: {
      id: string;
      outcome: string;
      value: number | null;
      year: number | null;
      sourceId: string | null;
      reason: string | null;
    }[];
  }[];
  coalition: {
    check: { members: { iso3: string; criteria: { id: string }[] }[] };
    notEvaluated: { code: string }[];
  } | null;
}

describe('criteria sets', () => {
  it('lists the built-in default set', async () => {
    const items = (await get('/api/v1/criteria')).json<{
      items: { code: string; origin: string; criteria: { member: number } }[];
    }>().items;
    expect(items[0]).toMatchObject({ code: 'default', origin: 'built-in' });
    expect(items[0]!.criteria.member).toBeGreaterThanOrEqual(5);
  });

  it('evaluates the G7 economies with evidence: value, year and source per criterion', async () => {
    const body = (
      await get('/api/v1/criteria/default/evaluation?economies=USA,JPN,DEU,GBR,FRA,CAN,ITA')
    ).json<Evaluation>();
    const result = Object.fromEntries(body.economies.map((e) => [e.iso3, e.result]));
    expect(result).toEqual({
      CAN: 'eligible_member',
      DEU: 'eligible_member',
      FRA: 'eligible_member',
      GBR: 'eligible_member',
      ITA: 'eligible_partner',
      JPN: 'eligible_member',
      USA: 'eligible_member',
    });
    // Counts are over every economy, with every result named (0 when none has it).
    expect(Object.keys(body.counts).sort()).toEqual([
      'eligible_member',
      'eligible_partner',
      'not_eligible',
      'undetermined',
    ]);
    const total = Object.values(body.counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(body.economies.length);
    const ita = body.economies.find((e) => e.iso3 === 'ITA')!;
    expect(ita.reason).toContain('wgi_rule_of_law');
    const rule = ita.criteria.find((c) => c.id === 'member.rule_of_law')!;
    expect(rule).toMatchObject({ outcome: 'fail', year: 2023, sourceId: 'wb-wgi-2024' });
  });

  it('gives "undetermined" with the reason when data is missing, never a silent pass or fail', async () => {
    const body = (
      await get('/api/v1/criteria/default/evaluation?economies=TWN')
    ).json<Evaluation>();
    expect(body.economies[0]).toMatchObject({ iso3: 'TWN', result: 'undetermined' });
    expect(body.economies[0]!.reason).toContain('no value');
  });

  it('compares a coalition with the criteria, listing the EU as not evaluated', async () => {
    const body = (
      await get('/api/v1/criteria/default/evaluation?coalition=G7&result=eligible_member')
    ).json<Evaluation>();
    expect(body.coalition!.check.members.map((m) => m.iso3)).toEqual(['ITA']);
    expect(body.coalition!.notEvaluated.map((n) => n.code)).toEqual(['EU']);
    expect(body.economies.every((e) => e.result === 'eligible_member')).toBe(true);
  });

  it('stores a custom set, evaluates it and deletes it; writes require authentication', async () => {
    const set = {
      code: 'big-democracies',
      name: 'Big democracies',
      description: 'Population and electoral democracy only.',
      tiers: {
        member: {
          kind: 'all_of',
          label: 'both',
          children: [
            {
              kind: 'criterion',
              id: 'pop',
              label: 'Population rank',
              indicator: 'population',
              comparator: '<=',
              threshold: { kind: 'rank', value: 10 },
              yearPolicy: { maxAgeYears: 3, asOf: 2024 },
              rationale: 'size',
            },
            {
              kind: 'criterion',
              id: 'dem',
              label: 'Electoral democracy',
              indicator: 'vdem_polyarchy',
              comparator: '>=',
              threshold: { kind: 'absolute', value: 0.6 },
              yearPolicy: { maxAgeYears: 3, asOf: 2024 },
              rationale: 'democracy',
            },
          ],
        },
      },
    };
    expect((await write('POST', '/api/v1/criteria', set, null)).statusCode).toBe(401);
    const created = await write('POST', '/api/v1/criteria', set);
    expect(created.statusCode).toBe(201);
    const members = (
      await get('/api/v1/criteria/big-democracies/evaluation?result=eligible_member')
    ).json<Evaluation>();
    expect(members.economies.map((e) => e.iso3).sort()).toEqual(
      expect.arrayContaining(['USA', 'BRA']),
    );
    expect(members.economies.map((e) => e.iso3)).not.toContain('CHN');
    expect(
      (await write('DELETE', '/api/v1/criteria/big-democracies', undefined, null)).statusCode,
    ).toBe(401);
    expect((await write('DELETE', '/api/v1/criteria/big-democracies')).statusCode).toBe(204);
    expect((await get('/api/v1/criteria/big-democracies')).statusCode).toBe(404);
  });

  it('rejects a set with an unknown indicator or a malformed threshold, naming the path', async () => {
    const bad = await write('POST', '/api/v1/criteria', {
      code: 'bad',
      name: 'bad',
      description: 'd',
      tiers: {
        member: {
          kind: 'criterion',
          id: 'x',
          label: 'x',
          indicator: 'happiness',
          comparator: '>=',
          threshold: { kind: 'absolute', value: 1 },
          yearPolicy: { maxAgeYears: 3, asOf: 2024 },
          rationale: 'r',
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe(
      'tiers.member.indicator',
    );
    const malformed = await write('POST', '/api/v1/criteria', {
      code: 'bad',
      name: 'bad',
      description: 'd',
      tiers: {
        member: {
          kind: 'criterion',
          id: 'x',
          label: 'x',
          indicator: 'gdp_usd',
          comparator: '>=',
          threshold: { kind: 'absolute', value: 'lots' },
          yearPolicy: { maxAgeYears: 3, asOf: 2024 },
          rationale: 'r',
        },
      },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ issues: { path: string }[] }>().issues[0]!.path).toContain(
      'threshold.value',
    );
  });

  it.each([
    ['/api/v1/criteria/default/evaluation?asOf=20x4', 'asOf'],
    ['/api/v1/criteria/default/evaluation?result=maybe', 'result'],
    ['/api/v1/criteria/default/evaluation?coalition=%20', 'coalition'],
  ])('rejects %s naming %s', async (url, path) => {
    const r = await get(url);
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe(path);
  });

  it('answers 404 for an unknown set and 409 when deleting the built-in one', async () => {
    expect((await get('/api/v1/criteria/nope/evaluation')).statusCode).toBe(404);
    expect((await write('DELETE', '/api/v1/criteria/default')).statusCode).toBe(409);
  });
});
