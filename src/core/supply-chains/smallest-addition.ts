// The smallest set of economies whose shares, added to a coalition's, bring every item to a goal.

/** What one item still needs: `neededPct` more, from candidates holding `shares` (ISO3 → percent). */
export interface CoverageRequirement {
  item: string;
  neededPct: number;
  shares: ReadonlyMap<string, number>;
}

/**
 * How the set was found:
 *
 * - `exact` — every set of each size from the lower bound up was tried (at most
 *   `maxExactCandidates` candidates): the set is a smallest one, and among the smallest the one
 *   adding the most supply (ties: the first in candidate order);
 * - `greedy` — too many candidates: repeatedly the candidate that closes most of the remaining
 *   gaps (Σ over items of min(gap, its share)) was added. Not always smallest: the true smallest
 *   size lies between `lowerBound` and the size found.
 */
export type AdditionMethod = 'exact' | 'greedy';

export interface AdditionSearch {
  /** The economies to add, in the order found (exact: candidate order). */
  economies: string[];
  method: AdditionMethod;
  /**
   * No smaller set can work: the largest, over items, of the number of largest candidates that
   * item alone needs.
   */
  lowerBound: number;
  /** True when the set is known to be a smallest one (exact, or greedy meeting the bound). */
  optimal: boolean;
  /** Candidates considered: economies holding a share of an item that needs one. */
  candidates: number;
}

/** Up to this many candidates the search is exact (2¹⁵ = 32,768 sets at most). */
export const MAX_EXACT_CANDIDATES = 15;

const EPSILON = 1e-9;

/**
 * The smallest set of candidate economies meeting every requirement; [] when nothing is needed;
 * null when even all candidates together leave some item short. Candidates are ordered by total
 * share over the items (largest first, ties by ISO3).
 */
export function smallestAddition(
  requirements: readonly CoverageRequirement[],
  candidates: readonly string[],
  maxExactCandidates = MAX_EXACT_CANDIDATES,
): AdditionSearch | null {
  const open = requirements.filter((r) => r.neededPct > EPSILON);
  const share = (r: CoverageRequirement, c: string): number => r.shares.get(c) ?? 0;
  const total = (c: string): number => open.reduce((s, r) => s + share(r, c), 0);
  const pool = [...new Set(candidates)]
    .filter((c) => total(c) > 0)
    .sort((a, b) => total(b) - total(a) || (a < b ? -1 : 1));
  const empty = { economies: [], lowerBound: 0, optimal: true, candidates: pool.length };
  if (open.length === 0) return { ...empty, method: 'exact' };

  let lowerBound = 0;
  for (const r of open) {
    const sorted = pool.map((c) => share(r, c)).sort((a, b) => b - a);
    let sum = 0;
    let k = 0;
    while (sum < r.neededPct - EPSILON && k < sorted.length) sum += sorted[k++]!;
    if (sum < r.neededPct - EPSILON) return null;
    lowerBound = Math.max(lowerBound, k);
  }
  const meets = (set: readonly string[]): boolean =>
    open.every((r) => set.reduce((s, c) => s + share(r, c), 0) >= r.neededPct - EPSILON);

  if (pool.length <= maxExactCandidates) {
    for (let size = lowerBound; size <= pool.length; size++) {
      let best: string[] | null = null;
      let bestTotal = -1;
      for (const set of combinations(pool, size)) {
        if (!meets(set)) continue;
        const t = set.reduce((s, c) => s + total(c), 0);
        if (t > bestTotal + EPSILON) [best, bestTotal] = [set, t];
      }
      if (best !== null)
        return {
          economies: best,
          method: 'exact',
          lowerBound,
          optimal: true,
          candidates: pool.length,
        };
    }
  }
  const gaps = new Map(open.map((r) => [r, r.neededPct]));
  const chosen: string[] = [];
  while ([...gaps.values()].some((g) => g > EPSILON)) {
    let best = '';
    let bestGain = 0;
    for (const c of pool) {
      if (chosen.includes(c)) continue;
      let gain = 0;
      for (const [r, g] of gaps) gain += Math.min(Math.max(0, g), share(r, c));
      if (gain > bestGain + EPSILON) [best, bestGain] = [c, gain];
    }
    if (best === '') return null; // gaps below floating-point noise that nobody can close
    chosen.push(best);
    for (const [r, g] of gaps) gaps.set(r, g - share(r, best));
  }
  return {
    economies: chosen,
    method: 'greedy',
    lowerBound,
    optimal: chosen.length === lowerBound,
    candidates: pool.length,
  };
}

/** Every subset of `size` items, in lexicographic order of positions. */
function* combinations<T>(items: readonly T[], size: number): Generator<T[]> {
  const idx = Array.from({ length: size }, (_, i) => i);
  if (size > items.length) return;
  for (;;) {
    yield idx.map((i) => items[i]!);
    let i = size - 1;
    while (i >= 0 && idx[i] === items.length - size + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < size; j++) idx[j] = idx[j - 1]! + 1;
  }
}
