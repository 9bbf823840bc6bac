// Principal components of a sparse vote matrix (Small et al. 2021, "Polis: Scaling deliberation
// by mapping high dimensional opinion spaces"): missing votes imputed with the statement's mean,
// two components by power iteration with deflation, and the sparsity-aware projection that
// places each participant from the statements they voted on, scaled by √(statements ÷ votes).
import { seededRandom } from '../supply-chains/random.ts';
import { sparseRows, type VoteMatrix } from './vote-matrix.ts';

export interface Pca {
  /** The (weighted) mean vote of each statement over the participants who voted on it. */
  center: Float64Array;
  /** Two unit vectors over the statements, the first of larger variance. */
  components: [Float64Array, Float64Array];
  /** The variance along each component (its eigenvalue of the weighted covariance). */
  variances: [number, number];
}

export interface PcaOptions {
  /** Seeds the starting vectors when `start` is not given. */
  seed: number;
  /** Starting vectors (the previous computation's components): convergence in a few steps. */
  start?: readonly Float64Array[];
  /** Per-row weights (default 1). */
  weights?: ArrayLike<number>;
  maxIterations?: number;
  /** Stop when each component's residual ‖Cv − λv‖ is below this × the first variance. */
  tolerance?: number;
}

/** Weighted column means over the voted cells (0 for a statement nobody voted on). */
export function statementMeans(m: VoteMatrix, weights?: ArrayLike<number>): Float64Array {
  const cols = m.statements.length;
  const { rowStart, column, value } = sparseRows(m);
  const sum = new Float64Array(cols);
  const total = new Float64Array(cols);
  for (let i = 0; i < m.participants.length; i++) {
    const w = weights ? weights[i]! : 1;
    for (let n = rowStart[i]!; n < rowStart[i + 1]!; n++) {
      const j = column[n]!;
      sum[j] = sum[j]! + w * value[n]!;
      total[j] = total[j]! + w;
    }
  }
  return sum.map((s, j) => (total[j]! > 0 ? s / total[j]! : 0));
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

function normalise(v: Float64Array): number {
  const n = Math.sqrt(dot(v, v));
  if (n > 0) for (let i = 0; i < v.length; i++) v[i]! /= n;
  return n;
}

/** Eigen-decomposition of the symmetric 2 × 2 matrix [[a, b], [b, d]]: values, larger first, and unit vectors. */
function eigen2(
  a: number,
  b: number,
  d: number,
): { values: [number, number]; vectors: [number, number][] } {
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, b);
  let u: [number, number];
  if (Math.abs(b) > 1e-300) {
    const x = mean + radius - d;
    const n = Math.hypot(x, b);
    u = [x / n, b / n];
  } else u = a >= d ? [1, 0] : [0, 1];
  return { values: [mean + radius, mean - radius], vectors: [u, [-u[1], u[0]]] };
}

/**
 * Two principal components of the centred, mean-imputed matrix X (xᵢⱼ = vᵢⱼ − cⱼ where voted,
 * else 0) under row weights W, the eigenvectors of C = XᵀWX ÷ ΣW of the two largest eigenvalues.
 * Power iteration on both vectors at once (simultaneous iteration): V ← C V, the second vector
 * deflated (made orthogonal to the first) at every step, and a Rayleigh–Ritz rotation within
 * their plane, so that two components of close variance converge as fast as distinct ones. Stops
 * when each vector's residual ‖Cv − λv‖ is below `tolerance` × λ₁. Never forms C: a step costs one
 * pass over the matrix. Signs are fixed so that a component's first entry that is not
 * negligible (≥ 10⁻⁶ of its largest) is positive (or, given `start`, so that it points the way
 * its start did), hence deterministic for a seed.
 */
