// Seeded, weighted k-means (k-means++ start), the weighted silhouette, and the two-level
// clustering of Polis (Small et al. 2021): up to 100 base clusters of participants, then the base
// clusters' centres grouped (weighted by their members' weight) for k = 2…5, k chosen by the
// silhouette and smoothed across updates so that it does not flip on every new vote.
import { seededRandom, type Random } from '../supply-chains/random.ts';

export type Point = readonly number[];

export interface KMeansResult {
  centres: number[][];
  /** The centre each point belongs to. */
  assignment: number[];
  /** The total weight of each centre's points. */
  sizes: number[];
  iterations: number;
}

export interface KMeansOptions {
  seed: number;
  /** Per-point weights (default 1); a point of weight 0 is assigned but moves no centre. */
  weights?: readonly number[];
  /** Starting centres (the previous run's): used as given, k-means++ fills any missing ones. */
  initial?: readonly Point[];
  maxIterations?: number;
  /**
   * Runs from this many k-means++ starts (default 1), keeping the one of least weighted
   * within-cluster sum of squares; `initial` centres, when given, make the first start.
   */
  restarts?: number;
}

const distance2 = (a: Point, b: Point): number => {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d]! - b[d]!) ** 2;
  return s;
};

/**
 * Points (or centres) as one row-major typed array: k-means runs on these so that its inner
 * loops allocate nothing. The arithmetic is that of {@link distance2}, term by term.
 */
interface Flat {
  data: Float64Array;
  n: number;
  dims: number;
}

function flatten(points: readonly Point[], dims = points[0]?.length ?? 0): Flat {
  const data = new Float64Array(points.length * dims);
  points.forEach((p, i) => {
    for (let d = 0; d < dims; d++) data[i * dims + d] = p[d]!;
  });
  return { data, n: points.length, dims };
}

const unflatten = (f: Flat): number[][] =>
  Array.from({ length: f.n }, (_, i) => Array.from(f.data.subarray(i * f.dims, (i + 1) * f.dims)));

/** Squared distance between row i of `a` and row j of `b` (same dims). */
function flatDistance2(
  a: Float64Array,
  i: number,
  b: Float64Array,
  j: number,
  dims: number,
): number {
  let s = 0;
  const x = i * dims;
  const y = j * dims;
  for (let d = 0; d < dims; d++) s += (a[x + d]! - b[y + d]!) ** 2;
  return s;
}

/** Index drawn with probability proportional to `mass` (null when all are 0). */
function draw(random: Random, mass: ArrayLike<number>): number | null {
  let total = 0;
  for (let i = 0; i < mass.length; i++) total += mass[i]!;
  if (!(total > 0)) return null;
  let r = random.next() * total;
  for (let i = 0; i < mass.length; i++) {
    r -= mass[i]!;
    if (r < 0 && mass[i]! > 0) return i;
  }
  for (let i = mass.length - 1; i >= 0; i--) if (mass[i]! > 0) return i;
  return null;
}

/** {@link kMeansPlusPlus} on flat arrays: the centres' rows (at most k). */
function flatPlusPlus(
  points: Flat,
  weights: Float64Array,
  k: number,
  random: Random,
  initial: readonly Point[],
): Flat {
  const { n, dims } = points;
  const chosen = initial.slice(0, k);
  const centres = new Float64Array(k * dims);
  chosen.forEach((c, j) => {
    for (let d = 0; d < dims; d++) centres[j * dims + d] = c[d]!;
  });
  let count = chosen.length;
  const nearest = new Float64Array(n).fill(Infinity);
  // (Distances to the given centres are only needed when more are to be drawn.)
  if (count < k)
    for (let j = 0; j < count; j++)
      for (let i = 0; i < n; i++)
        nearest[i] = Math.min(nearest[i]!, flatDistance2(points.data, i, centres, j, dims));
  const mass = new Float64Array(n);
  while (count < k) {
    if (count === 0) mass.set(weights);
    else for (let i = 0; i < n; i++) mass[i] = nearest[i]! * weights[i]!;
    const i = draw(random, mass);
    if (i === null) break;
    for (let d = 0; d < dims; d++) centres[count * dims + d] = points.data[i * dims + d]!;
    for (let p = 0; p < n; p++)
      nearest[p] = Math.min(nearest[p]!, flatDistance2(points.data, p, centres, count, dims));
    count++;
  }
  return { data: centres.slice(0, count * dims), n: count, dims };
}

