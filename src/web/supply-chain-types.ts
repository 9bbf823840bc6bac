// The JSON shapes of /api/v1/chains, /api/v1/scenarios and /api/v1/controls (see
// src/http/supply-chains.routes.ts and /api/openapi.json). Percentages are of world supply, 0–100.
import type { Source } from './api-types.ts';

export type InputKind = 'design_resource' | 'tool' | 'material' | 'process' | 'output';
/** What an item of a chain is: an input of some kind, or a stage. */
export type ItemKind = InputKind | 'stage';

/** GET /api/v1/chains: one entry per chain. */
export interface ChainSummary {
  code: string;
  name: string;
  stages: number;
  inputs: number;
  providers: number;
  /** Provision (share) rows. */
  provisions: number;
  updatedAt: string;
}

export interface ChainStage {
  id: string;
  name: string;
  description: string | null;
}

export interface ChainInput {
  id: string;
  name: string;
  kind: InputKind;
  stage: string | null;
  description: string | null;
}

/** `goes_into`: the flow (from goes into to); `is_type_of`: from is a variant of to. */
export interface ChainEdge {
  from: string;
  to: string;
  kind: 'goes_into' | 'is_type_of';
}

export type ChainProvider =
  | { kind: 'economy'; id: string; name: string; iso3: string }
  | { kind: 'organisation'; id: string; name: string; homeEconomy: string | null }
  | { kind: 'pseudo'; id: string; name: string };

export interface ChainProvision {
  provider: string;
  input: string;
  /** Null: a major provider whose share is unknown. */
  sharePct: number | null;
  year: number;
  sourceId: string;
}

export interface Chain {
  code: string;
  name: string;
  stages: ChainStage[];
  inputs: ChainInput[];
  edges: ChainEdge[];
  providers: ChainProvider[];
  provision: ChainProvision[];
}

/** GET /api/v1/chains/:code */
export interface ChainDetail {
  chain: Chain;
  sources: Source[];
}

export interface SupplyWarning {
  code: string;
  message: string;
  ids?: string[];
}

export interface EconomyShare {
  iso3: string;
  sharePct: number | null;
  /** Provider ids behind the share (the economy's own row, or its firms). */
  providers: string[];
}

/** "Various countries", "EUR" (Europe): never an economy. */
export interface PseudoShare {
  provider: string;
  name: string;
  sharePct: number | null;
  europe: boolean;
}

export interface OrganisationShare {
  provider: string;
  name: string;
  homeEconomy: string | null;
  sharePct: number | null;
}

/**
 * Where the economy shares come from: economy rows, firms summed by home economy, or nothing
 * known.
 */
export type ShareBasis = 'economies' | 'organisations' | 'none';

export interface InputShares {
  item: string;
  name: string;
  year: number | null;
  basis: ShareBasis;
  economies: EconomyShare[];
  pseudo: PseudoShare[];
  organisations: OrganisationShare[];
  knownPct: number;
  unattributedPct: number;
  reportedTotalPct: number;
  normalised: boolean;
  sources: string[];
  warnings: SupplyWarning[];
}

export interface Concentration {
  item: string;
  year: number | null;
  /** Herfindahl–Hirschman index of economy shares, 0–1; null without known shares. */
  hhi: number | null;
  top1: { iso3: string; sharePct: number } | null;
  top3Pct: number | null;
  /** Fewest economies that together reach `reachPct` (75). */
  economiesToReach: number | null;
  reachPct: number;
  economiesWithShare: number;
  economiesPct: number;
}

export interface ChokepointReason {
  code: string;
  message: string;
}

export interface ChokepointItem {
  item: string;
  name: string;
  kind: ItemKind;
  year: number | null;
  concentration: Concentration;
  coalitionPct: number;
  concernPct: number;
  neitherPct: number;
  unattributedPct: number;
  chokepoint: boolean;
  reasons: ChokepointReason[];
}

export interface EconomyGroupRef {
  code: string;
  economies: string[];
}

