// Schemas of /api/v1/research: strengths by field, collaboration of two economies, the members'
// network and concern dependence, partner suggestions, and an institution resolved and screened.
import { z } from 'zod';
import {
  HORIZON_PROGRAMME_PARTS,
  RESEARCH_FIELDS,
  type ResearchField,
  type ResearchOrganisation,
} from '../../core/research/research.ts';
import type {
  CollaborationResult,
  InstitutionResult,
  NetworkResult,
  PartnersResult,
  StrengthsResult,
} from '../../services/research.service.ts';
import { describes } from './common.schema.ts';
import { economyGroup, group } from './supply-chains.schema.ts';

// ---- Requests ----

const fieldCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z-]{1,60}$/, 'must be a research field, e.g. ai or physics')
  .describe(`a research field: ${RESEARCH_FIELDS.map((f) => f.code).join(', ')}`);
const economy = z
  .string()
  .trim()
  .min(1)
  .max(100, 'must be at most 100 characters')
  .describe("ISO3 code or the economy's name");
const year = z.coerce.number().int().min(1900).max(2100);
const source = z.enum(['nsf', 'openalex', 'cordis']);
const pairField = z.enum(['all', 'ai']);

export const strengthsQuery = z.strictObject({
  field: fieldCode.optional(),
  year: year.optional().describe('default: the latest year with counts'),
  coalition: group.optional().describe('a coalition whose world share by field is added'),
  count: z.enum(['fractional', 'whole']).optional().describe('default fractional'),
  trends: group
    .optional()
    .describe('economies whose share and RCA in the field are added year by year, e.g. DEU,CHN'),
});

export const collaborationQuery = z.strictObject({ a: economy, b: economy });

export const networkQuery = z.strictObject({
  coalition: group.describe('the members: a coalition code or an ISO3 list'),
  source: source.optional().describe('default nsf'),
  field: pairField.optional().describe('default all'),
  year: year.optional().describe('default: the latest year of the source'),
  concern: group.optional().describe('countries of concern (default CHN,IRN,PRK,RUS)'),
});

export const partnersQuery = z.strictObject({
  member: z
    .string()
    .trim()
    .min(1)
    .max(300, 'must be at most 300 characters')
    .describe('the member economy, or an institution (name, acronym or ROR id)'),
  field: fieldCode,
  pool: group.optional().describe('the economies to choose among (default T12)'),
});

export const institutionQuery = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'give an institution’s name or ROR id')
    .max(300, 'must be at most 300 characters')
    .describe('a name, alias, acronym or ROR id, e.g. Beihang University or 00wk2mp56'),
});

// ---- Responses ----

const field = z.enum(RESEARCH_FIELDS.map((f) => f.code) as [ResearchField, ...ResearchField[]]);
const nullableNumber = z.number().nullable();

export const strengthsBody = describes<StrengthsResult>()(
  z.object({
    field: field.nullable(),
    year: z.number().int().nullable(),
    years: z.array(z.number().int()),
    count: z.enum(['fractional', 'whole']),
    items: z.array(
      z.object({
        iso3: z.string(),
        field,
        year: z.number().int(),
        articles: z.number(),
        worldArticles: nullableNumber,
        sharePct: nullableNumber,
        rca: nullableNumber,
      }),
    ),
    coalition: economyGroup
      .extend({
        shares: z.array(
          z.object({
            field,
            year: z.number().int(),
            articles: z.number(),
            worldArticles: nullableNumber,
            sharePct: nullableNumber,
            rca: nullableNumber,
            counted: z.array(z.string()),
            missing: z.array(z.string()),
          }),
        ),
      })
      .nullable(),
    trends: z.array(
      z.object({
        iso3: z.string(),
        field,
        points: z.array(
          z.object({
            year: z.number().int(),
            articles: nullableNumber,
            sharePct: nullableNumber,
            rca: nullableNumber,
          }),
        ),
        missingYears: z.array(z.number().int()),
        first: z.object({ year: z.number().int(), sharePct: z.number() }).nullable(),
        last: z.object({ year: z.number().int(), sharePct: z.number() }).nullable(),
        changePp: nullableNumber,
      }),
    ),
  }),
);

const point = z.object({
  source,
  field: pairField,
  programme: z.enum(HORIZON_PROGRAMME_PARTS).nullable(),
  firstYear: z.number().int(),
  year: z.number().int(),
  works: z.number(),
  publishedIndex: nullableNumber,
  expected: nullableNumber,
  index: nullableNumber,
  basis: z.object({ a: nullableNumber, b: nullableNumber, world: nullableNumber }),
});

