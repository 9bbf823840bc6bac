// HTTP tests of supply chains on the bundled critical-minerals chain (USGS, public domain).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

let f: Fixture;
beforeAll(async () => {
  f = await openStarterFixture();
});
afterAll(() => f.close());

const get = (url: string) => f.app.inject({ method: 'GET', url });
const post = (url: string, payload: unknown) =>
  f.app.inject({ method: 'POST', url, payload: payload as object });

interface Chokepoint {
  item: string;
  concernPct: number;
  chokepoint: boolean;
  reasons: { code: string }[];
  concentration: { top1: { iso3: string; sharePct: number } | null };
}

describe('supply chains through the API', () => {
  it('lists the bundled critical-minerals chain', async () => {
    const items = (await get('/api/v1/chains')).json<{
      items: { code: string; inputs: number }[];
    }>().items;
    expect(items.map((c) => c.code)).toContain('critical-minerals');
  });

  it('gives a chain with the source of every provision row', async () => {
    const body = (await get('/api/v1/chains/critical-minerals')).json<{
      chain: { code: string; inputs: { id: string }[]; provision: { sourceId: string }[] };
      sources: { id: string; publisher: string }[];
    }>();
    expect(body.chain.code).toBe('critical-minerals');
    expect(body.chain.inputs.map((i) => i.id)).toContain('gallium');
    const cited = [...new Set(body.chain.provision.map((p) => p.sourceId))].sort();
    expect(body.sources.map((s) => s.id)).toEqual(cited);
  });

  it('flags gallium as a chokepoint held by China, with the reasons', async () => {
    const r = await get('/api/v1/chains/critical-minerals/metrics?coalition=G7');
    expect(r.statusCode).toBe(200);
    const ga = r
      .json<{ chokepoints: { items: Chokepoint[] } }>()
      .chokepoints.items.find((i) => i.item === 'gallium')!;
    expect(ga.concentration.top1!.iso3).toBe('CHN');
    expect(ga.concentration.top1!.sharePct).toBeGreaterThan(95);
    expect(ga.chokepoint).toBe(true);
    expect(ga.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['dominant_economy', 'concern_over_coalition']),
    );
  });

  it('propagates a shock: losing 90% of China’s gallium leaves about a tenth', async () => {
    const r = await post('/api/v1/scenarios/disruption', {
      chain: 'critical-minerals',
      shocks: [{ provider: 'CHN', input: 'Gallium', fractionLost: 0.9 }],
    });
    expect(r.statusCode).toBe(200);
    const ga = r
      .json<{ inputs: { item: string; availabilityPct: number }[] }>()
      .inputs.find((i) => i.item === 'gallium')!;
    expect(ga.availabilityPct).toBeGreaterThan(9);
    expect(ga.availabilityPct).toBeLessThan(11);
  });

  it.each([
    [
      {
        chain: 'critical-minerals',
        shocks: [{ provider: 'CHN', input: 'all', fractionLost: 1.5 }],
      },
      'shocks[0].fractionLost',
    ],
    [
      {
        chain: 'critical-minerals',
        shocks: [{ provider: 'CHN', input: 'Unobtainium', fractionLost: 0.5 }],
      },
      'shocks[0].input',
    ],
    [
      {
        chain: 'critical-minerals',
        shocks: [{ provider: 'Atlantis', input: 'all', fractionLost: 0.5 }],
      },
      'shocks[0].provider',
    ],
    [{ chain: 'critical-minerals', shocks: [] }, 'shocks'],
  ])('rejects the bad shock %j naming %s', async (body, path) => {
    const r = await post('/api/v1/scenarios/disruption', body);
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toContain(path);
  });

  it('gives the same Monte Carlo output for the same seed, byte for byte', async () => {
    const body = { chain: 'critical-minerals', trials: 5000, seed: 42 };
    const a = await post('/api/v1/scenarios/montecarlo', body);
    const b = await post('/api/v1/scenarios/montecarlo', body);
    expect(a.statusCode).toBe(200);
    expect(a.body).toBe(b.body);
    expect(a.body).not.toBe(
      (await post('/api/v1/scenarios/montecarlo', { ...body, seed: 43 })).body,
    );
  });

  it('judges a G7 control on gallium against China ineffective, with foreign availability', async () => {
    const r = await get(
      '/api/v1/controls/coverage?chain=critical-minerals&coalition=G7&target=CHN&inputs=Gallium',
    );
    const input = r.json<{
      inputs: { input: string; coveredPct: number; targetPct: number; verdict: string }[];
    }>().inputs;
    expect(input).toHaveLength(1);
    expect(input[0]).toMatchObject({ input: 'gallium', verdict: 'ineffective' });
    expect(input[0]!.targetPct).toBeGreaterThan(95);
  });

  it('ranks gallium first in the G7’s exposure to Chinese retaliation', async () => {
    const r = await get('/api/v1/controls/retaliation?coalition=G7&target=CHN');
    expect(r.json<{ exposures: { rank: number; item: string }[] }>().exposures[0]).toMatchObject({
      rank: 1,
      item: 'gallium',
    });
  });

  it('answers 404 for an unknown chain and 400 for a malformed coalition', async () => {
    expect((await get('/api/v1/chains/nope/metrics?coalition=G7')).statusCode).toBe(404);
    const bad = await get('/api/v1/chains/critical-minerals/metrics?coalition=G7;RUS');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('coalition');
  });

  it('counts the G7 as its seven economies by default and the EU as 27 only with eu=member-states', async () => {
    const url = '/api/v1/chains/critical-minerals/metrics?coalition=G7';
    const plain = (await get(url)).json<{
      supranational: string;
      coalition: { economies: string[] };
    }>();
    expect(plain.supranational).toBe('enumerated');
    expect(plain.coalition.economies).toHaveLength(7);
    const eu = (await get(`${url}&eu=member-states`)).json<{
      supranational: string;
      coalition: { economies: string[] };
    }>();
    expect(eu.supranational).toBe('member-states');
    expect(eu.coalition.economies).toHaveLength(31);
    const coverage = await get(
      '/api/v1/controls/coverage?chain=critical-minerals&coalition=G7&target=CHN&eu=member-states',
    );
    expect(coverage.json<{ supranational: string }>().supranational).toBe('member-states');
  });

  it('accepts economy names where ISO3 codes are accepted, with a clear error otherwise', async () => {
    const byName = await get('/api/v1/controls/retaliation?coalition=G7&target=China');
    expect(byName.statusCode).toBe(200);
    expect(byName.json<{ target: string }>().target).toBe('CHN');
    const list = await get(
      '/api/v1/chains/critical-minerals/metrics?coalition=United%20States,Japan,Netherlands',
    );
    expect(list.statusCode).toBe(200);
    expect(list.json<{ coalition: { economies: string[] } }>().coalition.economies).toEqual([
      'JPN',
      'NLD',
      'USA',
    ]);
    const ambiguous = await get('/api/v1/chains/critical-minerals/metrics?coalition=USA,Korea');
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json<{ message: string }>().message).toContain("'Korea' could be KOR or PRK");
  });
});
