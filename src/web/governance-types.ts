// The shapes of /api/v1/auth, /api/v1/workstreams and /api/v1/proposals (src/http/auth.routes.ts,
// src/http/governance.routes.ts, src/services/governance.service.ts) as the web UI reads them. The
// governance model's own types come from core (type-only imports: nothing of core runs here).
import type { Role, WorkstreamRight } from '../core/accounts/access.ts';
import type { DecisionRule, WeightBasis } from '../core/governance/decision-rule.ts';
import type { Confidentiality, ProposalState, TimeWindow } from '../core/governance/proposal.ts';
import type { BallotChoice, Tally, TallyThreshold } from '../core/governance/tally.ts';
import type { DiffHunk } from '../core/governance/text-diff.ts';

export type {
  BallotChoice,
  Confidentiality,
  DecisionRule,
  DiffHunk,
  ProposalState,
  Role,
  Tally,
  TallyThreshold,
  TimeWindow,
  WeightBasis,
  WorkstreamRight,
};

/** An account as the API shows it (never its password). */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  delegation: string | null;
  constituency: string | null;
  createdAt: string;
  disabledAt: string | null;
}

/** GET /api/v1/auth/me. */
export interface Me {
  signedIn: boolean;
  kind: 'anonymous' | 'operator' | 'account';
  account: {
    id: string;
    email: string;
    name: string;
    role: Role;
    delegation: string | null;
  } | null;
  /** The session's CSRF token when signed in with the session cookie (a new tab learns it here). */
  csrfToken?: string | null;
}

/** POST /api/v1/auth/login. */
export interface LoginAnswer {
  account: Account;
  csrfToken: string;
  expiresAt: string;
}

export interface WorkstreamParticipant {
  delegation: string;
  rights: WorkstreamRight[];
}

export interface Workstream {
  code: string;
  name: string;
  description: string;
  decisionRule: DecisionRule | null;
  participants: WorkstreamParticipant[];
}

/** A proposal in a listing: everything but its text. */
export interface ProposalSummary {
  id: string;
  title: string;
  state: ProposalState;
  confidentiality: Confidentiality;
  restrictedTo: string[];
  workstream: string | null;
  decisionRule: DecisionRule | null;
  consultationWindow: TimeWindow | null;
  votingWindow: TimeWindow | null;
  version: number;
  createdBy: string;
  authorDelegation: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Proposal extends ProposalSummary {
  text: string;
}

/** GET /api/v1/proposals/:id: the proposal and what the caller may do with it. */
export interface ProposalView extends Proposal {
  can: {
    edit: boolean;
    comment: boolean;
    vote: boolean;
    advisoryVote: boolean;
    transition: boolean;
  };
}

/** The body of POST /api/v1/proposals. */
export interface ProposalDraftBody {
  title: string;
  text: string;
  confidentiality: Confidentiality;
  restrictedTo?: string[];
  workstream?: string | null;
}

export interface ProposalVersion {
  proposalId: string;
  version: number;
  title: string;
  text: string;
  note: string;
  createdBy: string;
  createdAt: string;
}

export interface ProposalComment {
  id: string;
  proposalId: string;
  parentId: string | null;
  version: number;
  author: string;
  delegation: string | null;
  body: string;
  createdAt: string;
}

export interface StoredBallot {
  proposalId: string;
  delegation: string;
  choice: BallotChoice;
  advisory: boolean;
  castBy: string;
  castAt: string;
}

/** GET /api/v1/proposals/:id/tally (and the answer to a ballot). */
export interface TallyView {
  proposal: string;
  rule: DecisionRule;
  members: string[];
  tally: Tally;
  ballots: StoredBallot[];
  window: TimeWindow | null;
  open: boolean;
}

/** GET /api/v1/proposals/:id/diff. */
export interface DiffAnswer {
  from: number;
  to: number;
  hunks: DiffHunk[];
  unified: string;
}

/** The body of POST /api/v1/proposals/:id/transition. */
export interface TransitionBody {
  to: ProposalState;
  window?: TimeWindow;
}