/**
 * k-means++ seeding (Arthur and Vassilvitskii 2007), weighted: the first centre drawn with
 * probability ∝ weight, each next ∝ weight × squared distance to the nearest centre so far.
 * Stops early when every point of positive weight already sits on a centre, so it gives fewer
 * than k centres when there are fewer than k distinct points.
 */
export function kMeansPlusPlus(
  points: readonly Point[],
  weights: readonly number[],
  k: number,
  random: Random,
  initial: readonly Point[] = [],
): number[][] {
  const dims = points[0]?.length ?? initial[0]?.length ?? 0;
  return unflatten(
    flatPlusPlus(flatten(points, dims), Float64Array.from(weights), k, random, initial),
  );
}

function flatInertia(
  points: Flat,
  centres: Float64Array,
  assignment: Int32Array,
  weights: Float64Array,
): number {
  let s = 0;
  for (let i = 0; i < points.n; i++)
    s += weights[i]! * flatDistance2(points.data, i, centres, assignment[i]!, points.dims);
  return s;
}

/** The weighted within-cluster sum of squares of a k-means result. */
export function inertia(
  points: readonly Point[],
  result: KMeansResult,
  weights?: readonly number[],
): number {
  let s = 0;
  points.forEach(
    (p, i) =>
      (s += (weights ? weights[i]! : 1) * distance2(p, result.centres[result.assignment[i]!]!)),
  );
  return s;
}

/**
 * Weighted k-means: Lloyd's algorithm from k-means++ starts (see `restarts`), the best start
 * kept; ties in assignment go to the lower-numbered centre. Deterministic for a seed.
 */
export function kMeans(points: readonly Point[], k: number, options: KMeansOptions): KMeansResult {
  const flat = flatten(points);
  const weights = options.weights
    ? Float64Array.from(options.weights)
    : new Float64Array(points.length).fill(1);
  const random = seededRandom(options.seed);
  const restarts = Math.max(1, options.restarts ?? 1);
  let best: { centres: Flat; assignment: Int32Array; iterations: number } | null = null;
  let bestInertia = Infinity;
  for (let r = 0; r < restarts; r++) {
    const centres = flatPlusPlus(flat, weights, k, random, r === 0 ? (options.initial ?? []) : []);
    const run = lloyd(flat, weights, centres, options.maxIterations ?? 100);
    const s = flatInertia(flat, centres.data, run.assignment, weights);
    if (best === null || s < bestInertia - 1e-9 * Math.max(1, bestInertia))
      [best, bestInertia] = [{ centres, ...run }, s];
  }
  const { centres, assignment, iterations } = best!;
  const sizes = new Array<number>(centres.n).fill(0);
  for (let i = 0; i < flat.n; i++) sizes[assignment[i]!] = sizes[assignment[i]!]! + weights[i]!;
  return { centres: unflatten(centres), assignment: Array.from(assignment), sizes, iterations };
}

/** Relative slack on the bounds below, far above the rounding error of their updates. */
const SLACK = 1 + 1e-9;

/**
 * Lloyd's iterations, moving `centres` in place, with Hamerly's bounds (G. Hamerly, "Making
 * k-means even faster", SDM 2010): each point keeps an upper bound on the distance to its centre
 * and a lower bound on the distance to any other, moved by how far the centres moved; a point whose
 * upper bound is below both its lower bound and half the distance from its centre to the nearest
 * other centre cannot change centre and is not measured. The bounds are kept with a relative slack
 * and a point is measured whenever they do not settle it, so the assignments — ties to the
 * lower-numbered centre included — and hence the centres are exactly those of plain Lloyd.
 */
