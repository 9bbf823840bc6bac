// How much of one item's world supply a set of shocks removes.
import type { InputShares } from './input-shares.ts';
import { ALL_INPUTS, type ResolvedShock } from './shock.ts';

/** The fraction lost (0–1) by each shocked economy and provider, for one item. */
export interface LossFractions {
  /** ISO3 → fraction lost by the economy (its rows and its firms'). */
  economy: ReadonlyMap<string, number>;
  /** Organisation or pseudo-provider id → fraction lost by that provider alone. */
  provider: ReadonlyMap<string, number>;
}

/** What one item lost, in percent of its world supply. */
export interface SupplyLoss {
  /** Percent of world supply lost, 0–100. */
  lostPct: number;
  /** Per economy, the percent of world supply lost from it (with its firms'); only those > 0. */
  byEconomy: Map<string, number>;
  /** Shocked economies and providers named with an unknown share: their loss is not counted. */
  unknown: string[];
}

/**
 * The fractions of the shocks that apply to one item. Shocks on the same economy or provider
 * compose as independent losses: surviving fractions multiply, 1 − (1 − f₁)(1 − f₂).
 */
export function lossFractions(item: string, shocks: readonly ResolvedShock[]): LossFractions {
  const economy = new Map<string, number>();
  const provider = new Map<string, number>();
  for (const s of shocks) {
    if (s.input !== ALL_INPUTS && s.input !== item) continue;
    const [map, key] =
      s.target.kind === 'economy' ? [economy, s.target.iso3] : [provider, s.target.provider];
    map.set(key, 1 - (1 - (map.get(key) ?? 0)) * (1 - s.fractionLost));
  }
  return { economy, provider };
}

/**
 * The supply an item loses, in percent. Economies are visited in ISO3 order (the Monte Carlo
 * kernel adds in the same order, so both give identical doubles). For an economy of share s (%)
 * losing the fraction f, whose shocked firms hold o₁…oₙ (%) and lose g₁…gₙ:
 *
 *   lost = s·f + (1 − f) · Σ oₖ·gₖ      (firms' shares scaled down to s if they sum past it)
 *
 * A shocked firm whose home economy has no share counts alone (oₖ·gₖ); a pseudo-provider of
 * share p losing f loses p·f. The total is capped to 0–100.
 */
export function supplyLoss(shares: InputShares, fractions: LossFractions): SupplyLoss {
  const byEconomy = new Map<string, number>();
  const unknown: string[] = [];
  let lost = 0;
  const economies = [...shares.economies].sort((a, b) => (a.iso3 < b.iso3 ? -1 : 1));
  const inEconomy = new Set<string>();
  for (const e of economies) {
    const f = fractions.economy.get(e.iso3) ?? 0;
    const firms = shares.organisations.filter((o) => o.homeEconomy === e.iso3);
    const shockedFirms = firms.filter((o) => (fractions.provider.get(o.provider) ?? 0) > 0);
    if (e.sharePct === null) {
      if (f > 0) unknown.push(e.iso3);
      continue;
    }
    for (const o of firms) inEconomy.add(o.provider);
    const s = e.sharePct;
    const firmsTotal = firms.reduce((t, o) => t + (o.sharePct ?? 0), 0);
    const scale = firmsTotal > s ? s / firmsTotal : 1;
    let firmLoss = 0;
    for (const o of shockedFirms)
      if (o.sharePct === null) unknown.push(o.provider);
      else firmLoss += o.sharePct * scale * fractions.provider.get(o.provider)!;
    const economyLoss = s * f + (1 - f) * firmLoss;
    if (economyLoss > 0) byEconomy.set(e.iso3, economyLoss);
    lost += economyLoss;
  }
  for (const o of shares.organisations) {
    const g = fractions.provider.get(o.provider) ?? 0;
    if (g === 0 || inEconomy.has(o.provider)) continue;
    if (o.sharePct === null) unknown.push(o.provider);
    else lost += o.sharePct * g;
  }
  for (const p of shares.pseudo) {
    const g = fractions.provider.get(p.provider) ?? 0;
    if (g === 0) continue;
    if (p.sharePct === null) unknown.push(p.provider);
    else lost += p.sharePct * g;
  }
  return {
    lostPct: Math.min(100, Math.max(0, lost)),
    byEconomy,
    unknown: [...new Set(unknown)].sort(),
  };
}
