// CLI tests of `techalliance power`: the examples, JSON shape, and bad arguments (exit 2).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance as run } from '../../test/run-cli.ts';

let dir: string;
const saved = process.env.DATABASE_URL;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ta-power-'));
  process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('techalliance power', () => {
  it('prints {members: [{member, weight, banzhaf, shapleyShubik}], warnings} with indices summing to 1', async () => {
    const r = await run('power', '--weights', 'USA=3,DEU=2,FRA=1,ITA=1', '--quota', '4', '--json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as {
      members: { member: string; weight: number; banzhaf: number; shapleyShubik: number }[];
      warnings: { code: string }[];
    };
    expect(body.members.map((m) => [m.member, m.weight])).toEqual([
      ['USA', 3],
      ['DEU', 2],
      ['FRA', 1],
      ['ITA', 1],
    ]);
    expect(body.members[0]!.banzhaf).toBeCloseTo(0.5, 12);
    expect(body.members.reduce((s, m) => s + m.shapleyShubik, 0)).toBeCloseTo(1, 12);
    expect(body.warnings.map((w) => w.code)).toContain('dominant-member');
  });

  it('runs a double majority by population and prints a table with the warnings', async () => {
    const r = await run(
      'power',
      '--rule',
      'double-majority',
      '--members',
      'USA,DEU,FRA,ITA,JPN,CAN,GBR',
      '--weight',
      'population',
      '--members-pct',
      '55',
      '--weight-pct',
      '65',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Double majority: 55% of members representing 65% of population/);
    expect(r.out).toMatch(/warning: USA can block alone/);
  });

  it('exits 2 naming the argument on bad input', async () => {
    for (const [args, text] of [
      [['power', '--weights', 'USA=3,DEU'], /--weights: 'DEU'/],
      [['power', '--weights', 'USA=3'], /quota/],
      [['power', '--weights', 'USA=3', '--quota', 'many'], /--quota: 'many'/],
      [['power'], /give the members/],
      [
        ['power', '--members', 'USA,ZZZ', '--weight', 'gdp', '--quota-pct', '50'],
        /'ZZZ' is not an economy/,
      ],
    ] as const) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(text);
    }
  });
});
