// Routes under /api/v1/criteria: membership criteria sets (the built-in default and stored ones),
// their evaluation over every economy with evidence, and the check of a coalition against them.
import { z } from 'zod';
import { criteriaSetSchema } from '../core/criteria/criteria-set.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';

const codeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'must be a criteria set code, e.g. default'),
});

const asOf = z
  .string()
  .regex(/^\d{4}$/, 'must be a four-digit year')
  .optional()
  .describe(
    'Evaluate with data no older than the set allows before this year (default: the latest year of its data)',
  );

const showQuery = z.strictObject({ asOf });

const evaluateQuery = z.strictObject({
  asOf,
  coalition: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{1,31}$/, 'must be a coalition or grouping code, e.g. G7')
    .optional()
    .describe(
      'Compare a coalition with the evaluation: who inside fails what, who outside qualifies',
    ),
  result: z
    .enum(['eligible_member', 'eligible_partner', 'not_eligible', 'undetermined'])
    .optional()
    .describe('Only economies with this result'),
  economies: z
    .string()
    .regex(/^[A-Za-z]{3}(,[A-Za-z]{3})*$/, 'must be comma-separated ISO3 codes, e.g. USA,JPN')
    .optional()
    .describe('Only these economies'),
});

const summary = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  origin: z.enum(['built-in', 'custom']),
  criteria: z.object({ member: z.number(), partner: z.number() }),
});

const evidence = z.object({
  tier: z.string(),
  id: z.string(),
  label: z.string(),
  indicator: z.string(),
  comparator: z.string(),
  outcome: z.enum(['pass', 'fail', 'missing']),
  reason: z.string().nullable(),
  value: z.number().nullable(),
  year: z.number().nullable(),
  sourceId: z.string().nullable(),
  compared: z.number().nullable(),
  threshold: z.object({
    kind: z.enum(['absolute', 'world_share_pct', 'rank', 'percentile']),
    value: z.number(),
    indicatorValue: z.number().nullable(),
    worldTotal: z.number().nullable(),
    economiesWithData: z.number().nullable(),
  }),
});

const evaluationBody = z.object({
  asOf: z.number(),
  set: z.object({ code: z.string(), name: z.string() }),
  counts: z.record(z.string(), z.number()),
  economies: z.array(
    z.object({
      iso3: z.string(),
      name: z.string(),
      result: z.enum(['eligible_member', 'eligible_partner', 'not_eligible', 'undetermined']),
      reason: z.string(),
      criteria: z.array(evidence),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  coalition: z.unknown().nullable(),
});

export function criteriaRoutes(add: RouteAdder, services: Services): void {
  const s = services.criteria;

  add({
    method: 'GET',
    url: '/api/v1/criteria',
    summary: 'List criteria sets: the built-in default and stored ones',
    tags: ['criteria'],
    response: z.object({ items: z.array(summary) }),
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/criteria/:code',
    summary: 'One criteria set as JSON (the format POST accepts)',
    tags: ['criteria'],
    params: codeParam,
    query: showQuery,
    response: criteriaSetSchema,
    handler: ({ params, query }) =>
      s.get(params.code, query.asOf === undefined ? undefined : Number(query.asOf)),
  });

  add({
    method: 'POST',
    url: '/api/v1/criteria',
    summary: 'Create or replace a stored criteria set',
    tags: ['criteria'],
    permission: 'data:write',
    body: criteriaSetSchema,
    successStatus: 201,
    response: criteriaSetSchema,
    handler: async ({ body }) => (await s.save(body)).set,
  });

  add({
    method: 'DELETE',
    url: '/api/v1/criteria/:code',
    summary: 'Delete a stored criteria set',
    tags: ['criteria'],
    permission: 'data:write',
    params: codeParam,
    successStatus: 204,
    response: z.null(),
    handler: async ({ params }) => {
      await s.delete(params.code);
      return null;
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/criteria/:code/evaluation',
    summary:
      'Evaluate a set over every economy: tier result and, per criterion, value, year, source, threshold and pass / fail / missing; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['criteria'],
    params: codeParam,
    query: evaluateQuery,
    response: evaluationBody,
    handler: async ({ params, query }) => {
      const r = await s.evaluate(params.code, {
        ...(query.asOf !== undefined ? { asOf: Number(query.asOf) } : {}),
        ...(query.coalition !== undefined ? { coalition: query.coalition } : {}),
      });
      const only = query.economies ? new Set(query.economies.toUpperCase().split(',')) : null;
      const counts: Record<string, number> = {};
      for (const e of r.evaluation.economies) counts[e.result] = (counts[e.result] ?? 0) + 1;
      return {
        asOf: r.asOf,
        set: r.evaluation.set,
        counts,
        economies: r.evaluation.economies
          .filter(
            (e) =>
              (query.result === undefined || e.result === query.result) &&
              (only === null || only.has(e.iso3)),
          )
          .map((e) => ({
            iso3: e.iso3,
            name: e.name,
            result: e.result,
            reason: e.reason,
            criteria: e.criteria,
          })),
        warnings: r.evaluation.warnings,
        coalition: r.coalition,
      };
    },
  });
}
