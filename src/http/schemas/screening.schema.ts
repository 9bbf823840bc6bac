// Schemas of /api/v1/screening: the imported lists, one name screened, a batch, analysts'
// decisions, and the reconciliation of two jurisdictions' lists.
import { z } from 'zod';
import type { RowIssue } from '../../core/imports/import-report.ts';
import {
  isPartialIsoDate,
  PARTY_SCHEMAS,
  type StoredList,
} from '../../core/restricted-parties/restricted-party.ts';
import type { BatchRow } from '../../core/screening/batch-row.ts';
import type { MatchExplanation } from '../../core/screening/score-match.ts';
import {
  DECISION_VALUES,
  type ScreeningDecision,
} from '../../core/screening/screening-decision.ts';
import { entityTypeOf, type ScreeningQuery } from '../../core/screening/screening-entity.ts';
import type { ScreeningWarning } from '../../core/screening/screening-warning.ts';
import type {
  BatchResult,
  PartySummary,
  ReconcileResponse,
  ScreenResponse,
} from '../../services/screening.service.ts';
import { describes } from './common.schema.ts';

// ---- Requests ----

const listNames = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9-]{0,63}(,[A-Za-z0-9][A-Za-z0-9-]{0,63}){0,49}$/,
    'must be list ids or jurisdictions, comma-separated, e.g. US or us-ofac-sdn,EU',
  )
  .transform((s) => s.split(','));

const threshold = z.coerce
  .number()
  .min(0, 'must be from 0 to 1')
  .max(1, 'must be from 0 to 1')
  .describe('least score of a hit (default 0.7)');

const limit = (max: number) => z.coerce.number().int().min(1).max(max);

const entityTypeQuery = z
  .string()
  .transform((t, ctx) => {
    const type = entityTypeOf(t);
    if (!type)
      ctx.addIssue({ code: 'custom', message: 'must be person, organization, vessel or aircraft' });
    return type ?? 'person';
  })
  .describe('person, organization, vessel or aircraft');

export const screenQuery = z.strictObject({
  name: z.string().trim().min(1, 'give the name to screen').max(500),
  type: entityTypeQuery.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2,3}$/, 'must be an ISO 3166 alpha-2 or alpha-3 code')
    .transform((c) => c.toUpperCase())
    .optional(),
  birth_date: z
    .string()
    .refine(isPartialIsoDate, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  lists: listNames.optional(),
  threshold: threshold.optional(),
  limit: limit(100).optional(),
});

export const batchBody = z.strictObject({
  csv: z
    .string()
    .min(1, 'give the CSV text')
    .describe('id,name[,type,country,birth_date] with a header row; at most 100,000 rows'),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('the uploaded file’s name, for messages'),
  threshold: z.number().min(0, 'must be from 0 to 1').max(1, 'must be from 0 to 1').optional(),
  lists: z.array(z.string().trim().min(1).max(64)).max(50).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  all: z
    .boolean()
    .optional()
    .describe('also a row with empty hit fields for each name without a hit'),
});

export const batchQuery = z.strictObject({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('json (default): summary and rows; csv: the rows'),
});

export const decisionsQuery = z.strictObject({
  name: z.string().trim().min(1).max(500).optional(),
});

export const decisionBody = z.strictObject({
  queryName: z.string().trim().min(1, 'give the name as screened').max(500),
  entityId: z.string().trim().min(1, 'give the listed party’s id').max(300),
  decision: z.enum(DECISION_VALUES),
  note: z.string().max(2000).optional(),
});

export const reconcileQuery = z.strictObject({
  a: listNames,
  b: listNames,
  threshold: threshold.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO3 code, e.g. CHN')
    .transform((c) => c.toUpperCase())
    .optional(),
  limit: limit(5000).optional(),
});

// ---- Responses ----

const partySchema = z
  .enum(PARTY_SCHEMAS)
  .describe('FollowTheMoney schema; LegalEntity when the list does not say');

export const listsBody = z.object({
  items: z.array(
    describes<StoredList>()(
      z.object({
        id: z.string().describe('Stable key, e.g. us-ofac-sdn'),
        name: z.string(),
        jurisdiction: z
          .string()
          .describe('Who publishes it: ISO 3166-1 alpha-2 (US, JP), EU, UN, or INT for a mix'),
        publisher: z.string(),
        licence: z.string(),
        date: z.string().nullable().describe('The edition (ISO, partial allowed); null: unknown'),
        url: z.string().nullable(),
        format: z.string().describe('The import format that read it, e.g. ofac-sdn'),
        file: z.string().describe('The file it was imported from, as given to the import'),
        importedAt: z.string(),
        parties: z.number(),
        bySchema: z.partialRecord(partySchema, z.number()).describe('Parties per schema'),
      }),
    ),
  ),
});

/** What a hit shows of the listed party. */
const party = describes<PartySummary>()(
  z.object({
    id: z.string().describe('listId:listEntityId'),
    name: z.string().describe('The primary name as the list prints it'),
    schema: partySchema,
    aliases: z.array(z.string()),
    listId: z.string(),
    listName: z.string(),
    jurisdiction: z.string(),
    countries: z.array(z.string()).describe('ISO3 codes'),
    birthDates: z.array(z.string()).describe('ISO 8601, partial allowed (1951, 1960-06)'),
    programs: z.array(z.string()).describe('Programmes, regimes or legal bases the list names'),
    listingDate: z.string().nullable(),
    sourceUrl: z.string().nullable(),
  }),
);

