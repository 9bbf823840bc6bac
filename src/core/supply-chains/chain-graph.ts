// The chain as a graph: inputs by index, who goes into whom, variants of each parent, a
// topological order and the cycles that prevent one.
import type { EdgeKind, SupplyChain } from './supply-chain.ts';

/** The graph of a chain's inputs, by position in `SupplyChain.inputs`. */
export interface ChainGraph {
  /** Input ids in chain order; index i of every array below refers to `ids[i]`. */
  ids: string[];
  index: ReadonlyMap<string, number>;
  /** Per input, the inputs that go into it (`goes_into` sources), in edge order, no repeats. */
  predecessors: number[][];
  /** Per input, its variants (`is_type_of` children), in edge order, no repeats. */
  variants: number[][];
  /**
   * Every input once, each after all its predecessors and all its variants; among inputs that
   * are ready together, chain order first. Null when the graph has a cycle.
   */
  order: number[] | null;
  /** Cycles found (one per strongly connected component), as ids in flow order. */
  cycles: GraphCycle[];
}

/** A cycle: ids in flow order (the first id repeated at the end is implied), and its edge kinds. */
export interface GraphCycle {
  ids: string[];
  kinds: EdgeKind[];
}

/**
 * Builds the graph of a chain. Edges naming an unknown input are left out (`validateChain`
 * reports them); a repeated edge counts once. Both edge kinds order the graph: an input comes
 * after what goes into it, and a parent after its variants.
 */
export function chainGraph(chain: SupplyChain): ChainGraph {
  const ids = chain.inputs.map((i) => i.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const predecessors: number[][] = ids.map(() => []);
  const variants: number[][] = ids.map(() => []);
  // Incoming edges per node, with their kinds, for ordering and cycle reports.
  const incoming: { from: number; kind: EdgeKind }[][] = ids.map(() => []);
  for (const edge of chain.edges) {
    const from = index.get(edge.from);
    const to = index.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const list = edge.kind === 'goes_into' ? predecessors[to]! : variants[to]!;
    if (list.includes(from)) continue;
    list.push(from);
    incoming[to]!.push({ from, kind: edge.kind });
  }
  const order = topologicalOrder(ids.length, incoming);
  const cycles = order === null ? findCycles(ids, incoming) : [];
  return { ids, index, predecessors, variants, order, cycles };
}

/** Kahn's algorithm; ready nodes leave in chain order, so the order is deterministic. */
function topologicalOrder(n: number, incoming: { from: number }[][]): number[] | null {
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  const pending = new Int32Array(n);
  incoming.forEach((edges, to) => {
    pending[to] = edges.length;
    for (const e of edges) outgoing[e.from]!.push(to);
  });
  const ready: number[] = [];
  for (let i = 0; i < n; i++) if (pending[i] === 0) ready.push(i);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => b - a); // pop the smallest index
    const node = ready.pop()!;
    order.push(node);
    for (const next of outgoing[node]!) if (--pending[next]! === 0) ready.push(next);
  }
  return order.length === n ? order : null;
}

/** One cycle per strongly connected component that has one (Tarjan), in flow order. */
function findCycles(ids: string[], incoming: { from: number; kind: EdgeKind }[][]): GraphCycle[] {
  const n = ids.length;
  const successors: { to: number; kind: EdgeKind }[][] = Array.from({ length: n }, () => []);
  incoming.forEach((edges, to) => {
    for (const e of edges) successors[e.from]!.push({ to, kind: e.kind });
  });
  const component = stronglyConnected(n, successors);
  const cycles: GraphCycle[] = [];
  const seen = new Set<number>();
  for (let start = 0; start < n; start++) {
    const c = component[start]!;
    if (seen.has(c)) continue;
    const selfLoop = successors[start]!.find((e) => e.to === start);
    const size = component.filter((x) => x === c).length;
    if (size === 1 && selfLoop === undefined) continue;
    seen.add(c);
    // Walk forward inside the component from its first node until a node repeats.
    const path: number[] = [start];
    const kinds: EdgeKind[] = [];
    const at = new Map<number, number>([[start, 0]]);
    for (;;) {
      const edge = successors[path.at(-1)!]!.find((e) => component[e.to] === c)!;
      const seenAt = at.get(edge.to);
      kinds.push(edge.kind);
      if (seenAt !== undefined) {
        cycles.push({ ids: path.slice(seenAt).map((i) => ids[i]!), kinds: kinds.slice(seenAt) });
        break;
      }
      at.set(edge.to, path.length);
      path.push(edge.to);
    }
  }
  return cycles;
}

/** Tarjan's strongly connected components, iterative; returns a component number per node. */
function stronglyConnected(n: number, successors: { to: number }[][]): number[] {
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const component = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const edges = successors[frame.node]!;
      if (frame.edge < edges.length) {
        const next = edges[frame.edge++]!.to;
        if (index[next] === -1) {
          index[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = true;
          work.push({ node: next, edge: 0 });
        } else if (onStack[next]) low[frame.node] = Math.min(low[frame.node]!, index[next]!);
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent !== undefined) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        for (;;) {
          const m = stack.pop()!;
          onStack[m] = false;
          component[m] = components;
          if (m === frame.node) break;
        }
        components++;
      }
    }
  }
  return component;
}

/**
 * The chain's final outputs: its inputs of kind `output`; when it has none (a chain of
 * commodities, say), its sinks — inputs that go into nothing and are a type of nothing — with
 * `fallback` true.
 */
export function chainOutputs(
  chain: SupplyChain,
  graph: ChainGraph,
): { indices: number[]; fallback: boolean } {
  const outputs = chain.inputs.flatMap((input, i) => (input.kind === 'output' ? [i] : []));
  if (outputs.length > 0) return { indices: outputs, fallback: false };
  const feeds = new Set<number>();
  for (let i = 0; i < graph.ids.length; i++)
    for (const p of [...graph.predecessors[i]!, ...graph.variants[i]!]) feeds.add(p);
  return { indices: graph.ids.flatMap((_, i) => (feeds.has(i) ? [] : [i])), fallback: true };
}
