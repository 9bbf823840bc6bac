// Schemas of /api/v1/coalitions and /api/v1/leverage: coalitions (groupings read as coalitions and
// custom ones) and their analyses — leverage, inner balance, complementarity, what-if.
import { z } from 'zod';
import {
  coalitionCopySchema,
  coalitionDraftSchema,
  participantDraftSchema,
} from '../../core/coalitions/coalition-draft.ts';
import type { CoalitionWarning } from '../../core/coalitions/coalition-warning.ts';
import {
  SUPRANATIONAL_COUNTINGS,
  TIERS,
  type Coalition,
  type Participant,
} from '../../core/coalitions/coalition.ts';
import type { Complementarity } from '../../core/coalitions/complementarity.ts';
import type { InnerBalance, MemberShare } from '../../core/coalitions/inner-balance.ts';
import type { CoalitionLeverage } from '../../core/coalitions/leverage.ts';
import type { WhatIfResult } from '../../core/coalitions/what-if.ts';
import type { Workstream } from '../../core/coalitions/workstream.ts';
import type { CoalitionSummary } from '../../services/coalition.service.ts';
import type {
  BalanceReport,
  CoalitionHeader,
  LeverageReport,
} from '../../services/leverage.service.ts';
import { describes, source } from './common.schema.ts';

// ---- Requests ----

export const coalitionCodeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{1,31}$/, 'must be a coalition or grouping code, e.g. G7'),
});

export const createBody = coalitionDraftSchema;
export const updateBody = coalitionDraftSchema.omit({ code: true });
export const addBody = z.strictObject({ add: z.array(participantDraftSchema).min(1).max(400) });
export const removeBody = z.strictObject({
  remove: z.array(z.string().min(2).max(40)).min(1).max(400),
});
export const copyBody = coalitionCopySchema;

const euQuery = z
  .enum(SUPRANATIONAL_COUNTINGS)
  .optional()
  .describe(
    'How a supranational participant (the EU) counts — enumerated (default): a coalition counts the economies it lists, the EU adds none; member-states: the EU counts as its 27 member states, each economy once. The answer says which was used (supranational).',
  );

export const analysisQuery = z.strictObject({
  eu: euQuery,
  tier: z
    .enum(['member', 'all'])
    .optional()
    .describe('member (default): members only; all: members and partners'),
  year: z
    .union([
      z.literal('latest'),
      z.string().regex(/^\d{4}$/, "must be a four-digit year or 'latest'"),
    ])
    .optional()
    .describe(
      "'latest' (default): per indicator the latest year covering at least 80% of the best-covered year's economies",
    ),
});

export const compareQuery = analysisQuery.extend({
  coalitions: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9_]{1,31}(,[A-Za-z][A-Za-z0-9_]{1,31}){0,9}$/,
      'must be 1–10 comma-separated coalition codes, e.g. G7,D10,T12',
    )
    .describe('Coalition or grouping codes, comma-separated'),
});

const isoList = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z .'-]{1,59}(,\s*[A-Za-z][A-Za-z .'-]{1,59}){0,99}$/,
    'must be comma-separated ISO3 codes or economy names, e.g. NLD,POL or Netherlands,Taiwan',
  );

export const whatIfQuery = analysisQuery.extend({
  add: isoList
    .optional()
    .describe('Economies to add: ISO3 codes or names (Taiwan, South Korea), comma-separated'),
  remove: isoList.optional().describe('Economies to remove: ISO3 codes or names, comma-separated'),
});

// ---- Coalitions ----

const tier = z
  .enum(TIERS)
  .describe(
    'member: full membership; partner: an economy cooperating without it; observer, stakeholder: organisations',
  );
const origin = z
  .enum(['grouping', 'custom', 'ad-hoc'])
  .describe(
    'grouping: of the reference data; custom: stored by a user; ad-hoc: a list given for one analysis',
  );

const participant = describes<Participant>()(
  z.object({
    code: z.string().describe('ISO3 for an economy, the body’s code (EU), a free code otherwise'),
    name: z.string(),
    kind: participantDraftSchema.shape.kind.unwrap(),
    tier,
  }),
);

const workstream = describes<Workstream & { takingPart: string[] }>()(
  z.object({
    code: z.string(),
    name: z.string(),
    tiers: z.array(tier).describe('The tiers that take part'),
    participants: z
      .array(z.string())
      .nullable()
      .describe('Only these participants (of those tiers); null: every participant of the tiers'),
    takingPart: z
      .array(z.string())
      .describe('Participants taking part: of the tiers, and of the list when there is one'),
  }),
);

/** A coalition as the API shows it: explicit fields, each workstream with who takes part. */
export const coalitionBody = describes<Omit<Coalition, 'workstreams'>>()(
  z.object({
    code: z.string(),
    name: z.string(),
    description: z.string(),
    origin,
    participants: z.array(participant),
    workstreams: z.array(workstream),
  }),
);

export const coalitionListBody = z.object({
  items: z.array(
    describes<CoalitionSummary>()(
      z.object({
        code: z.string(),
        name: z.string(),
        origin,
        tiers: z.record(z.enum(TIERS), z.number()).describe('Participants per tier'),
      }),
    ),
  ),
});

