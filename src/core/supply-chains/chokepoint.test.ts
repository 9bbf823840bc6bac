import { describe, expect, it } from 'vitest';
import {
  chokepoints,
  DEFAULT_CHOKEPOINT_THRESHOLDS,
  type ChokepointOptions,
} from './chokepoint.ts';
import { chainOf } from './test-chains.ts';

const ALPHA = { code: 'ALPHA', economies: ['USA', 'JPN', 'NLD', 'KOR'] };
const one = (shares: Record<string, number | null>, options: Partial<ChokepointOptions> = {}) =>
  chokepoints(chainOf({ inputs: ['A'], shares: { A: shares } }), { coalition: ALPHA, ...options })
    .items[0]!;

describe('chokepoints', () => {
  it('has the thresholds of the issue by default', () => {
    expect(DEFAULT_CHOKEPOINT_THRESHOLDS).toEqual({
      dominantEconomyPct: 50,
      hhi: 0.25,
      coalitionBelowPct: 50,
      concernAtLeastPct: 25,
    });
  });

  it.each<[string, Record<string, number | null>, string[]]>([
    // One economy at 50% alone makes the HHI 0.25: the two rules agree there.
    [
      'flags one economy holding exactly 50%',
      { TWN: 50, 'Various countries': 50 },
      ['dominant_economy', 'high_hhi'],
    ],
    ['does not flag 49% when the rest is spread', { TWN: 49, 'Various countries': 51 }, []],
    ['flags an HHI of exactly 0.25', { USA: 40, JPN: 20, KOR: 20, TWN: 10, DEU: 10 }, ['high_hhi']],
    [
      'flags concern at 25% while the coalition holds under 50%',
      { CHN: 25, USA: 24, DEU: 17, FRA: 17, ITA: 17 },
      ['concern_over_coalition'],
    ],
    [
      'does not flag concern when the coalition holds 50%',
      { CHN: 25, USA: 50, DEU: 25 },
      ['dominant_economy', 'high_hhi'],
    ],
    [
      'gives every reason that applies',
      { CHN: 98, JPN: 1, RUS: 1 },
      ['dominant_economy', 'high_hhi', 'concern_over_coalition'],
    ],
    ['flags nothing without known shares', { CHN: null, USA: null }, []],
  ])('%s', (_, shares, reasons) => {
    const r = one(shares);
    expect(r.reasons.map((x) => x.code)).toEqual(reasons);
    expect(r.chokepoint).toBe(reasons.length > 0);
  });

  it('uses thresholds given by the caller', () => {
    const r = one(
      { TWN: 40, USA: 30, DEU: 30 },
      { thresholds: { dominantEconomyPct: 40, hhi: 0.5 } },
    );
    expect(r.reasons.map((x) => x.code)).toEqual(['dominant_economy']);
  });

  it('explains each reason with the numbers', () => {
    expect(one({ CHN: 98, JPN: 1, RUS: 1 }).reasons.map((r) => r.message)).toEqual([
      'CHN holds 98% (at least 50%)',
      'HHI 0.961 (at least 0.25)',
      'ALPHA holds 1% (under 50%) while CONCERN holds 99% (at least 25%)',
    ]);
  });

  it('splits supply into coalition, concern and neither', () => {
    const r = one({ USA: 50, CHN: 20, TWN: 20 });
    expect([r.coalitionPct, r.concernPct, r.neitherPct, r.unattributedPct]).toEqual([
      50, 20, 30, 10,
    ]);
  });

  it('counts EUR for the coalition only when eurCountsFor names it', () => {
    expect(one({ USA: 40, EUR: 20, CHN: 40 }).coalitionPct).toBe(40);
    expect(one({ USA: 40, EUR: 20, CHN: 40 }, { eurCountsFor: 'ALPHA' }).coalitionPct).toBe(60);
  });

  it('uses the concern set given by the caller', () => {
    const r = one({ USA: 40, TWN: 60 }, { concern: { code: 'X', economies: ['TWN'] } });
    expect(r.concernPct).toBe(60);
  });

  it('counts an economy in both groups once in "neither" and warns', () => {
    const report = chokepoints(chainOf({ inputs: ['A'], shares: { A: { CHN: 50, USA: 30 } } }), {
      coalition: { code: 'WIDE', economies: ['USA', 'CHN'] },
    });
    expect(report.items[0]!.neitherPct).toBe(20);
    expect(report.warnings.map((w) => [w.code, w.ids])).toEqual([['groups_overlap', ['CHN']]]);
  });

  it('warns that a group share is a lower bound when a member has an unknown share', () => {
    const report = chokepoints(chainOf({ inputs: ['A'], shares: { A: { CHN: 50, USA: null } } }), {
      coalition: ALPHA,
    });
    expect(report.warnings.map((w) => [w.code, w.ids])).toEqual([['share_unknown', ['A', 'USA']]]);
  });

  it('reports every input, then the stages with shares, with their kinds', () => {
    const chain = chainOf({
      inputs: ['A', { id: 'P', kind: 'process', stage: 'S2' }],
      stages: ['S1', 'S2'],
      shares: { S2: { TWN: 60, USA: 40 } },
    });
    expect(chokepoints(chain, { coalition: ALPHA }).items.map((i) => [i.item, i.kind])).toEqual([
      ['A', 'tool'],
      ['P', 'process'],
      ['S2', 'stage'],
    ]);
  });
});
