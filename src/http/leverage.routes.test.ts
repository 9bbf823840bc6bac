// HTTP tests of the coalition analytics on the bundled starter dataset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

let f: Fixture;
beforeAll(async () => {
  f = await openStarterFixture();
});
afterAll(() => f.close());

const get = (url: string) => f.app.inject({ method: 'GET', url });

interface Item {
  indicator: string;
  year: number | null;
  sharePct: number | null;
  coalitionValue: number | null;
  worldValue: number | null;
  economiesWithData: number;
  worldBasis: string;
}

describe('GET /api/v1/coalitions/:code/leverage', () => {
  const gdpOf = (body: { items: Item[] }) => body.items.find((i) => i.indicator === 'gdp_usd')!;

  it("gives the G7's share of world GDP counting the seven economies it enumerates", async () => {
    const r = await get('/api/v1/coalitions/G7/leverage?year=2023');
    expect(r.statusCode).toBe(200);
    const body = r.json<{
      economies: string[];
      supranational: string;
      items: Item[];
      warnings: { code: string; codes: string[] }[];
    }>();
    expect(body.supranational).toBe('enumerated');
    expect(body.economies).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
    expect(body.warnings.map((w) => [w.code, w.codes])).toContainEqual([
      'supranational_not_expanded',
      ['EU'],
    ]);
    const gdp = gdpOf(body);
    expect(gdp.year).toBe(2023);
    expect(gdp.worldBasis).toBe('sum-of-economies');
    expect(gdp.sharePct! / 100).toBeCloseTo(gdp.coalitionValue! / gdp.worldValue!, 12);
    expect(gdp.sharePct!.toFixed(1)).toBe('45.1');
    const sources = r.json<{ sources: { id: string; licence: string }[] }>().sources;
    expect(sources.find((x) => x.id === 'wb-wdi-gdp_usd')!.licence).toBe('CC BY 4.0');
  });

  it('counts the EU as its 27 member states only with eu=member-states, and says so', async () => {
    const r = await get('/api/v1/coalitions/G7/leverage?year=2023&eu=member-states');
    expect(r.statusCode).toBe(200);
    const body = r.json<{
      economies: string[];
      supranational: string;
      items: Item[];
      warnings: { code: string; codes: string[] }[];
    }>();
    expect(body.supranational).toBe('member-states');
    expect(body.economies).toHaveLength(7 + 27 - 3); // DEU, FRA, ITA are in both
    expect(body.warnings.map((w) => [w.code, w.codes])).toContainEqual([
      'counted_through_supranational',
      ['DEU', 'FRA', 'ITA'],
    ]);
    expect(gdpOf(body).sharePct).toBeGreaterThan(50);
    const explicit = (await get('/api/v1/coalitions/G7/leverage?year=2023&eu=enumerated')).json<{
      items: Item[];
    }>();
    expect(gdpOf(explicit).sharePct!.toFixed(1)).toBe('45.1');
  });

  it('gives the T12 51.0% of world GDP in 2023, and the D10 more than the G7 it contains', async () => {
    const body = (await get('/api/v1/leverage?coalitions=G7,D10,T12&year=2023')).json<{
      items: { code: string; items: Item[] }[];
    }>();
    const [g7, d10, t12] = body.items.map((c) => gdpOf(c).sharePct!);
    expect(t12!.toFixed(1)).toBe('51.0');
    // The D10 contains the G7, so it holds at least the G7's share.
    expect(d10!).toBeGreaterThan(g7!);
  });

  it('adds the Netherlands to the T12 in a what-if (it is not counted through the EU)', async () => {
    const r = await get('/api/v1/coalitions/T12/what-if?add=NLD&year=2023');
    const body = r.json<{
      result: { added: string[]; changes: { indicator: string; deltaSharePoints: number }[] };
    }>();
    expect(body.result.added).toEqual(['NLD']);
    const gdp = body.result.changes.find((c) => c.indicator === 'gdp_usd')!;
    expect(gdp.deltaSharePoints).toBeGreaterThan(0.5);
  });

  it('rejects an unknown eu counting naming the parameter', async () => {
    const r = await get('/api/v1/coalitions/G7/leverage?eu=all');
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('eu');
  });

  it('counts partners only with tier=all', async () => {
    const members = (await get('/api/v1/coalitions/QUAD/leverage?year=2023')).json<{
      items: Item[];
    }>();
    const all = (await get('/api/v1/coalitions/QUAD/leverage?year=2023&tier=all')).json<{
      items: Item[];
    }>();
    const share = (b: { items: Item[] }) =>
      b.items.find((i) => i.indicator === 'population')!.sharePct;
    expect(share(members)).toBe(share(all)); // the Quad has no partners
  });

  it.each([
    ['/api/v1/coalitions/G7/leverage?tier=partners', 'tier'],
    ['/api/v1/coalitions/G7/leverage?year=last', 'year'],
    ['/api/v1/leverage?coalitions=G7;D10', 'coalitions'],
    ['/api/v1/leverage', 'coalitions'],
  ])('rejects %s naming %s', async (url, path) => {
    const r = await get(url);
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe(path);
  });

  it('answers 404 for an unknown coalition', async () => {
    expect((await get('/api/v1/coalitions/NOPE/leverage')).statusCode).toBe(404);
  });
});

