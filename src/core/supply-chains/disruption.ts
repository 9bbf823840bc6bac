// Disruption scenarios: shocks to providers, the supply left of each input, and how the loss
// propagates downstream to stages and final outputs.
import { chainGraph, chainOutputs } from './chain-graph.ts';
import type { EconomyGroup } from './economy-group.ts';
import { LEVERAGE_PCT } from './member-exposure.ts';
import { provisionIndex, sharesOf, type InputShares, type SupplyYear } from './input-shares.ts';
import {
  checkVariantWeights,
  propagate,
  type Availability,
  type LimitKind,
  type PropagationOptions,
} from './propagation.ts';
import { ALL_INPUTS, resolveShocks, type ResolvedShock, type Shock } from './shock.ts';
import { chainWarning, mergeWarnings, type SupplyChainWarning } from './supply-chain-warning.ts';
import type { InputKind, SupplyChain } from './supply-chain.ts';
import { lossFractions, supplyLoss } from './supply-loss.ts';

export interface DisruptionOptions extends PropagationOptions {
  year?: SupplyYear;
  /** Members to rank by what they lose; none when absent. */
  coalition?: EconomyGroup;
  /** A member depends on an input when it holds at most this share; default 25 (`LEVERAGE_PCT`). */
  leveragePct?: number;
  /** How many ids the `mostAffected*` lists keep; default 10. */
  top?: number;
}

/** One input's or stage's state after the shocks; percentages 0–100. */
export interface ItemDisruption {
  item: string;
  name: string;
  kind: InputKind | 'stage';
  /** The input's stage (null for a stage itself or an input without one). */
  stage: string | null;
  /** The year of the shares used; null without provision rows. */
  year: number | null;
  /** Percent of world supply the shocks removed from the item itself. */
  lostPct: number;
  /** 100 − lostPct. */
  remainingSupplyPct: number;
  /** After propagation: the least of its own supply and what it depends on. */
  availabilityPct: number;
  limitedBy: LimitKind;
  limitingId: string | null;
}

/** What one coalition member loses: supply it depends on that the shocks removed. */
export interface MemberLoss {
  iso3: string;
  /**
   * Σ over inputs the member depends on (it holds at most `leveragePct`) of the supply lost from
   * providers other than itself, weighted by the member's own dependence on others for that input
   * (100 − its own share, as a fraction): percentage points. Ranks the members, so that a member
   * that makes part of an input itself loses less than one that buys all of it.
   */
  dependentLossPctPoints: number;
  /** Inputs it depends on that lost supply from others. */
  inputsHit: number;
  /** Σ over inputs of its own supply lost, in percentage points (production it can no longer sell). */
  ownLossPctPoints: number;
  /**
   * Up to five inputs with the largest weighted loss, largest first: the world supply lost from
   * others, the member's own share before the shocks, and its dependence on others (100 − own).
   */
  worstInputs: {
    item: string;
    lostElsewherePct: number;
    ownSharePct: number;
    dependencePct: number;
    /** `lostElsewherePct` × `dependencePct` / 100: this input's part of `dependentLossPctPoints`. */
    dependentLossPct: number;
  }[];
}

export interface DisruptionResult {
  chain: string;
  shocks: ResolvedShock[];
  /** Every input, in chain order. */
  inputs: ItemDisruption[];
  /** Every stage, in chain order. */
  stages: ItemDisruption[];
  /** Ids of stages with availability under 100, least available first (ties: chain order). */
  mostAffectedStages: string[];
  /** Ids of final outputs (see `chainOutputs`) under 100, least available first. */
  mostAffectedOutputs: string[];
  /** Ids of inputs under 100, least available first. */
  mostAffectedInputs: string[];
  /** Coalition members, largest `dependentLossPctPoints` first (ties: ISO3). */
  members: MemberLoss[];
  warnings: SupplyChainWarning[];
}

/**
 * Applies shocks to a chain: per input and stage, the supply left (100% − lost share) and the
 * availability after propagation along `goes_into` (see `propagate`), the most affected stages,
 * outputs and inputs, and which coalition members lose most. Throws `validation_failed` for a bad
 * shock (naming it) or a chain with a cycle (naming the cycle).
 */
