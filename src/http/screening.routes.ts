// Routes for restricted-party screening under /api/v1/screening: the imported lists, one name,
// a batch (CSV in, JSON or CSV out), analysts' decisions, and reconciliation across jurisdictions.
// Decisions (the listing, and the decision fields of screening and batch answers) are shown only to
// callers holding `screening:decide`; answers that carry them are never served from the cache.
import { batchRowsCsv } from '../core/screening/batch-row.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import { RawBody } from './response-cache.ts';
import {
  batchBody,
  batchQuery,
  batchResultBody,
  decidedBody,
  decisionBody,
  decisionsBody,
  decisionsQuery,
  listsBody,
  reconcileBody,
  reconcileQuery,
  screenBody,
  screenQuery,
} from './schemas/screening.schema.ts';

export function screeningRoutes(add: RouteAdder, services: Services): void {
  const s = services.screening;

  add({
    method: 'GET',
    url: '/api/v1/screening/lists',
    summary: 'The imported restricted-party lists, with their jurisdiction, edition and counts',
    tags: ['screening'],
    cached: true,
    response: listsBody,
    handler: async () => ({ items: await s.lists() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/screening/screen',
    summary:
      'Screen one name: hits with a score in [0, 1], the features that made it, the threshold, and any decision taken; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['screening'],
    query: screenQuery,
    response: screenBody,
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
    response: batchResultBody,
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
    query: decisionsQuery,
    response: decisionsBody,
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
    response: decidedBody,
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
    response: reconcileBody,
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