describe('GET /api/v1/leverage', () => {
  it('compares G7, D10 and T12 side by side, in the order asked', async () => {
    const body = (await get('/api/v1/leverage?coalitions=G7,D10,T12&year=2023')).json<{
      items: { code: string; items: Item[] }[];
    }>();
    expect(body.items.map((c) => c.code)).toEqual(['G7', 'D10', 'T12']);
    const gdp = body.items.map((c) => c.items.find((i) => i.indicator === 'gdp_usd')!);
    // The same world total for every coalition.
    expect(new Set(gdp.map((g) => g.worldValue)).size).toBe(1);
  });
});

describe('GET /api/v1/coalitions/:code/balance and /complementarity', () => {
  it("names the United States as the G7's largest economy, without dominance in GDP", async () => {
    const body = (await get('/api/v1/coalitions/G7/balance')).json<{
      items: {
        indicator: string;
        largest: { iso3: string; sharePct: number };
        hhi: number;
        dominant: boolean;
        sources: string[];
      }[];
      sources: { id: string; citation: string }[];
    }>();
    const gdp = body.items.find((i) => i.indicator === 'gdp_usd')!;
    expect(gdp.largest.iso3).toBe('USA');
    expect(gdp.dominant).toBe(gdp.largest.sharePct > 50);
    expect(gdp.hhi).toBeGreaterThan(0);
    expect(gdp.hhi).toBeLessThan(1);
    // The sources listed are those the items cite, each with its citation.
    const cited = [...new Set(body.items.flatMap((i) => i.sources))].sort();
    expect(cited).toContain('wb-wdi-gdp_usd');
    expect(body.sources.map((s) => s.id)).toEqual(cited);
    expect(body.sources.every((s) => s.citation !== '')).toBe(true);
  });

  it('ranks members first and second per capability', async () => {
    const body = (await get('/api/v1/coalitions/QUAD/complementarity')).json<{
      result: {
        indicators: { indicator: string; first: { iso3: string } | null }[];
        members: { iso3: string }[];
      };
    }>();
    expect(body.result.members.map((m) => m.iso3)).toEqual(['AUS', 'IND', 'JPN', 'USA']);
    expect(body.result.indicators.find((i) => i.indicator === 'gdp_usd')!.first!.iso3).toBe('USA');
  });
});

describe('GET /api/v1/coalitions/:code/what-if', () => {
  it("shows the change in the T12's shares if Brazil joined and India left", async () => {
    const r = await get('/api/v1/coalitions/T12/what-if?add=BRA&remove=ind&year=2023');
    expect(r.statusCode).toBe(200);
    const body = r.json<{
      result: {
        added: string[];
        removed: string[];
        changes: {
          indicator: string;
          before: Item;
          after: Item;
          deltaSharePoints: number | null;
        }[];
      };
    }>();
    expect(body.result.added).toEqual(['BRA']);
    expect(body.result.removed).toEqual(['IND']);
    const pop = body.result.changes.find((c) => c.indicator === 'population')!;
    expect(pop.deltaSharePoints).toBeCloseTo(pop.after.sharePct! - pop.before.sharePct!, 10);
    expect(pop.deltaSharePoints).toBeLessThan(0); // India has far more people than Brazil
  });

  it('accepts economy names in add and remove, and names an ambiguous one', async () => {
    const r = await get('/api/v1/coalitions/T12/what-if?add=Brazil,South%20Korea&remove=India');
    expect(r.statusCode).toBe(200);
    const body = r.json<{ result: { added: string[]; removed: string[] } }>();
    expect(body.result.removed).toEqual(['IND']);
    expect(body.result.added).toEqual(['BRA']); // South Korea is a T12 member already
    const bad = await get('/api/v1/coalitions/T12/what-if?add=Korea');
    expect(bad.statusCode).toBe(400);
    const issue = bad.json<{ issues: { path: string; message: string }[] }>().issues[0]!;
    expect(issue).toEqual({
      path: 'add',
      message: "'Korea' could be KOR or PRK: give the ISO3 code",
    });
  });

  it('rejects an unknown economy naming the parameter', async () => {
    const r = await get('/api/v1/coalitions/T12/what-if?add=QQQ');
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('add');
  });
});
