// The straightforward Monte Carlo: objects and maps, one trial at a time, through the same
// propagation as a disruption scenario. The fast kernel (monte-carlo.ts) must agree with it.
import { propagate } from './propagation.ts';
import {
  availabilityStats,
  prepareRun,
  type MonteCarloOptions,
  type MonteCarloResult,
} from './risk-model.ts';
import type { SupplyChain } from './supply-chain.ts';

/**
 * Monte Carlo availability of stages and outputs, computed plainly: per trial, draw each economy
 * (ISO3 order), compute every item's remaining supply from a map of fractions lost, propagate with
 * `propagate`. Same contract and, for the same generator state, the same result as `monteCarlo`;
 * kept as the benchmark's baseline and the fast kernel's oracle.
 */
export function monteCarloReference(
  chain: SupplyChain,
  options: MonteCarloOptions,
): MonteCarloResult {
  const run = prepareRun(chain, options);
  // Each item's economies with a known share, in ISO3 order (the order losses are added in).
  const items = run.shares.map((s) => ({
    id: s.item,
    economies: s.economies
      .filter((e) => e.sharePct !== null)
      .sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1)),
  }));
  const stageValues = chain.stages.map(() => [] as number[]);
  const outputValues = run.outputs.map(() => [] as number[]);
  for (let trial = 0; trial < options.trials; trial++) {
    const fraction = new Map<string, number>();
    for (const e of run.economies)
      if (options.random.next() < e.probability) fraction.set(e.iso3, e.severity);
    const remaining = new Map<string, number>();
    for (const item of items) {
      let lost = 0;
      for (const e of item.economies) lost += e.sharePct! * (fraction.get(e.iso3) ?? 0);
      remaining.set(item.id, Math.min(100, Math.max(0, 100 - lost)));
    }
    const result = propagate(chain, run.graph, remaining, options);
    chain.stages.forEach((s, i) => stageValues[i]!.push(result.stages.get(s.id)!.availabilityPct));
    run.outputs.forEach((n, i) => outputValues[i]!.push(result.inputs[n]!.availabilityPct));
  }
  return {
    chain: chain.code,
    trials: options.trials,
    economies: run.economies,
    stages: chain.stages.map((s, i) => availabilityStats(s.id, s.name, 'stage', stageValues[i]!)),
    outputs: run.outputs.map((n, i) =>
      availabilityStats(chain.inputs[n]!.id, chain.inputs[n]!.name, 'output', outputValues[i]!),
    ),
    warnings: run.warnings,
  };
}
