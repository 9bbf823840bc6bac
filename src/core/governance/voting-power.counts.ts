// Exact coalition counts by size and total weight: the dynamic programme behind the power indices.

/** 2³²: the base of the low limb. */
const LIMB = 4294967296;
const INVERSE_LIMB = 1 / LIMB;
/** Doubles hold every integer below 2⁵³ exactly. */
const EXACT_LIMIT = 2 ** 53;

/**
 * An exact non-negative integer count as two limbs, `hi · 2³² + lo` with 0 ≤ lo < 2³², each held
 * exactly in a double.
 */
export interface ExactCount {
  hi: number;
  lo: number;
}

export const ZERO_COUNT: ExactCount = { hi: 0, lo: 0 };

/** The count as the nearest double (one rounding). */
export const countToNumber = (c: ExactCount): number => c.hi * LIMB + c.lo;

/** The count as an exact integer. */
export const countToBigInt = (c: ExactCount): bigint => (BigInt(c.hi) << 32n) + BigInt(c.lo);

/** a + b. */
export const addCounts = (a: ExactCount, b: ExactCount): ExactCount =>
  normalised(a.hi + b.hi, a.lo + b.lo);

/** Carries the low limb into the high one so that 0 ≤ lo < 2³² (the count itself is unchanged). */
function normalised(hi: number, lo: number): ExactCount {
  const carry = Math.floor(lo * INVERSE_LIMB);
  return { hi: hi + carry, lo: lo - carry * LIMB };
}

/**
 * For a list of non-negative integer weights, how many coalitions of each size k (0 ≤ k ≤
 * `maxSize`) have a total weight of at most x (0 ≤ x ≤ `maxWeight`); and the same for the
 * coalitions that leave out one member, without a table per member.
 *
 * The table holds the coefficients of ∏ⱼ (1 + y·x^wⱼ), built one member at a time
 * (F[k][t] += F[k−1][t − wⱼ]) and then summed over t. Row k stores only the weights a k-coalition
 * can have: from the sum of the k smallest weights to that of the k largest, capped at
 * `maxWeight`. Cost: one pass over the table per member, O(n · maxSize · maxWeight) at worst;
 * memory one double per cell, two in rows whose totals can pass 2⁵².
 *
 * Every count is an exact integer. The table is built in plain doubles, which is exact while no
 * single cell reaches 2⁵³ (a cell only grows, so checking the finished table is enough); that
 * holds unless many members have nearly equal weights in a game of more than 56 members, and then
 * the table is built again in two limbs (hi · 2³² + lo). Running totals, up to C(n, k), use two
 * limbs in the rows where C(n, k) > 2⁵². Limb sums are exact up to 2⁸⁵: games of up to 75
 * members have exact counts throughout (60 members have up to 2⁶⁰ coalitions).
 */
export class CoalitionCounts {
  /** Rows actually stored: rows whose lightest coalition is above maxWeight are left out. */
  private readonly rows: number;
  /** Rows 0..plainRows−1 hold plain doubles; later rows' running totals use `lo` and `hi`. */
  private readonly plainRows: number;
  /** Row k holds weights bandLo[k]..bandHi[k] from cell offset[k] (none when bandHi < bandLo). */
  private readonly bandLo: Float64Array;
  private readonly bandHi: Float64Array;
  private readonly offset: Float64Array;
  private readonly ascending: number[];
  /** When built, running totals: cell offset[k] + t − bandLo[k] counts weight ≤ t. */
  private readonly lo: Float64Array;
  /** High limbs of rows from plainRows on; cell c of those rows is hi[c − hiBase]. */
  private readonly hi: Float64Array;
  private readonly hiBase: number;
  /** Whether some cell passed 2⁵³, so that the table had to be built in limbs. */
  readonly builtInLimbs: boolean;

  constructor(weights: readonly number[], maxWeight: number, maxSize: number) {
    const plan = layout(weights, maxWeight, maxSize);
    this.bandLo = plan.bandLo;
    this.bandHi = plan.bandHi;
    this.offset = plan.offset;
    this.rows = plan.rows;
    this.plainRows = plan.plainRows;
    this.ascending = plan.ascending;
    this.lo = new Float64Array(plan.offset[plan.rows]!);
    this.hiBase = plan.offset[plan.plainRows]!;
    this.hi = new Float64Array(this.lo.length - this.hiBase);
    this.build(false);
    this.builtInLimbs = this.largestLimbRowCell() >= EXACT_LIMIT;
    if (this.builtInLimbs) {
      this.lo.fill(0);
      this.build(true);
    }
    this.accumulate();
  }

