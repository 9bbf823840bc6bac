// HTTP tests: in-process requests against the API on the bundled starter dataset.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

let f: Fixture;
beforeAll(async () => {
  f = await openStarterFixture();
});
afterAll(() => f.close());

const get = (url: string) => f.app.inject({ method: 'GET', url });

describe('GET /api/health', () => {
  it('reports the database and the number of economies', async () => {
    const r = await get('/api/health');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      status: 'ok',
      version: '0.1.0',
      database: 'sqlite',
      economies: 250,
    });
  });
});

describe('GET /api/v1/economies', () => {
  it('lists the members of a grouping', async () => {
    const r = await get('/api/v1/economies?group=G7');
    expect(r.statusCode).toBe(200);
    expect(
      r
        .json<{ items: { iso3: string }[] }>()
        .items.map((e) => e.iso3)
        .sort(),
    ).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
  });

  it('combines region and income filters', async () => {
    const body = (await get('/api/v1/economies?region=Europe&income=H')).json<{
      count: number;
      items: { region: string; incomeCode: string; incomeGroup: string }[];
    }>();
    expect(body.count).toBeGreaterThan(30);
    expect(body.items.every((e) => e.region === 'Europe' && e.incomeCode === 'H')).toBe(true);
    expect(body.items[0]!.incomeGroup).toBe('High income');
  });

  it('rejects an unknown income group naming the parameter', async () => {
    const r = await get('/api/v1/economies?income=rich');
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({
      code: 'validation_failed',
      message: "income: 'rich' is not an income group",
      issues: [{ path: 'income', message: 'expected H, UM, LM or L (or the World Bank name)' }],
    });
  });

  it('refuses a body nested deeper than any schema goes with 400, not a stack overflow', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const r = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: deep,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json<{ message: string }>().message).toMatch(/nested more than 64 levels/);
  });

  it('rejects an unknown query parameter naming it', async () => {
    const r = await get('/api/v1/economies?colour=blue');
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('colour');
  });

  it('rejects an unknown grouping', async () => {
    const r = await get('/api/v1/economies?group=NOPE');
    expect(r.statusCode).toBe(400);
    expect(r.json<{ message: string }>().message).toBe("group: unknown grouping 'NOPE'");
  });
});

describe('GET /api/v1/economies/:iso3', () => {
  it('shows latest values with year and source, series and memberships', async () => {
    const r = await get('/api/v1/economies/usa');
    expect(r.statusCode).toBe(200);
    const body = r.json<{
      economy: { iso3: string; name: string };
      memberships: { groupCode: string }[];
      latest: { indicator: { code: string }; year: number; value: number; sourceId: string }[];
      series: { indicator: { code: string }; points: unknown[] }[];
      sources: { id: string; licence: string }[];
    }>();
    expect(body.economy.iso3).toBe('USA');
    expect(body.memberships.map((m) => m.groupCode)).toEqual(
      expect.arrayContaining(['G7', 'NATO', 'QUAD']),
    );
    const gdp = body.latest.find((l) => l.indicator.code === 'gdp_usd')!;
    expect(gdp).toMatchObject({
      year: 2023,
      value: 27360935000000,
      sourceId: 'wb-wdi-gdp_usd',
    });
    expect(body.series.find((s) => s.indicator.code === 'gdp_usd')!.points).toHaveLength(10);
    expect(body.sources.find((s) => s.id === 'wb-wdi-gdp_usd')!.licence).toBe('CC BY 4.0');
  });

  it('answers 404 for an unknown economy', async () => {
    const r = await get('/api/v1/economies/ZZZ');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ code: 'not_found', message: "economy 'ZZZ' not found" });
  });

  it('accepts an economy by name, and names the candidates of an ambiguous one', async () => {
    const r = await get('/api/v1/economies/Taiwan');
    expect(r.statusCode).toBe(200);
    expect(r.json<{ economy: { iso3: string } }>().economy.iso3).toBe('TWN');
    const korea = await get('/api/v1/economies/Korea');
    expect(korea.statusCode).toBe(404);
    expect(korea.json<{ message: string }>().message).toMatch(/could be KOR or PRK/);
    const values = await get('/api/v1/indicators/gdp_usd?year=2023&economies=Japan,USA');
    expect(values.statusCode).toBe(200);
    expect(values.json<{ items: { iso3: string }[] }>().items.map((i) => i.iso3)).toEqual([
      'JPN',
      'USA',
    ]);
    const bad = await get('/api/v1/indicators/gdp_usd?economies=Japan,Atlantis');
    expect(bad.statusCode).toBe(400);
    const issues = bad.json<{ issues: { path: string; message: string }[] }>().issues;
    expect(issues.map((i) => i.path)).toEqual(['economies']);
    expect(issues[0]!.message).toContain("unknown economy 'Atlantis'");
  });

  it('answers 400 for a malformed code', async () => {
    const r = await get('/api/v1/economies/U5A');
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('iso3');
  });
});

