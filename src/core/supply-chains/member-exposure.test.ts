import { describe, expect, it } from 'vitest';
import { memberExposure } from './member-exposure.ts';
import { chainOf } from './test-chains.ts';

const chain = chainOf({
  inputs: ['GA', 'LI', 'EUV', 'RE'],
  shares: {
    GA: { CHN: 98, JPN: 2 },
    LI: { JPN: 30, KOR: 20, CHN: 25, USA: 25 },
    EUV: { NLD: 100 },
    RE: { CHN: 24, USA: 76 },
  },
});
const ALPHA = { code: 'ALPHA', economies: ['USA', 'JPN', 'NLD'] };

describe('memberExposure', () => {
  const report = memberExposure(chain, { coalition: ALPHA });
  const member = (iso3: string) => report.members.find((m) => m.iso3 === iso3)!;

  it('lists members by ISO3', () => {
    expect(report.members.map((m) => m.iso3)).toEqual(['JPN', 'NLD', 'USA']);
  });

  it('finds dependence where concern holds at least 25% and the member at most 25%', () => {
    expect(member('USA').dependsOnConcern).toEqual([
      { item: 'GA', name: 'GA', concernPct: 98, memberPct: 0 },
      { item: 'LI', name: 'LI', concernPct: 25, memberPct: 25 },
    ]);
  });

  it('does not call a member holding more than 25% dependent', () => {
    expect(member('JPN').dependsOnConcern.map((d) => d.item)).toEqual(['GA']);
  });

  it('ignores concern shares under 25%', () => {
    expect(member('NLD').dependsOnConcern.map((d) => d.item)).toEqual(['GA', 'LI']);
  });

  it('finds leverage where a member holds more than 25%, largest first', () => {
    expect(member('USA').leverage).toEqual([{ item: 'RE', name: 'RE', memberPct: 76 }]);
    expect(member('JPN').leverage).toEqual([{ item: 'LI', name: 'LI', memberPct: 30 }]);
    expect(member('NLD').leverage).toEqual([{ item: 'EUV', name: 'EUV', memberPct: 100 }]);
  });

  it('uses thresholds given by the caller', () => {
    const r = memberExposure(chain, {
      coalition: ALPHA,
      leveragePct: 20,
      concernDependencePct: 90,
    });
    expect(r.members.find((m) => m.iso3 === 'USA')!.leverage.map((l) => l.item)).toEqual([
      'RE',
      'LI',
    ]);
    expect(r.members.find((m) => m.iso3 === 'USA')!.dependsOnConcern.map((l) => l.item)).toEqual([
      'GA',
    ]);
  });

  it('leaves out a member named with unknown share of an item', () => {
    const c = chainOf({ inputs: ['X'], shares: { X: { CHN: 60, USA: null } } });
    const r = memberExposure(c, { coalition: { code: 'U', economies: ['USA'] } });
    expect(r.members[0]).toEqual({ iso3: 'USA', dependsOnConcern: [], leverage: [] });
  });
});