  /** How many cells a table would take (as many again for the rows that need limbs). */
  static cellsFor(weights: readonly number[], maxWeight: number, maxSize: number): number {
    const plan = layout(weights, maxWeight, maxSize);
    return plan.offset[plan.rows]!;
  }

  /**
   * F[k][t] += F[k−1][t − w] for each member, rows top-down so each member counts once. Heaviest
   * first: what the members seen so far can reach (between the sums of their k smallest and k
   * largest weights) is tighter than the final bands, and with the heavy members first much of it
   * lies above `maxWeight` early on (a third fewer cells than lightest first, for random weights).
   */
  private build(limbs: boolean): void {
    const { bandHi, rows } = this;
    this.lo[0] = 1;
    const seen: number[] = []; // descending
    const minSums = new Float64Array(rows);
    const maxSums = new Float64Array(rows);
    for (let m = this.ascending.length - 1; m >= 0; m--) {
      const w = this.ascending[m]!;
      const top = Math.min(seen.length + 1, rows - 1);
      for (let k = 1; k < top; k++) {
        minSums[k] = minSums[k - 1]! + seen[seen.length - k]!;
        maxSums[k] = maxSums[k - 1]! + seen[k - 1]!;
      }
      for (let k = top; k >= 1; k--) {
        const from = minSums[k - 1]! + w;
        const last = Math.min(Math.min(maxSums[k - 1]!, bandHi[k - 1]!) + w, bandHi[k]!);
        if (last < from) continue;
        if (limbs && k >= this.plainRows) this.addShiftedLimbs(k, w, from, last);
        else this.addShifted(k, w, from, last);
      }
      seen.push(w);
    }
  }

  /** Row k, weights from..last: add row k − 1 at t − w, in plain doubles. */
  private addShifted(k: number, w: number, from: number, last: number): void {
    const lo = this.lo;
    // Cell indices as int32 (tables are far below 2³¹ cells): a double loop index is 3× slower.
    const d = (this.offset[k]! + from - this.bandLo[k]!) | 0;
    const s = (this.offset[k - 1]! + from - w - this.bandLo[k - 1]!) | 0;
    const count = (last - from + 1) | 0;
    for (let i = 0; i < count; i++) lo[d + i]! += lo[s + i]!;
  }

  /** The same for a limb row; the row below may be plain (the first limb row) or in limbs. */
  private addShiftedLimbs(k: number, w: number, from: number, last: number): void {
    const { lo, hi } = this;
    const d = (this.offset[k]! + from - this.bandLo[k]!) | 0;
    const s = (this.offset[k - 1]! + from - w - this.bandLo[k - 1]!) | 0;
    const count = (last - from + 1) | 0;
    const h = this.hiBase | 0;
    if (k === this.plainRows) {
      for (let i = 0; i < count; i++) {
        const v = lo[s + i]!;
        const vHi = Math.floor(v * INVERSE_LIMB);
        const sum = lo[d + i]! + (v - vHi * LIMB);
        const carry = Math.floor(sum * INVERSE_LIMB);
        lo[d + i] = sum - carry * LIMB;
        hi[d + i - h]! += vHi + carry;
      }
      return;
    }
    for (let i = 0; i < count; i++) {
      const sum = lo[d + i]! + lo[s + i]!;
      // A branch-free carry: carries are unpredictable, and a mispredicted branch costs 5×.
      const carry = Math.floor(sum * INVERSE_LIMB);
      lo[d + i] = sum - carry * LIMB;
      hi[d + i - h]! += hi[s + i - h]! + carry;
    }
  }

  /** The largest cell of the rows that may pass 2⁵² (rows below plainRows cannot). */
  private largestLimbRowCell(): number {
    let largest = 0;
    const lo = this.lo;
    for (let c = this.hiBase | 0; c < lo.length; c++) if (lo[c]! > largest) largest = lo[c]!;
    return largest;
  }

