// Schemas of /api/v1/positions (issues, members' positions, the divergence matrix),
// /api/v1/divergences (the register, one divergence, its lifecycle, recomputation, webhooks) and
// /api/v1/alerts (the workstreams' alerts).
import { z } from 'zod';
import { DELIVERY_STATUSES } from '../../core/alerts/webhook.ts';
import {
  DIVERGENCE_CHANGES,
  DIVERGENCE_STATES,
  type DivergenceEvent,
  type DivergenceState,
} from '../../core/divergences/divergence.ts';
import { policyIssueDraftSchema, positionInputSchema } from '../../core/positions/issue-input.ts';
import { POSITION_STATUSES, type Position } from '../../core/positions/position.ts';
import { UNPRINTABLE } from '../../core/text.ts';
import type { WorkstreamAlert } from '../../core/standards/records.ts';
import type {
  DivergenceDetail,
  DivergenceView,
  RecomputeResult,
  RegisterView,
} from '../../services/divergence.service.ts';
import type { IssueDetail, IssueSummary } from '../../services/position.service.ts';
import { describes } from './common.schema.ts';

// ---- Requests ----

const confidentiality = z
  .enum(['public', 'alliance', 'members'])
  .describe('who sees it: public, alliance (signed-in accounts), members (member delegations)');

const issueId = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, 'must be an issue id: 2–60 lower-case letters, digits and -')
  .describe('issue id, e.g. ai-chip-controls');

const workstream = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{1,39}$/, 'must be a workstream code (export_controls)')
  .describe('a workstream code');

const member = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{3}|EU)$/, 'must be an ISO3 code or EU')
  .describe('a member: ISO3 or EU');

export const issueParam = z.object({ id: issueId });

export const issuesQuery = z.strictObject({ workstream: workstream.optional() });

/** An issue as the secretariat writes it (core/positions/issue-input.ts). */
export const issueInput = policyIssueDraftSchema;
export const issueReplaceInput = z
  .looseObject({})
  .describe('workstream, title, description, options (2–12, in order), confidentiality');

/** A proposal's id as a caller gives it: no control or bidi characters. */
const noControl = (s: string) => !UNPRINTABLE.test(s);
const NO_CONTROL = 'must be a proposal id (no control or bidi characters)';

export const agreedInput = z.strictObject({
  option: z
    .union([z.number().int().min(0), z.string().min(1).max(300)])
    .nullable()
    .describe('the agreed option: its index or its text; null clears it'),
  proposalId: z
    .string()
    .trim()
    .max(100)
    .refine(noControl, NO_CONTROL)
    .nullable()
    .optional()
    .describe('the adopted proposal'),
});

/** A position (core/positions/issue-input.ts); `member` is for the secretariat. */
export const positionInput = positionInputSchema;

export const withdrawInput = z.strictObject({
  member,
  status: z.enum(POSITION_STATUSES as ['current', 'pending']),
});

export const historyQuery = z.strictObject({ member: member.optional() });

export const positionsQuery = z.strictObject({
  issue: issueId.optional(),
  member: member.optional(),
});

export const matrixQuery = z.strictObject({
  workstream: workstream.optional(),
  members: z
    .string()
    .trim()
    .max(1000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim().toUpperCase())
        .filter((x) => x !== ''),
    )
    .refine(
      (l) => l.every((x) => /^([A-Z]{3}|EU)$/.test(x)),
      'must be ISO3 codes or EU, comma-separated',
    )
    .optional()
    .describe('members to show (default: every member with a position)'),
  use: z
    .enum(['current', 'pending-first'])
    .optional()
    .describe("current positions (default), or a member's pending position where it has one"),
});

export const outliersQuery = z.strictObject({ member, workstream: workstream.optional() });

/** A stored id: the database keeps them as 32-bit integers. */
const storedId = z.coerce
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(2_147_483_647, 'is not an id');

export const divergenceParam = z.object({ id: storedId.describe('divergence id') });

const sourceId = z
  .string()
  .trim()
  .regex(/^[a-z][a-z-]{1,39}$/, 'must be a source id (control-lists)');