export function disrupt(
  chain: SupplyChain,
  shocks: readonly Shock[],
  options: DisruptionOptions = {},
): DisruptionResult {
  const resolved = resolveShocks(chain, shocks);
  checkVariantWeights(chain, options.variantWeights);
  const graph = chainGraph(chain);
  const index = provisionIndex(chain);
  const year = options.year ?? 'latest';
  const warnings: SupplyChainWarning[] = [];
  const shares = new Map<string, InputShares>();
  const losses = new Map<string, ReturnType<typeof supplyLoss>>();
  const remaining = new Map<string, number>();
  for (const item of [...chain.inputs, ...chain.stages]) {
    const s = sharesOf(index, item.id, year);
    const loss = supplyLoss(s, lossFractions(item.id, resolved));
    shares.set(item.id, s);
    losses.set(item.id, loss);
    remaining.set(item.id, 100 - loss.lostPct);
    if (loss.unknown.length > 0)
      warnings.push(
        chainWarning(
          'share_unknown',
          `${item.id}: shocked ${loss.unknown.join(', ')} ${loss.unknown.length === 1 ? 'is a major provider' : 'are major providers'} with unknown share; the loss is not counted, so the supply left is an upper bound`,
          [item.id, ...loss.unknown],
        ),
      );
  }
  for (const shock of resolved)
    if (![...shares.values()].some((s) => hits(shock, s)))
      warnings.push(
        chainWarning(
          'shock_without_effect',
          `shock ${shock.provider}:${shock.input}:${shock.fractionLost} changes nothing: ${shock.provider} provides ${shock.input === 'all' ? 'nothing in the chain' : `no ${shock.input}`} in the year used`,
          [shock.provider],
        ),
      );
  const propagated = propagate(chain, graph, remaining, options);
  const row = (
    id: string,
    name: string,
    kind: InputKind | 'stage',
    stage: string | null,
    a: Availability,
  ): ItemDisruption => {
    const lost = losses.get(id)!.lostPct;
    return {
      item: id,
      name,
      kind,
      stage,
      year: shares.get(id)!.year,
      lostPct: lost,
      remainingSupplyPct: 100 - lost,
      availabilityPct: a.availabilityPct,
      limitedBy: a.limitedBy,
      limitingId: a.limitingId,
    };
  };
  const inputs = chain.inputs.map((i, n) =>
    row(i.id, i.name, i.kind, i.stage, propagated.inputs[n]!),
  );
  const stages = chain.stages.map((s) =>
    row(s.id, s.name, 'stage', null, propagated.stages.get(s.id)!),
  );
  const outputs = chainOutputs(chain, graph);
  if (outputs.fallback)
    warnings.push(
      chainWarning(
        'no_outputs',
        `chain ${chain.code} has no input of kind output: its sinks (inputs that go into nothing) are reported as outputs`,
      ),
    );
  const top = options.top ?? 10;
  const affected = (rows: ItemDisruption[]): string[] =>
    rows
      .map((r, order) => ({ r, order }))
      .filter(({ r }) => r.availabilityPct < 100)
      .sort((a, b) => a.r.availabilityPct - b.r.availabilityPct || a.order - b.order)
      .slice(0, top)
      .map(({ r }) => r.item);
  return {
    chain: chain.code,
    shocks: resolved,
    inputs,
    stages,
    mostAffectedStages: affected(stages),
    mostAffectedOutputs: affected(outputs.indices.map((n) => inputs[n]!)),
    mostAffectedInputs: affected(inputs),
    members:
      options.coalition === undefined
        ? []
        : memberLosses(
            chain,
            options.coalition,
            shares,
            losses,
            options.leveragePct ?? LEVERAGE_PCT,
          ),
    warnings: mergeWarnings([...warnings, ...[...shares.values()].flatMap((s) => s.warnings)]),
  };
}

/** Whether a shock's provider appears among an item's providers (with a share or without). */
function hits(shock: ResolvedShock, shares: InputShares): boolean {
  if (shock.input !== ALL_INPUTS && shock.input !== shares.item) return false;
  const t = shock.target;
  switch (t.kind) {
    case 'economy':
      return shares.economies.some((e) => e.iso3 === t.iso3);
    case 'organisation':
      return shares.organisations.some((o) => o.provider === t.provider);
    case 'pseudo':
      return shares.pseudo.some((p) => p.provider === t.provider);
  }
}

/** Ranks coalition members by the supply they depend on that the shocks removed. */
function memberLosses(
  chain: SupplyChain,
  coalition: EconomyGroup,
  shares: ReadonlyMap<string, InputShares>,
  losses: ReadonlyMap<string, ReturnType<typeof supplyLoss>>,
  leveragePct: number,
): MemberLoss[] {
  const members = [...new Set(coalition.economies)].sort().map((iso3) => {
    const m: MemberLoss = {
      iso3,
      dependentLossPctPoints: 0,
      inputsHit: 0,
      ownLossPctPoints: 0,
      worstInputs: [],
    };
    const hits: MemberLoss['worstInputs'] = [];
    for (const input of chain.inputs) {
      const loss = losses.get(input.id)!;
      if (loss.lostPct === 0) continue;
      const own = shares.get(input.id)!.economies.find((e) => e.iso3 === iso3);
      const ownLost = loss.byEconomy.get(iso3) ?? 0;
      m.ownLossPctPoints += ownLost;
      const lostElsewherePct = Math.max(0, loss.lostPct - ownLost);
      // A member named with an unknown share is a major provider: not counted as dependent.
      const dependent = own === undefined || (own.sharePct !== null && own.sharePct <= leveragePct);
      if (!dependent || lostElsewherePct === 0) continue;
      const ownSharePct = own?.sharePct ?? 0;
      const dependencePct = 100 - ownSharePct;
      const dependentLossPct = (lostElsewherePct * dependencePct) / 100;
      m.dependentLossPctPoints += dependentLossPct;
      hits.push({ item: input.id, lostElsewherePct, ownSharePct, dependencePct, dependentLossPct });
    }
    m.inputsHit = hits.length;
    m.worstInputs = hits
      .sort((a, b) => b.dependentLossPct - a.dependentLossPct || (a.item < b.item ? -1 : 1))
      .slice(0, 5);
    return m;
  });
  return members.sort(
    (a, b) => b.dependentLossPctPoints - a.dependentLossPctPoints || (a.iso3 < b.iso3 ? -1 : 1),
  );
}
