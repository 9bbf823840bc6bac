// Schemas of /api/v1/misuse: the case registry, a case with its versions, suppliers and a
// supplier's footprint and listing status, a country's profile, the surveillance supply map, the
// technology → control-list map, and a proposal opened from a supplier or a case.
import { z } from 'zod';
import {
  CASE_KINDS,
  TECHNOLOGY_CATEGORIES,
  type CaseEvidence,
  type CaseKind,
  type MisuseCase,
  type SupplierMention,
  type TechnologyCategory,
} from '../../core/misuse/case.ts';
import type { SupplyMapCountry, SurveillanceSupplyMap } from '../../core/misuse/country-profile.ts';
import { ORIGIN_GROUPS, SUPPLY_COLOURS } from '../../core/misuse/country-profile.ts';
import type { SupplierListing } from '../../core/misuse/footprint.ts';
import {
  CASE_CONFIDENTIALITIES,
  type CaseConfidentiality,
  type CaseSupplier,
  type CaseVersion,
  type StoredTechnologyControl,
} from '../../core/misuse/stored-case.ts';
import type { MappedEntryStatus } from '../../core/misuse/technology-controls.ts';
import type {
  CaseDetail,
  CaseList,
  CountryView,
  SupplierView,
  TechnologyControlsView,
} from '../../services/misuse.service.ts';
import { describes, source } from './common.schema.ts';

// ---- Requests ----

const kind = z.enum(CASE_KINDS as [CaseKind, ...CaseKind[]]);
const technology = z.enum(TECHNOLOGY_CATEGORIES as [TechnologyCategory, ...TechnologyCategory[]]);
const confidentiality = z.enum(
  CASE_CONFIDENTIALITIES as [CaseConfidentiality, ...CaseConfidentiality[]],
);
const economy = z
  .string()
  .trim()
  .min(1)
  .max(100, 'must be at most 100 characters')
  .describe("ISO3 code or the economy's name");
const supplierName = z
  .string()
  .trim()
  .min(1, 'give a supplier’s name')
  .max(300, 'must be at most 300 characters')
  .describe('a supplier’s name as the sources print it, e.g. Hikvision');

