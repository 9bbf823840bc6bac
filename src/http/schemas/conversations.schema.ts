// Schemas of /api/v1/consultations/conversations: conversations (Polis-style consultations),
// their statements and moderation, votes, the next statement for a participant, the opinion map
// (groups, representative statements, consensus, consensus across member economies) and the
// export in Polis's layout.
import { z } from 'zod';
import { CONSTITUENCIES } from '../../core/governance/consultation.ts';
import { MODERATIONS } from '../../core/opinion/conversation.ts';
import type {
  ConversationDetail,
  ConversationMap,
  ConversationSummary,
  NextStatement,
  PolisExportFiles,
  StoredStatement,
} from '../../services/conversation.service.ts';
import { MAP_WEIGHTS } from '../../services/conversation.service.ts';
import { describes } from './common.schema.ts';

// ---- Requests ----

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'must be 2–40 lower-case letters, digits and -')
  .describe('conversation code, e.g. brexit-consensus');

export const conversationParam = z.object({ code });

export const statementParam = z.object({
  code,
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'must be a statement id')
    .describe('statement id'),
});

const confidentiality = z
  .enum(['public', 'alliance', 'members'])
  .describe('who sees it: public, alliance (signed-in accounts), members (member delegations)');

export const conversationInput = z.strictObject({
  code,
  title: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(5000).optional(),
  confidentiality,
  proposalId: z.string().trim().min(1).max(100).nullable().optional(),
  seeds: z
    .array(z.string().trim().min(1, 'must not be empty').max(1000))
    .max(200)
    .optional()
    .describe('seed statements, accepted at once'),
});

export const openInput = z.strictObject({ open: z.boolean() });

export const statementInput = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(1000, 'must be at most 1000 characters'),
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag (en, fr, pt-BR)')
    .optional(),
});

export const moderationInput = z.strictObject({
  moderation: z.enum(MODERATIONS),
});

export const voteInput = z.strictObject({
  statement: z.string().trim().min(1).max(40),
  value: z
    .union([z.literal(1), z.literal(-1), z.literal(0)])
    .describe('1 agree, −1 disagree, 0 pass'),
});

export const groupsQuery = z.strictObject({
  weight: z
    .enum(MAP_WEIGHTS)
    .optional()
    .describe(
      'none (default); economy: every economy weighs the same; constituency: every constituency; both; indicator: each economy weighs in proportion to the value of `indicator` (e.g. population)',
    ),
  indicator: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_]{1,64}$/, 'must be an indicator code of letters, digits and _')
    .optional()
    .describe(
      'with weight=indicator (required then, refused otherwise): the indicator code, e.g. population (docs/indicators.md)',
    ),
  year: z.coerce
    .number()
    .int('must be a whole number')
    .min(1900)
    .max(2100)
    .optional()
    .describe("with weight=indicator: the indicator's year (default: each economy's latest value)"),
  seed: z.coerce
    .number()
    .int('must be a whole number')
    .min(0)
    .max(4_294_967_295)
    .optional()
    .describe('seeds the projection and the clustering (default 1): the same seed, the same map'),
});

// ---- Responses ----

const counts = z.object({
  participants: z.number().int(),
  votes: z.number().int(),
  statements: z.object({
    accepted: z.number().int(),
    rejected: z.number().int(),
    pending: z.number().int(),
  }),
});

const summary = describes<ConversationSummary>()(
  z.object({
    code: z.string(),
    title: z.string(),
    description: z.string(),
    proposalId: z.string().nullable(),
    confidentiality,
    open: z.boolean(),
    source: z.enum(['polis', 'platform']),
    createdBy: z.string(),
    createdAt: z.string(),
    counts,
  }),
).meta({ id: 'ConversationSummary' });

export const conversationsBody = z.object({ items: z.array(summary) });

const statement = describes<StoredStatement>()(
  z.object({
    id: z.string(),
    text: z.string(),
    language: z.string().nullable(),
    moderation: z.enum(MODERATIONS),
    seed: z.boolean(),
    author: z.string().nullable(),
    createdAt: z.string(),
  }),
).meta({ id: 'ConversationStatement' });

export const conversationBody = describes<ConversationDetail>()(
  summary.extend({ statements: z.array(statement) }),
);

export const openBody = summary.omit({ counts: true });

export const statementBody = statement;

export const voteBody = z.object({
  participant: z.string(),
  statement: z.string(),
  value: z.number().int(),
  at: z.string(),
});

export const nextBody = describes<NextStatement | null>()(
  z
    .object({
      statement: z.object({
        id: z.string(),
        text: z.string(),
        language: z.string().nullable(),
        seed: z.boolean(),
      }),
      votes: z.number().int(),
      remaining: z.number().int(),
    })
    .nullable(),
);

const direction = z.enum(['agree', 'disagree']);

export const groupsBody = describes<ConversationMap>()(
  z.object({
    conversation: z.string(),
    weight: z.enum(MAP_WEIGHTS),
    seed: z.number().int(),
    incremental: z.boolean(),
    indicator: z
      .object({
        code: z.string(),
        year: z.number().int().nullable().describe("null: each economy's latest value"),
        economies: z
          .number()
          .int()
          .describe("the conversation's economies with a positive value (they carry weight)"),
      })
      .nullable()
      .describe('the indicator weighting, with weight=indicator; null otherwise'),
    unweighted: z
      .number()
      .int()
      .describe(
        'participants in the analysis given weight 0 (their economy has no positive value of the indicator, or they gave none)',
      ),
    me: z
      .object({
        participant: z.string(),
        group: z.number().int().nullable().describe('null: not placed (too few votes)'),
      })
      .nullable()
      .describe("the caller's own participant and group; null when the caller has not taken part"),
    k: z.number().int(),
    silhouettes: z.array(z.object({ k: z.number().int(), silhouette: z.number() })),
    participants: z.array(
      z.object({ id: z.string(), group: z.number().int(), x: z.number(), y: z.number() }),
    ),
    groups: z.array(
      z.object({
        id: z.number().int(),
        size: z.number().int(),
        weight: z.number(),
        economies: z
          .array(z.object({ economy: z.string().nullable(), participants: z.number().int() }))
          .describe("the group's participants by economy (null: not given), most first"),
        constituencies: z
          .array(
            z.object({
              constituency: z.enum(CONSTITUENCIES).nullable(),
              participants: z.number().int(),
            }),
          )
          .describe("the group's participants by constituency (null: not given), most first"),
        representative: z.array(
          z.object({
            statement: z.string(),
            direction,
            share: z.number(),
            ratio: z.number(),
            shareTest: z.number(),
            ratioTest: z.number(),
            score: z.number(),
            significant: z.boolean(),
          }),
        ),
      }),
    ),
    consensus: z.array(
      z.object({
        statement: z.string(),
        direction,
        consensus: z.number(),
        shares: z.array(z.number()),
      }),
    ),
    consensusAcrossMembers: z.array(
      z.object({
        statement: z.string(),
        minShare: z.number(),
        economies: z.array(
          z.object({
            economy: z.string(),
            participants: z.number().int(),
            votes: z.number(),
            agreeShare: z.number(),
          }),
        ),
      }),
    ),
    notPlaced: z.number().int(),
  }),
);

export const exportBody = describes<PolisExportFiles>()(
  z.object({
    'comments.csv': z.string(),
    'votes.csv': z.string(),
    'participants-votes.csv': z.string(),
    'summary.csv': z.string(),
  }),
);
