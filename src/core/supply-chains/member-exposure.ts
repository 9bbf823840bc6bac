// Per coalition member: the items where it depends on supply held by countries of concern, and
// the items where it holds a large share of world supply itself (its leverage).
import { DEFAULT_CONCERN, groupShare, type EconomyGroup } from './economy-group.ts';
import { chainShares, type SupplyYear } from './input-shares.ts';
import { mergeWarnings, type SupplyChainWarning } from './supply-chain-warning.ts';
import type { SupplyChain } from './supply-chain.ts';

/** A member has leverage in an item when it holds more than this share of world supply: 25%. */
export const LEVERAGE_PCT = 25;
/** A member depends on concern-held supply when concern holds at least this share: 25%. */
export const CONCERN_DEPENDENCE_PCT = 25;

export interface MemberExposureOptions {
  coalition: EconomyGroup;
  /** Default {@link DEFAULT_CONCERN}. */
  concern?: EconomyGroup;
  year?: SupplyYear;
  /** Default {@link LEVERAGE_PCT}. */
  leveragePct?: number;
  /** Default {@link CONCERN_DEPENDENCE_PCT}. */
  concernDependencePct?: number;
  /** See `GroupShareOptions.eurCountsFor`: EUR counts for the concern set only if named. */
  eurCountsFor?: string | null;
}

/** An item a member depends on the countries of concern for. */
export interface ConcernDependence {
  item: string;
  name: string;
  /** Percent held by the countries of concern (other than the member itself). */
  concernPct: number;
  /** The member's own share; 0 when it has no row. */
  memberPct: number;
}

/** An item in which a member holds leverage. */
export interface MemberLeverage {
  item: string;
  name: string;
  memberPct: number;
}

export interface MemberExposure {
  iso3: string;
  /** Concern holds at least `concernDependencePct` and the member at most `leveragePct`; largest concern share first. */
  dependsOnConcern: ConcernDependence[];
  /** The member holds more than `leveragePct`; largest first. */
  leverage: MemberLeverage[];
}

export interface MemberExposureReport {
  chain: string;
  coalition: string;
  concern: string;
  leveragePct: number;
  concernDependencePct: number;
  /** One per coalition economy, by ISO3. */
  members: MemberExposure[];
  warnings: SupplyChainWarning[];
}

/**
 * For each coalition member, the items (inputs and stages with shares) where it depends on
 * concern-held supply — the countries of concern hold at least `concernDependencePct` and the
 * member itself at most `leveragePct`, so it cannot supply itself — and the items where it holds
 * more than `leveragePct` (leverage). A member named as a major provider with unknown share is in
 * neither list for that item: it is a large supplier, of unknown size.
 */
export function memberExposure(
  chain: SupplyChain,
  options: MemberExposureOptions,
): MemberExposureReport {
  const concern = options.concern ?? DEFAULT_CONCERN;
  const leveragePct = options.leveragePct ?? LEVERAGE_PCT;
  const dependencePct = options.concernDependencePct ?? CONCERN_DEPENDENCE_PCT;
  const eur = { eurCountsFor: options.eurCountsFor ?? null };
  const shares = chainShares(chain, { year: options.year ?? 'latest' });
  const members = [...new Set(options.coalition.economies)]
    .sort()
    .map((iso3): MemberExposure => ({ iso3, dependsOnConcern: [], leverage: [] }));
  for (const s of shares) {
    if (s.basis === 'none') continue;
    const concernShare = groupShare(s, concern, eur);
    for (const m of members) {
      const own = s.economies.find((e) => e.iso3 === m.iso3);
      if (own !== undefined && own.sharePct === null) continue;
      const memberPct = own?.sharePct ?? 0;
      const concernPct =
        concernShare.sharePct - (concern.economies.includes(m.iso3) ? memberPct : 0);
      if (memberPct > leveragePct) m.leverage.push({ item: s.item, name: s.name, memberPct });
      else if (concernPct >= dependencePct)
        m.dependsOnConcern.push({ item: s.item, name: s.name, concernPct, memberPct });
    }
  }
  for (const m of members) {
    m.dependsOnConcern.sort((a, b) => b.concernPct - a.concernPct || cmp(a.item, b.item));
    m.leverage.sort((a, b) => b.memberPct - a.memberPct || cmp(a.item, b.item));
  }
  return {
    chain: chain.code,
    coalition: options.coalition.code,
    concern: concern.code,
    leveragePct,
    concernDependencePct: dependencePct,
    members,
    warnings: mergeWarnings(shares.flatMap((s) => s.warnings)),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
