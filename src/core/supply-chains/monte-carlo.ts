// Monte Carlo risk, fast: the chain compiled once into typed arrays, then trials that allocate
// nothing. Agrees with monte-carlo.reference.ts to the last bit for the same generator state.
import {
  availabilityStats,
  prepareRun,
  type MonteCarloOptions,
  type MonteCarloResult,
  type PreparedRun,
} from './risk-model.ts';
import type { Random } from './random.ts';
import type { SupplyChain } from './supply-chain.ts';

/**
 * Per stage and final output, the distribution of availability over `trials` random disruptions:
 * mean, p5, p50, p95 (nearest rank), minimum and the probability of any shortfall, in percent.
 *
 * Each trial draws one number per economy (ISO3 order) from `options.random`; an economy whose
 * draw is below its probability loses its severity's fraction of every share it holds. Item
 * supply and propagation follow the disruption rule (`propagate`). The same chain, options and
 * seed give the same result, byte for byte. Throws `validation_failed` for bad options or a cycle.
 */
export function monteCarlo(chain: SupplyChain, options: MonteCarloOptions): MonteCarloResult {
  const run = prepareRun(chain, options);
  const plan = compile(chain, run, options);
  const trials = options.trials;
  const nInputs = chain.inputs.length;
  const nStages = plan.nItems - nInputs;
  const values = new Float64Array(plan.targets.length * trials);
  const kernel = new TrialKernel(plan, nInputs);
  for (let trial = 0; trial < trials; trial++) kernel.run(options.random, values, trials, trial);

  const stats = (t: number, kind: 'stage' | 'output') => {
    const item = plan.targets[t]!;
    const x = item < nInputs ? chain.inputs[item]! : chain.stages[item - nInputs]!;
    return availabilityStats(x.id, x.name, kind, values.subarray(t * trials, (t + 1) * trials));
  };
  return {
    chain: chain.code,
    trials,
    economies: run.economies,
    stages: chain.stages.map((_, s) => stats(s, 'stage')),
    outputs: run.outputs.map((_, i) => stats(nStages + i, 'output')),
    warnings: run.warnings,
  };
}

/**
 * One trial at a time over the compiled plan, allocating nothing. Percent lost per item and
 * availability per item (inputs, then stages) rest at 0 and 100; only inputs marked dirty (losing
 * supply, or downstream of one that does) are recomputed and reset after the trial, so an
 * untouched input is exactly 100, as in the reference.
 */
class TrialKernel {
  private readonly lost: Float64Array;
  private readonly avail: Float64Array;
  private readonly dirty: Uint8Array;
  private readonly touched: Int32Array;
  private readonly disrupted: Int32Array;

  constructor(
    private readonly plan: Plan,
    private readonly nInputs: number,
  ) {
    this.lost = new Float64Array(plan.nItems);
    this.avail = new Float64Array(plan.nItems).fill(100);
    this.dirty = new Uint8Array(nInputs);
    this.touched = new Int32Array(nInputs);
    this.disrupted = new Int32Array(plan.probability.length);
  }

  /** Runs one trial and writes each target's availability to values[t · trials + trial]. */
  run(random: Random, values: Float64Array, trials: number, trial: number): void {
    const { lost, avail, dirty, touched, disrupted, nInputs } = this;
    const { probability, severity, econStart, econItem, econShare, order, ownStage } = this.plan;
    const { predStart, predIdx, varStart, varIdx, varWeight, varTotal, weighted } = this.plan;
    const { succStart, succIdx, stageStart, stageMembers, targets } = this.plan;
    const nStages = this.plan.nItems - nInputs;
    let nDisrupted = 0;
    for (let e = 0; e < probability.length; e++) {
      if (random.next() >= probability[e]!) continue;
      disrupted[nDisrupted++] = e;
      const sev = severity[e]!;
      for (let k = econStart[e]!; k < econStart[e + 1]!; k++) {
        const item = econItem[k]!;
        lost[item]! += econShare[k]! * sev;
        if (item < nInputs) dirty[item] = 1;
      }
    }
    if (nDisrupted === 0) {
      for (let t = 0; t < targets.length; t++) values[t * trials + trial] = 100;
      return;
    }
    // Stages' own supply first: their inputs read it through ownStage.
    for (let s = 0; s < nStages; s++) {
      const si = nInputs + s;
      const v = Math.min(100, Math.max(0, 100 - lost[si]!));
      avail[si] = v;
      if (v < 100)
        for (let j = stageStart[s]!; j < stageStart[s + 1]!; j++) dirty[stageMembers[j]!] = 1;
    }
    let nTouched = 0;
    for (let k = 0; k < nInputs; k++) {
      const n = order[k]!;
      if (dirty[n] === 0) continue;
      touched[nTouched++] = n;
      let v = Math.min(100, Math.max(0, 100 - lost[n]!));
      const st = ownStage[n]!;
      if (st >= 0 && avail[st]! < v) v = avail[st]!;
      for (let j = predStart[n]!; j < predStart[n + 1]!; j++) {
        const a = avail[predIdx[j]!]!;
        if (a < v) v = a;
      }
      const v0 = varStart[n]!;
      const v1 = varStart[n + 1]!;
      if (v1 > v0) {
        let c: number;
        if (weighted) {
          let sum = 0;
          for (let j = v0; j < v1; j++) sum += varWeight[j]! * avail[varIdx[j]!]!;
          c = sum / varTotal[n]!;
        } else {
          c = avail[varIdx[v0]!]!;
          for (let j = v0 + 1; j < v1; j++) if (avail[varIdx[j]!]! > c) c = avail[varIdx[j]!]!;
        }
        if (c < v) v = c;
      }
      avail[n] = v;
      if (v < 100) for (let j = succStart[n]!; j < succStart[n + 1]!; j++) dirty[succIdx[j]!] = 1;
    }
    for (let s = 0; s < nStages; s++) {
      const si = nInputs + s;
      let v = avail[si]!;
      for (let j = stageStart[s]!; j < stageStart[s + 1]!; j++) {
        const a = avail[stageMembers[j]!]!;
        if (a < v) v = a;
      }
      avail[si] = v;
    }
    for (let t = 0; t < targets.length; t++) values[t * trials + trial] = avail[targets[t]!]!;
    for (let i = 0; i < nTouched; i++) {
      avail[touched[i]!] = 100;
      dirty[touched[i]!] = 0;
    }
    for (let i = 0; i < nDisrupted; i++) {
      const e = disrupted[i]!;
      for (let k = econStart[e]!; k < econStart[e + 1]!; k++) lost[econItem[k]!] = 0;
    }
  }
}