export const collaborationBody = describes<CollaborationResult>()(
  z.object({ a: z.string(), b: z.string(), points: z.array(point) }),
);

const link = point.extend({ a: z.string(), b: z.string() });

export const networkBody = describes<NetworkResult>()(
  z.object({
    coalition: economyGroup,
    concern: economyGroup,
    selection: z.object({
      source,
      field: pairField,
      year: z.number().int(),
      programme: z.enum(HORIZON_PROGRAMME_PARTS).nullable().optional(),
    }),
    links: z.array(link),
    unlisted: z.array(z.tuple([z.string(), z.string()])),
    members: z.array(
      z.object({
        iso3: z.string(),
        degree: z.number().int(),
        strength: z.number(),
        centrality: nullableNumber,
        internationalWorks: nullableNumber,
        withinSharePct: nullableNumber,
      }),
    ),
    underConnected: z.array(link),
    dependence: z.array(
      z.object({
        iso3: z.string(),
        points: z.array(
          z.object({
            field: pairField,
            firstYear: z.number().int(),
            year: z.number().int(),
            internationalWorks: nullableNumber,
            withConcern: z.number(),
            byPartner: z.array(z.object({ iso3: z.string(), works: z.number() })),
            sharePct: nullableNumber,
          }),
        ),
      }),
    ),
  }),
);

const screening = z.object({
  status: z.enum(['listed', 'clear', 'review', 'unscreened']),
  hits: z.array(
    z.object({
      listId: z.string(),
      entityId: z.string(),
      name: z.string(),
      score: z.number(),
      why: z.array(z.string()),
      decision: z.enum(['match', 'no_match']).nullable(),
    }),
  ),
});

export const partnersBody = describes<PartnersResult>()(
  z.object({
    member: z.string(),
    field,
    memberRca: nullableNumber,
    memberSharePct: nullableNumber,
    pool: economyGroup,
    institution: z
      .object({ rorId: z.string(), name: z.string(), country: z.string() })
      .nullable()
      .describe('the institution suggestions are for, when one was named instead of an economy'),
    suggestions: z.array(
      z.object({
        iso3: z.string(),
        rca: nullableNumber,
        sharePct: nullableNumber,
        works: nullableNumber,
        index: nullableNumber,
        expected: nullableNumber,
        untappedWorks: nullableNumber,
        score: z.number(),
        reasons: z.array(z.string()),
      }),
    ),
    institutions: z.array(
      z.object({
        nsfRank: z.number().int(),
        name: z.string(),
        rorId: z.string().nullable(),
        country: z.string(),
        articles: z.object({
          whole: z.number(),
          fractional: z.number(),
          multiInstitution: z.number(),
          domesticOnly: z.number(),
          international: z.number(),
        }),
        internationalSharePct: nullableNumber,
        linksWithMember: z.array(z.object({ name: z.string(), works: z.number() })),
        worksWithMember: z.number(),
        reasons: z.array(z.string()),
        screening,
      }),
    ),
  }),
);

const organisation = describes<ResearchOrganisation>()(
  z.object({
    rorId: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    acronyms: z.array(z.string()),
    labels: z.array(z.object({ language: z.string().nullable(), name: z.string() })),
    country: z.string(),
    city: z.string().nullable(),
    types: z.array(z.string()),
    parents: z.array(z.string()),
    successors: z.array(z.string()),
    status: z.string(),
    established: z.number().int().nullable(),
    website: z.string().nullable(),
    domains: z.array(z.string()),
    wikidata: z.string().nullable(),
    grid: z.string().nullable(),
    isni: z.string().nullable(),
    release: z.string(),
  }),
);

export const institutionBody = describes<InstitutionResult>()(
  z.object({
    query: z.string(),
    resolution: z.enum(['found', 'ambiguous', 'unknown']),
    organisation: organisation.nullable(),
    matchedBy: z.array(z.string()),
    candidates: z.array(z.object({ rorId: z.string(), name: z.string(), country: z.string() })),
    notes: z.array(z.string()),
    screening,
  }),
);

export const proposalInput = z.strictObject({
  member: economy.describe('the member proposing the partnership'),
  institution: z
    .string()
    .trim()
    .min(1, 'give an institution’s name or ROR id')
    .max(300, 'must be at most 300 characters'),
  field: fieldCode,
  confidentiality: z.enum(['public', 'alliance', 'members']).optional(),
});

export const proposalBody = z.object({
  proposalId: z.string(),
  title: z.string(),
  screening,
});
