// What is kept of a proposal — the proposal with its author and current version, every version of
// its text, the comments and the ballots — and the inputs that add to it: an edit, a move through
// the lifecycle, a comment, a ballot.
import { z } from 'zod';
import { decisionRuleSchema } from './decision-rule.ts';
import {
  PROPOSAL_STATES,
  TEXT_MAX_CHARS,
  TITLE_MAX_CHARS,
  timeWindowSchema,
  type Proposal,
  type ProposalState,
} from './proposal.ts';
import { BALLOT_CHOICES, type BallotChoice } from './tally.ts';

/** A stored proposal: the model plus who wrote it, when, and its current version number. */
export interface StoredProposal extends Proposal {
  version: number;
  /** The actor who created it (`account:<id>`, `operator`). */
  createdBy: string;
  /** The delegation of the account that created it; null for the secretariat or the operator. */
  authorDelegation: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One version of a proposal's text (1 is the first). */
export interface ProposalVersion {
  proposalId: string;
  version: number;
  title: string;
  text: string;
  /** What changed, in the author's words. */
  note: string;
  createdBy: string;
  createdAt: string;
}

/** A comment on a version of a proposal; `parentId` threads replies. */
export interface ProposalComment {
  id: string;
  proposalId: string;
  parentId: string | null;
  /** The version of the text it was written on. */
  version: number;
  /** The author's name. */
  author: string;
  delegation: string | null;
  body: string;
  createdAt: string;
}

/** A delegation's ballot on a proposal (one per delegation); advisory ones are never counted. */
export interface StoredBallot {
  proposalId: string;
  delegation: string;
  choice: BallotChoice;
  advisory: boolean;
  castBy: string;
  castAt: string;
}

/** A new version of the text (and the title, when given), with a note on what changed. */
export const proposalEditSchema = z.strictObject({
  title: z.string().trim().min(1).max(TITLE_MAX_CHARS).optional(),
  text: z
    .string()
    .max(TEXT_MAX_CHARS)
    .refine((t) => t.trim() !== '', 'must not be empty'),
  note: z.string().trim().max(500).default(''),
});
export type ProposalEdit = z.output<typeof proposalEditSchema>;

/** A move through the lifecycle: the state, and the window a consultation or a vote opens. */
export const proposalTransitionSchema = z.strictObject({
  to: z.enum(PROPOSAL_STATES as [ProposalState, ...ProposalState[]]),
  window: timeWindowSchema.optional(),
  decisionRule: decisionRuleSchema.optional(),
});
export type ProposalTransition = z.output<typeof proposalTransitionSchema>;

/** A comment as written: its text, and the comment it answers. */
export const commentDraftSchema = z.strictObject({
  body: z.string().trim().min(1, 'must not be empty').max(10_000),
  parentId: z.string().uuid('must be a comment id').nullable().optional(),
});
export type CommentDraft = z.output<typeof commentDraftSchema>;

/** A ballot as cast. */
export const ballotSchema = z.strictObject({ choice: z.enum(BALLOT_CHOICES) });
export type BallotInput = z.output<typeof ballotSchema>;
