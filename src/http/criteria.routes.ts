// Routes under /api/v1/criteria: membership criteria sets (the built-in default and stored ones),
// their evaluation over every economy with evidence, and the check of a coalition against them.
import { z } from 'zod';
import type { TierResult } from '../core/criteria/evaluate-criteria.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  criteriaCodeParam,
  criteriaListBody,
  criteriaSetBody,
  evaluateQuery,
  evaluationBody,
  showQuery,
} from './schemas/criteria.schema.ts';

export function criteriaRoutes(add: RouteAdder, services: Services): void {
  const s = services.criteria;

  add({
    method: 'GET',
    url: '/api/v1/criteria',
    cached: true,
    summary: 'List criteria sets: the built-in default and stored ones',
    tags: ['criteria'],
    response: criteriaListBody,
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/criteria/:code',
    cached: true,
    summary: 'One criteria set as JSON (the format POST accepts)',
    tags: ['criteria'],
    params: criteriaCodeParam,
    query: showQuery,
    response: criteriaSetBody,
    handler: ({ params, query }) =>
      s.get(params.code, query.asOf === undefined ? undefined : Number(query.asOf)),
  });

  add({
    method: 'POST',
    url: '/api/v1/criteria',
    summary: 'Create or replace a stored criteria set',
    tags: ['criteria'],
    permission: 'data:write',
    body: criteriaSetBody,
    successStatus: 201,
    response: criteriaSetBody,
    handler: async ({ body }) => (await s.save(body)).set,
  });

  add({
    method: 'DELETE',
    url: '/api/v1/criteria/:code',
    summary: 'Delete a stored criteria set',
    tags: ['criteria'],
    permission: 'data:write',
    params: criteriaCodeParam,
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
    cached: true,
    summary:
      'Evaluate a set over every economy: tier result and, per criterion, value, year, source, threshold and pass / fail / missing; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['criteria'],
    params: criteriaCodeParam,
    query: evaluateQuery,
    response: evaluationBody,
    handler: async ({ params, query }) => {
      const r = await s.evaluate(params.code, {
        ...(query.asOf !== undefined ? { asOf: Number(query.asOf) } : {}),
        ...(query.coalition !== undefined ? { coalition: query.coalition } : {}),
      });
      const only = query.economies ? new Set(query.economies.toUpperCase().split(',')) : null;
      const counts: Record<TierResult, number> = {
        eligible_member: 0,
        eligible_partner: 0,
        not_eligible: 0,
        undetermined: 0,
      };
      for (const e of r.evaluation.economies) counts[e.result]++;
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
