// Chokepoints: items whose supply is concentrated in one economy, concentrated overall, or held
// by countries of concern more than by the coalition.
import { concentration, type Concentration } from './concentration.ts';
import {
  commonEconomies,
  DEFAULT_CONCERN,
  groupShare,
  type EconomyGroup,
} from './economy-group.ts';
import { chainShares, type InputShares, type SupplyYear } from './input-shares.ts';
import {
  chainWarning,
  fmt,
  mergeWarnings,
  type SupplyChainWarning,
} from './supply-chain-warning.ts';
import type { InputKind, SupplyChain } from './supply-chain.ts';

/** When an item is a chokepoint; each rule is "at least" except the coalition's "under". */
export interface ChokepointThresholds {
  /** One economy holds at least this share: 50 (percent). */
  dominantEconomyPct: number;
  /** HHI (0–1) at least this: 0.25. */
  hhi: number;
  /** The coalition holds under this share… : 50 (percent). */
  coalitionBelowPct: number;
  /** …while the countries of concern hold at least this: 25 (percent). */
  concernAtLeastPct: number;
}

export const DEFAULT_CHOKEPOINT_THRESHOLDS: Readonly<ChokepointThresholds> = Object.freeze({
  dominantEconomyPct: 50,
  hhi: 0.25,
  coalitionBelowPct: 50,
  concernAtLeastPct: 25,
});

/**
 * Why an item is a chokepoint (any one suffices):
 *
 * - `dominant_economy` — one economy holds at least `dominantEconomyPct`;
 * - `high_hhi` — the HHI is at least `hhi`;
 * - `concern_over_coalition` — the coalition holds under `coalitionBelowPct` while the
 *   countries of concern hold at least `concernAtLeastPct`.
 */
export type ChokepointReasonCode = 'dominant_economy' | 'high_hhi' | 'concern_over_coalition';

export interface ChokepointReason {
  code: ChokepointReasonCode;
  message: string;
}

/** The chokepoint analysis of one input or stage. */
export interface ItemChokepoint {
  item: string;
  name: string;
  /** The input's kind, or `stage` for stage-level shares. */
  kind: InputKind | 'stage';
  year: number | null;
  concentration: Concentration;
  /** Percent held by the coalition (with EUR when `eurCountsFor` names it). */
  coalitionPct: number;
  /** Percent held by the countries of concern. */
  concernPct: number;
  /** 100 − the share of either group (economies in both counted once), at least 0. */
  neitherPct: number;
  /** The part of `neitherPct` no row attributes. */
  unattributedPct: number;
  chokepoint: boolean;
  reasons: ChokepointReason[];
}

export interface ChokepointOptions {
  coalition: EconomyGroup;
  /** Default {@link DEFAULT_CONCERN} (CHN, IRN, PRK, RUS). */
  concern?: EconomyGroup;
  year?: SupplyYear;
  thresholds?: Partial<ChokepointThresholds>;
  /** See `GroupShareOptions.eurCountsFor`; default null. */
  eurCountsFor?: string | null;
}

export interface ChokepointReport {
  chain: string;
  coalition: string;
  concern: string;
  thresholds: ChokepointThresholds;
  /** Every input in chain order, then every stage with shares. */
  items: ItemChokepoint[];
  warnings: SupplyChainWarning[];
}

/** Concentration, coalition and concern shares and the chokepoint flag of every item of a chain. */
export function chokepoints(chain: SupplyChain, options: ChokepointOptions): ChokepointReport {
  const concern = options.concern ?? DEFAULT_CONCERN;
  const thresholds = { ...DEFAULT_CHOKEPOINT_THRESHOLDS, ...options.thresholds };
  const shares = chainShares(chain, { year: options.year ?? 'latest' });
  const warnings: SupplyChainWarning[] = shares.flatMap((s) => s.warnings);
  const common = commonEconomies(options.coalition, concern);
  if (common.length > 0)
    warnings.unshift(
      chainWarning(
        'groups_overlap',
        `${common.join(', ')} ${common.length === 1 ? 'is' : 'are'} both in ${options.coalition.code} and in ${concern.code}: counted in both, once in "neither"`,
        common,
      ),
    );
  const kinds = new Map<string, InputKind>(chain.inputs.map((i) => [i.id, i.kind]));
  const items = shares.map((s) => {
    const result = itemChokepoint(s, kinds.get(s.item) ?? 'stage', {
      ...options,
      concern,
      thresholds,
    });
    for (const group of [options.coalition, concern]) {
      const unknown = groupShare(s, group).unknownShare;
      if (unknown.length > 0)
        warnings.push(
          chainWarning(
            'share_unknown',
            `${s.item}: ${unknown.join(', ')} of ${group.code} ${unknown.length === 1 ? 'is a major provider' : 'are major providers'} with unknown share; ${group.code}'s share is a lower bound`,
            [s.item, ...unknown],
          ),
        );
    }
    return result;
  });
  return {
    chain: chain.code,
    coalition: options.coalition.code,
    concern: concern.code,
    thresholds,
    items,
    warnings: mergeWarnings(warnings),
  };
}

/** The chokepoint analysis of one item's shares. */
export function itemChokepoint(
  shares: InputShares,
  kind: InputKind | 'stage',
  options: ChokepointOptions,
): ItemChokepoint {
  const concern = options.concern ?? DEFAULT_CONCERN;
  const t = { ...DEFAULT_CHOKEPOINT_THRESHOLDS, ...options.thresholds };
  const eur = { eurCountsFor: options.eurCountsFor ?? null };
  const c = concentration(shares);
  const coalitionPct = groupShare(shares, options.coalition, eur).sharePct;
  const concernPct = groupShare(shares, concern, eur).sharePct;
  const overlap = groupShare(shares, {
    code: '',
    economies: commonEconomies(options.coalition, concern),
  }).sharePct;
  const reasons: ChokepointReason[] = [];
  if (c.top1 !== null && c.top1.sharePct >= t.dominantEconomyPct)
    reasons.push({
      code: 'dominant_economy',
      message: `${c.top1.iso3} holds ${fmt(c.top1.sharePct)}% (at least ${t.dominantEconomyPct}%)`,
    });
  if (c.hhi !== null && c.hhi >= t.hhi)
    reasons.push({
      code: 'high_hhi',
      message: `HHI ${fmt(c.hhi, 3)} (at least ${t.hhi})`,
    });
  if (
    shares.basis !== 'none' &&
    coalitionPct < t.coalitionBelowPct &&
    concernPct >= t.concernAtLeastPct
  )
    reasons.push({
      code: 'concern_over_coalition',
      message: `${options.coalition.code} holds ${fmt(coalitionPct)}% (under ${t.coalitionBelowPct}%) while ${concern.code} holds ${fmt(concernPct)}% (at least ${t.concernAtLeastPct}%)`,
    });
  return {
    item: shares.item,
    name: shares.name,
    kind,
    year: shares.year,
    concentration: c,
    coalitionPct,
    concernPct,
    neitherPct: Math.max(0, 100 - coalitionPct - concernPct + overlap),
    unattributedPct: shares.unattributedPct,
    chokepoint: reasons.length > 0,
    reasons,
  };
}
