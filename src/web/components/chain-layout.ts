// Where each item of a supply chain goes on the graph: stages as left-to-right lanes, inputs in
// layers by the `goes_into` flow within their lane, variants (`is_type_of`) stacked and indented
// under their parent; a plain grid for a chain without stages or flow. Pure: no DOM.
import type { Chain, ChainInput } from './chain-model.ts';

/** Node size and spacing in graph units (cytoscape scales them to the screen). */
export const NODE_W = 156;
export const NODE_H = 44;
const ROW_GAP = 8;
const INDENT = 12;
const COL_GAP = 64;
const FAMILY_PAD = 8;
const FAMILY_GAP = 20;
const LANE_PAD = 22;
const LANE_GAP = 26;
/** Room at the top of a lane for its stage header. */
export const HEADER_H = 124;
const GRID_W = 176;
const GRID_H = 60;
const GRID_GAP = 20;

/**
 * A lane: a stage, or the final outputs, or inputs that reach no stage. `x` and `width` in graph
 * units; every lane spans the same height.
 */
export interface Lane {
  id: string;
  label: string;
  /** The stage id (the lane's header is that stage); null for the outputs and "other" lanes. */
  stageId: string | null;
  x: number;
  width: number;
}

export interface PlacedInput {
  id: string;
  /** Centre, in graph units. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0 for a top-level input, 1 for its variant, 2 for a variant's variant … */
  depth: number;
  lane: string;
  /** The top-level input whose variants this belongs to (itself when top-level). */
  family: string;
}

/** A box drawn around an input and its variants. */
export interface FamilyBox {
  root: string;
  members: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChainLayout {
  kind: 'lanes' | 'grid';
  lanes: Lane[];
  /** In drawing and reading order: lane by lane, column by column, top to bottom. */
  inputs: PlacedInput[];
  families: FamilyBox[];
  width: number;
  height: number;
}

export const OUTPUTS_LANE = 'outputs';
export const OTHER_LANE = 'other';

/** True when the chain has stages and a flow to lay out as lanes; false: draw a grid. */
export const hasFlow = (chain: Chain): boolean =>
  chain.stages.length > 0 && chain.edges.some((e) => e.kind === 'goes_into');

/** Lays the chain out as lanes when it has a flow, else as a grid of `gridColumns` columns. */
export function layoutChain(chain: Chain, gridColumns = 4): ChainLayout {
  return hasFlow(chain) ? laneLayout(chain) : gridLayout(chain.inputs, gridColumns);
}

/** Inputs in reading order, `columns` to a row. */
export function gridLayout(inputs: readonly ChainInput[], columns: number): ChainLayout {
  const cols = Math.max(1, Math.min(columns, inputs.length || 1));
  const placed = inputs.map((input, i): PlacedInput => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    return {
      id: input.id,
      x: col * (GRID_W + GRID_GAP) + GRID_W / 2,
      y: row * (GRID_H + GRID_GAP) + GRID_H / 2,
      width: GRID_W,
      height: GRID_H,
      depth: 0,
      lane: OTHER_LANE,
      family: input.id,
    };
  });
  const rows = Math.ceil(inputs.length / cols);
  return {
    kind: 'grid',
    lanes: [],
    inputs: placed,
    families: [],
    width: cols * (GRID_W + GRID_GAP) - GRID_GAP,
    height: Math.max(0, rows * (GRID_H + GRID_GAP) - GRID_GAP),
  };
}

interface Family {
  root: string;
  /** Root first, then variants depth-first in chain order. */
  members: { id: string; depth: number }[];
}

/** Variant families: each top-level input with its variants, depth-first (cycles cut). */
export function variantFamilies(chain: Chain): Family[] {
  const order = new Map(chain.inputs.map((input, i) => [input.id, i]));
  const parentOf = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const e of chain.edges) {
    if (e.kind !== 'is_type_of' || !order.has(e.from) || !order.has(e.to) || parentOf.has(e.from))
      continue;
    parentOf.set(e.from, e.to);
    children.set(e.to, [...(children.get(e.to) ?? []), e.from]);
  }
  for (const list of children.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);
  const seen = new Set<string>();
  const families: Family[] = [];
  const collect = (id: string, depth: number, into: Family): void => {
    if (seen.has(id)) return;
    seen.add(id);
    into.members.push({ id, depth });
    for (const child of children.get(id) ?? []) collect(child, depth + 1, into);
  };
  for (const input of chain.inputs)
    if (!parentOf.has(input.id)) {
      const family: Family = { root: input.id, members: [] };
      collect(input.id, 0, family);
      families.push(family);
    }
  // Variants whose parents loop back have no top-level input: the first in chain order stands in.
  for (const input of chain.inputs)
    if (!seen.has(input.id)) {
      const family: Family = { root: input.id, members: [] };
      collect(input.id, 0, family);
      families.push(family);
    }
  return families;
}

