// The JSON shapes of /api/v1/criteria (see src/http/criteria.routes.ts and /api/openapi.json).

/** An economy's standing under a criteria set. */
export type CriteriaResult =
  'eligible_member' | 'eligible_partner' | 'not_eligible' | 'undetermined';
export type CriteriaTier = 'member' | 'partner';
export type CriterionOutcome = 'pass' | 'fail' | 'missing';
export type Comparator = '>=' | '>' | '<=' | '<';
/** What a threshold's value means: a value, a share of the world in %, a rank, a percentile. */
export type ThresholdKind = 'absolute' | 'world_share_pct' | 'rank' | 'percentile';

/** GET /api/v1/criteria: one entry per set. */
export interface CriteriaSetSummary {
  code: string;
  name: string;
  description: string;
  origin: 'built-in' | 'custom';
  /** Number of criteria per tier. */
  criteria: { member: number; partner: number };
}

/** One criterion of a set, as GET /api/v1/criteria/:code returns it. */
export interface CriterionNode {
  kind: 'criterion';
  id: string;
  label: string;
  indicator: string;
  comparator: Comparator;
  threshold: { kind: ThresholdKind; value: number };
  yearPolicy: { maxAgeYears: number; asOf: number };
  rationale: string;
}

export interface CombinatorNode {
  kind: 'all_of' | 'any_of' | 'at_least';
  label: string;
  rationale?: string;
  k?: number;
  children: RuleNode[];
}

export interface WeightedNode {
  kind: 'weighted';
  label: string;
  rationale?: string;
  cutoff: number;
  children: { weight: number; node: RuleNode }[];
}

export type RuleNode = CriterionNode | CombinatorNode | WeightedNode;

/** GET /api/v1/criteria/:code: the set as JSON. */
export interface CriteriaSetJson {
  code: string;
  name: string;
  description: string;
  tiers: Partial<Record<CriteriaTier, RuleNode>>;
}

/** The evidence of one criterion for one economy. */
export interface CriterionEvidence {
  tier: CriteriaTier;
  id: string;
  label: string;
  indicator: string;
  comparator: Comparator;
  outcome: CriterionOutcome;
  /** Why the criterion is missing ("no value", "latest value 2017 older than …"); null otherwise. */
  reason: string | null;
  /** The value used, or the stale value set aside. */
  value: number | null;
  year: number | null;
  sourceId: string | null;
  /** The compared quantity: the value, a share of the world in %, a rank or a percentile. */
  compared: number | null;
  threshold: {
    kind: ThresholdKind;
    value: number;
    /** The threshold in the indicator's unit for the year used; null when not computed. */
    indicatorValue: number | null;
    worldTotal: number | null;
    economiesWithData: number | null;
  };
}

export interface EconomyEvaluation {
  iso3: string;
  name: string;
  result: CriteriaResult;
  /** One statement per tier, top down: "member tier fails: …. partner tier passes". */
  reason: string;
  criteria: CriterionEvidence[];
}

/** A coalition participant that does not (or not demonstrably) meet its tier. */
export interface ParticipantFinding {
  iso3: string;
  name: string;
  tier: CriteriaTier;
  outcome: 'fail' | 'undetermined';
  result: CriteriaResult;
  /** The failing (for `fail`) or missing (for `undetermined`) criteria of its tier. */
  criteria: CriterionEvidence[];
  reason: string;
}

export interface CoalitionCheckReport {
  code: string;
  name: string;
  check: {
    members: ParticipantFinding[];
    partners: ParticipantFinding[];
    partnersQualifyingAsMembers: { iso3: string; name: string }[];
    outsiders: { iso3: string; name: string; qualifiesAs: CriteriaTier; result: CriteriaResult }[];
    notChecked: { iso3: string; tier: CriteriaTier; reason: string }[];
  };
  /** Participants the criteria do not apply to (the EU as a whole, organisations). */
  notEvaluated: { code: string; reason: string }[];
}

/** GET /api/v1/criteria/:code/evaluation. */
export interface CriteriaEvaluationReport {
  asOf: number;
  set: { code: string; name: string };
  /** Economies per result over the whole evaluation (before the `result` filter). */
  counts: Partial<Record<CriteriaResult, number>>;
  economies: EconomyEvaluation[];
  warnings: { code: string; message: string }[];
  coalition: CoalitionCheckReport | null;
}

/** A coalition or grouping to compare, from GET /api/v1/coalitions. */
export interface CoalitionChoice {
  code: string;
  name: string;
}
