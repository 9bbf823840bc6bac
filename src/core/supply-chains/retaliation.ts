// Retaliation exposure: where a controlling coalition itself depends on the target's supply, so
// that the target could answer a control with one of its own.
import { DomainError } from '../errors.ts';
import { commonEconomies, groupShare, type EconomyGroup } from './economy-group.ts';
import { chainShares, type SupplyYear } from './input-shares.ts';
import { mergeWarnings, type SupplyChainWarning } from './supply-chain-warning.ts';
import type { InputKind, SupplyChain } from './supply-chain.ts';

/** K depends on T for an item when T holds at least this share of world supply: 25%. */
export const RETALIATION_MIN_TARGET_PCT = 25;

export interface RetaliationOptions {
  /** The coalition imposing a control (K). */
  controlling: EconomyGroup;
  /** The target (T) that might retaliate; must not overlap K. */
  target: EconomyGroup;
  year?: SupplyYear;
  /** Default {@link RETALIATION_MIN_TARGET_PCT}. */
  minTargetPct?: number;
  /** See `GroupShareOptions.eurCountsFor`. */
  eurCountsFor?: string | null;
}

/** One item where K depends on T; percentages of world supply. */
export interface RetaliationExposure {
  /** 1 = most exposed. */
  rank: number;
  chain: string;
  item: string;
  name: string;
  kind: InputKind | 'stage';
  year: number | null;
  /** Held by T: what a retaliatory cut-off would remove. */
  targetPct: number;
  /** Held by K itself. */
  coalitionPct: number;
  /** Held by neither: where K could turn instead. */
  neitherPct: number;
}

export interface RetaliationReport {
  controlling: string;
  target: string;
  minTargetPct: number;
  /** Most exposed first: largest target share, then smallest coalition share, then chain and item order. */
  exposures: RetaliationExposure[];
  warnings: SupplyChainWarning[];
}

/**
 * The items (inputs and stages with shares) of every chain given — semiconductors, critical
 * minerals — where the target holds at least `minTargetPct` of world supply, ranked: the larger
 * T's share, the more a retaliatory export ban by T would remove; among equal shares, the less K
 * holds itself, the more exposed it is. Throws `validation_failed` when K and T overlap.
 */
export function retaliationExposure(
  chains: readonly SupplyChain[],
  options: RetaliationOptions,
): RetaliationReport {
  const common = commonEconomies(options.controlling, options.target);
  if (common.length > 0)
    throw new DomainError(
      'validation_failed',
      `${common.join(', ')} ${common.length === 1 ? 'is' : 'are'} both in ${options.controlling.code} and in the target ${options.target.code}`,
      [{ path: 'target', message: `overlaps the controlling coalition: ${common.join(', ')}` }],
    );
  const minTargetPct = options.minTargetPct ?? RETALIATION_MIN_TARGET_PCT;
  const eur = { eurCountsFor: options.eurCountsFor ?? null };
  const warnings: SupplyChainWarning[] = [];
  const found: (Omit<RetaliationExposure, 'rank'> & { order: number })[] = [];
  chains.forEach((chain, c) => {
    const kinds = new Map<string, InputKind>(chain.inputs.map((i) => [i.id, i.kind]));
    chainShares(chain, { year: options.year ?? 'latest' }).forEach((s, i) => {
      warnings.push(...s.warnings);
      if (s.basis === 'none') return;
      const targetPct = groupShare(s, options.target, eur).sharePct;
      if (targetPct < minTargetPct || targetPct === 0) return;
      const coalitionPct = groupShare(s, options.controlling, eur).sharePct;
      found.push({
        chain: chain.code,
        item: s.item,
        name: s.name,
        kind: kinds.get(s.item) ?? 'stage',
        year: s.year,
        targetPct,
        coalitionPct,
        neitherPct: Math.max(0, 100 - targetPct - coalitionPct),
        order: c * 1e6 + i,
      });
    });
  });
  found.sort(
    (a, b) => b.targetPct - a.targetPct || a.coalitionPct - b.coalitionPct || a.order - b.order,
  );
  return {
    controlling: options.controlling.code,
    target: options.target.code,
    minTargetPct,
    exposures: found.map(({ order: _order, ...e }, i) => ({ rank: i + 1, ...e })),
    warnings: mergeWarnings(warnings),
  };
}
