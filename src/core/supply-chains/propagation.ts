// The propagation rule: how the supply left of each item limits what depends on it downstream.
import { DomainError } from '../errors.ts';
import type { ChainGraph } from './chain-graph.ts';
import type { SupplyChain } from './supply-chain.ts';

/**
 * How variants (`is_type_of` children) of one parent combine into the parent's availability:
 *
 * - `max` (default) — perfect substitutes: the parent is as available as its best variant (a
 *   fab short of EUV tools can fall back on ArF immersion). Optimistic about substitution.
 * - `weighted` — the variants' availabilities averaged with weights (`variantWeights`, e.g.
 *   market sizes; 1 each when not given): the parent keeps the capacity its variants keep.
 */
export type VariantRule = 'max' | 'weighted';

/**
 * What binds an item's availability:
 *
 * - `none` — nothing is short: availability 100%;
 * - `own_supply` — the item's own remaining supply;
 * - `stage_supply` — the stage-level supply of the item's stage (e.g. fab capacity);
 * - `input` — an input that goes into it (`limitingId`);
 * - `variants` — its variants combined (`limitingId`: the best variant under `max`).
 */
export type LimitKind = 'none' | 'own_supply' | 'stage_supply' | 'input' | 'variants';

export interface PropagationOptions {
  /** Default `'max'`. */
  variants?: VariantRule;
  /** Weights of variants under `'weighted'` (input id → positive number); 1 when absent. */
  variantWeights?: Readonly<Record<string, number>>;
}

/** One item's availability (percent of its unshocked level, 0–100) and what limits it. */
export interface Availability {
  availabilityPct: number;
  limitedBy: LimitKind;
  limitingId: string | null;
}

/** Availability of every input (by graph index) and of every stage (by stage id). */
export interface Propagated {
  inputs: Availability[];
  stages: Map<string, Availability>;
}

/**
 * Propagates remaining supply (percent, 0–100, per input or stage id; 100 when absent) downstream:
 *
 *   own(n)     = min(remaining(n), remaining(stage of n))
 *   avail(n)   = min(own(n), min over inputs p going into n of avail(p), variants(n))
 *   variants(n)= max (or weighted mean) over n's variants of avail(variant); no term without variants
 *   avail(S)   = min(remaining(S), min over inputs n of stage S of avail(n))
 *
 * Inputs are visited in the graph's topological order. Throws `validation_failed` when the graph
 * has a cycle, naming its ids.
 */
export function propagate(
  chain: SupplyChain,
  graph: ChainGraph,
  remaining: ReadonlyMap<string, number>,
  options: PropagationOptions = {},
): Propagated {
  const order = requireOrder(chain, graph);
  const rule = options.variants ?? 'max';
  const weights = options.variantWeights ?? {};
  const supply = (id: string | null): number => (id === null ? 100 : (remaining.get(id) ?? 100));
  const inputs: Availability[] = new Array<Availability>(graph.ids.length);
  for (const n of order) {
    const input = chain.inputs[n]!;
    let best: Availability = { availabilityPct: 100, limitedBy: 'none', limitingId: null };
    const consider = (value: number, limitedBy: LimitKind, limitingId: string | null): void => {
      if (value < best.availabilityPct) best = { availabilityPct: value, limitedBy, limitingId };
    };
    consider(supply(input.id), 'own_supply', null);
    consider(supply(input.stage), 'stage_supply', input.stage);
    for (const p of graph.predecessors[n]!)
      consider(inputs[p]!.availabilityPct, 'input', graph.ids[p]!);
    const variants = graph.variants[n]!;
    if (variants.length > 0) {
      if (rule === 'max') {
        let top = variants[0]!;
        for (const v of variants)
          if (inputs[v]!.availabilityPct > inputs[top]!.availabilityPct) top = v;
        consider(inputs[top]!.availabilityPct, 'variants', graph.ids[top]!);
      } else {
        let sum = 0;
        let total = 0;
        for (const v of variants) {
          const w = weights[graph.ids[v]!] ?? 1;
          sum += w * inputs[v]!.availabilityPct;
          total += w;
        }
        consider(sum / total, 'variants', null);
      }
    }
    inputs[n] = best;
  }
  const stages = new Map<string, Availability>();
  for (const stage of chain.stages) {
    const own = supply(stage.id);
    let best: Availability =
      own < 100
        ? { availabilityPct: own, limitedBy: 'stage_supply', limitingId: stage.id }
        : { availabilityPct: 100, limitedBy: 'none', limitingId: null };
    chain.inputs.forEach((input, n) => {
      const a = inputs[n]!.availabilityPct;
      if (input.stage === stage.id && a < best.availabilityPct)
        best = { availabilityPct: a, limitedBy: 'input', limitingId: input.id };
    });
    stages.set(stage.id, best);
  }
  return { inputs, stages };
}

/** The topological order of a chain's graph, or a `validation_failed` error naming the cycles. */
export function requireOrder(chain: SupplyChain, graph: ChainGraph): number[] {
  if (graph.order !== null) return graph.order;
  const cycles = graph.cycles.map((c) => [...c.ids, c.ids[0]!].join(' → '));
  throw new DomainError(
    'validation_failed',
    `chain ${chain.code} has a cycle, so supply cannot be propagated: ${cycles.join('; ')}`,
    cycles.map((message) => ({ path: 'edges', message: `cycle: ${message}` })),
  );
}

/** Checks variant weights: finite and positive; throws `validation_failed` naming the input. */
export function checkVariantWeights(
  chain: SupplyChain,
  weights: Readonly<Record<string, number>> | undefined,
): void {
  if (weights === undefined) return;
  const ids = new Set(chain.inputs.map((i) => i.id));
  const issues = Object.entries(weights).flatMap(([id, w]) =>
    !ids.has(id)
      ? [{ path: `variantWeights.${id}`, message: `unknown input '${id}'` }]
      : !Number.isFinite(w) || w <= 0
        ? [
            {
              path: `variantWeights.${id}`,
              message: `weight ${w} of '${id}' is not a positive number`,
            },
          ]
        : [],
  );
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `bad variant weights: ${issues.map((i) => i.message).join('; ')}`,
      issues,
    );
}
