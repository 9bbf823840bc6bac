// Request and response schemas of the governance routes (src/http/governance.routes.ts):
// workstreams, proposals (text, versions, diffs, comments, lifecycle), ballots and the tally,
// consultations and commitments. Inputs are core's schemas, so the API, the CLI and the services
// check them alike; responses are built from core's schemas and closed sets where they exist.
import { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  commitmentReportSchema,
  implementationReportSchema,
} from '../../core/governance/commitments.ts';
import {
  answersSchema,
  CONSTITUENCIES,
  questionSchema,
  questionsSchema,
} from '../../core/governance/consultation.ts';
import { decisionRuleSchema, WEIGHT_BASES } from '../../core/governance/decision-rule.ts';
import {
  CONFIDENTIALITY_LEVELS,
  PROPOSAL_STATES,
  proposalDraftSchema,
  timeWindowFieldsSchema,
} from '../../core/governance/proposal.ts';
import {
  ballotSchema,
  commentDraftSchema,
  proposalEditSchema,
  proposalTransitionSchema,
} from '../../core/governance/proposal-record.ts';
import { BALLOT_CHOICES, THRESHOLD_UNITS } from '../../core/governance/tally.ts';
import { DIFF_KINDS } from '../../core/governance/text-diff.ts';
import { workstreamCodeSchema, workstreamSchema } from '../../core/governance/workstream.ts';

// --- parameters and queries ---------------------------------------------------------------------

export const proposalIdParam = z.object({ id: z.string().uuid('must be a proposal id') });

export const workstreamCodeParam = z.object({ code: workstreamCodeSchema });

const state = z.enum(PROPOSAL_STATES);

export const proposalListQuery = z.strictObject({
  state: state.optional(),
  workstream: z.string().max(40).optional(),
  q: z.string().trim().max(200).optional().describe('search in titles and texts'),
});

export const proposalExportQuery = z.strictObject({
  format: z.enum(['csv', 'jsonl']).default('csv'),
});

/** A version number in the query: required, a whole number from 1. */
const versionNumber = (name: string) =>
  z
    .string({ error: `${name} is required: a version number, e.g. ${name}=1` })
    .regex(/^[1-9]\d{0,8}$/, `${name} must be a version number (1, 2, …)`)
    .transform(Number)
    .describe('A version number (1 is the first text)');

export const diffQuery = z.strictObject({ from: versionNumber('from'), to: versionNumber('to') });

// --- request bodies -----------------------------------------------------------------------------

/** PUT /api/v1/workstreams/:code: the workstream, its code in the path. */
export const workstreamBody = workstreamSchema.omit({ code: true });
export const proposalDraftBody = proposalDraftSchema;
export const proposalEditBody = proposalEditSchema;
export const transitionBody = proposalTransitionSchema;
export const commentBody = commentDraftSchema;
export const ballotBody = ballotSchema;
export const consultationQuestionsBody = z.strictObject({ questions: questionsSchema });
export const consultationResponseBody = z.strictObject({ answers: answersSchema });
/** POST …/implementation: the report of the caller's delegation (proposal and member implied). */
export const implementationReportBody = implementationReportSchema;

// --- workstreams --------------------------------------------------------------------------------

const workstream = workstreamSchema.describe(
  'A workstream: its decision rule and each participating delegation’s rights',
);

export const workstreamListResponse = z.object({ items: z.array(workstream) });

export const workstreamSavedResponse = z.object({
  status: z.enum(['created', 'updated']),
  workstream,
});

// --- proposals ----------------------------------------------------------------------------------

