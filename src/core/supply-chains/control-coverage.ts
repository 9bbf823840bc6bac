// Export-control effectiveness: how much of the supply of controlled items a controlling
// coalition holds, how much lies outside it and the target, and who would close the gap.
import { DomainError, type ErrorIssue } from '../errors.ts';
import { commonEconomies, groupShare, type EconomyGroup } from './economy-group.ts';
import { provisionIndex, sharesOf, type InputShares, type SupplyYear } from './input-shares.ts';
import {
  MAX_EXACT_CANDIDATES,
  smallestAddition,
  type AdditionSearch,
  type CoverageRequirement,
} from './smallest-addition.ts';
import {
  chainWarning,
  fmt,
  mergeWarnings,
  type SupplyChainWarning,
} from './supply-chain-warning.ts';
import { lookupItem } from './item-lookup.ts';
import type { SupplyChain } from './supply-chain.ts';

/**
 * How well a control on one item would bite, from the share of world supply the controlling
 * coalition covers:
 *
 * - `effective` — covered at least `effectivePct` (default 90);
 * - `ineffective` — covered under `ineffectivePct` (default 50);
 * - `partial` — between;
 * - `no_data` — no known share of the item.
 */
export type ControlVerdict = 'effective' | 'partial' | 'ineffective' | 'no_data';

export interface ControlThresholds {
  effectivePct: number;
  ineffectivePct: number;
}

export const DEFAULT_CONTROL_THRESHOLDS: Readonly<ControlThresholds> = Object.freeze({
  effectivePct: 90,
  ineffectivePct: 50,
});

export interface ControlCoverageOptions {
  /** The coalition that would impose the control (K). */
  controlling: EconomyGroup;
  /** The economies it would be imposed on (T); must not overlap K. */
  target: EconomyGroup;
  /** Controlled inputs (or stages), by id or exact name (any case); default every input. */
  inputs?: readonly string[];
  year?: SupplyYear;
  /** Coverage to reach, in percent; default `thresholds.effectivePct`. */
  goalPct?: number;
  thresholds?: Partial<ControlThresholds>;
  /** See `GroupShareOptions.eurCountsFor`: name K here to count EUR as covered. */
  eurCountsFor?: string | null;
  /** Default {@link MAX_EXACT_CANDIDATES} (15). */
  maxExactCandidates?: number;
}

/** One controlled item; percentages of world supply. */
export interface InputCoverage {
  input: string;
  name: string;
  year: number | null;
  /** Held by K (with EUR when `eurCountsFor` names K). */
  coveredPct: number;
  /** Held by T: its own supply, which no control can cut. */
  targetPct: number;
  /** Held by neither: 100 − covered − target, including pseudo-providers and the unattributed rest. */
  foreignAvailabilityPct: number;
  /** The part of `foreignAvailabilityPct` no row attributes. */
  unattributedPct: number;
  /** Economies outside K and T with a known share, largest first. */
  foreignHolders: { iso3: string; sharePct: number }[];
  verdict: ControlVerdict;
  /** Fewest economies to add to K for this item alone to reach the goal; [] if reached; null if it cannot be. */
  addToReachGoal: string[] | null;
  /** `coveredPct` with them added; null when the goal cannot be reached. */
  coveredPctWithAdditions: number | null;
}

export interface ControlCoverage {
  chain: string;
  controlling: string;
  target: string;
  goalPct: number;
  thresholds: ControlThresholds;
  inputs: InputCoverage[];
  /** The fewest economies that bring every item with data to the goal at once; null if impossible. */
  jointAddition: AdditionSearch | null;
  warnings: SupplyChainWarning[];
}

/**
 * For a controlling coalition K, a target T and controlled items: K's share of world supply
 * (covered), T's own share, the share held by neither (foreign availability), a verdict, and the
 * smallest set of additional economies that would bring coverage to the goal — per item, and for
 * all items at once (exact search up to `maxExactCandidates` candidates, greedy with a stated lower
 * bound beyond). Throws `validation_failed` naming an unknown item, economies in both K and T, or
 * bad thresholds.
 */