export function pca(m: VoteMatrix, options: PcaOptions): Pca {
  const cols = m.statements.length;
  const rows = m.participants.length;
  const weights = options.weights;
  const center = statementMeans(m, weights);
  // X in compressed sparse rows: only voted cells are non-zero after mean imputation, so a pass
  // over the votes (about a fifth of the cells in a typical conversation) is a pass over X.
  const { rowStart, column: colOf, value } = sparseRows(m);
  const x = new Float64Array(value.length);
  for (let n = 0; n < x.length; n++) x[n] = value[n]! - center[colOf[n]!]!;
  let totalWeight = 0;
  for (let i = 0; i < rows; i++) totalWeight += weights ? weights[i]! : 1;
  /** C v₁ and C v₂ in one pass over X. */
  // Both vectors interleaved (v₁ⱼ at 2j, v₂ⱼ at 2j + 1), so that a voted cell reads and
  // writes one place for both; the sums are the same, term by term.
  const both = new Float64Array(2 * cols);
  const out = new Float64Array(2 * cols);
  const rowWeight = Float64Array.from({ length: rows }, (_, i) => (weights ? weights[i]! : 1));
  const multiply = (v1: Float64Array, v2: Float64Array): [Float64Array, Float64Array] => {
    for (let j = 0; j < cols; j++) {
      both[2 * j] = v1[j]!;
      both[2 * j + 1] = v2[j]!;
    }
    out.fill(0);
    for (let i = 0; i < rows; i++) {
      const from = rowStart[i]!;
      const to = rowStart[i + 1]!;
      let s1 = 0;
      let s2 = 0;
      for (let n = from; n < to; n++) {
        const xv = x[n]!;
        const j = 2 * colOf[n]!;
        s1 += xv * both[j]!;
        s2 += xv * both[j + 1]!;
      }
      const w = rowWeight[i]!;
      s1 *= w;
      s2 *= w;
      if (s1 === 0 && s2 === 0) continue;
      for (let n = from; n < to; n++) {
        const xv = x[n]!;
        const j = 2 * colOf[n]!;
        out[j] = out[j]! + xv * s1;
        out[j + 1] = out[j + 1]! + xv * s2;
      }
    }
    const o1 = new Float64Array(cols);
    const o2 = new Float64Array(cols);
    for (let j = 0; j < cols; j++) {
      o1[j] = totalWeight > 0 ? out[2 * j]! / totalWeight : out[2 * j]!;
      o2[j] = totalWeight > 0 ? out[2 * j + 1]! / totalWeight : out[2 * j + 1]!;
    }
    return [o1, o2];
  };
  /** Gram–Schmidt: v₁ normalised, v₂ made orthogonal to it (deflation) and normalised. */
  const orthonormalise = (v1: Float64Array, v2: Float64Array): void => {
    if (normalise(v1) < 1e-300) v1.fill(0);
    const d = dot(v1, v2);
    for (let j = 0; j < cols; j++) v2[j] = v2[j]! - d * v1[j]!;
    if (normalise(v2) < 1e-12) v2.fill(0);
  };
  const random = seededRandom(options.seed);
  const initial = (c: number): Float64Array => {
    const start = options.start?.[c];
    return start && start.length === cols
      ? Float64Array.from(start)
      : Float64Array.from({ length: cols }, () => random.next() - 0.5);
  };
  let v1 = initial(0);
  let v2 = initial(1);
  orthonormalise(v1, v2);
  const maxIterations = options.maxIterations ?? 1000;
  const tolerance = options.tolerance ?? 1e-10;
  let values: [number, number] = [0, 0];
  for (let it = 0; it < maxIterations; it++) {
    const [w1, w2] = multiply(v1, v2);
    const { values: mu, vectors: r } = eigen2(dot(v1, w1), dot(v1, w2), dot(v2, w2));
    const rotate = (a: Float64Array, b: Float64Array, [p, q]: [number, number]): Float64Array =>
      a.map((ai, j) => p * ai + q * b[j]!);
    const r1 = rotate(v1, v2, r[0]!);
    const r2 = rotate(v1, v2, r[1]!);
    const c1 = rotate(w1, w2, r[0]!);
    const c2 = rotate(w1, w2, r[1]!);
    values = mu;
    const residual = (c: Float64Array, v: Float64Array, lambda: number): number => {
      let s = 0;
      for (let j = 0; j < cols; j++) s += (c[j]! - lambda * v[j]!) ** 2;
      return Math.sqrt(s);
    };
    const scale = Math.max(Math.abs(mu[0]), 1e-300);
    v1 = r1;
    v2 = r2;
    if (
      mu[0] <= 1e-300 ||
      Math.max(residual(c1, r1, mu[0]), residual(c2, r2, mu[1])) <= tolerance * scale
    )
      break;
    v1 = c1;
    v2 = c2;
    orthonormalise(v1, v2);
  }
  const found = [v1, v2];
  found.forEach((v, c) => {
    const reference = options.start?.[c];
    let flip: boolean;
    if (reference && reference.length === cols) flip = dot(v, reference) < 0;
    else {
      let largest = 0;
      for (let j = 0; j < cols; j++) largest = Math.max(largest, Math.abs(v[j]!));
      const first = v.findIndex((e) => Math.abs(e) >= 1e-6 * largest);
      flip = first >= 0 && v[first]! < 0;
    }
    if (flip) for (let j = 0; j < cols; j++) v[j] = -v[j]!;
  });
  return {
    center,
    components: [v1, v2],
    variances: [Math.max(0, values[0]), Math.max(0, values[1])],
  };
}

/**
 * The sparsity-aware projection of row `i`: Σ over the statements it voted on of (vote − mean) ×
 * component, times √(statements ÷ votes), so that a participant who voted on few statements is
 * not pulled towards the centre.
 */
export function projectRow(m: VoteMatrix, p: Pca, i: number): [number, number] {
  const cols = m.statements.length;
  const { rowStart, column, value } = sparseRows(m);
  let x = 0;
  let y = 0;
  const n = rowStart[i + 1]! - rowStart[i]!;
  for (let c = rowStart[i]!; c < rowStart[i + 1]!; c++) {
    const j = column[c]!;
    const d = value[c]! - p.center[j]!;
    x += d * p.components[0][j]!;
    y += d * p.components[1][j]!;
  }
  if (n === 0) return [0, 0];
  const scale = Math.sqrt(cols / n);
  return [x * scale, y * scale];
}

/** Every row's projection. */
export function projectAll(m: VoteMatrix, p: Pca): [number, number][] {
  return m.participants.map((_, i) => projectRow(m, p, i));
}
