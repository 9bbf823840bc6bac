import { describe, expect, it } from 'vitest';
import { RETALIATION_MIN_TARGET_PCT, retaliationExposure } from './retaliation.ts';
import { chainOf } from './test-chains.ts';

const semis = chainOf({
  code: 'semis',
  inputs: ['D', 'LD', { id: 'GA', kind: 'material' }],
  stages: ['S2'],
  shares: {
    D: { USA: 80, EUR: 10, CHN: 10 },
    LD: { NLD: 60, JPN: 30, CHN: 10 },
    GA: { CHN: 98, JPN: 1, RUS: 1 },
    S2: { TWN: 60, KOR: 20, CHN: 10, USA: 10 },
  },
});
const minerals = chainOf({
  code: 'minerals',
  inputs: ['GR', 'CO'],
  shares: { GR: { CHN: 78, MOZ: 10, Other: 12 }, CO: { COD: 74, IDN: 10, CHN: 1, Other: 15 } },
});
const K = { code: 'K', economies: ['USA', 'NLD', 'JPN'] };
const T = { code: 'T', economies: ['CHN'] };

describe('retaliationExposure', () => {
  it('counts dependence from 25% of world supply by default', () => {
    expect(RETALIATION_MIN_TARGET_PCT).toBe(25);
  });

  it('ranks items of every chain by the target’s share', () => {
    const r = retaliationExposure([semis, minerals], { controlling: K, target: T });
    expect(
      r.exposures.map((e) => [e.rank, e.chain, e.item, e.targetPct, e.coalitionPct, e.neitherPct]),
    ).toEqual([
      [1, 'semis', 'GA', 98, 1, 1],
      [2, 'minerals', 'GR', 78, 0, 22],
    ]);
  });

  it('ranks equal target shares by how little the coalition holds itself', () => {
    const r = retaliationExposure([semis], { controlling: K, target: T, minTargetPct: 10 });
    expect(r.exposures.map((e) => [e.item, e.kind, e.coalitionPct])).toEqual([
      ['GA', 'material', 1],
      ['S2', 'stage', 10],
      ['D', 'tool', 80],
      ['LD', 'tool', 90],
    ]);
  });

  it('finds nothing where the target holds nothing', () => {
    expect(
      retaliationExposure([minerals], { controlling: K, target: { code: 'R', economies: ['RUS'] } })
        .exposures,
    ).toEqual([]);
  });

  it('rejects a target inside the coalition, naming the economy', () => {
    expect(() =>
      retaliationExposure([semis], { controlling: K, target: { code: 'T', economies: ['USA'] } }),
    ).toThrow('USA is both in K and in the target T');
  });
});
