// Schemas of /api/v1/standards: committees, one committee, a coalition's engagement, the
// secretariat trend, snapshot changes and alerts, strategic tags, the watch setting and the
// coordination records of committee meetings.
import { z } from 'zod';
import {
  COMMITTEE_ROLES,
  COMMITTEE_STATUSES,
  COMMITTEE_TYPES,
  type CommitteeType,
  type StandardsTag,
} from '../../core/standards/committee.ts';
import {
  COORDINATION_CONFIDENTIALITIES,
  type CoordinationConfidentiality,
} from '../../core/standards/coordination.ts';
import type {
  AreaComplementarity,
  EconomySecretariats,
  SecretariatCount,
  TagEngagement,
  UncontestedCommittee,
} from '../../core/standards/engagement.ts';
import type {
  StandardsChangeRecord,
  StandardsSnapshot,
  StandardsWatch,
} from '../../core/standards/records.ts';
import { tagCodeSchema } from '../../core/standards/tags.ts';
import type { TrendSeries } from '../../core/standards/trend.ts';
import type {
  ChangesResult,
  CommitteeDetail,
  CommitteeList,
  CommitteeSummary,
  CoordinationView,
  EngagementResult,
  TrendResult,
} from '../../services/standards.service.ts';
import { describes } from './common.schema.ts';
import { alertBody as workstreamAlertBody } from './divergences.schema.ts';
import { economyGroup, eu, group } from './supply-chains.schema.ts';

// ---- Requests ----

const economy = z
  .string()
  .trim()
  .min(1)
  .max(100, 'must be at most 100 characters')
  .describe("ISO3 code or the economy's name (CHN, China)");

const reference = z
  .string()
  .trim()
  .min(1, 'must name a committee')
  .max(100, 'must be at most 100 characters')
  .describe('a committee reference, e.g. ISO/IEC JTC 1/SC 42');

/** A body's name as the importers take it (importers/standards/committees.parser.ts). */
const body = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ./&-]{0,39}$/, 'must be a standards body, e.g. ISO, IEC, ITU-T')
  .describe('the body whose committees: ISO, IEC, ITU-T …');

export const committeesQuery = z.strictObject({
  body: body.optional(),
  type: z.enum(COMMITTEE_TYPES as [CommitteeType, ...CommitteeType[]]).optional(),
  status: z.enum(COMMITTEE_STATUSES).optional(),
  tag: tagCodeSchema.optional().describe('a strategic tag, e.g. ai'),
  secretariat: economy.optional().describe('committees whose secretariat this economy holds'),
  member: economy.optional().describe('committees this economy is a member of (any role)'),
  q: z
    .string()
    .trim()
    .min(1, 'give a word to search for')
    .max(200, 'must be at most 200 characters')
    .optional()
    .describe('words of the reference or the title (all must occur)'),
});

export const committeeQuery = z.strictObject({ ref: reference });

const concern = group
  .optional()
  .describe('the economies of concern, comma-separated (default CHN,IRN,PRK,RUS)');

export const engagementQuery = z.strictObject({
  coalition: group.describe('a coalition or grouping code, an ISO3 list, or one economy: G7, T12'),
  concern,
  supranational: eu,
});

const year = z.coerce
  .number()
  .int('must be a whole year')
  .min(1900, 'must be 1900 or later')
  .max(2100, 'must be 2100 or earlier');

export const trendQuery = z.strictObject({
  coalition: group.optional().describe('a coalition to draw as one series'),
  concern,
  economies: group.optional().describe('economies to draw one series each for'),
  from: year.optional().describe('first year'),
  to: year.optional().describe('last year'),
  supranational: eu,
});

/** A stored id (snapshot, alert): the database keeps them as 32-bit integers. */
const storedId = z.coerce
  .number()
  .int('must be a whole number')
  .min(1, 'must be 1 or more')
  .max(2_147_483_647, 'is not an id');

export const changesQuery = z.strictObject({
  snapshot: storedId
    .optional()
    .describe('a snapshot id (default: the newest one that changed anything)'),
  limit: z.coerce.number().int().min(1).max(5000).optional().describe('changes returned'),
});

