// The governance pages' names for the shapes of /api/v1/auth, /accounts, /workstreams,
// /proposals, /commitments and /audit: each one read from the generated OpenAPI types, so a field
// the server's response schema lacks fails the type check.
import type { RequestBodyOf, ResponseOf } from '../../api/client.ts';

/** GET /api/v1/auth/me: who the request is made as. */
export type Me = ResponseOf<'/api/v1/auth/me'>;
export type SignedInAccount = NonNullable<Me['account']>;
export type Role = SignedInAccount['role'];
/** POST /api/v1/auth/login. */
export type LoginAnswer = ResponseOf<'/api/v1/auth/login', 'post'>;

/** An account as GET /api/v1/accounts lists it. */
export type Account = ResponseOf<'/api/v1/accounts'>['items'][number];

export type Workstream = ResponseOf<'/api/v1/workstreams'>['items'][number];
export type WorkstreamParticipant = Workstream['participants'][number];
export type WorkstreamRight = WorkstreamParticipant['rights'][number];
export type WorkstreamBody = RequestBodyOf<'/api/v1/workstreams/{code}', 'put'>;

export type ProposalSummary = ResponseOf<'/api/v1/proposals'>['items'][number];
/** GET /api/v1/proposals/{id}: the proposal and what the caller may do with it. */
export type ProposalView = ResponseOf<'/api/v1/proposals/{id}'>;
export type ProposalRightsView = ProposalView['can'];
export type ProposalState = ProposalView['state'];
export type Confidentiality = ProposalView['confidentiality'];
export type TimeWindow = NonNullable<ProposalView['votingWindow']>;
export type DecisionRule = NonNullable<ProposalView['decisionRule']>;
export type ProposalDraftBody = RequestBodyOf<'/api/v1/proposals', 'post'>;
export type TransitionBody = RequestBodyOf<'/api/v1/proposals/{id}/transition', 'post'>;

export type ProposalVersion = ResponseOf<'/api/v1/proposals/{id}/versions'>['items'][number];
export type ProposalComment = ResponseOf<'/api/v1/proposals/{id}/comments'>['items'][number];
export type DiffAnswer = ResponseOf<'/api/v1/proposals/{id}/diff'>;
export type DiffHunk = DiffAnswer['hunks'][number];

/** GET /api/v1/proposals/{id}/tally (and the answer to a ballot). */
export type TallyView = ResponseOf<'/api/v1/proposals/{id}/tally'>;
export type StoredBallot = TallyView['ballots'][number];
export type BallotChoice = StoredBallot['choice'];
export type TallyThreshold = TallyView['tally']['thresholds'][number];
