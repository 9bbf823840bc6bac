import { describe, expect, it } from 'vitest';
import { concentration, REACH_PCT } from './concentration.ts';
import { inputShares } from './input-shares.ts';
import { chainOf } from './test-chains.ts';

const of = (shares: Record<string, number | null>) =>
  concentration(inputShares(chainOf({ inputs: ['A'], shares: { A: shares } }), 'A'));

describe('concentration', () => {
  it('counts up to 75%, as the Supply Chain Explorer does', () => {
    expect(REACH_PCT).toBe(75);
  });

  it.each<
    [
      string,
      Record<string, number | null>,
      number | null,
      string | null,
      number | null,
      number | null,
    ]
  >([
    ['gives an HHI of 1 to a single holder', { NLD: 100 }, 1, 'NLD', 100, 1],
    [
      'gives 0.25 to four equal holders',
      { USA: 25, JPN: 25, KOR: 25, TWN: 25 },
      0.25,
      'JPN',
      75,
      3,
    ],
    ['sums three largest for top 3', { USA: 50, JPN: 30, KOR: 10, TWN: 10 }, 0.36, 'USA', 90, 2],
    ['sums what there is when fewer than three hold', { USA: 60, JPN: 20 }, 0.4, 'USA', 80, 2],
    [
      'needs one economy when the first holds 75% exactly',
      { USA: 75, JPN: 25 },
      0.625,
      'USA',
      100,
      1,
    ],
    [
      'has no count when known shares never reach 75%',
      { USA: 40, JPN: 30, Various: 30 },
      0.25,
      'USA',
      70,
      null,
    ],
    ['has nothing without a known share', { USA: null }, null, null, null, null],
  ])('%s', (_, shares, hhi, top, top3, toReach) => {
    const c = of(shares);
    expect(c.hhi === null ? null : Number(c.hhi.toFixed(10))).toBe(hhi);
    expect(c.top1?.iso3 ?? null).toBe(top);
    expect(c.top3Pct).toBe(top3);
    expect(c.economiesToReach).toBe(toReach);
  });

  it('leaves pseudo-providers out of the HHI (a lower bound)', () => {
    const c = of({ USA: 50, 'Various countries': 50 });
    expect([c.hhi, c.economiesPct, c.economiesWithShare]).toEqual([0.25, 50, 1]);
  });

  it('breaks a tie at the top alphabetically', () => {
    expect(of({ USA: 50, CHN: 50 }).top1).toEqual({ iso3: 'CHN', sharePct: 50 });
  });

  it('measures after normalisation', () => {
    expect(of({ USA: 100, JPN: 25 }).top1).toEqual({ iso3: 'USA', sharePct: 80 });
  });
});
