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

/** Index drawn with probability proportional to `mass` (null when all are 0). */
function draw(random: Random, mass: readonly number[]): number | null {
  let total = 0;
  for (const m of mass) total += m;
  if (!(total > 0)) return null;
  let r = random.next() * total;
  for (let i = 0; i < mass.length; i++) {
    r -= mass[i]!;
    if (r < 0 && mass[i]! > 0) return i;
  }
  for (let i = mass.length - 1; i >= 0; i--) if (mass[i]! > 0) return i;
  return null;
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
  const centres = initial.slice(0, k).map((c) => [...c]);
  const nearest = points.map((p) =>
    centres.reduce((best, c) => Math.min(best, distance2(p, c)), Infinity),
  );
  while (centres.length < k) {
    const mass = centres.length === 0 ? [...weights] : nearest.map((d, i) => d * weights[i]!);
    const i = draw(random, mass);
    if (i === null) break;
    const c = [...points[i]!];
    centres.push(c);
    points.forEach((p, j) => (nearest[j] = Math.min(nearest[j]!, distance2(p, c))));
  }
  return centres;
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
  const weights = options.weights ? [...options.weights] : points.map(() => 1);
  const random = seededRandom(options.seed);
  const restarts = Math.max(1, options.restarts ?? 1);
  let best: KMeansResult | null = null;
  let bestInertia = Infinity;
  for (let r = 0; r < restarts; r++) {
    const run = lloyd(
      points,
      weights,
      kMeansPlusPlus(points, weights, k, random, r === 0 ? (options.initial ?? []) : []),
      options.maxIterations ?? 100,
    );
    const s = inertia(points, run, weights);
    if (best === null || s < bestInertia - 1e-9 * Math.max(1, bestInertia))
      [best, bestInertia] = [run, s];
  }
  return best!;
}

function lloyd(
  points: readonly Point[],
  weights: readonly number[],
  centres: number[][],
  maxIterations: number,
): KMeansResult {
  const assignment = points.map(() => -1);
  let iterations = 0;
  const dims = points[0]?.length ?? 0;
  for (; iterations < maxIterations; iterations++) {
    let changed = false;
    points.forEach((p, i) => {
      let best = 0;
      let bestD = Infinity;
      centres.forEach((c, j) => {
        const d = distance2(p, c);
        if (d < bestD) [best, bestD] = [j, d];
      });
      if (assignment[i] !== best) [assignment[i], changed] = [best, true];
    });
    if (!changed && iterations > 0) break;
    const sums = centres.map(() => new Array<number>(dims).fill(0));
    const mass = centres.map(() => 0);
    points.forEach((p, i) => {
      const w = weights[i]!;
      const a = assignment[i]!;
      mass[a] = mass[a]! + w;
      const sum = sums[a]!;
      for (let d = 0; d < dims; d++) sum[d] = sum[d]! + w * p[d]!;
    });
    // A centre left without weight stays where it is.
    centres.forEach((c, j) => {
      if (mass[j]! > 0) for (let d = 0; d < dims; d++) c[d] = sums[j]![d]! / mass[j]!;
    });
  }
  const sizes = centres.map(() => 0);
  points.forEach((_, i) => (sizes[assignment[i]!] = sizes[assignment[i]!]! + weights[i]!));
  return { centres, assignment, sizes, iterations };
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
