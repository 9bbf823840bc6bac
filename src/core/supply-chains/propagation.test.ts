import { describe, expect, it } from 'vitest';
import { chainGraph } from './chain-graph.ts';
import { checkVariantWeights, propagate, type PropagationOptions } from './propagation.ts';
import type { SupplyChain } from './supply-chain.ts';
import { chainOf, CYCLE, DIAMOND, STRAIGHT, VARIANTS } from './test-chains.ts';

const run = (
  chain: SupplyChain,
  remaining: Record<string, number>,
  options: PropagationOptions = {},
) => {
  const p = propagate(chain, chainGraph(chain), new Map(Object.entries(remaining)), options);
  return Object.fromEntries(chain.inputs.map((i, n) => [i.id, p.inputs[n]!]));
};
const values = (r: ReturnType<typeof run>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.availabilityPct]));

describe('propagate', () => {
  it.each<[string, SupplyChain, Record<string, number>, Record<string, number>]>([
    ['leaves everything available without losses', STRAIGHT, {}, { A: 100, B: 100, C: 100 }],
    ['carries a loss down a chain', STRAIGHT, { A: 60 }, { A: 60, B: 60, C: 60 }],
    [
      'takes the lesser of own supply and what goes in',
      STRAIGHT,
      { A: 60, B: 40 },
      { A: 60, B: 40, C: 40 },
    ],
    ['does not carry a loss upstream', STRAIGHT, { B: 50 }, { A: 100, B: 50, C: 50 }],
    [
      'takes the least available branch of a diamond',
      DIAMOND,
      { B: 70, C: 30 },
      { A: 100, B: 70, C: 30, D: 30 },
    ],
    [
      'carries a loss at the top of a diamond down both branches',
      DIAMOND,
      { A: 20, B: 50 },
      { A: 20, B: 20, C: 20, D: 20 },
    ],
    [
      'lets the best variant stand for its parent',
      VARIANTS,
      { V1: 0, V2: 40 },
      { V1: 0, V2: 40, P: 40, O: 40 },
    ],
    [
      'limits a parent by its own supply below its variants',
      VARIANTS,
      { V1: 90, P: 50 },
      { V1: 90, V2: 100, P: 50, O: 50 },
    ],
  ])('%s', (_, chain, remaining, expected) => {
    expect(values(run(chain, remaining))).toEqual(expected);
  });

  it('averages variants with weights under the weighted rule', () => {
    expect(values(run(VARIANTS, { V1: 0, V2: 40 }, { variants: 'weighted' })).P).toBe(20);
    expect(
      values(
        run(
          VARIANTS,
          { V1: 0, V2: 40 },
          { variants: 'weighted', variantWeights: { V1: 1, V2: 3 } },
        ),
      ).P,
    ).toBe(30);
  });

  it('says what limits each input', () => {
    const r = run(DIAMOND, { B: 70, C: 30 });
    expect(r.A).toEqual({ availabilityPct: 100, limitedBy: 'none', limitingId: null });
    expect(r.C).toEqual({ availabilityPct: 30, limitedBy: 'own_supply', limitingId: null });
    expect(r.D).toEqual({ availabilityPct: 30, limitedBy: 'input', limitingId: 'C' });
    expect(run(VARIANTS, { V1: 0, V2: 40 }).P).toEqual({
      availabilityPct: 40,
      limitedBy: 'variants',
      limitingId: 'V2',
    });
  });

  it('limits an input by its stage’s supply, and a stage by its inputs', () => {
    const chain = chainOf({
      inputs: [
        { id: 'P1', stage: 'S1' },
        { id: 'P2', stage: 'S2' },
      ],
      stages: ['S1', 'S2'],
      edges: ['P1>P2'],
    });
    const p = propagate(
      chain,
      chainGraph(chain),
      new Map([
        ['S2', 40],
        ['P1', 70],
      ]),
    );
    expect(p.inputs[1]).toEqual({
      availabilityPct: 40,
      limitedBy: 'stage_supply',
      limitingId: 'S2',
    });
    expect(p.stages.get('S1')).toEqual({
      availabilityPct: 70,
      limitedBy: 'input',
      limitingId: 'P1',
    });
    expect(p.stages.get('S2')).toEqual({
      availabilityPct: 40,
      limitedBy: 'stage_supply',
      limitingId: 'S2',
    });
  });

  it('refuses a cycle, naming its inputs', () => {
    expect(() => run(CYCLE, {})).toThrow(
      'chain test has a cycle, so supply cannot be propagated: X → Y → Z → X',
    );
  });
});

describe('checkVariantWeights', () => {
  it.each([
    ['an unknown input', { Q: 1 }, "unknown input 'Q'"],
    ['a zero weight', { V1: 0 }, "weight 0 of 'V1' is not a positive number"],
  ])('rejects %s', (_, weights, message) => {
    expect(() => checkVariantWeights(VARIANTS, weights)).toThrow(message);
  });
});