describe('GET /api/v1/indicators', () => {
  it('lists the catalogue with coverage', async () => {
    const items = (await get('/api/v1/indicators')).json<{
      items: { code: string; economyCount: number; lastYear: number }[];
    }>().items;
    const gdp = items.find((i) => i.code === 'gdp_usd')!;
    expect(gdp.economyCount).toBeGreaterThan(190);
    expect(gdp.lastYear).toBe(2023);
  });

  it('gives values for a year and economies, with sources', async () => {
    const r = await get('/api/v1/indicators/gdp_usd?year=2023&economies=USA,jpn');
    expect(r.statusCode).toBe(200);
    const body = r.json<{
      year: number;
      count: number;
      items: { iso3: string; value: number; year: number }[];
      sources: { id: string }[];
    }>();
    expect(body.year).toBe(2023);
    expect(body.items.map((i) => i.iso3)).toEqual(['JPN', 'USA']);
    expect(body.items[1]).toEqual({
      iso3: 'USA',
      name: 'United States',
      year: 2023,
      value: 27360935000000,
      sourceId: 'wb-wdi-gdp_usd',
    });
    expect(body.sources.map((s) => s.id)).toEqual(['wb-wdi-gdp_usd']);
  });

  it("gives each economy's latest value for year=latest", async () => {
    const body = (await get('/api/v1/indicators/gdp_usd?year=latest')).json<{
      items: { iso3: string; year: number }[];
    }>();
    expect(body.items.length).toBeGreaterThan(body.items.filter((i) => i.year === 2023).length);
  });

  it('answers CSV with a header and one row per economy', async () => {
    const r = await get('/api/v1/indicators/population?year=2024&economies=IND,CHN&format=csv');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    const lines = r.body.trim().split('\n');
    expect(lines[0]).toBe('iso3,name,indicator,year,value,unit,source');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['CHN', 'IND']);
  });

  it.each([
    ['/api/v1/indicators/gdp_usd?year=20x3', 'year'],
    ['/api/v1/indicators/gdp_usd?economies=USA;JPN', 'economies'],
    ['/api/v1/indicators/gdp_usd?format=xml', 'format'],
    ['/api/v1/indicators/gdp_usd?economies=USA,QQQ', 'economies'],
  ])('rejects %s naming %s', async (url, path) => {
    const r = await get(url);
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe(path);
  });

  it('answers 404 for an unknown indicator', async () => {
    const r = await get('/api/v1/indicators/happiness');
    expect(r.statusCode).toBe(404);
    expect(r.json()).toEqual({ code: 'not_found', message: "indicator 'happiness' not found" });
  });
});

describe('GET /api/v1/groups', () => {
  it('lists groupings with member counts', async () => {
    const items = (await get('/api/v1/groups')).json<{
      items: { code: string; memberCount: number }[];
    }>().items;
    expect(items.find((g) => g.code === 'OECD')!.memberCount).toBe(38);
  });

  it('shows a grouping with the EU as a supranational member', async () => {
    const body = (await get('/api/v1/groups/G7')).json<{
      members: { code: string; kind: string }[];
      source: { id: string };
    }>();
    expect(body.members.filter((m) => m.kind === 'economy')).toHaveLength(7);
    expect(body.members.filter((m) => m.kind === 'supranational').map((m) => m.code)).toEqual([
      'EU',
    ]);
    expect(body.source.id).toBeTruthy();
  });

  it('answers 404 for an unknown grouping', async () => {
    expect((await get('/api/v1/groups/NOPE')).statusCode).toBe(404);
  });
});

