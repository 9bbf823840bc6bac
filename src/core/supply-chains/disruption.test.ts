import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { disrupt } from './disruption.ts';
import { chainOf, CYCLE, DIAMOND, LITHO_CHAIN as chain } from './test-chains.ts';

const ALPHA = { code: 'ALPHA', economies: ['USA', 'JPN', 'NLD', 'KOR'] };
const availability = (r: ReturnType<typeof disrupt>) =>
  Object.fromEntries(
    [...r.inputs, ...r.stages].map((i) => [i.item, Number(i.availabilityPct.toFixed(9))]),
  );

describe('disrupt', () => {
  it('carries the loss of all NLD supply through lithography to the chip', () => {
    const r = disrupt(chain, [{ provider: 'NLD', input: 'all', fractionLost: 1 }]);
    expect(availability(r)).toEqual({
      EUV: 0,
      DUV: 40,
      LITHO: 20,
      GA: 100,
      FAB: 20,
      CHIP: 20,
      S1: 100,
      S2: 20,
    });
    expect(r.inputs.find((i) => i.item === 'LITHO')).toMatchObject({
      lostPct: 80,
      remainingSupplyPct: 20,
      limitedBy: 'own_supply',
    });
    expect(r.inputs.find((i) => i.item === 'CHIP')).toMatchObject({
      limitedBy: 'input',
      limitingId: 'FAB',
    });
  });

  it('limits fabrication by the stage’s capacity when TWN is lost', () => {
    const r = disrupt(chain, [
      { provider: 'TWN', input: 'all', fractionLost: 1 },
      { provider: 'CHN', input: 'GA', fractionLost: 0.5 },
    ]);
    expect(availability(r)).toMatchObject({ GA: 51, FAB: 40, CHIP: 40, S2: 40 });
    expect(r.inputs.find((i) => i.item === 'FAB')).toMatchObject({
      limitedBy: 'stage_supply',
      limitingId: 'S2',
    });
  });

  it('ranks the most affected stages, outputs and inputs, least available first', () => {
    const r = disrupt(chain, [{ provider: 'NLD', input: 'all', fractionLost: 1 }]);
    expect(r.mostAffectedStages).toEqual(['S2']);
    expect(r.mostAffectedOutputs).toEqual(['CHIP']);
    expect(r.mostAffectedInputs).toEqual(['EUV', 'LITHO', 'FAB', 'CHIP', 'DUV']);
    expect(
      disrupt(chain, [{ provider: 'NLD', input: 'all', fractionLost: 1 }], { top: 2 })
        .mostAffectedInputs,
    ).toEqual(['EUV', 'LITHO']);
  });

  it('ranks coalition members by the supply they depend on that was lost', () => {
    const r = disrupt(chain, [{ provider: 'NLD', input: 'all', fractionLost: 1 }], {
      coalition: ALPHA,
    });
    expect(
      r.members.map((m) => [m.iso3, m.dependentLossPctPoints, m.inputsHit, m.ownLossPctPoints]),
    ).toEqual([
      ['KOR', 240, 3, 0],
      ['USA', 240, 3, 0],
      // Japan makes 15% of LITHO itself: it loses 80 × 85% there, its own dependence.
      ['JPN', 100 + 80 * 0.85, 2, 0],
      ['NLD', 0, 0, 240],
    ]);
    const worst = (m: (typeof r.members)[number]) =>
      m.worstInputs.map((w) => [w.item, w.lostElsewherePct, w.ownSharePct, w.dependentLossPct]);
    expect(worst(r.members[0]!)).toEqual([
      ['EUV', 100, 0, 100],
      ['LITHO', 80, 0, 80],
      ['DUV', 60, 0, 60],
    ]);
    expect(worst(r.members[2]!)).toEqual([
      ['EUV', 100, 0, 100],
      ['LITHO', 80, 15, 80 * 0.85],
    ]);
  });

  it('gives each member its own figure: members that make part of an input lose less', () => {
    const r = disrupt(chain, [{ provider: 'NLD', input: 'LITHO', fractionLost: 1 }], {
      coalition: { code: 'K', economies: ['USA', 'JPN'] },
    });
    const loss = Object.fromEntries(r.members.map((m) => [m.iso3, m.dependentLossPctPoints]));
    expect(loss.USA).toBe(80);
    expect(loss.JPN).toBeCloseTo(68, 10);
  });

  it('propagates through a diamond to the output', () => {
    const r = disrupt(DIAMOND, [{ provider: 'CHN', input: 'C', fractionLost: 1 }]);
    expect(availability(r)).toEqual({ A: 100, B: 100, C: 30, D: 30 });
    expect(r.mostAffectedOutputs).toEqual(['D']);
  });

  it('changes nothing with no shock', () => {
    const r = disrupt(chain, []);
    expect(Object.values(availability(r)).every((v) => v === 100)).toBe(true);
    expect([r.mostAffectedStages, r.mostAffectedOutputs, r.warnings]).toEqual([[], [], []]);
  });

  it('warns about a shock on a provider that supplies nothing it targets', () => {
    const r = disrupt(chain, [{ provider: 'KOR', input: 'GA', fractionLost: 1 }]);
    expect(r.warnings.map((w) => [w.code, w.ids])).toEqual([['shock_without_effect', ['KOR']]]);
  });

  it('names a bad shock', () => {
    expect(() => disrupt(chain, [{ provider: 'ZZZ', input: 'GA', fractionLost: 1 }])).toThrow(
      "unknown economy or provider 'ZZZ' in chain test",
    );
    expect(() => disrupt(chain, [{ provider: 'CHN', input: 'Helium', fractionLost: 1 }])).toThrow(
      "unknown input 'Helium' in chain test",
    );
    expect(() => disrupt(chain, [{ provider: 'CHN', input: 'GA', fractionLost: 1.2 }])).toThrow(
      'fraction lost 1.2 is outside 0–1',
    );
  });

  it('refuses a chain with a cycle, naming it', () => {
    let error: unknown;
    try {
      disrupt(CYCLE, []);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).issues).toEqual([
      { path: 'edges', message: 'cycle: X → Y → Z → X' },
    ]);
  });

  it('reports the stage-less sinks as outputs of a chain without outputs, with a warning', () => {
    const minerals = chainOf({
      inputs: ['GA', 'GR'],
      shares: { GA: { CHN: 98 }, GR: { CHN: 78, MOZ: 22 } },
    });
    const r = disrupt(minerals, [{ provider: 'CHN', input: 'all', fractionLost: 1 }]);
    expect(r.mostAffectedOutputs).toEqual(['GA', 'GR']);
    expect(r.warnings.map((w) => w.code)).toEqual(['no_outputs']);
  });
});
