// The shapes of /api/v1/criteria as the criteria components read them, taken from the generated
// API types (the route's response schemas), so a field the server does not send fails the check.
import type { ResponseOf } from '../api/client.ts';

/** GET /api/v1/criteria/:code/evaluation. */
export type CriteriaEvaluationReport = ResponseOf<'/api/v1/criteria/{code}/evaluation'>;
export type EconomyEvaluation = CriteriaEvaluationReport['economies'][number];
/** The evidence of one criterion for one economy. */
export type CriterionEvidence = EconomyEvaluation['criteria'][number];
/** An economy's standing under a criteria set. */
export type CriteriaResult = EconomyEvaluation['result'];
export type CriteriaTier = CriterionEvidence['tier'];
export type CriterionOutcome = CriterionEvidence['outcome'];
export type Comparator = CriterionEvidence['comparator'];
/** What a threshold's value means: a value, a share of the world in %, a rank, a percentile. */
export type ThresholdKind = CriterionEvidence['threshold']['kind'];
export type CoalitionCheckReport = NonNullable<CriteriaEvaluationReport['coalition']>;
/** A coalition participant that does not (or not demonstrably) meet its tier. */
export type ParticipantFinding = CoalitionCheckReport['check']['members'][number];

/** GET /api/v1/criteria: one entry per set. */
export type CriteriaSetSummary = ResponseOf<'/api/v1/criteria'>['items'][number];
/** GET /api/v1/criteria/:code: the set as JSON. */
export type CriteriaSetJson = ResponseOf<'/api/v1/criteria/{code}'>;
export type RuleNode = NonNullable<CriteriaSetJson['tiers']['member']>;
export type CriterionNode = Extract<RuleNode, { kind: 'criterion' }>;
export type CombinatorNode = Extract<RuleNode, { kind: 'all_of' | 'any_of' | 'at_least' }>;
export type WeightedNode = Extract<RuleNode, { kind: 'weighted' }>;

/** A coalition or grouping to compare, from GET /api/v1/coalitions. */
export type CoalitionChoice = ResponseOf<'/api/v1/coalitions'>['items'][number];
