// Routes for restricted-party screening under /api/v1/screening: the imported lists, one name,
// a batch (CSV in, JSON or CSV out), analysts' decisions, and reconciliation across jurisdictions.
// Decisions (the listing, and the decision fields of screening and batch answers) are shown only to
// callers holding `screening:decide`; answers that carry them are never served from the cache.
import { z } from 'zod';
import { isPartialIsoDate } from '../core/restricted-parties/restricted-party.ts';
import { DECISION_VALUES } from '../core/screening/screening-decision.ts';
import { entityTypeOf } from '../core/screening/screening-entity.ts';
import { batchRowsCsv } from '../core/screening/batch-row.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { RawBody } from './response-cache.ts';

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

const entityType = z
  .string()
  .transform((t, ctx) => {
    const type = entityTypeOf(t);
    if (!type)
      ctx.addIssue({ code: 'custom', message: 'must be person, organization, vessel or aircraft' });
    return type ?? 'person';
  })
  .describe('person, organization, vessel or aircraft');

const screenQuery = z.strictObject({
  name: z.string().trim().min(1, 'give the name to screen').max(500),
  type: entityType.optional(),
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

const batchBody = z.strictObject({
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

const batchQuery = z.strictObject({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .describe('json (default): summary and rows; csv: the rows'),
});

const decisionBody = z.strictObject({
  queryName: z.string().trim().min(1, 'give the name as screened').max(500),
  entityId: z.string().trim().min(1, 'give the listed party’s id').max(300),
  decision: z.enum(DECISION_VALUES as ['match', 'no_match']),
  note: z.string().max(2000).optional(),
});

const reconcileQuery = z.strictObject({
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

const party = z.looseObject({
  id: z.string(),
  name: z.string(),
  schema: z.string(),
  listId: z.string(),
  jurisdiction: z.string(),
  countries: z.array(z.string()),
});

const decision = z.object({
  queryName: z.string(),
  queryKey: z.string(),
  entityId: z.string(),
  decision: z.enum(['match', 'no_match']),
  note: z.string(),
  decidedBy: z.string(),
  decidedByName: z
    .string()
    .nullable()
    .optional()
    .describe('The name of the account that decided (when `decidedBy` is an account)'),
  decidedAt: z.string(),
});

const batchRow = z.object({
  id: z.string(),
  query: z.string(),
  entity_id: z.string(),
  entity_name: z.string(),
  list: z.string(),
  score: z.number().nullable(),
  decision: z.string(),
});

const issue = z.object({
  file: z.string(),
  line: z.number(),
  field: z.string(),
  reason: z.string(),
});

const gap = z.object({
  count: z.number(),
  byCountry: z.array(z.object({ country: z.string().nullable(), count: z.number() })),
  parties: z.array(party),
});

export function screeningRoutes(add: RouteAdder, services: Services): void {
  const s = services.screening;

  add({
    method: 'GET',
    url: '/api/v1/screening/lists',
    summary: 'The imported restricted-party lists, with their jurisdiction, edition and counts',
    tags: ['screening'],
    cached: true,
    response: z.object({
      items: z.array(
        z.looseObject({
          id: z.string(),
          name: z.string(),
          jurisdiction: z.string(),
          date: z.string().nullable(),
          parties: z.number(),
          format: z.string(),
          importedAt: z.string(),
        }),
      ),
    }),
    handler: async () => ({ items: await s.lists() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/screening/screen',
    summary:
      'Screen one name: hits with a score in [0, 1], the features that made it, the threshold, and any decision taken; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['screening'],
    query: screenQuery,
    response: z.object({
      query: z.looseObject({ name: z.string() }),
      threshold: z.number(),
      lists: z.array(z.string()),
      candidatesScored: z.number(),
      hits: z.array(
        z.object({
          entityId: z.string(),
          score: z.number(),
          explanation: z.looseObject({
            matchedName: z.string(),
            contributions: z.array(
              z.looseObject({ feature: z.string(), contribution: z.number(), detail: z.string() }),
            ),
          }),
          entity: party,
          decision: decision.nullable(),
        }),
      ),
      warnings: z.array(z.looseObject({ code: z.string(), message: z.string() })),
      decisionsShown: z
        .boolean()
        .describe('false when the caller may not see decisions: every `decision` is then null'),
    }),
    handler: async ({ query, principal }) =>
      s.screen(
        {
          name: query.name,
          ...(query.type ? { type: query.type } : {}),
          ...(query.country ? { country: query.country } : {}),
          ...(query.birth_date ? { birthDate: query.birth_date } : {}),
        },
        {
          viewer: principal,
          ...(query.lists ? { lists: query.lists } : {}),
          ...(query.threshold !== undefined ? { threshold: query.threshold } : {}),
          ...(query.limit !== undefined ? { limit: query.limit } : {}),
        },
      ),
  });

  add({
    method: 'POST',
    url: '/api/v1/screening/batch',
    summary:
      'Screen a batch given as CSV (id,name[,type,country,birth_date]; at most 100,000 rows): malformed rows are reported with their line, the rest screened; ?format=csv answers with the hit rows as CSV; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['screening'],
    query: batchQuery,
    body: batchBody,
    alsoProduces: ['text/csv'],
    response: z.object({
      file: z.string(),
      threshold: z.number(),
      lists: z.array(z.string()),
      rowsRead: z.number(),
      screened: z.number(),
      withHits: z.number(),
      hits: z.number(),
      rows: z.array(batchRow),
      issues: z.array(issue),
      decisionsShown: z
        .boolean()
        .describe(
          'false when the caller may not see decisions: every row’s `decision` is then empty',
        ),
    }),
    handler: async ({ query, body, principal }) => {
      const r = await s.screenBatch(body.csv, body.fileName ?? 'batch.csv', {
        viewer: principal,
        ...(body.lists ? { lists: body.lists } : {}),
        ...(body.threshold !== undefined ? { threshold: body.threshold } : {}),
        ...(body.limit !== undefined ? { limit: body.limit } : {}),
        all: body.all ?? false,
      });
      if (query.format === 'csv')
        return new RawBody('text/csv; charset=utf-8', batchRowsCsv(r.rows), {
          'content-disposition': 'attachment; filename="screening-hits.csv"',
        });
      return r;
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/screening/decisions',
    summary:
      'Decisions taken on hits, latest first; ?name= for those on one name (any spelling that normalises the same); for callers allowed to screen (secretariat, member delegates, operator)',
    tags: ['screening'],
    permission: 'screening:decide',
    query: z.strictObject({ name: z.string().trim().min(1).max(500).optional() }),
    response: z.object({ items: z.array(decision) }),
    handler: async ({ query, principal }) => ({
      items: await s.decisions(principal, query.name),
    }),
  });

  add({
    method: 'POST',
    url: '/api/v1/screening/decisions',
    summary:
      'Record a decision on a hit (match or no_match) for the name screened, as made by the caller (appended to the governance log); later screenings of that name show it to callers allowed to screen',
    tags: ['screening'],
    permission: 'screening:decide',
    body: decisionBody,
    response: z.object({ status: z.enum(['created', 'updated']), decision }),
    handler: async ({ body, principal }) =>
      s.decide(
        {
          queryName: body.queryName,
          entityId: body.entityId,
          decision: body.decision,
          ...(body.note !== undefined ? { note: body.note } : {}),
        },
        principal,
      ),
  });

  add({
    method: 'GET',
    url: '/api/v1/screening/reconcile',
    summary:
      'Reconcile two sides (jurisdictions or list ids, up to 50 each): parties one lists and the other does not, matched with the screening engine, counted by country; at most 5,000 parties shown per group (limit); runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['screening'],
    cached: true,
    query: reconcileQuery,
    response: z.object({
      a: z.looseObject({ spec: z.array(z.string()), parties: z.number() }),
      b: z.looseObject({ spec: z.array(z.string()), parties: z.number() }),
      threshold: z.number(),
      country: z.string().nullable(),
      onlyA: gap,
      onlyB: gap,
      sameAs: z.object({
        count: z.number(),
        pairs: z.array(z.looseObject({ a: party, b: party, score: z.number() })),
      }),
    }),
    handler: async ({ query }) =>
      s.reconcile({
        a: query.a,
        b: query.b,
        ...(query.threshold !== undefined ? { threshold: query.threshold } : {}),
        ...(query.country ? { country: query.country } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
      }),
  });
}
