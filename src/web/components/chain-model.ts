// The shapes of /api/v1/chains, /api/v1/scenarios and /api/v1/controls, named for the chain pages:
// every one is taken from the generated API types (ResponseOf), never written by hand.
// Percentages are of world supply, 0–100.
import type { RequestBodyOf, ResponseOf } from '../api/client.ts';

/** GET /api/v1/chains: one entry per chain. */
export type ChainSummary = ResponseOf<'/api/v1/chains'>['items'][number];

/** GET /api/v1/chains/{code} */
export type ChainDetail = ResponseOf<'/api/v1/chains/{code}'>;
export type Chain = ChainDetail['chain'];
export type ChainInput = Chain['inputs'][number];
export type ChainEdge = Chain['edges'][number];
export type InputKind = ChainInput['kind'];
export type ChainSource = ChainDetail['sources'][number];

/** GET /api/v1/chains/{code}/metrics */
export type ChainMetrics = ResponseOf<'/api/v1/chains/{code}/metrics'>;
export type InputShares = ChainMetrics['shares'][number];
export type ChokepointItem = ChainMetrics['chokepoints']['items'][number];
/** What an item of a chain is: an input of some kind, or a stage. */
export type ItemKind = ChokepointItem['kind'];

/** POST /api/v1/scenarios/disruption */
export type DisruptionResult = ResponseOf<'/api/v1/scenarios/disruption', 'post'>;
export type ItemDisruption = DisruptionResult['inputs'][number];
/** One shock of a disruption scenario, as sent. */
export type ShockDraft = RequestBodyOf<'/api/v1/scenarios/disruption', 'post'>['shocks'][number];

/** POST /api/v1/scenarios/montecarlo */
export type MonteCarloRequest = RequestBodyOf<'/api/v1/scenarios/montecarlo', 'post'>;
export type MonteCarloResult = ResponseOf<'/api/v1/scenarios/montecarlo', 'post'>;
export type MonteCarloItem = MonteCarloResult['stages'][number];

/** GET /api/v1/controls/coverage */
export type ControlCoverage = ResponseOf<'/api/v1/controls/coverage'>;
export type ControlVerdict = ControlCoverage['inputs'][number]['verdict'];

/** GET /api/v1/controls/retaliation */
export type RetaliationReport = ResponseOf<'/api/v1/controls/retaliation'>;