export const registerQuery = z.strictObject({
  source: sourceId.optional(),
  state: z.enum(DIVERGENCE_STATES as [DivergenceState, ...DivergenceState[]]).optional(),
  workstream: workstream.optional(),
  member: member.optional(),
  includeClosed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('also divergences the last recomputation no longer found'),
  q: z.string().trim().min(1).max(200).optional().describe('words of the title or summary'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const recomputeInput = z.strictObject({
  sources: z.array(sourceId).max(20).optional().describe('default: every source'),
});

export const openProposalInput = z.strictObject({
  title: z.string().trim().min(1).max(200).optional(),
  confidentiality: confidentiality.optional(),
});

export const linkInput = z.strictObject({
  proposalId: z.string().trim().min(1).max(100).refine(noControl, NO_CONTROL),
});

export const noteInput = z.strictObject({
  note: z.string().max(2000, 'must be at most 2000 characters').describe('why'),
});

export const alertsQuery = z.strictObject({
  workstream: workstream.optional(),
  source: z.string().trim().max(60).optional(),
  unacknowledged: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const alertParam = z.object({ id: storedId.describe('alert id') });

export const webhookInput = z.strictObject({
  url: z.string().trim().min(1).max(2000).describe('http(s) address the alerts are POSTed to'),
  workstream: workstream.nullable().optional().describe('default: every workstream'),
  description: z.string().trim().max(500).optional(),
});

export const webhookParam = z.object({
  id: z.string().uuid('must be a webhook id'),
});

// ---- Responses ----

const issue = z.object({
  id: z.string(),
  workstream: z.string(),
  title: z.string(),
  description: z.string(),
  options: z.array(z.string()),
  agreedOption: z.number().int().nullable(),
  agreedBy: z.string().nullable(),
  confidentiality,
  createdBy: z.string(),
  createdAt: z.string(),
});

const issueSummary = describes<IssueSummary>()(
  issue.extend({
    answered: z.number().int(),
    pending: z.number().int(),
    meanDivergence: z.number().nullable(),
  }),
).meta({ id: 'PolicyIssueSummary' });

const position = describes<Position>()(
  z.object({
    issueId: z.string(),
    member: z.string(),
    option: z.number().int(),
    status: z.enum(['current', 'pending']),
    expectedDate: z.string().nullable(),
    evidence: z.array(z.string()),
    note: z.string(),
    confidentiality,
    recordedBy: z.string(),
    recordedAt: z.string(),
  }),
).meta({ id: 'Position' });

export const issuesBody = z.object({ items: z.array(issueSummary) });

export const issueBody = describes<IssueDetail>()(
  issueSummary.extend({
    positions: z.array(
      position.extend({ optionLabel: z.string(), fromAgreed: z.number().nullable() }),
    ),
    evidence: z.record(z.string(), z.string()),
    agreedByTitle: z.string().nullable(),
    warnings: z.array(
      z.object({
        member: z.string(),
        option: z.number().int(),
        currentDistance: z.number().nullable(),
        pendingDistance: z.number(),
        expectedDate: z.string().nullable(),
      }),
    ),
  }),
);

export const historyBody = z.object({
  items: z.array(position.extend({ withdrawn: z.boolean() })),
});

export const positionsBody = z.object({ items: z.array(position) });

export const matrixBody = z.object({
  workstream: z.string().nullable(),
  use: z.enum(['current', 'pending-first']),
  issues: z.number().int(),
  members: z.array(z.string()),
  cells: z
    .array(z.array(z.number().nullable()))
    .describe('divergence of row and column member, 0–1; null: no shared issue'),
  shared: z.array(z.array(z.number().int())).describe('issues both answered'),
  order: z
    .array(z.string())
    .describe('members ordered by similarity (the clustering’s leaf order)'),
  clustering: z.object({
    merges: z.array(
      z.object({ a: z.array(z.string()), b: z.array(z.string()), distance: z.number() }),
    ),
    order: z.array(z.string()),
  }),
  splitting: z.array(
    z.object({
      issueId: z.string(),
      title: z.string(),
      answered: z.number().int(),
      meanPairwise: z.number().nullable(),
      maxPairwise: z.number().nullable(),
      options: z.array(
        z.object({ option: z.number().int(), label: z.string(), members: z.array(z.string()) }),
      ),
    }),
  ),
  fromAgreed: z.array(
    z.object({
      member: z.string(),
      issues: z.number().int(),
      mean: z.number().nullable(),
      perIssue: z.array(z.object({ issueId: z.string(), distance: z.number() })),
    }),
  ),
});

export const outliersBody = z.object({
  member: z.string(),
  items: z.array(
    z.object({
      issueId: z.string(),
      title: z.string(),
      option: z.number().int(),
      othersMedian: z.number(),
      distance: z.number(),
      fromAgreed: z.number().nullable(),
    }),
  ),
});

const evidence = z.object({ label: z.string(), detail: z.string(), link: z.string().nullable() });

const divergence = describes<DivergenceView>()(
  z.object({
    id: z.number().int(),
    source: z.string(),
    key: z.string(),
    kind: z.string(),
    workstream: z.string(),
    title: z.string(),
    summary: z.string(),
    members: z.array(z.string()),
    severity: z.number().describe('0–1'),
    level: z.enum(['low', 'medium', 'high']),
    measure: z.number(),
    evidence: z.array(evidence),
    link: z.string().describe('the web page of the underlying data'),
    apiLink: z.string().nullable(),
    confidentiality,
    state: z.enum(DIVERGENCE_STATES as [DivergenceState, ...DivergenceState[]]),
    proposalId: z.string().nullable(),
    proposal: z.object({ id: z.string(), title: z.string(), state: z.string() }).nullable(),
    stateBy: z.string().nullable(),
    stateAt: z.string().nullable(),
    stateNote: z.string(),
    detected: z.boolean(),
    change: z.enum(DIVERGENCE_CHANGES as ['new', ...(typeof DIVERGENCE_CHANGES)[number][]]),
    previousMeasure: z.number().nullable(),
    firstSeen: z.string(),
    lastSeen: z.string(),
    changedAt: z.string(),
  }),
).meta({ id: 'Divergence' });

const counts = z.record(z.string(), z.number().int());

export const registerBody = describes<RegisterView>()(
  z.object({
    total: z.number().int(),
    items: z.array(divergence),
    counts: z.object({ source: counts, state: counts, change: counts }),
    sources: z.array(z.object({ id: z.string(), label: z.string(), description: z.string() })),
  }),
);

const event = describes<DivergenceEvent>()(
  z.object({
    divergenceId: z.number().int(),
    at: z.string(),
    by: z.string(),
    type: z.enum(['state', 'detected']),
    from: z.string().nullable(),
    to: z.string(),
    note: z.string(),
    proposalId: z.string().nullable(),
  }),
);

export const divergenceBody = describes<DivergenceDetail>()(
  divergence.extend({
    events: z.array(event),
    resolution: z
      .object({ resolved: z.boolean(), waitingFor: z.array(z.string()), reason: z.string() })
      .nullable(),
  }),
);

export const recomputeBody = describes<RecomputeResult>()(
  z.object({
    at: z.string(),
    sources: z.array(
      z.object({
        id: z.string(),
        detected: z.number().int(),
        new: z.number().int(),
        grown: z.number().int(),
        shrunk: z.number().int(),
        closed: z.number().int(),
        reappeared: z.number().int(),
        error: z.string().nullable(),
      }),
    ),
    resolved: z.number().int(),
  }),
);

const alert = describes<WorkstreamAlert>()(
  z.object({
    id: z.number().int(),
    workstream: z.string(),
    source: z.string(),
    kind: z.string(),
    subject: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
    snapshotId: z.number().int().nullable(),
    createdAt: z.string(),
    acknowledgedBy: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    confidentiality,
  }),
).meta({ id: 'WorkstreamAlert' });

export const alertsBody = z.object({ items: z.array(alert) });
export const alertBody = alert;

const webhook = z.object({
  id: z.string(),
  url: z.string(),
  workstream: z.string().nullable(),
  description: z.string(),
  active: z.boolean(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const webhooksBody = z.object({ items: z.array(webhook) });
export const webhookCreatedBody = webhook.extend({
  secret: z.string().describe('the HMAC key: shown this once; keep it to verify signatures'),
});

export const deliveriesBody = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      webhookId: z.string(),
      alertId: z.number().int(),
      status: z.enum(DELIVERY_STATUSES as ['pending', 'delivered', 'failed']),
      attempts: z.number().int(),
      nextAttemptAt: z.string().nullable(),
      lastStatus: z.number().int().nullable(),
      lastError: z.string().nullable(),
      deliveredAt: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
});