export const casesQuery = z.strictObject({
  country: economy.optional(),
  kind: kind.optional(),
  technology: technology.optional(),
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe('the year a case counts in'),
  supplier: supplierName.optional(),
  source: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a source: an import format or manual')
    .optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe('cases returned (default 100)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const caseQuery = z.strictObject({
  id: z.string().trim().min(1, 'give a case id').max(300).describe('a case id'),
});

export const suppliersQuery = z.strictObject({
  q: z.string().trim().max(200).optional().describe('words of a supplier’s name'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const supplierQuery = z.strictObject({ name: supplierName });

export const countryParam = z.object({ iso3: economy });

// The code as the control lists print it: a dual-use entry (5A001) or a munitions entry (ML21);
// the paragraph label is checked by the core schema (technology-controls.ts).
const canonicalCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^([0-9][A-E][0-9]{3}|ML[0-9]{1,2})$/,
    'must be a canonical control-list code such as 5A001 or ML21',
  );

export const technologyControlInput = z.strictObject({
  technology,
  canonicalCode,
  paragraph: z.string().trim().max(40).default(''),
  note: z.string().trim().max(1000).default(''),
});

export const technologyControlKey = z.strictObject({
  technology,
  canonicalCode,
  paragraph: z.string().trim().max(40).default(''),
});

export const caseInput = z.strictObject({
  kind,
  title: z.string().max(300),
  countries: z.array(economy).max(50),
  period: z
    .strictObject({
      start: z.string().max(10).nullable().optional(),
      end: z.string().max(10).nullable().optional(),
    })
    .optional(),
  actors: z.array(z.string().max(300)).max(20).optional(),
  suppliers: z
    .array(z.strictObject({ name: z.string().max(300), origin: economy.nullable().optional() }))
    .max(50)
    .optional(),
  technology,
  technologyDetail: z.string().max(500).nullable().optional(),
  evidence: z
    .array(
      z.strictObject({
        url: z.string().max(2000).nullable().optional(),
        reference: z.string().max(500),
        publishedOn: z.string().max(10).nullable().optional(),
        confidence: z.enum(['high', 'medium', 'low']),
        note: z.string().max(2000).nullable().optional(),
      }),
    )
    .max(20),
  status: z.enum(['ongoing', 'ended', 'unknown']).optional(),
  confidentiality: confidentiality.optional(),
});

export const proposalInput = z.strictObject({
  supplier: supplierName.optional(),
  caseId: z.string().trim().min(1).max(300).optional(),
  action: z
    .enum(['list-supplier', 'control-technology'])
    .describe('what the proposal asks: list the supplier, or control the technology'),
  confidentiality: z.enum(['public', 'alliance', 'members']).optional(),
});

// ---- Responses ----

const caseSummary = z.object({
  id: z.string(),
  kind,
  title: z.string(),
  countries: z.array(z.string()),
  year: z.number().int().nullable(),
  technology,
  suppliers: z.array(z.string()),
  source: z.string(),
  confidentiality,
  status: z.enum(['ongoing', 'ended', 'unknown']),
});

export const casesBody = describes<CaseList>()(
  z.object({ items: z.array(caseSummary), total: z.number().int() }),
);

const supplierMention = describes<SupplierMention>()(
  z.object({ name: z.string(), key: z.string(), origin: z.string().nullable() }),
);

const evidence = describes<CaseEvidence>()(
  z.object({
    sourceId: z.string(),
    url: z.string().nullable(),
    reference: z.string(),
    publishedOn: z.string().nullable(),
    confidence: z.enum(['high', 'medium', 'low']),
    transcribed: z.boolean(),
    partial: z.boolean(),
    derived: z.boolean(),
    note: z.string().nullable(),
  }),
);

const misuseCase = describes<MisuseCase>()(
  z.object({
    id: z.string(),
    kind,
    title: z.string(),
    countries: z.array(z.string()),
    countryNames: z.array(z.string()),
    period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
    countedInYear: z.number().int().nullable(),
    actors: z.array(z.string()),
    suppliers: z.array(supplierMention),
    supplierAttribution: z.enum(['case', 'country']),
    supplierOrigins: z.array(z.string()),
    technology,
    technologyDetail: z.string().nullable(),
    evidence: z.array(evidence),
    status: z.enum(['ongoing', 'ended', 'unknown']),
  }),
);

const version = describes<CaseVersion>()(
  z.object({
    caseId: z.string(),
    version: z.number().int(),
    case: misuseCase,
    changedBy: z.string(),
    changedAt: z.string(),
  }),
);

export const caseBody = describes<CaseDetail>()(
  misuseCase.extend({
    source: z.string(),
    confidentiality,
    authorDelegation: z.string().nullable(),
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
    year: z.number().int().nullable(),
    versions: z.array(version),
    sources: z.array(source),
  }),
);

export const suppliersBody = z.object({
  items: z.array(
    describes<CaseSupplier>()(
      z.object({ key: z.string(), names: z.array(z.string()), cases: z.number().int() }),
    ),
  ),
  total: z.number().int(),
});

const listing = describes<SupplierListing>()(
  z.object({
    list: z.string(),
    jurisdiction: z.string(),
    entityId: z.string(),
    entityName: z.string(),
    score: z.number(),
    confirmed: z.boolean(),
  }),
);

export const supplierBody = describes<SupplierView>()(
  z.object({
    supplierKey: z.string(),
    supplier: z.array(z.string()).describe('the names as the sources print them, most used first'),
    cases: z.number().int(),
    countryAttributed: z
      .number()
      .int()
      .describe('cases whose suppliers the source names for the country, not per technology'),
    countries: z.array(
      z.object({
        iso3: z.string(),
        technologies: z.array(technology),
        years: z.array(z.number().int()),
        caseIds: z.array(z.string()),
      }),
    ),
    technologies: z.array(z.object({ technology, countries: z.array(z.string()) })),
    years: z.array(z.object({ year: z.number().int(), cases: z.number().int() })),
    undated: z.number().int(),
    sources: z.array(z.object({ sourceId: z.string(), cases: z.number().int() })),
    listing: z.object({
      listings: z.array(listing),
      toReview: z.array(listing),
      rejected: z.number().int(),
      listedBy: z.array(z.string()),
      notListedBy: z.array(z.string()),
      undecided: z.array(z.string()),
      threshold: z.number(),
    }),
    divergence: z
      .object({
        supplierKey: z.string(),
        listedBy: z.array(z.string()),
        notListedBy: z.array(z.string()),
      })
      .nullable(),
    decisionsApplied: z.boolean(),
    lists: z.array(z.object({ listId: z.string(), jurisdiction: z.string() })),
  }),
);

const byKind = z.object({
  'surveillance-deployment': z.number().int(),
  'technology-transfer': z.number().int(),
  'spyware-operation': z.number().int(),
  'internet-shutdown': z.number().int(),
  'censorship-blocking': z.number().int(),
}) satisfies z.ZodType<Record<CaseKind, number>>;

export const countryBody = describes<CountryView>()(
  z.object({
    iso3: z.string(),
    name: z.string(),
    cases: z.number().int(),
    years: z.array(z.object({ year: z.number().int(), total: z.number().int(), byKind })),
    undated: byKind,
    kinds: byKind,
    technologies: z.array(z.object({ technology, cases: z.number().int() })),
    origins: z.array(
      z.object({
        group: z.enum(ORIGIN_GROUPS),
        cases: z.number().int(),
        suppliers: z.number().int(),
        iso3: z.array(z.string()),
      }),
    ),
    withoutSupplier: z.number().int(),
    suppliers: z.array(
      z.object({
        key: z.string(),
        names: z.array(z.string()),
        cases: z.number().int(),
        technologies: z.array(technology),
        origin: z.string().nullable(),
        originInferred: z.boolean(),
        group: z.enum(ORIGIN_GROUPS),
      }),
    ),
    indicators: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        unit: z.string(),
        values: z.array(
          z.object({ year: z.number().int(), value: z.number(), sourceId: z.string() }),
        ),
      }),
    ),
  }),
);