function lloyd(
  points: Flat,
  weights: Float64Array,
  centres: Flat,
  maxIterations: number,
): { assignment: Int32Array; iterations: number } {
  const { n, dims, data } = points;
  const k = centres.n;
  const c = centres.data;
  const assignment = new Int32Array(n).fill(-1);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const sums = new Float64Array(k * dims);
  const mass = new Float64Array(k);
  const moved = new Float64Array(k);
  const half = new Float64Array(k);
  const previous = new Float64Array(k * dims);
  /** Measures point i against every centre: assignment and both bounds. */
  const measure = (i: number): boolean => {
    let best = 0;
    let bestD = Infinity;
    let second = Infinity;
    const x = i * dims;
    for (let j = 0; j < k; j++) {
      let d = 0;
      const y = j * dims;
      for (let e = 0; e < dims; e++) d += (data[x + e]! - c[y + e]!) ** 2;
      if (d < bestD) {
        second = bestD;
        best = j;
        bestD = d;
      } else if (d < second) second = d;
    }
    upper[i] = Math.sqrt(bestD);
    lower[i] = Math.sqrt(second);
    if (assignment[i] === best) return false;
    assignment[i] = best;
    return true;
  };
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let changed = false;
    if (iterations === 0) for (let i = 0; i < n; i++) changed = measure(i) || changed;
    else {
      let maxMoved = 0;
      for (let j = 0; j < k; j++) maxMoved = Math.max(maxMoved, moved[j]!);
      for (let i = 0; i < n; i++) {
        const a = assignment[i]!;
        upper[i] = upper[i]! + moved[a]!;
        lower[i] = lower[i]! - maxMoved;
        const bound = Math.max(half[a]!, lower[i]!);
        if (upper[i]! * SLACK < bound) continue;
        let d = 0;
        for (let e = 0; e < dims; e++) d += (data[i * dims + e]! - c[a * dims + e]!) ** 2;
        upper[i] = Math.sqrt(d);
        if (upper[i]! * SLACK < bound) continue;
        changed = measure(i) || changed;
      }
    }
    if (!changed && iterations > 0) break;
    sums.fill(0);
    mass.fill(0);
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      const a = assignment[i]!;
      mass[a] = mass[a]! + w;
      for (let d = 0; d < dims; d++)
        sums[a * dims + d] = sums[a * dims + d]! + w * data[i * dims + d]!;
    }
    previous.set(c);
    // A centre left without weight stays where it is.
    for (let j = 0; j < k; j++)
      if (mass[j]! > 0)
        for (let d = 0; d < dims; d++) c[j * dims + d] = sums[j * dims + d]! / mass[j]!;
    for (let j = 0; j < k; j++) moved[j] = Math.sqrt(flatDistance2(c, j, previous, j, dims));
    for (let j = 0; j < k; j++) {
      let nearest = Infinity;
      for (let o = 0; o < k; o++)
        if (o !== j) nearest = Math.min(nearest, flatDistance2(c, j, c, o, dims));
      half[j] = Math.sqrt(nearest) / 2;
    }
  }
  return { assignment, iterations };
}

/**
 * The weighted silhouette (Rousseeuw 1987) of a partition of weighted points: for point i in
 * cluster A, a = the weighted mean distance to the rest of A (a point of weight w stands for w
 * members at one place, so A's weight without i's own unit), b = the least weighted mean distance
 * to another cluster, s = (b − a) ÷ max(a, b), 0 for a point alone in its cluster; the result is
 * the weighted mean of s. 0 when there are fewer than two clusters.
 */
export function silhouette(
  points: readonly Point[],
  assignment: readonly number[],
  weights: readonly number[] = points.map(() => 1),
): number {
  const labels = [...new Set(assignment)];
  if (labels.length < 2) return 0;
  const index = new Map(labels.map((l, i) => [l, i]));
  const clusterWeight = labels.map(() => 0);
  assignment.forEach((a, i) => {
    const c = index.get(a)!;
    clusterWeight[c] = clusterWeight[c]! + weights[i]!;
  });
  let total = 0;
  let sum = 0;
  points.forEach((p, i) => {
    const w = weights[i]!;
    if (w <= 0) return;
    const own = index.get(assignment[i]!)!;
    const dist = labels.map(() => 0);
    points.forEach((q, j) => {
      if (j === i) return;
      const c = index.get(assignment[j]!)!;
      dist[c] = dist[c]! + weights[j]! * Math.sqrt(distance2(p, q));
    });
    const rest = clusterWeight[own]! - Math.min(w, 1);
    let s = 0;
    if (rest > 1e-12) {
      const a = dist[own]! / rest;
      let b = Infinity;
      labels.forEach((_, c) => {
        if (c !== own && clusterWeight[c]! > 0) b = Math.min(b, dist[c]! / clusterWeight[c]!);
      });
      const m = Math.max(a, b);
      s = m > 0 && Number.isFinite(b) ? (b - a) / m : 0;
    }
    sum += w * s;
    total += w;
  });
  return total > 0 ? sum / total : 0;
}

export const MAX_BASE_CLUSTERS = 100;

/**
 * Base clusters: weighted k-means of the participants' positions into at most `max` (100)
 * clusters; clusters left empty are dropped. Many base clusters keep the fine structure, and the
 * groups are then found among their centres, which is fast and stable as votes arrive.
 */