const familyHeight = (f: Family): number =>
  f.members.length * (NODE_H + ROW_GAP) - ROW_GAP + (f.members.length > 1 ? 2 * FAMILY_PAD : 0);

/**
 * Stages as lanes, left to right in the chain's stage order, then the final outputs, then inputs
 * that reach no stage. An input without a stage takes the first lane its flow reaches (tools and
 * materials sit in the stage they serve); variants stay with their parent. Within a lane, inputs
 * are layered as late as their flow allows, so each sits just left of what it goes into.
 */
export function laneLayout(chain: Chain): ChainLayout {
  const inputsById = new Map(chain.inputs.map((i) => [i.id, i]));
  const families = variantFamilies(chain);
  const familyOf = new Map<string, Family>();
  for (const f of families) for (const m of f.members) familyOf.set(m.id, f);

  // The flow between families (a variant's edges count for its family).
  const succ = new Map<string, Set<string>>(families.map((f) => [f.root, new Set()]));
  const pred = new Map<string, Set<string>>(families.map((f) => [f.root, new Set()]));
  for (const e of chain.edges) {
    if (e.kind !== 'goes_into') continue;
    const a = familyOf.get(e.from)?.root;
    const b = familyOf.get(e.to)?.root;
    if (a === undefined || b === undefined || a === b) continue;
    succ.get(a)!.add(b);
    pred.get(b)!.add(a);
  }

  const laneOrder = [...chain.stages.map((s) => s.id), OUTPUTS_LANE, OTHER_LANE];
  const rank = (lane: string): number => laneOrder.indexOf(lane);
  const ownStage = (f: Family): string | null => {
    for (const m of f.members) {
      const stage = inputsById.get(m.id)?.stage;
      if (stage && rank(stage) >= 0) return stage;
    }
    return null;
  };
  const isOutput = (f: Family): boolean =>
    f.members.some((m) => inputsById.get(m.id)?.kind === 'output');

  const downstream = new Map<string, string | null>();
  const visiting = new Set<string>();
  /** The earliest lane the family's flow reaches (its own stage first); null: none. */
  const reach = (root: string): string | null => {
    if (downstream.has(root)) return downstream.get(root)!;
    if (visiting.has(root)) return null;
    visiting.add(root);
    const f = familyOf.get(root)!;
    let lane = ownStage(f);
    if (lane === null) {
      const reached = [...succ.get(root)!]
        .map(reach)
        .filter((l): l is string => l !== null)
        .sort((a, b) => rank(a) - rank(b));
      lane = reached[0] ?? (isOutput(f) ? OUTPUTS_LANE : null);
    }
    visiting.delete(root);
    downstream.set(root, lane);
    return lane;
  };
  const laneOf = new Map<string, string>();
  for (const f of families) {
    let lane = reach(f.root);
    if (lane === null) {
      const fed = [...pred.get(f.root)!]
        .map(reach)
        .filter((l): l is string => l !== null)
        .sort((a, b) => rank(b) - rank(a));
      lane = fed[0] ?? OTHER_LANE;
    }
    laneOf.set(f.root, lane);
  }

  // Layers: the longest flow to the lane's last layer, counted back from the right.
  const height = new Map<string, number>();
  const inProgress = new Set<string>();
  const toSink = (root: string): number => {
    if (height.has(root)) return height.get(root)!;
    if (inProgress.has(root)) return 0;
    inProgress.add(root);
    let h = 0;
    for (const s of succ.get(root)!)
      if (laneOf.get(s) === laneOf.get(root)) h = Math.max(h, 1 + toSink(s));
    inProgress.delete(root);
    height.set(root, h);
    return h;
  };

  const usedLanes = laneOrder.filter(
    (lane) =>
      chain.stages.some((s) => s.id === lane) || families.some((f) => laneOf.get(f.root) === lane),
  );
  const columnsOf = new Map<string, Family[][]>();
  for (const lane of usedLanes) {
    const members = families.filter((f) => laneOf.get(f.root) === lane);
    const deepest = Math.max(0, ...members.map((f) => toSink(f.root)));
    const columns: Family[][] = Array.from({ length: deepest + 1 }, () => []);
    for (const f of members) columns[deepest - toSink(f.root)]!.push(f);
    columnsOf.set(lane, members.length ? columns : []);
  }

  // Lanes left to right.
  const colW = NODE_W + COL_GAP;
  const lanes: Lane[] = [];
  let x = 0;
  for (const lane of usedLanes) {
    const columns = columnsOf.get(lane)!.length;
    const width = Math.max(1, columns) * colW - COL_GAP + 2 * LANE_PAD;
    const stage = chain.stages.find((s) => s.id === lane);
    lanes.push({
      id: lane,
      label: stage?.name ?? (lane === OUTPUTS_LANE ? 'Final outputs' : 'Not in a stage'),
      stageId: stage?.id ?? null,
      x,
      width,
    });
    x += width + LANE_GAP;
  }

  // Top to bottom: from the last lane and column back, each family near what it goes into.
  const centreY = new Map<string, number>();
  const top = new Map<string, number>();
  const chainOrder = new Map(chain.inputs.map((input, i) => [input.id, i]));
  for (const lane of [...lanes].reverse()) {
    const columns = columnsOf.get(lane.id)!;
    for (let c = columns.length - 1; c >= 0; c--) {
      // Ordered by where their successors sit; placed level with them only within the lane
      // (aligning across lanes would open tall gaps in the lane before).
      const mean = (ys: number[]): number | null =>
        ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : null;
      const keyed = columns[c]!.map((f) => {
        const next = [...succ.get(f.root)!].filter((s) => centreY.has(s));
        return {
          f,
          key: mean(next.map((s) => centreY.get(s)!)),
          align: mean(next.filter((s) => laneOf.get(s) === lane.id).map((s) => centreY.get(s)!)),
        };
      });
      keyed.sort((a, b) =>
        a.key !== null && b.key !== null
          ? a.key - b.key
          : a.key !== null
            ? -1
            : b.key !== null
              ? 1
              : chainOrder.get(a.f.root)! - chainOrder.get(b.f.root)!,
      );
      let cursor = HEADER_H + LANE_PAD;
      for (const { f, align } of keyed) {
        const h = familyHeight(f);
        const y = Math.max(cursor, align === null ? cursor : align - NODE_H / 2);
        top.set(f.root, y);
        centreY.set(f.root, y + (f.members.length > 1 ? FAMILY_PAD : 0) + NODE_H / 2);
        cursor = y + h + FAMILY_GAP;
      }
    }
  }

  const placed: PlacedInput[] = [];
  const boxes: FamilyBox[] = [];
  let bottom = HEADER_H + LANE_PAD;
  for (const lane of lanes) {
    const columns = columnsOf.get(lane.id)!;
    columns.forEach((column, c) => {
      const left = lane.x + LANE_PAD + c * colW;
      const ordered = [...column].sort((a, b) => top.get(a.root)! - top.get(b.root)!);
      for (const f of ordered) {
        const y0 = top.get(f.root)!;
        const boxed = f.members.length > 1;
        f.members.forEach((m, i) => {
          const width = NODE_W - m.depth * INDENT;
          placed.push({
            id: m.id,
            x: left + m.depth * INDENT + width / 2,
            y: y0 + (boxed ? FAMILY_PAD : 0) + i * (NODE_H + ROW_GAP) + NODE_H / 2,
            width,
            height: NODE_H,
            depth: m.depth,
            lane: lane.id,
            family: f.root,
          });
        });
        const h = familyHeight(f);
        if (boxed)
          boxes.push({
            root: f.root,
            members: f.members.map((m) => m.id),
            x: left - FAMILY_PAD + (NODE_W + 2 * FAMILY_PAD) / 2,
            y: y0 + h / 2,
            width: NODE_W + 2 * FAMILY_PAD,
            height: h,
          });
        bottom = Math.max(bottom, y0 + h);
      }
    });
  }
  return {
    kind: 'lanes',
    lanes,
    inputs: placed,
    families: boxes,
    width: Math.max(0, x - LANE_GAP),
    height: bottom + LANE_PAD,
  };
}
