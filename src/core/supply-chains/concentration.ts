// Supply concentration of one item: HHI, top-1 and top-3 shares, economies needed to reach 75%.
import type { InputShares } from './input-shares.ts';

/** The cumulative share the "economies to reach" measure counts up to: 75%, as in the Supply Chain Explorer. */
export const REACH_PCT = 75;

/** How concentrated the supply of one item is among economies. */
export interface Concentration {
  item: string;
  year: number | null;
  /**
   * Herfindahl–Hirschman index on the 0–1 scale: Σ (share/100)² over economies with a known
   * share. Pseudo-providers and the unattributed rest are left out, so this is a lower bound of
   * the index over the true (finer) holders. Null when no economy has a known share.
   */
  hhi: number | null;
  /** The largest economy (ties: first ISO3); null when no economy has a known share. */
  top1: { iso3: string; sharePct: number } | null;
  /** Sum of the three largest economy shares (of fewer, when fewer have one); percent. */
  top3Pct: number | null;
  /**
   * The fewest economies whose shares reach {@link REACH_PCT} together (largest first); null when
   * the economies with known shares do not reach it.
   */
  economiesToReach: number | null;
  /** The cumulative share counted up to (default {@link REACH_PCT}). */
  reachPct: number;
  /** Economies with a known share. */
  economiesWithShare: number;
  /** Sum of the economies' known shares (not pseudo-providers, not the unattributed rest). */
  economiesPct: number;
}

/** Floating-point slack when comparing a cumulative sum with a threshold. */
const EPSILON = 1e-9;

/** HHI, top-1, top-3 and economies-to-75% of one item's economy shares. */
export function concentration(
  shares: InputShares,
  options: { reachPct?: number } = {},
): Concentration {
  const reachPct = options.reachPct ?? REACH_PCT;
  // InputShares lists economies largest first, ties by ISO3, unknown shares last.
  const known = shares.economies.filter(
    (e): e is { iso3: string; sharePct: number; providers: string[] } => e.sharePct !== null,
  );
  const result: Concentration = {
    item: shares.item,
    year: shares.year,
    hhi: null,
    top1: null,
    top3Pct: null,
    economiesToReach: null,
    reachPct,
    economiesWithShare: known.length,
    economiesPct: known.reduce((s, e) => s + e.sharePct, 0),
  };
  if (known.length === 0) return result;
  result.hhi = known.reduce((s, e) => s + (e.sharePct / 100) ** 2, 0);
  result.top1 = { iso3: known[0]!.iso3, sharePct: known[0]!.sharePct };
  result.top3Pct = known.slice(0, 3).reduce((s, e) => s + e.sharePct, 0);
  let cumulative = 0;
  for (let k = 0; k < known.length; k++) {
    cumulative += known[k]!.sharePct;
    if (cumulative >= reachPct - EPSILON) {
      result.economiesToReach = k + 1;
      break;
    }
  }
  return result;
}