export const mapBody = describes<SurveillanceSupplyMap>()(
  z.object({
    countries: z.array(
      describes<SupplyMapCountry>()(
        z.object({
          iso3: z.string(),
          colour: z.enum(SUPPLY_COLOURS),
          cases: z.number().int(),
          china: z.number().int(),
          unitedStates: z.number().int(),
          other: z.number().int(),
          none: z.number().int(),
          origins: z.array(z.string()),
        }),
      ),
    ),
    totals: z.object({
      'china-only': z.number().int(),
      'us-only': z.number().int(),
      both: z.number().int(),
      other: z.number().int(),
      none: z.number().int(),
    }),
  }),
);

const listRef = z.object({ listId: z.string(), jurisdiction: z.string() });

export const technologyControlBody = describes<StoredTechnologyControl>()(
  z.object({
    technology,
    canonicalCode: z.string(),
    paragraph: z.string(),
    note: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.string().nullable(),
  }),
);

export const technologyControlsBody = describes<TechnologyControlsView>()(
  z.object({
    map: z.array(technologyControlBody),
    status: z.array(
      z.object({
        technology,
        entries: z.array(
          describes<MappedEntryStatus>()(
            z.object({
              canonicalCode: z.string(),
              paragraph: z.string(),
              note: z.string(),
              controlledBy: z.array(listRef),
              notControlledBy: z.array(listRef),
            }),
          ),
        ),
        controlledBy: z.array(listRef),
        notControlledBy: z.array(listRef),
      }),
    ),
  }),
);

export const proposalBody = z.object({ proposalId: z.string(), title: z.string() });