export function baseClusters(
  points: readonly Point[],
  options: KMeansOptions & { max?: number },
): KMeansResult {
  const k = Math.min(options.max ?? MAX_BASE_CLUSTERS, points.length);
  const result = kMeans(points, k, options);
  const keep = result.sizes.map((s, j) => (s > 0 || result.assignment.includes(j) ? j : -1));
  const renumber = new Map<number, number>();
  keep.filter((j) => j >= 0).forEach((j, n) => renumber.set(j, n));
  return {
    centres: result.centres.filter((_, j) => renumber.has(j)),
    sizes: result.sizes.filter((_, j) => renumber.has(j)),
    assignment: result.assignment.map((a) => renumber.get(a)!),
    iterations: result.iterations,
  };
}

/** How k is kept from one update to the next. */
export interface KChoice {
  k: number;
  /** The k that has beaten `k` by the margin on the last `streak` updates, if any. */
  challenger: number | null;
  streak: number;
}

export interface KSmoothing {
  /** How much (in silhouette) another k must beat the current one by. Default 0.02. */
  margin: number;
  /** On how many consecutive updates it must do so before k changes. Default 3. */
  patience: number;
}

export const DEFAULT_K_SMOOTHING: KSmoothing = { margin: 0.02, patience: 3 };

/**
 * Picks k from the silhouette of each candidate. Without a previous choice: the smallest k whose
 * silhouette is within `margin` of the best (a larger k must earn its extra groups). With one:
 * the previous k is kept unless the best k beats it by more than `margin`; a challenger that does
 * so on `patience` consecutive updates takes over. A previous k that is no longer a candidate is
 * replaced at once.
 */
export function chooseK(
  scores: ReadonlyMap<number, number>,
  previous: KChoice | null,
  smoothing: KSmoothing = DEFAULT_K_SMOOTHING,
): KChoice {
  const sorted = [...scores].sort((a, b) => a[0] - b[0]);
  let best = -1;
  let bestScore = -Infinity;
  for (const [k, s] of sorted) if (s > bestScore + 1e-12) [best, bestScore] = [k, s];
  if (!previous || !scores.has(previous.k)) {
    const k = sorted.find(([, s]) => s >= bestScore - smoothing.margin)?.[0] ?? best;
    return { k, challenger: null, streak: 0 };
  }
  if (best === previous.k || bestScore <= scores.get(previous.k)! + smoothing.margin)
    return { k: previous.k, challenger: null, streak: 0 };
  const streak = previous.challenger === best ? previous.streak + 1 : 1;
  return streak >= smoothing.patience
    ? { k: best, challenger: null, streak: 0 }
    : { k: previous.k, challenger: best, streak };
}

export interface GroupClustering {
  choice: KChoice;
  /** Silhouette of each k tried. */
  silhouettes: Map<number, number>;
  /** Group of each base cluster. */
  assignment: number[];
  centres: number[][];
  sizes: number[];
}

export interface GroupOptions {
  seed: number;
  kMin?: number;
  kMax?: number;
  previous?: KChoice | null;
  smoothing?: KSmoothing;
  /** The previous groups' centres, used as k-means starting points for each k. */
  initial?: readonly Point[];
  /** k-means++ starts per k (default 20). */
  restarts?: number;
}

/**
 * Groups the base clusters: for each k from 2 to 5 (at most the number of base clusters),
 * k-means of the base centres weighted by their size, scored by the weighted silhouette; k by
 * {@link chooseK}. Each k runs from a seed derived from `seed` and k.
 */
export function groupClusters(
  centres: readonly Point[],
  sizes: readonly number[],
  options: GroupOptions,
): GroupClustering {
  const kMin = options.kMin ?? 2;
  const kMax = Math.min(options.kMax ?? 5, centres.length);
  const runs = new Map<number, KMeansResult>();
  const silhouettes = new Map<number, number>();
  for (let k = kMin; k <= kMax; k++) {
    const run = kMeans(centres, k, {
      seed: (options.seed + 7919 * k) >>> 0,
      weights: sizes,
      initial: options.initial?.slice(0, k),
      restarts: options.restarts ?? 20,
    });
    runs.set(k, run);
    silhouettes.set(k, silhouette(centres, run.assignment, sizes));
  }
  if (runs.size === 0) {
    return {
      choice: { k: 1, challenger: null, streak: 0 },
      silhouettes,
      assignment: centres.map(() => 0),
      centres: centres.length ? [[...centres[0]!]] : [],
      sizes: [sizes.reduce((a, b) => a + b, 0)],
    };
  }
  const choice = chooseK(silhouettes, options.previous ?? null, options.smoothing);
  const run = runs.get(choice.k)!;
  return {
    choice,
    silhouettes,
    assignment: run.assignment,
    centres: run.centres,
    sizes: run.sizes,
  };
}