export const alertsQuery = z.strictObject({
  unacknowledged: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('only alerts nobody has acknowledged'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const alertParam = z.object({ id: storedId.describe('alert id') });

export const tagParam = z.object({ code: tagCodeSchema });

export const tagInput = z.strictObject({
  label: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(2000).default(''),
  committees: z
    .array(reference)
    .min(1, 'name at least one committee')
    .max(500)
    .describe('the committees tagged; a tag covers their subcommittees too'),
});

export const watchInput = z.strictObject({
  coalition: group.describe('the coalition whose members the alerts watch, e.g. T12'),
  concern: z.array(economy).min(1, 'name at least one economy').max(50),
});

export const coordinationQuery = z.strictObject({ ref: reference });

export const coordinationParam = z.object({
  id: z.string().uuid('must be a coordination record id').describe('coordination record id'),
});

const date = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .describe('YYYY-MM-DD');
const longText = z.string().max(10_000, 'must be at most 10,000 characters');
const confidentiality = z
  .enum(
    COORDINATION_CONFIDENTIALITIES as [
      CoordinationConfidentiality,
      ...CoordinationConfidentiality[],
    ],
  )
  .describe(
    'who sees the record: public (everyone), alliance (signed-in accounts; default), members (member delegations)',
  );

export const coordinationInput = z.strictObject({
  reference,
  meetingDate: date,
  meetingPlace: z.string().max(200).nullable().optional(),
  attending: z.array(economy).max(60).optional().describe('the members that will attend'),
  position: longText.describe("the alliance's shared position"),
  proposalId: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .describe('the governance proposal the position was agreed in'),
  outcome: longText.nullable().optional(),
  confidentiality: confidentiality.optional(),
});

export const coordinationPatch = z.strictObject({
  meetingDate: date.optional(),
  meetingPlace: z.string().max(200).nullable().optional(),
  attending: z.array(economy).max(60).optional(),
  position: longText.optional(),
  proposalId: z.string().max(100).nullable().optional(),
  outcome: longText.nullable().optional().describe('what happened at the meeting'),
  confidentiality: confidentiality.optional(),
});

// ---- Responses ----

const committeeType = z.enum(COMMITTEE_TYPES as [CommitteeType, ...CommitteeType[]]);
const byType = z.object({
  TC: z.number().int(),
  SC: z.number().int(),
  PC: z.number().int(),
  joint: z.number().int(),
  other: z.number().int(),
}) satisfies z.ZodType<Record<CommitteeType, number>>;

const summary = describes<CommitteeSummary>()(
  z.object({
    body: z.string(),
    reference: z.string(),
    type: committeeType,
    parent: z.string().nullable(),
    title: z.string(),
    status: z.enum(COMMITTEE_STATUSES),
    created: z.string().nullable(),
    secretariat: z.string().nullable().describe('ISO3 of the economy holding the secretariat'),
    secretariatName: z.string().nullable(),
    secretariatBody: z.string().nullable(),
    participating: z.number().int().describe('participating members (P, the secretariat included)'),
    observing: z.number().int().describe('observing members (O)'),
    tags: z.array(z.string()).describe('strategic tags, inherited from the parent included'),
  }),
).meta({ id: 'CommitteeSummary' });

export const committeesBody = describes<CommitteeList>()(
  z.object({
    items: z.array(summary),
    total: z.number().int(),
    bodies: z.array(
      z.object({ body: z.string(), committees: z.number().int(), active: z.number().int() }),
    ),
  }),
);

const change = describes<StandardsChangeRecord>()(
  z.object({
    snapshotId: z.number().int(),
    reference: z.string(),
    kind: z.enum([
      'committee-added',
      'committee-removed',
      'status-changed',
      'secretariat-changed',
      'member-joined',
      'member-left',
      'role-changed',
    ]),
    iso3: z.string().nullable(),
    before: z.string().nullable(),
    after: z.string().nullable(),
    tags: z.array(z.string()),
  }),
).meta({ id: 'StandardsChange' });

export const committeeBody = describes<CommitteeDetail>()(
  summary.extend({
    externalId: z.string().nullable(),
    members: z.array(
      z.object({
        iso3: z.string().nullable(),
        name: z.string().nullable(),
        memberBody: z.string(),
        role: z.enum(COMMITTEE_ROLES),
      }),
    ),
    parentCommittee: summary.nullable(),
    subcommittees: z.array(summary),
    inheritedTags: z.array(z.string()),
    changes: z.array(change),
  }),
);

const secretariatCount = describes<SecretariatCount>()(
  z.object({
    total: z.number().int(),
    byType,
    byMember: z.array(
      describes<EconomySecretariats>()(
        z.object({ iso3: z.string(), total: z.number().int(), byType }),
      ),
    ),
  }),
);

const uncontested = describes<UncontestedCommittee>()(
  z.object({
    reference: z.string(),
    title: z.string(),
    type: committeeType,
    secretariat: z.string(),
    tags: z.array(z.string()),
  }),
);

const tagEngagement = describes<TagEngagement>()(
  z.object({
    tag: z.string(),
    label: z.string(),
    activeCommittees: z.number().int(),
    memberSecretariats: z.number().int(),
    concernSecretariats: z.number().int(),
    coveragePct: z.number().nullable(),
    uncontested: z.array(z.string()),
    withoutMemberSecretariat: z.array(
      z.object({ reference: z.string(), title: z.string(), secretariat: z.string().nullable() }),
    ),
  }),
);

const complementarity = describes<AreaComplementarity>()(
  z.object({
    tag: z.string(),
    label: z.string(),
    members: z.array(
      z.object({
        iso3: z.string(),
        secretariats: z.number().int(),
        participating: z.number().int(),
      }),
    ),
    covered: z.boolean(),
  }),
);

export const engagementBody = describes<EngagementResult>()(
  z.object({
    coalition: economyGroup,
    concern: economyGroup,
    activeCommittees: z.number().int(),
    secretariats: secretariatCount,
    concernSecretariats: secretariatCount,
    participatedCommittees: z.number().int(),
    participationCoveragePct: z.number().nullable(),
    uncontested: z.array(uncontested),
    byTag: z.array(tagEngagement),
    complementarity: z.array(complementarity),
    uncoveredTags: z.array(z.string()),
    overlap: z.array(z.string()),
    notInData: z.array(z.string()),
    membersNotListed: z
      .array(z.string())
      .describe(
        'active committees whose members the source does not list (only the secretariat): their participation is unknown, not absent',
      ),
    names: z.record(z.string(), z.string()).describe('economy names by ISO3, for labels'),
  }),
);

export const trendBody = describes<TrendResult>()(
  z.object({
    coalition: economyGroup.nullable(),
    concern: economyGroup,
    years: z.array(z.number().int()),
    totals: z.array(z.number().int()),
    series: z.array(
      describes<TrendSeries>()(
        z.object({
          kind: z.enum(['economy', 'group']),
          code: z.string(),
          counts: z.array(z.number().int()),
          total: z.number().int(),
        }),
      ),
    ),
    undated: z.number().int(),
  }),
);

const snapshot = describes<StandardsSnapshot>()(
  z.object({
    id: z.number().int(),
    body: z.string(),
    importedAt: z.string(),
    file: z.string(),
    format: z.string(),
    snapshotDate: z.string().nullable(),
    committees: z.number().int(),
    members: z.number().int(),
    changes: z.number().int(),
    alerts: z.number().int(),
  }),
);

export const changesBody = describes<ChangesResult>()(
  z.object({
    snapshots: z.array(snapshot),
    snapshot: snapshot.nullable(),
    items: z.array(change),
  }),
);

/** An alert: the shape every workstream's alerts share (schemas/divergences.schema.ts). */
export const alertBody = workstreamAlertBody;

export const alertsBody = z.object({ items: z.array(alertBody) });

export const tagBody = describes<StandardsTag>()(
  z.object({
    code: z.string(),
    label: z.string(),
    description: z.string(),
    committees: z.array(z.string()),
  }),
);

export const tagsBody = z.object({
  items: z.array(
    tagBody.extend({
      active: z.number().int().describe('active committees the tag covers'),
      covered: z.array(z.string()).describe('every committee the tag covers'),
    }),
  ),
});

export const watchBody = describes<StandardsWatch & { members: string[] }>()(
  z.object({
    coalition: z.string(),
    concern: z.array(z.string()),
    members: z.array(z.string()).describe("the coalition's economies now"),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  }),
);

export const coordinationBody = describes<CoordinationView>()(
  z.object({
    id: z.string(),
    reference: z.string(),
    meetingDate: z.string(),
    meetingPlace: z.string().nullable(),
    attending: z.array(z.string()),
    position: z.string(),
    proposalId: z.string().nullable(),
    proposalTitle: z.string().nullable(),
    outcome: z.string().nullable(),
    confidentiality,
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  }),
);

export const coordinationListBody = z.object({ items: z.array(coordinationBody) });