export function controlCoverage(
  chain: SupplyChain,
  options: ControlCoverageOptions,
): ControlCoverage {
  const thresholds = { ...DEFAULT_CONTROL_THRESHOLDS, ...options.thresholds };
  const goalPct = options.goalPct ?? thresholds.effectivePct;
  const items = checkOptions(chain, options, thresholds, goalPct);
  const index = provisionIndex(chain);
  const year = options.year ?? 'latest';
  const eur = { eurCountsFor: options.eurCountsFor ?? null };
  const excluded = new Set([...options.controlling.economies, ...options.target.economies]);
  const warnings: SupplyChainWarning[] = [];
  const requirements: CoverageRequirement[] = [];
  const max = options.maxExactCandidates ?? MAX_EXACT_CANDIDATES;

  const inputs = items.map((id): InputCoverage => {
    const shares = sharesOf(index, id, year);
    warnings.push(...shares.warnings);
    const covered = groupShare(shares, options.controlling, eur);
    const target = groupShare(shares, options.target, eur);
    for (const g of [covered, target])
      if (g.unknownShare.length > 0)
        warnings.push(
          chainWarning(
            'share_unknown',
            `${id}: ${g.unknownShare.join(', ')} of ${g.group} with unknown share; ${g.group}'s share is a lower bound`,
            [id, ...g.unknownShare],
          ),
        );
    const foreignHolders = holders(shares, excluded);
    const foreignAvailabilityPct = Math.max(0, 100 - covered.sharePct - target.sharePct);
    const base = {
      input: id,
      name: shares.name,
      year: shares.year,
      coveredPct: covered.sharePct,
      targetPct: target.sharePct,
      foreignAvailabilityPct,
      unattributedPct: shares.unattributedPct,
      foreignHolders,
    };
    if (shares.basis === 'none')
      return { ...base, verdict: 'no_data', addToReachGoal: null, coveredPctWithAdditions: null };
    const requirement = {
      item: id,
      neededPct: goalPct - covered.sharePct,
      shares: new Map(foreignHolders.map((h) => [h.iso3, h.sharePct])),
    };
    requirements.push(requirement);
    const alone = smallestAddition([requirement], [...requirement.shares.keys()], max);
    if (alone === null)
      warnings.push(
        chainWarning(
          'goal_unreachable',
          `${id}: ${options.controlling.code} plus every other economy cannot reach ${fmt(goalPct)}% (${options.target.code} holds ${fmt(target.sharePct)}%, pseudo-providers and unattributed supply ${fmt(foreignAvailabilityPct - sum(foreignHolders))}%)`,
          [id],
        ),
      );
    return {
      ...base,
      verdict: verdict(covered.sharePct, thresholds),
      addToReachGoal: alone?.economies ?? null,
      coveredPctWithAdditions:
        alone === null
          ? null
          : covered.sharePct + alone.economies.reduce((s, e) => s + requirement.shares.get(e)!, 0),
    };
  });
  const candidates = [...new Set(requirements.flatMap((r) => [...r.shares.keys()]))];
  return {
    chain: chain.code,
    controlling: options.controlling.code,
    target: options.target.code,
    goalPct,
    thresholds,
    inputs,
    jointAddition: smallestAddition(requirements, candidates, max),
    warnings: mergeWarnings(warnings),
  };
}

/** The verdict for a covered share. */
export function verdict(coveredPct: number, thresholds: ControlThresholds): ControlVerdict {
  if (coveredPct >= thresholds.effectivePct) return 'effective';
  if (coveredPct < thresholds.ineffectivePct) return 'ineffective';
  return 'partial';
}

function holders(
  shares: InputShares,
  excluded: ReadonlySet<string>,
): { iso3: string; sharePct: number }[] {
  return shares.economies.flatMap((e) =>
    e.sharePct !== null && e.sharePct > 0 && !excluded.has(e.iso3)
      ? [{ iso3: e.iso3, sharePct: e.sharePct }]
      : [],
  );
}

/** Resolves the controlled items and checks the groups and thresholds; throws naming each problem. */
function checkOptions(
  chain: SupplyChain,
  options: ControlCoverageOptions,
  thresholds: ControlThresholds,
  goalPct: number,
): string[] {
  const issues: ErrorIssue[] = [];
  const common = commonEconomies(options.controlling, options.target);
  if (common.length > 0)
    issues.push({
      path: 'target',
      message: `${common.join(', ')} ${common.length === 1 ? 'is' : 'are'} both in ${options.controlling.code} and in the target ${options.target.code}`,
    });
  const pct = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 100;
  if (!pct(goalPct) || goalPct === 0)
    issues.push({ path: 'goalPct', message: `goal ${goalPct} is not a percentage above 0` });
  if (
    !pct(thresholds.effectivePct) ||
    !pct(thresholds.ineffectivePct) ||
    thresholds.ineffectivePct > thresholds.effectivePct
  )
    issues.push({
      path: 'thresholds',
      message: `thresholds ${thresholds.ineffectivePct}/${thresholds.effectivePct} must be percentages with ineffective ≤ effective`,
    });
  const items = (options.inputs ?? chain.inputs.map((i) => i.id)).map((key, i) => {
    const found = lookupItem(chain, key);
    if (found.error !== null) issues.push({ path: `inputs[${i}]`, message: found.error });
    return found.id ?? '';
  });
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `bad control coverage request: ${issues.map((i) => i.message).join('; ')}`,
      issues,
    );
  return [...new Set(items)];
}

const sum = (list: readonly { sharePct: number }[]): number =>
  list.reduce((s, x) => s + x.sharePct, 0);
