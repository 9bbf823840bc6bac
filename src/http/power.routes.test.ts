// HTTP tests of the voting-power audit on the starter dataset (population and GDP looked up).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

let f: Fixture;
beforeAll(async () => {
  f = await openStarterFixture();
});
afterAll(() => f.close());

const post = (payload: object) => f.app.inject({ method: 'POST', url: '/api/v1/power', payload });

interface Audit {
  members: {
    member: string;
    name: string | null;
    weight: number;
    cappedWeight: number | null;
    units: number;
    banzhaf: number;
    shapleyShubik: number;
    year: number | null;
  }[];
  thresholds: { members: number; weight: number };
  scaled: boolean;
  blocking: { canBlockAlone: string[]; canPassAlone: string[]; blockingPairs: [string, string][] };
  warnings: { code: string; member?: string }[];
  sources: { id: string }[];
}

const members = (codes: string[]) => codes.map((member) => ({ member }));
const G7 = ['USA', 'JPN', 'DEU', 'GBR', 'FRA', 'ITA', 'CAN'];

describe('POST /api/v1/power', () => {
  it('audits [4; 3, 2, 1, 1]: USA holds half the power and is flagged', async () => {
    const r = await post({
      rule: 'weighted',
      members: [
        { member: 'USA', weight: 3 },
        { member: 'DEU', weight: 2 },
        { member: 'FRA', weight: 1 },
        { member: 'ITA', weight: 1 },
      ],
      quota: 4,
    });
    expect(r.statusCode).toBe(200);
    const a = r.json<Audit>();
    const expected: [string, number][] = [
      ['USA', 1 / 2],
      ['DEU', 1 / 6],
      ['FRA', 1 / 6],
      ['ITA', 1 / 6],
    ];
    expect(a.members.map((m) => m.member)).toEqual(expected.map(([m]) => m));
    a.members.forEach((m, i) => {
      expect(m.banzhaf).toBeCloseTo(expected[i]![1], 12);
      expect(m.shapleyShubik).toBeCloseTo(expected[i]![1], 12);
    });
    expect(a.warnings).toContainEqual(
      expect.objectContaining({ code: 'dominant-member', member: 'USA' }),
    );
    expect(a.scaled).toBe(false);
  });

  it('looks up population for a G7 double majority, scales it, and finds the US veto', async () => {
    const r = await post({
      rule: 'double-majority',
      members: members(G7),
      weight: 'population',
      membersPct: 55,
      weightPct: 65,
    });
    expect(r.statusCode).toBe(200);
    const a = r.json<Audit>();
    expect(a.scaled).toBe(true);
    expect(a.thresholds.members).toBe(4); // ⌈0.55 × 7⌉
    expect(a.members.every((m) => m.year !== null && m.weight > 1e7)).toBe(true);
    expect(a.blocking.canBlockAlone).toEqual(['USA']);
    expect(a.sources.length).toBeGreaterThan(0);
    const sum = (k: 'banzhaf' | 'shapleyShubik') => a.members.reduce((s, m) => s + m[k], 0);
    expect(sum('banzhaf')).toBeCloseTo(1, 12);
    expect(sum('shapleyShubik')).toBeCloseTo(1, 12);
  });

  it('caps GDP weights: no member above the cap, the rest redistributed', async () => {
    const r = await post({
      rule: 'weighted',
      members: members(G7),
      weight: 'gdp',
      quotaPct: 60,
      capPct: 30,
    });
    expect(r.statusCode).toBe(200);
    const a = r.json<Audit>();
    const total = a.members.reduce((s, m) => s + m.units, 0);
    expect(Math.max(...a.members.map((m) => m.units)) / total).toBeLessThanOrEqual(0.30001);
    // The looked-up weight and the capped one side by side, for the economy named.
    const usa = a.members.find((m) => m.member === 'USA')!;
    expect(usa.name).toBe('United States');
    expect(usa.cappedWeight!).toBeLessThan(usa.weight);
  });

  it('rejects bad requests with 400, naming the field', async () => {
    for (const [body, path] of [
      [{ rule: 'weighted', members: [{ member: 'A', weight: 1 }] }, 'quota'],
      [{ rule: 'weighted', members: [{ member: 'A' }], quota: 1 }, 'members.0.weight'],
      [{ rule: 'weighted', members: [{ member: 'A', weight: -1 }], quota: 1 }, 'members.0.weight'],
      [
        {
          rule: 'weighted',
          members: [
            { member: 'A', weight: 1 },
            { member: 'a', weight: 1 },
          ],
          quota: 1,
        },
        'members.1.member',
      ],
      [
        {
          rule: 'double-majority',
          members: members(['USA', 'XXX']),
          weight: 'gdp',
          membersPct: 50,
          weightPct: 50,
        },
        'members.1.member',
      ],
      [
        {
          rule: 'double-majority',
          members: members(['USA']),
          weight: 'gdp',
          membersPct: 150,
          weightPct: 50,
        },
        'membersPct',
      ],
      [{ rule: 'weighted', members: [{ member: 'A', weight: 1 }], quota: 5 }, 'quota'],
      [{ rule: 'plurality', members: [] }, 'rule'],
    ] as const) {
      const r = await post(body);
      expect(r.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        r.json<{ issues: { path: string }[] }>().issues.map((i) => i.path),
        JSON.stringify(body),
      ).toContain(path);
    }
  });

  it('audits 60 members exactly: symmetric members get equal power', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      member: `M${i}`,
      weight: i < 30 ? 10 : 7,
    }));
    const a = (await post({ rule: 'weighted', members: many, quotaPct: 66.7 })).json<Audit>();
    expect(a.members).toHaveLength(60);
    expect(a.members[0]!.banzhaf).toBeCloseTo(a.members[29]!.banzhaf, 14);
    expect(a.members[30]!.banzhaf).toBeCloseTo(a.members[59]!.banzhaf, 14);
    expect(a.members[0]!.banzhaf).toBeGreaterThan(a.members[30]!.banzhaf);
  });
});