  /** Turns each row into running totals over weight, in limbs from plainRows on. */
  private accumulate(): void {
    const { lo, hi, offset } = this;
    const h = this.hiBase | 0;
    for (let k = 0; k < this.rows; k++) {
      const first = offset[k]! | 0;
      const end = offset[k + 1]! | 0;
      if (k < this.plainRows) {
        for (let c = first + 1; c < end; c++) lo[c]! += lo[c - 1]!;
      } else if (this.builtInLimbs) {
        for (let c = first + 1; c < end; c++) {
          const sum = lo[c]! + lo[c - 1]!;
          const carry = Math.floor(sum * INVERSE_LIMB);
          lo[c] = sum - carry * LIMB;
          hi[c - h]! += hi[c - 1 - h]! + carry;
        }
      } else {
        // Plain cells (below 2⁵³) summed into limbs.
        let runHi = 0;
        let runLo = 0;
        for (let c = first; c < end; c++) {
          const v = lo[c]!;
          const vHi = Math.floor(v * INVERSE_LIMB);
          runLo += v - vHi * LIMB;
          const carry = Math.floor(runLo * INVERSE_LIMB);
          runLo -= carry * LIMB;
          runHi += vHi + carry;
          lo[c] = runLo;
          hi[c - h] = runHi;
        }
      }
    }
  }

  /** Coalitions of size k (any members) with weight ≤ x, as limbs; x may exceed the band. */
  private cumulative(k: number, x: number): ExactCount {
    if (k >= this.rows || x < this.bandLo[k]!) return ZERO_COUNT;
    const cell = this.offset[k]! + Math.min(x, this.bandHi[k]!) - this.bandLo[k]!;
    if (k >= this.plainRows) return { hi: this.hi[cell - this.hiBase]!, lo: this.lo[cell]! };
    const v = this.lo[cell]!;
    const vHi = Math.floor(v * INVERSE_LIMB);
    return { hi: vHi, lo: v - vHi * LIMB };
  }

  /**
   * Coalitions of size k that leave out one member of weight `w`, with total weight at most x
   * (x ≤ `maxWeight`). A coalition without the member is one of size k, less those of size k − 1
   * without it that it would join: G[k][t] = F[k][t] − G[k−1][t − w]. Unrolled, G's running total
   * at x is Σⱼ (−1)ʲ · F's running total of row k − j at x − j·w. Every partial sum is itself a
   * count, so the limb sums stay exact. O(k) per call.
   */
  countWithout(w: number, k: number, x: number): ExactCount {
    let hiSum = 0;
    let loSum = 0;
    for (let j = 0; j <= k; j++) {
      const at = x - j * w;
      if (at < 0) break;
      const c = this.cumulative(k - j, at);
      if (j % 2 === 0) {
        hiSum += c.hi;
        loSum += c.lo;
      } else {
        hiSum -= c.hi;
        loSum -= c.lo;
      }
    }
    return normalised(hiSum, loSum);
  }

  /** Coalitions of size k without a member of weight `w` whose weight lies in [from, to]. */
  countWithoutBetween(w: number, k: number, from: number, to: number): ExactCount {
    if (to < from || to < 0) return ZERO_COUNT;
    const upTo = this.countWithout(w, k, to);
    if (from <= 0) return upTo;
    const below = this.countWithout(w, k, from - 1);
    return normalised(upTo.hi - below.hi, upTo.lo - below.lo);
  }

  /** Cells stored, for the benchmark. */
  get cells(): number {
    return this.lo.length;
  }
}

interface Layout {
  ascending: number[];
  rows: number;
  plainRows: number;
  bandLo: Float64Array;
  bandHi: Float64Array;
  offset: Float64Array;
}

/**
 * Where each row lives: its band of weights and its first cell; and from which row on the running
 * totals need limbs (the first k with C(n, k) > 2⁵²).
 */
function layout(weights: readonly number[], maxWeight: number, maxSize: number): Layout {
  const n = weights.length;
  const ascending = [...weights].sort((a, b) => a - b);
  const size = Math.min(maxSize, n) + 1;
  const bandLo = new Float64Array(size);
  const bandHi = new Float64Array(size);
  const offset = new Float64Array(size + 1);
  let smallest = 0;
  let largest = 0;
  let rows = 0;
  let binomial = 1;
  let plainRows = 0;
  for (let k = 0; k < size; k++) {
    if (k > 0) {
      smallest += ascending[k - 1]!;
      largest += ascending[n - k]!;
      binomial = (binomial * (n - k + 1)) / k;
    }
    if (binomial <= EXACT_LIMIT / 2 && plainRows === k) plainRows = k + 1;
    bandLo[k] = Math.min(smallest, maxWeight + 1);
    bandHi[k] = Math.min(largest, maxWeight);
    // Rows whose lightest coalition is above maxWeight are empty, and so is every row after.
    if (smallest <= maxWeight) rows = k + 1;
    offset[k + 1] = offset[k]! + Math.max(0, bandHi[k]! - bandLo[k]! + 1);
  }
  return { ascending, rows, plainRows: Math.min(plainRows, rows), bandLo, bandHi, offset };
}