describe('bad input', () => {
  it.each([
    '/api/v1/economies/%00%00%00',
    '/api/v1/economies?region=',
    '/api/v1/economies?group=' + 'x'.repeat(500),
    '/api/v1/indicators/' + 'a'.repeat(300),
    '/api/v1/indicators/gdp_usd?year=latest&year=2020',
    '/api/v1/indicators/gdp_usd?economies=',
    '/api/v1/groups/%E2%82%AC',
    '/api/v1/nope',
  ])('never answers 500 to %s', async (url) => {
    const r = await get(url);
    expect(r.statusCode).toBeGreaterThanOrEqual(400);
    expect(r.statusCode).toBeLessThan(500);
    expect(r.json<{ code: string; message: string }>().message).toBeTruthy();
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route with the parameters the routes validate', async () => {
    const doc = (await get('/api/openapi.json')).json<{
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string; in: string }[] } }>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/health',
      '/api/v1/accounts',
      '/api/v1/accounts/{id}/disable',
      '/api/v1/accounts/{id}/enable',
      '/api/v1/accounts/{id}/role',
      '/api/v1/alerts',
      '/api/v1/alerts/{id}/acknowledge',
      '/api/v1/audit/checkpoints',
      '/api/v1/audit/checkpoints/latest',
      '/api/v1/audit/key',
      '/api/v1/audit/log',
      '/api/v1/audit/verify',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
      '/api/v1/auth/password',
      '/api/v1/auth/sessions/end-others',
      '/api/v1/auth/setup',
      '/api/v1/chains',
      '/api/v1/chains/{code}',
      '/api/v1/chains/{code}/metrics',
      '/api/v1/coalitions',
      '/api/v1/coalitions/{code}',
      '/api/v1/coalitions/{code}/balance',
      '/api/v1/coalitions/{code}/complementarity',
      '/api/v1/coalitions/{code}/copy',
      '/api/v1/coalitions/{code}/leverage',
      '/api/v1/coalitions/{code}/participants',
      '/api/v1/coalitions/{code}/participants/remove',
      '/api/v1/coalitions/{code}/what-if',
      '/api/v1/commitments',
      '/api/v1/consultations/conversations',
      '/api/v1/consultations/conversations/{code}',
      '/api/v1/consultations/conversations/{code}/export',
      '/api/v1/consultations/conversations/{code}/groups',
      '/api/v1/consultations/conversations/{code}/next',
      '/api/v1/consultations/conversations/{code}/open',
      '/api/v1/consultations/conversations/{code}/statements',
      '/api/v1/consultations/conversations/{code}/statements/{id}/moderation',
      '/api/v1/consultations/conversations/{code}/votes',
      '/api/v1/control-lists',
      '/api/v1/control-lists/alignment',
      '/api/v1/control-lists/diff',
      '/api/v1/control-lists/entries/{code}',
      '/api/v1/control-lists/inputs',
      '/api/v1/control-lists/lag',
      '/api/v1/control-lists/links',
      '/api/v1/control-lists/links/remove',
      '/api/v1/control-lists/search',
      '/api/v1/control-lists/unilateral',
      '/api/v1/control-lists/{id}',
      '/api/v1/controls/coverage',
      '/api/v1/controls/retaliation',
      '/api/v1/criteria',
      '/api/v1/criteria/{code}',
      '/api/v1/criteria/{code}/evaluation',
      '/api/v1/divergences',
      '/api/v1/divergences/recompute',
      '/api/v1/divergences/webhooks',
      '/api/v1/divergences/webhooks/{id}',
      '/api/v1/divergences/webhooks/{id}/deliveries',
      '/api/v1/divergences/{id}',
      '/api/v1/divergences/{id}/accept',
      '/api/v1/divergences/{id}/link',
      '/api/v1/divergences/{id}/proposal',
      '/api/v1/divergences/{id}/reopen',
      '/api/v1/economies',
      '/api/v1/economies/{iso3}',
      '/api/v1/groups',
      '/api/v1/groups/{code}',
      '/api/v1/indicators',
      '/api/v1/indicators/{code}',
      '/api/v1/leverage',
      '/api/v1/misuse/case',
      '/api/v1/misuse/cases',
      '/api/v1/misuse/countries/{iso3}',
      '/api/v1/misuse/map',
      '/api/v1/misuse/proposals',
      '/api/v1/misuse/supplier',
      '/api/v1/misuse/suppliers',
      '/api/v1/misuse/technology-controls',
      '/api/v1/misuse/technology-controls/remove',
      '/api/v1/policies',
      '/api/v1/policies/compare',
      '/api/v1/policies/instrument',
      '/api/v1/policies/instruments',
      '/api/v1/policies/topics',
      '/api/v1/policies/topics/{code}',
      '/api/v1/positions',
      '/api/v1/positions/issues',
      '/api/v1/positions/issues/{id}',
      '/api/v1/positions/issues/{id}/agreed',
      '/api/v1/positions/issues/{id}/history',
      '/api/v1/positions/issues/{id}/positions',
      '/api/v1/positions/issues/{id}/withdraw',
      '/api/v1/positions/matrix',
      '/api/v1/positions/outliers',
      '/api/v1/power',
      '/api/v1/proposals',
      '/api/v1/proposals/export',
      '/api/v1/proposals/{id}',
      '/api/v1/proposals/{id}/ballot',
      '/api/v1/proposals/{id}/comments',
      '/api/v1/proposals/{id}/consultation',
      '/api/v1/proposals/{id}/consultation/responses',
      '/api/v1/proposals/{id}/diff',
      '/api/v1/proposals/{id}/history',
      '/api/v1/proposals/{id}/implementation',
      '/api/v1/proposals/{id}/tally',
      '/api/v1/proposals/{id}/text',
      '/api/v1/proposals/{id}/transition',
      '/api/v1/proposals/{id}/versions',
      '/api/v1/research/collaboration',
      '/api/v1/research/institution',
      '/api/v1/research/network',
      '/api/v1/research/partners',
      '/api/v1/research/proposals',
      '/api/v1/research/strengths',
      '/api/v1/scenarios/disruption',
      '/api/v1/scenarios/montecarlo',
      '/api/v1/screening/batch',
      '/api/v1/screening/decisions',
      '/api/v1/screening/lists',
      '/api/v1/screening/reconcile',
      '/api/v1/screening/screen',
      '/api/v1/standards/alerts',
      '/api/v1/standards/alerts/{id}/acknowledge',
      '/api/v1/standards/changes',
      '/api/v1/standards/committee',
      '/api/v1/standards/committees',
      '/api/v1/standards/coordination',
      '/api/v1/standards/coordination/{id}',
      '/api/v1/standards/engagement',
      '/api/v1/standards/tags',
      '/api/v1/standards/tags/{code}',
      '/api/v1/standards/trend',
      '/api/v1/standards/watch',
      '/api/v1/tokens',
      '/api/v1/tokens/{id}',
      '/api/v1/workstreams',
      '/api/v1/workstreams/{code}',
    ]);
    expect(
      doc.paths['/api/v1/indicators/{code}']!.get.parameters.map((p) => `${p.in}:${p.name}`),
    ).toEqual(['path:code', 'query:year', 'query:economies', 'query:format']);
  });
});

describe('response cache', () => {
  it('serves new data after an import through the same process', async () => {
    const url = '/api/v1/indicators/gdp_usd?year=2031';
    expect((await get(url)).json<{ count: number }>().count).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'ta-cache-')), 'gdp.csv');
    writeFileSync(file, 'Country Name,Country Code,Year,Value\nFrance,FRA,2031,1\n');
    const s = await f.services.imports.run({
      format: 'worldbank',
      file,
      options: { indicator: 'gdp_usd' },
    });
    expect(s.inserted).toBe(1);
    expect((await get(url)).json<{ count: number }>().count).toBe(1);
  });
});

describe('compression', () => {
  it('compresses a large body for a client that accepts gzip, and not otherwise', async () => {
    const url = '/api/v1/indicators/gdp_usd?year=2023';
    const plain = await f.app.inject({ url });
    const gzip = await f.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });
});