/** GET /api/v1/chains/:code/metrics */
export interface ChainMetrics {
  chain: string;
  coalition: EconomyGroupRef;
  concern: EconomyGroupRef;
  shares: InputShares[];
  chokepoints: {
    chain: string;
    coalition: string;
    concern: string;
    thresholds: {
      dominantEconomyPct: number;
      hhi: number;
      coalitionBelowPct: number;
      concernAtLeastPct: number;
    };
    items: ChokepointItem[];
  };
}

/** One shock of a disruption scenario, as sent. */
export interface ShockDraft {
  /** ISO3, or an organisation or pseudo-provider id or name. */
  provider: string;
  /** An input or stage id or name, or 'all'. */
  input: string;
  /** 0–1. */
  fractionLost: number;
}

/** What binds an item's availability after a shock. */
export type LimitKind = 'none' | 'own_supply' | 'stage_supply' | 'input' | 'variants';

export interface ItemDisruption {
  item: string;
  name: string;
  kind: ItemKind;
  stage: string | null;
  year: number | null;
  lostPct: number;
  remainingSupplyPct: number;
  availabilityPct: number;
  limitedBy: LimitKind;
  limitingId: string | null;
}

export interface MemberLoss {
  iso3: string;
  dependentLossPctPoints: number;
  inputsHit: number;
  ownLossPctPoints: number;
  worstInputs: { item: string; lostElsewherePct: number }[];
}

/** POST /api/v1/scenarios/disruption */
export interface DisruptionResult {
  chain: string;
  shocks: (ShockDraft & { target: { kind: string; iso3?: string; id?: string } })[];
  inputs: ItemDisruption[];
  stages: ItemDisruption[];
  mostAffectedStages: string[];
  mostAffectedOutputs: string[];
  mostAffectedInputs: string[];
  members: MemberLoss[];
  warnings: SupplyWarning[];
}

export interface MonteCarloItem {
  item: string;
  name: string;
  kind: ItemKind;
  meanPct: number;
  p5Pct: number;
  p50Pct: number;
  p95Pct: number;
  minPct: number;
  /** Share of trials with availability under 100%. */
  shortfallProbability: number;
}

/** POST /api/v1/scenarios/montecarlo */
export interface MonteCarloResult {
  chain: string;
  trials: number;
  economies: { iso3: string; probability: number; severity: number }[];
  stages: MonteCarloItem[];
  outputs: MonteCarloItem[];
  warnings: SupplyWarning[];
}

export interface MonteCarloRequest {
  chain: string;
  trials: number;
  seed: number;
  defaults?: { probability?: number; severity?: number };
}

/** effective ≥ 90% covered, ineffective < 50%, partial between (thresholds in the report). */
export type ControlVerdict = 'effective' | 'partial' | 'ineffective' | 'no_data';

export interface InputCoverage {
  input: string;
  name: string;
  year: number | null;
  coveredPct: number;
  targetPct: number;
  foreignAvailabilityPct: number;
  unattributedPct: number;
  foreignHolders: { iso3: string; sharePct: number }[];
  verdict: ControlVerdict;
  /** [] when the goal is reached; null when no set of economies can reach it. */
  addToReachGoal: string[] | null;
  coveredPctWithAdditions: number | null;
}

/** GET /api/v1/controls/coverage */
export interface ControlCoverage {
  chain: string;
  controlling: string;
  target: string;
  goalPct: number;
  thresholds: { effectivePct: number; ineffectivePct: number };
  inputs: InputCoverage[];
  jointAddition: {
    economies: string[];
    method: 'exact' | 'greedy';
    lowerBound: number;
    optimal: boolean;
    candidates: number;
  } | null;
  warnings: SupplyWarning[];
}

export interface CoverageQuery {
  chain: string;
  coalition: string;
  target: string;
  /** Input ids; none = every input. */
  inputs: string[];
  goal?: string;
  year?: string;
}

export interface RetaliationExposure {
  rank: number;
  chain: string;
  item: string;
  name: string;
  kind: ItemKind;
  year: number | null;
  targetPct: number;
  coalitionPct: number;
  neitherPct: number;
}

/** GET /api/v1/controls/retaliation */
export interface RetaliationReport {
  controlling: string;
  target: string;
  minTargetPct: number;
  exposures: RetaliationExposure[];
  warnings: SupplyWarning[];
}
