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
});