const decisionValue = z.enum(DECISION_VALUES);

const decision = describes<ScreeningDecision>()(
  z.object({
    queryName: z.string().describe('The name as screened when the decision was taken'),
    queryKey: z.string().describe('The normalised name the decision is found by'),
    entityId: z.string(),
    decision: decisionValue,
    note: z.string(),
    decidedBy: z
      .string()
      .describe(
        'Who decided: account:<id> for an account; else operator, or the name the CLI gave',
      ),
    decidedByName: z
      .string()
      .nullable()
      .optional()
      .describe('The name of the account that decided (when `decidedBy` is an account)'),
    decidedAt: z.string(),
  }),
);

const explanation = describes<MatchExplanation>()(
  z.object({
    matchedName: z.string().describe('The candidate’s name that scored best, as listed'),
    nameIndex: z.number().describe('Its position among the candidate’s names: 0 is the primary'),
    queryNormalised: z.string(),
    candidateNormalised: z.string(),
    pairs: z.array(
      z.object({
        query: z.string(),
        candidate: z.string(),
        similarity: z.number(),
        how: z.enum(['exact', 'edit', 'phonetic', 'skeleton', 'initial', 'joined']),
      }),
    ),
    unmatchedQuery: z.array(z.string()),
    unmatchedCandidate: z.array(z.string()),
    legalForms: z
      .object({ query: z.array(z.string()), candidate: z.array(z.string()) })
      .describe('Legal forms removed from each name (LLC, JSC …)'),
    contributions: z
      .array(
        z.object({
          feature: z.enum([
            'token_overlap',
            'edit_similarity',
            'phonetic',
            'token_conflict',
            'initials',
            'legal_form',
            'country',
            'birth_date',
            'type',
          ]),
          value: z.number().describe('The feature’s value, 0–1'),
          weight: z.number(),
          contribution: z.number().describe('Signed: negative for conflicts'),
          detail: z.string(),
        }),
      )
      .describe('Every feature’s contribution; their sum, clamped to [0, 1], is the score'),
    threshold: z.number(),
  }),
);

export const screenBody = describes<ScreenResponse>()(
  z.object({
    query: describes<ScreeningQuery>()(
      z.object({
        name: z.string(),
        type: z.enum(['person', 'organization', 'vessel', 'aircraft']).optional(),
        country: z.string().optional(),
        birthDate: z.string().optional(),
      }),
    ),
    threshold: z.number(),
    lists: z.array(z.string()).describe('The lists screened against'),
    candidatesScored: z.number(),
    hits: z.array(
      z.object({
        entityId: z.string(),
        score: z.number().describe('0–1'),
        explanation,
        entity: party,
        decision: decision.nullable(),
      }),
    ),
    warnings: z.array(
      describes<ScreeningWarning>()(
        z.object({
          code: z.enum([
            'empty_name',
            'only_removable_words',
            'unknown_country',
            'unreadable_birth_date',
            'single_token',
          ]),
          message: z.string(),
        }),
      ),
    ),
    decisionsShown: z
      .boolean()
      .describe('false when the caller may not see decisions: every `decision` is then null'),
  }),
);

export const batchResultBody = describes<BatchResult>()(
  z.object({
    file: z.string(),
    threshold: z.number(),
    lists: z.array(z.string()),
    rowsRead: z.number(),
    screened: z.number(),
    withHits: z.number(),
    hits: z.number(),
    rows: z.array(
      describes<BatchRow>()(
        z.object({
          id: z.string(),
          query: z.string(),
          entity_id: z.string(),
          entity_name: z.string(),
          list: z.string(),
          score: z.number().nullable(),
          decision: z.enum([...DECISION_VALUES, '']),
        }),
      ),
    ),
    issues: z
      .array(
        describes<RowIssue>()(
          z.object({
            file: z.string(),
            line: z.number().describe('Line 1 is the header'),
            field: z.string(),
            reason: z.string(),
            value: z
              .string()
              .optional()
              .describe('The offending cell, when there is one (cut to 80 characters)'),
          }),
        ),
      )
      .describe('Malformed rows, not screened'),
    decisionsShown: z
      .boolean()
      .describe(
        'false when the caller may not see decisions: every row’s `decision` is then empty',
      ),
  }),
);

export const decisionsBody = z.object({ items: z.array(decision) });

export const decidedBody = z.object({ status: z.enum(['created', 'updated']), decision });

const side = z.object({
  spec: z.array(z.string()).describe('As asked: list ids and jurisdictions'),
  lists: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      jurisdiction: z.string(),
      parties: z.number(),
    }),
  ),
  parties: z.number(),
});

const gap = z.object({
  count: z.number(),
  byCountry: z.array(z.object({ country: z.string().nullable(), count: z.number() })),
  parties: z.array(party).describe('The parties (filtered by country when asked), at most `limit`'),
});

export const reconcileBody = describes<ReconcileResponse>()(
  z.object({
    a: side,
    b: side,
    threshold: z.number(),
    country: z.string().nullable().describe('The country the parties shown were filtered by'),
    onlyA: gap,
    onlyB: gap,
    sameAs: z.object({
      count: z.number(),
      pairs: z.array(
        z.object({
          a: party,
          b: party,
          score: z.number(),
          queryName: z.string(),
          matchedName: z.string(),
        }),
      ),
    }),
  }),
);
