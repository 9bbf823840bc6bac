import { describe, expect, it } from 'vitest';
import { commonEconomies, DEFAULT_CONCERN, groupShare } from './economy-group.ts';
import { inputShares } from './input-shares.ts';
import { chainOf } from './test-chains.ts';

const shares = inputShares(
  chainOf({ inputs: ['D'], shares: { D: { USA: 60, DEU: 5, CHN: 10, EUR: 20, JPN: null } } }),
  'D',
);
const ALPHA = { code: 'ALPHA', economies: ['USA', 'JPN', 'DEU'] };

describe('groupShare', () => {
  it('sums the known shares of the members and lists those of unknown share', () => {
    expect(groupShare(shares, ALPHA)).toEqual({
      group: 'ALPHA',
      sharePct: 65,
      members: [
        { iso3: 'USA', sharePct: 60 },
        { iso3: 'DEU', sharePct: 5 },
      ],
      unknownShare: ['JPN'],
      europePct: 0,
    });
  });

  it.each([
    ['does not count EUR by default', undefined, 65],
    ['does not count EUR for another group', 'G7', 65],
    ['counts EUR for the group named in eurCountsFor', 'ALPHA', 85],
  ])('%s', (_, eurCountsFor, expected) => {
    expect(groupShare(shares, ALPHA, { eurCountsFor }).sharePct).toBe(expected);
  });

  it('holds the default countries of concern: China, Iran, North Korea, Russia', () => {
    expect(DEFAULT_CONCERN.economies).toEqual(['CHN', 'IRN', 'PRK', 'RUS']);
    expect(groupShare(shares, DEFAULT_CONCERN).sharePct).toBe(10);
  });

  it('gives 0 for a group with no provider', () => {
    expect(groupShare(shares, { code: 'X', economies: [] }).sharePct).toBe(0);
  });
});

describe('commonEconomies', () => {
  it('lists the economies two groups share, sorted', () => {
    expect(
      commonEconomies({ code: 'A', economies: ['USA', 'RUS', 'CHN'] }, DEFAULT_CONCERN),
    ).toEqual(['CHN', 'RUS']);
  });
});
