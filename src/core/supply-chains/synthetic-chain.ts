// A generated chain of any size, for benchmarks and for checking the Monte Carlo kernel against
// its reference on something larger than a hand-made fixture. Not data: shares are random.
import type { Random } from './random.ts';
import type { Edge, Input, Provider, Provision, Stage, SupplyChain } from './supply-chain.ts';

export interface SyntheticChainOptions {
  /** Number of inputs, at least 2 × stages + 1 (processes and the output come first). */
  inputs: number;
  /** Number of economies providing (codes XAA, XAB, …). */
  economies: number;
  /** Default 3. */
  stages?: number;
  /** Processes per stage, in sequence; default 4. */
  processesPerStage?: number;
  /** Fraction of tools and materials that are variants of an earlier one; default 0.2. */
  variantShare?: number;
  random: Random;
}

/**
 * A layered chain: per stage a sequence of processes (the last of one stage goes into the first
 * of the next, the very last into the output), stage-level provision, and tools and materials
 * that each go into a random process or are a variant of an earlier tool. Each non-process item
 * has 2–8 economies with random shares summing to 90–100%, the rest sometimes held by the
 * pseudo-provider "Various countries". Deterministic for a given generator state.
 */
export function syntheticChain(options: SyntheticChainOptions): SupplyChain {
  const { random } = options;
  const nStages = options.stages ?? 3;
  const perStage = options.processesPerStage ?? 4;
  const pick = (n: number): number => Math.floor(random.next() * n);
  const economies = Array.from({ length: options.economies }, (_, i) => economyCode(i));
  const stages: Stage[] = Array.from({ length: nStages }, (_, s) => ({
    id: `S${s + 1}`,
    name: `Stage ${s + 1}`,
  }));
  const inputs: Input[] = [];
  const edges: Edge[] = [];
  for (let s = 0; s < nStages; s++)
    for (let p = 0; p < perStage; p++) {
      const id = `P${s + 1}.${p + 1}`;
      inputs.push({ id, name: `Process ${s + 1}.${p + 1}`, kind: 'process', stage: stages[s]!.id });
      if (inputs.length > 1) edges.push({ kind: 'goes_into', from: inputs.at(-2)!.id, to: id });
    }
  const processes = inputs.map((i) => i.id);
  inputs.push({ id: 'OUT', name: 'Output', kind: 'output', stage: null });
  edges.push({ kind: 'goes_into', from: processes.at(-1)!, to: 'OUT' });
  const parents: string[] = [];
  for (let k = inputs.length; k < options.inputs; k++) {
    const id = `N${k}`;
    const tool = random.next() < 0.7;
    inputs.push({ id, name: `Input ${k}`, kind: tool ? 'tool' : 'material', stage: null });
    if (parents.length > 0 && random.next() < (options.variantShare ?? 0.2))
      edges.push({ kind: 'is_type_of', from: id, to: parents[pick(parents.length)]! });
    else {
      edges.push({ kind: 'goes_into', from: id, to: processes[pick(processes.length)]! });
      parents.push(id);
    }
  }
  const providers: Provider[] = [
    ...economies.map((iso3): Provider => ({ kind: 'economy', id: iso3, name: iso3, iso3 })),
    { kind: 'pseudo', id: 'VAR', name: 'Various countries' },
  ];
  const provision: Provision[] = [];
  const supplied = [...inputs.filter((i) => i.kind !== 'process'), ...stages];
  for (const item of supplied) {
    const n = 2 + pick(7);
    const chosen = new Set<string>();
    while (chosen.size < Math.min(n, economies.length))
      chosen.add(economies[pick(economies.length)]!);
    const weights = [...chosen].map(() => random.next() ** 2 + 0.01);
    const total = weights.reduce((a, b) => a + b, 0);
    const known = 90 + 10 * random.next();
    [...chosen].forEach((iso3, i) =>
      provision.push({
        provider: iso3,
        input: item.id,
        sharePct: (known * weights[i]!) / total,
        year: 2025,
        sourceId: 'synthetic',
      }),
    );
    if (random.next() < 0.5)
      provision.push({
        provider: 'VAR',
        input: item.id,
        sharePct: 100 - known,
        year: 2025,
        sourceId: 'synthetic',
      });
  }
  return {
    code: 'synthetic',
    name: 'Synthetic chain',
    stages,
    inputs,
    edges,
    providers,
    provision,
  };
}

/** XAA, XAB, … XZZ, YAA, …: three capital letters, none a real ISO3 in the X-range used here. */
function economyCode(i: number): string {
  const letter = (k: number): string => String.fromCharCode(65 + k);
  return `${letter(23 + Math.floor(i / 676))}${letter(Math.floor(i / 26) % 26)}${letter(i % 26)}`;
}