/** The chain as flat arrays: items are inputs (chain order) then stages; CSR adjacency. */
interface Plan {
  nItems: number;
  probability: Float64Array;
  severity: Float64Array;
  /** Per economy e, entries econStart[e]..econStart[e+1] of (item, share in percent). */
  econStart: Int32Array;
  econItem: Int32Array;
  econShare: Float64Array;
  order: Int32Array;
  /** Per input, what it goes into or is a type of: succIdx[succStart[n]..succStart[n+1]]. */
  succStart: Int32Array;
  succIdx: Int32Array;
  /** Item index of each input's stage, −1 for none. */
  ownStage: Int32Array;
  predStart: Int32Array;
  predIdx: Int32Array;
  varStart: Int32Array;
  varIdx: Int32Array;
  varWeight: Float64Array;
  varTotal: Float64Array;
  weighted: boolean;
  /** Per stage s, its inputs stageMembers[stageStart[s]..stageStart[s+1]]. */
  stageStart: Int32Array;
  stageMembers: Int32Array;
  /** Items reported: every stage, then every output. */
  targets: Int32Array;
}

function compile(chain: SupplyChain, run: PreparedRun, options: MonteCarloOptions): Plan {
  const nInputs = chain.inputs.length;
  const nItems = run.shares.length;
  const stageItem = new Map(chain.stages.map((s, i) => [s.id, nInputs + i]));
  const economyIndex = new Map(run.economies.map((e, i) => [e.iso3, i]));
  // Entries per economy in item order; per item, economies are then added in ISO3 order,
  // as in the reference, since the trial loop runs over economies in ISO3 order.
  const perEconomy = run.economies.map(() => [] as { item: number; share: number }[]);
  run.shares.forEach((s, item) => {
    for (const e of s.economies)
      if (e.sharePct !== null)
        perEconomy[economyIndex.get(e.iso3)!]!.push({ item, share: e.sharePct });
  });
  const econ = csr(perEconomy);
  const preds = csr(run.graph.predecessors.map((list) => list.map((p) => ({ item: p, share: 0 }))));
  const weights = options.variantWeights ?? {};
  const vars = csr(
    run.graph.variants.map((list) =>
      list.map((v) => ({ item: v, share: weights[run.graph.ids[v]!] ?? 1 })),
    ),
  );
  const varTotal = new Float64Array(nInputs);
  run.graph.variants.forEach((list, n) => {
    let total = 0;
    for (const v of list) total += weights[run.graph.ids[v]!] ?? 1;
    varTotal[n] = total;
  });
  const members = chain.stages.map((s) =>
    chain.inputs.flatMap((input, n) => (input.stage === s.id ? [{ item: n, share: 0 }] : [])),
  );
  const stageCsr = csr(members);
  const successors = chain.inputs.map(() => [] as { item: number; share: number }[]);
  run.graph.predecessors.forEach((list, n) =>
    list.forEach((p) => successors[p]!.push({ item: n, share: 0 })),
  );
  run.graph.variants.forEach((list, n) =>
    list.forEach((v) => successors[v]!.push({ item: n, share: 0 })),
  );
  const succ = csr(successors);
  return {
    nItems,
    probability: Float64Array.from(run.economies, (e) => e.probability),
    severity: Float64Array.from(run.economies, (e) => e.severity),
    econStart: econ.start,
    econItem: econ.item,
    econShare: econ.share,
    order: Int32Array.from(run.order),
    succStart: succ.start,
    succIdx: succ.item,
    ownStage: Int32Array.from(chain.inputs, (i) =>
      i.stage === null ? -1 : (stageItem.get(i.stage) ?? -1),
    ),
    predStart: preds.start,
    predIdx: preds.item,
    varStart: vars.start,
    varIdx: vars.item,
    varWeight: vars.share,
    varTotal,
    weighted: (options.variants ?? 'max') === 'weighted',
    stageStart: stageCsr.start,
    stageMembers: stageCsr.item,
    targets: Int32Array.from([...chain.stages.map((_, s) => nInputs + s), ...run.outputs]),
  };
}

/** Compressed rows: row r is entries start[r]..start[r+1]. */
function csr(rows: { item: number; share: number }[][]): {
  start: Int32Array;
  item: Int32Array;
  share: Float64Array;
} {
  const start = new Int32Array(rows.length + 1);
  rows.forEach((r, i) => (start[i + 1] = start[i]! + r.length));
  const item = new Int32Array(start[rows.length]!);
  const share = new Float64Array(start[rows.length]!);
  let k = 0;
  for (const r of rows)
    for (const x of r) {
      item[k] = x.item;
      share[k++] = x.share;
    }
  return { start, item, share };
}
