import { describe, expect, it } from 'vitest';
import { monteCarlo } from './monte-carlo.ts';
import { monteCarloReference } from './monte-carlo.reference.ts';
import { mulberry32 } from './random.ts';
import { availabilityStats, DEFAULT_RISK, type MonteCarloOptions } from './risk-model.ts';
import { syntheticChain } from './synthetic-chain.ts';
import { CYCLE, LITHO_CHAIN as chain } from './test-chains.ts';

const options = (over: Partial<MonteCarloOptions> = {}): MonteCarloOptions => ({
  trials: 2000,
  random: mulberry32(1),
  ...over,
});

describe('monteCarlo', () => {
  it('documents its defaults: 5% chance of losing half', () => {
    expect(DEFAULT_RISK).toEqual({ probability: 0.05, severity: 0.5 });
  });

  it('gives the same output byte for byte for the same seed', () => {
    const a = JSON.stringify(monteCarlo(chain, options()));
    const b = JSON.stringify(monteCarlo(chain, options()));
    expect(a).toBe(b);
  });

  it('gives another output for another seed', () => {
    expect(JSON.stringify(monteCarlo(chain, options({ random: mulberry32(2) })))).not.toBe(
      JSON.stringify(monteCarlo(chain, options())),
    );
  });

  it.each<[string, Partial<MonteCarloOptions>]>([
    ['the defaults', {}],
    [
      'economy parameters',
      { economies: { NLD: { probability: 0.3, severity: 1 }, TWN: { probability: 0.2 } } },
    ],
    [
      'weighted variants',
      { variants: 'weighted', variantWeights: { EUV: 3 }, defaults: { probability: 0.2 } },
    ],
  ])('agrees with the reference to the last bit with %s', (_, over) => {
    expect(monteCarlo(chain, options(over))).toEqual(monteCarloReference(chain, options(over)));
  });

  it('agrees with the reference on a generated chain of 120 inputs', () => {
    const big = syntheticChain({ inputs: 120, economies: 25, random: mulberry32(9) });
    const o = options({ trials: 300, defaults: { probability: 0.1, severity: 0.7 } });
    expect(JSON.stringify(monteCarlo(big, o))).toBe(
      JSON.stringify(monteCarloReference(big, { ...o, random: mulberry32(1) })),
    );
  });

  it('reproduces the disruption scenario when one economy is always lost', () => {
    const r = monteCarlo(
      chain,
      options({
        trials: 10,
        defaults: { probability: 0 },
        economies: { NLD: { probability: 1, severity: 1 } },
      }),
    );
    expect(r.outputs).toEqual([
      {
        item: 'CHIP',
        name: 'CHIP',
        kind: 'output',
        meanPct: 20,
        p5Pct: 20,
        p50Pct: 20,
        p95Pct: 20,
        minPct: 20,
        shortfallProbability: 1,
      },
    ]);
    expect(r.stages.map((s) => [s.item, s.meanPct])).toEqual([
      ['S1', 100],
      ['S2', 20],
    ]);
  });

  it('lists the economies drawn in ISO3 order with their parameters', () => {
    const r = monteCarlo(chain, options({ trials: 1, economies: { TWN: { severity: 1 } } }));
    expect(r.economies.map((e) => [e.iso3, e.probability, e.severity])).toEqual([
      ['CHN', 0.05, 0.5],
      ['JPN', 0.05, 0.5],
      ['KOR', 0.05, 0.5],
      ['NLD', 0.05, 0.5],
      ['RUS', 0.05, 0.5],
      ['TWN', 0.05, 1],
      ['USA', 0.05, 0.5],
    ]);
  });

  it('warns about parameters for an economy that supplies nothing in the chain', () => {
    const r = monteCarlo(chain, options({ trials: 1, economies: { BRA: { probability: 1 } } }));
    expect(r.warnings.map((w) => [w.code, w.ids])).toEqual([['unused_risk_parameter', ['BRA']]]);
  });

  it.each<[string, Partial<MonteCarloOptions>, string]>([
    ['zero trials', { trials: 0 }, 'trials 0 is not an integer from 1 to 10000000'],
    ['fractional trials', { trials: 2.5 }, 'trials 2.5 is not an integer from 1 to 10000000'],
    [
      'a probability over 1',
      { economies: { CHN: { probability: 1.2 } } },
      'economies.CHN probability 1.2 is outside 0–1',
    ],
    [
      'a negative default severity',
      { defaults: { severity: -0.5 } },
      'defaults severity -0.5 is outside 0–1',
    ],
  ])('rejects %s, naming it', (_, over, message) => {
    expect(() => monteCarlo(chain, options(over))).toThrow(message);
    expect(() => monteCarloReference(chain, options(over))).toThrow(message);
  });

  it('refuses a chain with a cycle', () => {
    expect(() => monteCarlo(CYCLE, options())).toThrow('X → Y → Z → X');
  });
});

describe('availabilityStats', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 20 }, (_, i) => 100 - i * 5); // 100, 95, …, 5
    expect(availabilityStats('X', 'X', 'output', values)).toEqual({
      item: 'X',
      name: 'X',
      kind: 'output',
      meanPct: 52.5,
      p5Pct: 5, // rank ⌈0.05 · 20⌉ = 1
      p50Pct: 50, // rank 10
      p95Pct: 95, // rank 19
      minPct: 5,
      shortfallProbability: 0.95,
    });
  });

  it('gives the one value of a single trial for every percentile', () => {
    expect(availabilityStats('X', 'X', 'stage', [40])).toMatchObject({
      p5Pct: 40,
      p50Pct: 40,
      p95Pct: 40,
    });
  });
});
