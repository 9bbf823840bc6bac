import { describe, expect, it } from 'vitest';
import { inputShares } from './input-shares.ts';
import { resolveShocks, type Shock } from './shock.ts';
import { lossFractions, supplyLoss } from './supply-loss.ts';
import { chainOf } from './test-chains.ts';

const chain = chainOf({
  inputs: ['L', 'X'],
  shares: {
    L: { NLD: 80, JPN: 15, 'Various countries': 5, ASML: 80, Nikon: 15 },
    X: { USA: 50, CHN: null, Intel: 30, Lone: 10 },
  },
  organisations: { ASML: 'NLD', Nikon: 'JPN', Intel: 'USA', Lone: null },
});
const lost = (item: string, shocks: Shock[]) => {
  const loss = supplyLoss(
    inputShares(chain, item),
    lossFractions(item, resolveShocks(chain, shocks)),
  );
  return { ...loss, lostPct: Number(loss.lostPct.toFixed(12)) };
};

describe('supplyLoss', () => {
  it.each<[string, string, Shock[], number]>([
    [
      'loses an economy’s share times the fraction',
      'L',
      [{ provider: 'NLD', input: 'all', fractionLost: 0.5 }],
      40,
    ],
    [
      'loses nothing from a shock on another input',
      'L',
      [{ provider: 'NLD', input: 'X', fractionLost: 1 }],
      0,
    ],
    [
      'adds shocks on several economies',
      'L',
      [
        { provider: 'NLD', input: 'L', fractionLost: 1 },
        { provider: 'JPN', input: 'all', fractionLost: 1 },
      ],
      95,
    ],
    [
      'composes two shocks on one economy as independent losses',
      'L',
      [
        { provider: 'NLD', input: 'all', fractionLost: 0.5 },
        { provider: 'NLD', input: 'L', fractionLost: 0.5 },
      ],
      60,
    ],
    [
      'carves a firm’s loss out of its economy',
      'L',
      [{ provider: 'ASML', input: 'L', fractionLost: 0.5 }],
      40,
    ],
    [
      'does not count a firm twice when its economy is shocked too',
      'L',
      [
        { provider: 'NLD', input: 'all', fractionLost: 1 },
        { provider: 'ASML', input: 'all', fractionLost: 1 },
      ],
      80,
    ],
    [
      'composes a firm’s and its economy’s partial losses',
      'L',
      [
        { provider: 'NLD', input: 'all', fractionLost: 0.5 },
        { provider: 'ASML', input: 'all', fractionLost: 0.5 },
      ],
      60,
    ],
    [
      'loses a pseudo-provider’s share',
      'L',
      [{ provider: 'Various countries', input: 'all', fractionLost: 1 }],
      5,
    ],
    [
      'counts a firm of no economy alone',
      'X',
      [{ provider: 'Lone', input: 'all', fractionLost: 1 }],
      10,
    ],
  ])('%s', (_, item, shocks, expected) => {
    expect(lost(item, shocks).lostPct).toBe(expected);
  });

  it('gives the loss by economy', () => {
    expect(
      lost('L', [
        { provider: 'NLD', input: 'all', fractionLost: 0.5 },
        { provider: 'JPN', input: 'all', fractionLost: 1 },
      ]).byEconomy,
    ).toEqual(
      new Map([
        ['JPN', 15],
        ['NLD', 40],
      ]),
    );
  });

  it('does not count a shocked economy of unknown share, and names it', () => {
    expect(lost('X', [{ provider: 'CHN', input: 'all', fractionLost: 1 }])).toMatchObject({
      lostPct: 0,
      unknown: ['CHN'],
    });
  });

  it('never loses more than everything', () => {
    const c = chainOf({ inputs: ['A'], shares: { A: { USA: 52, JPN: 51 } } });
    const shocks = resolveShocks(c, [
      { provider: 'USA', input: 'all', fractionLost: 1 },
      { provider: 'JPN', input: 'all', fractionLost: 1 },
    ]);
    expect(supplyLoss(inputShares(c, 'A'), lossFractions('A', shocks)).lostPct).toBe(100);
  });
});