/** A proposal as stored, with its current text. */
export const proposalResponse = z
  .object({
    id: z.string(),
    title: z.string(),
    text: z.string(),
    state,
    confidentiality: z.enum(CONFIDENTIALITY_LEVELS),
    restrictedTo: z.array(z.string()).describe('Delegations that see a restricted proposal'),
    workstream: z.string().nullable(),
    decisionRule: decisionRuleSchema
      .nullable()
      .describe('Its own rule; null: its workstream’s applies'),
    consultationWindow: timeWindowFieldsSchema.nullable(),
    votingWindow: timeWindowFieldsSchema.nullable(),
    version: z.number().int().describe('The current version of the text'),
    createdBy: z.string().describe('account:<id>, or operator'),
    authorDelegation: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Proposal' });

/** GET /api/v1/proposals/export: a file (CSV or JSON lines), never a JSON body. */
export const proposalExportResponse = z
  .string()
  .describe('CSV (id, title, state, …, text) or one proposal per line as JSON');

export const proposalListResponse = z.object({
  items: z.array(proposalResponse.omit({ text: true })),
});

/** GET /api/v1/proposals/:id: the proposal and what the caller may do with it. */
export const proposalViewResponse = proposalResponse.extend({
  can: z
    .object({
      edit: z.boolean(),
      comment: z.boolean(),
      vote: z.boolean(),
      advisoryVote: z.boolean(),
      transition: z.boolean(),
      respond: z.boolean().describe('Answer the consultation (while it is open)'),
      report: z.boolean().describe('Report national implementation (once adopted)'),
    })
    .describe('The rights the caller holds on it'),
});

const proposalVersion = z.object({
  proposalId: z.string(),
  version: z.number().int(),
  title: z.string(),
  text: z.string(),
  note: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const proposalVersionResponse = proposalVersion;
export const proposalVersionsResponse = z.object({ items: z.array(proposalVersion) });

export const diffResponse = z.object({
  from: z.number().int(),
  to: z.number().int(),
  hunks: z.array(
    z.object({
      kind: z.enum(DIFF_KINDS),
      lines: z.array(z.string()),
      aLine: z.number().int().describe('1-based number in the older text of the first line'),
      bLine: z.number().int().describe('1-based number in the newer text of the first line'),
    }),
  ),
  unified: z.string(),
});

const comment = z.object({
  id: z.string(),
  proposalId: z.string(),
  parentId: z.string().nullable(),
  version: z.number().int().describe('The version of the text it was written on'),
  author: z.string(),
  delegation: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
});

export const commentResponse = comment;
export const commentListResponse = z.object({ items: z.array(comment) });

// --- ballots and the tally ----------------------------------------------------------------------

const count = z.number().int();

const tally = z.object({
  outcome: z
    .enum(['adopted', 'rejected'])
    .describe('The outcome if the window closed now (the outcome, once final)'),
  decided: z.boolean().describe('Whether the members who have not voted can still change it'),
  final: z.boolean(),
  counts: z.object({
    yes: count,
    no: count,
    abstain: count,
    object: count,
    notVoted: count,
    members: count,
  }),
  weights: z
    .object({
      basis: z.enum(WEIGHT_BASES),
      yes: z.number(),
      no: z.number(),
      abstain: z.number(),
      notVoted: z.number(),
      total: z.number(),
      capped: z.record(z.string(), z.number()).describe('Each member’s weight as counted'),
    })
    .optional()
    .describe('For the rules that weigh votes'),
  thresholds: z.array(
    z.object({
      name: z.string(),
      direction: z.enum(['at least', 'at most']),
      required: z.number(),
      actual: z.number(),
      unit: z.enum(THRESHOLD_UNITS),
      met: z.boolean(),
      margin: z.number().describe('How far it is met (≥ 0) or missed (< 0), in unit'),
      explanation: z.string(),
    }),
  ),
  explanation: z.array(z.string()),
  advisory: z
    .object({
      yes: count,
      no: count,
      abstain: count,
      byParticipant: z.record(z.string(), z.enum(['yes', 'no', 'abstain'])),
    })
    .describe('The partners’ advisory ballots, never counted'),
});

/** GET …/tally and the answer to a ballot. */
export const tallyViewResponse = z.object({
  proposal: z.string(),
  rule: decisionRuleSchema,
  members: z.array(z.string()).describe('The member delegations entitled to vote'),
  tally,
  ballots: z.array(
    z.object({
      proposalId: z.string(),
      delegation: z.string(),
      choice: z.enum(BALLOT_CHOICES),
      advisory: z.boolean(),
      castBy: z.string(),
      castAt: z.string(),
    }),
  ),
  window: timeWindowFieldsSchema.nullable(),
  open: z.boolean(),
});

// --- consultations ------------------------------------------------------------------------------

/** A consultation: its window (empty until the proposal goes to consultation) and questions. */
export const consultationResponse = z.object({
  window: timeWindowFieldsSchema,
  questions: z.array(questionSchema),
});

const constituency = z.enum(CONSTITUENCIES);
const share = z.number().describe('A fraction, 0–1');

const optionResult = z.object({
  option: z.string(),
  label: z.string(),
  count,
  share,
  weightedShare: share.describe('Each economy group weighs 1 in total'),
});

const summaryBase = {
  questionId: z.string(),
  answered: count.describe('Respondents who answered the question'),
  groups: count.describe('Economy groups among them: the total weight'),
};

const textSummary = z.object({
  ...summaryBase,
  kind: z.literal('text'),
  answers: z.array(z.object({ text: z.string(), constituency, economy: z.string().nullable() })),
});

const choiceSummary = z.object({
  ...summaryBase,
  kind: z.enum(['single-choice', 'multiple-choice']),
  options: z.array(optionResult),
});

const scaleSummary = z.object({
  ...summaryBase,
  kind: z.literal('scale'),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  weightedMean: z.number().nullable(),
  weightedMedian: z.number().nullable(),
  distribution: z.array(
    z.object({ value: count, label: z.string().nullable(), count, share, weightedShare: share }),
  ),
});

/** A question's results among the respondents of one constituency. */
const constituencySummary = z.discriminatedUnion('kind', [
  textSummary.extend({ constituency }),
  choiceSummary.extend({ constituency }),
  scaleSummary.extend({ constituency }),
]);

/** A question's results over every respondent, and the same per constituency that answered. */
const questionResult = z.discriminatedUnion('kind', [
  textSummary.extend({ byConstituency: z.array(constituencySummary) }),
  choiceSummary.extend({ byConstituency: z.array(constituencySummary) }),
  scaleSummary.extend({ byConstituency: z.array(constituencySummary) }),
]);

const consultationResults = z.object({
  respondents: count.describe('Responses counted'),
  economies: z.array(z.object({ economy: z.string().nullable(), respondents: count })),
  constituencies: z.record(constituency, count),
  questions: z.array(questionResult),
  excluded: z
    .array(
      z.object({
        index: count,
        issues: z.array(
          z.object({
            path: z.string(),
            message: z.string(),
            questionId: z.string(),
            code: z.enum([
              'unknown_question',
              'missing_answer',
              'wrong_type',
              'option_not_offered',
              'repeated_choice',
              'too_many_choices',
              'out_of_range',
              'too_long',
            ]),
          }),
        ),
      }),
    )
    .describe('Responses left out because they do not fit the questions'),
  warnings: z.array(
    z.object({
      code: z.enum([
        'no_responses',
        'excluded_responses',
        'dominant_economy',
        'single_economy_group',
      ]),
      message: z.string(),
    }),
  ),
});

export const consultationViewResponse = z.object({
  proposal: z.string(),
  consultation: consultationResponse,
  open: z.boolean(),
  results: consultationResults,
  mine: answersSchema.nullable().describe('The caller’s own answers; null: none'),
});

export const consultationAnsweredResponse = z.object({
  replaced: z.boolean().describe('Whether it replaced the caller’s earlier response'),
  view: consultationViewResponse,
});

// --- commitments --------------------------------------------------------------------------------

export const commitmentReportResponse = commitmentReportSchema;

const commitmentStatus = z.enum(COMMITMENT_STATUSES);
const statusCounts = z.record(commitmentStatus, count);

export const commitmentsDashboardResponse = z.object({
  proposals: z.array(
    z.object({
      proposalId: z.string(),
      title: z.string(),
      counts: statusCounts,
      reported: count,
      coverage: share.describe('Members with a report ÷ members'),
      membersWithoutReport: z.array(z.string()),
      modalStatuses: z.array(commitmentStatus),
      divergence: share
        .nullable()
        .describe('Share of reporting members not in the modal status; null without reports'),
    }),
  ),
  members: z.array(
    z.object({
      member: z.string(),
      statuses: z.array(
        z.object({
          proposalId: z.string(),
          status: commitmentStatus.nullable(),
          date: z.string().nullable(),
          evidenceUrl: z.string().nullable(),
        }),
      ),
      counts: statusCounts,
      missing: count.describe('Proposals it has not reported on'),
    }),
  ),
  warnings: z.array(
    z.object({
      code: z.enum(['not_adopted', 'report_for_unknown_proposal', 'report_from_non_member']),
      message: z.string(),
    }),
  ),
});