// ---- Analyses ----

const coalitionWarning = describes<CoalitionWarning>()(
  z.object({
    code: z.enum([
      'supranational_without_members',
      'supranational_not_expanded',
      'counted_through_supranational',
      'empty_coalition',
      'unknown_economy',
      'values_outside_universe',
      'other_indicator_values',
      'duplicate_value',
      'share_understated',
      'sparse_year_skipped',
      'low_coverage',
      'tie_broken_by_code',
      'already_member',
      'not_a_member',
      'added_and_removed',
      'years_differ',
    ]),
    message: z.string(),
    codes: z
      .array(z.string())
      .describe('The ISO3 (or participant, or indicator) codes the warning is about, sorted'),
  }),
);

const header = describes<CoalitionHeader>()(
  z.object({
    code: z.string(),
    name: z.string(),
    origin,
    tier: z.enum(['member', 'all']).describe('member: members only; all: members and partners'),
    supranational: z
      .enum(SUPRANATIONAL_COUNTINGS)
      .describe('How supranational participants (the EU) were counted'),
    economies: z.array(z.string()).describe('The economies counted, sorted'),
    warnings: z.array(coalitionWarning),
  }),
);

const leverageItem = describes<CoalitionLeverage>()(
  z.object({
    indicator: z.string(),
    year: z.number().nullable().describe('The year used; null when the indicator has no value'),
    coalitionValue: z.number().nullable(),
    worldValue: z
      .number()
      .nullable()
      .describe('Sum over the reference table’s economies with a value — never an aggregate'),
    sharePct: z
      .number()
      .nullable()
      .describe('100 × coalitionValue / worldValue, unrounded; null with shareUnavailable'),
    economiesWithData: z.number(),
    coalitionEconomiesWithData: z.number(),
    coalitionEconomiesMissing: z.array(z.string()),
    sources: z.array(z.string()).describe('Ids of the sources of the values read, sorted'),
    worldBasis: z.literal('sum-of-economies'),
    shareUnavailable: z
      .object({
        reason: z.enum([
          'not_additive',
          'no_data',
          'empty_coalition',
          'no_coalition_data',
          'zero_world_total',
        ]),
        message: z.string(),
      })
      .nullable(),
    warnings: z.array(coalitionWarning),
  }),
);

export const leverageReport = describes<LeverageReport>()(
  header.extend({
    items: z.array(leverageItem),
    sources: z.array(source).describe('The sources of every value the items used'),
  }),
);

export const leverageListBody = z.object({ items: z.array(leverageReport) });

const memberShare = describes<MemberShare>()(
  z.object({
    iso3: z.string(),
    value: z.number(),
    sharePct: z.number().describe('100 × value / coalition total, unrounded'),
  }),
);

export const balanceReport = describes<BalanceReport>()(
  header.extend({
    items: z.array(
      describes<InnerBalance>()(
        z.object({
          indicator: z.string(),
          year: z.number(),
          coalitionValue: z.number().nullable(),
          members: z.array(memberShare).describe('Largest share first'),
          largest: memberShare.nullable(),
          hhi: z
            .number()
            .nullable()
            .describe('Herfindahl–Hirschman index within the coalition, 0–1'),
          dominant: z.boolean(),
          dominanceThreshold: z.number(),
          missing: z.array(z.string()).describe('Members without a value in the year'),
          sources: z.array(z.string()).describe('Ids of the sources of the members’ values'),
          shareUnavailable: z
            .object({
              reason: z.enum([
                'not_additive',
                'empty_coalition',
                'no_coalition_data',
                'zero_total',
              ]),
              message: z.string(),
            })
            .nullable(),
          warnings: z.array(coalitionWarning),
        }),
      ),
    ),
    sources: z.array(source).describe('The sources the items cite'),
  }),
);

const ranked = z.object({ iso3: z.string(), value: z.number(), rank: z.number() });

export const complementarityReport = header.extend({
  result: describes<Complementarity>()(
    z.object({
      indicators: z.array(
        z.object({
          indicator: z.string(),
          year: z.number().nullable(),
          higherIsBetter: z.boolean(),
          first: ranked.nullable(),
          second: ranked.nullable(),
          ranking: z.array(ranked).describe('Every member with a value, best first'),
          missing: z.array(z.string()),
          tieBrokenByCode: z.boolean(),
        }),
      ),
      members: z.array(
        z.object({
          iso3: z.string(),
          strengths: z.array(z.object({ indicator: z.string(), rank: z.literal([1, 2]) })),
          indicatorsWithoutData: z.array(z.string()),
        }),
      ),
      membersWithoutData: z.array(z.string()),
      warnings: z.array(coalitionWarning),
    }),
  ),
});

export const whatIfReport = header.extend({
  result: describes<WhatIfResult>()(
    z.object({
      base: z.array(z.string()),
      economies: z.array(z.string()),
      added: z.array(z.string()),
      removed: z.array(z.string()),
      changes: z.array(
        z.object({
          indicator: z.string(),
          before: leverageItem,
          after: leverageItem,
          deltaSharePoints: z.number().nullable(),
        }),
      ),
      warnings: z.array(coalitionWarning),
    }),
  ),
});
