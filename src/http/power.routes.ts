// The voting-power audit: POST /api/v1/power computes the indices for a rule and member set (a
// computation: nothing is stored).
import { z } from 'zod';
import { powerRequestSchema } from '../core/governance/power-request.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';

export function powerRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'POST',
    url: '/api/v1/power',
    summary:
      'Voting-power audit (1 to 200 members): normalised Banzhaf and Shapley–Shubik indices per member (exact, by dynamic programming), power against weight, who can block or pass alone, and warnings; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['governance'],
    body: powerRequestSchema,
    response: z.object({
      rule: z.string(),
      members: z.array(
        z.looseObject({
          member: z.string(),
          weight: z.number(),
          units: z.number(),
          banzhaf: z.number(),
          shapleyShubik: z.number(),
          weightShare: z.number(),
          powerToWeight: z.number().nullable(),
        }),
      ),
      thresholds: z.object({ members: z.number(), weight: z.number() }),
      totalUnits: z.number(),
      scaled: z.boolean(),
      blocking: z.object({
        canBlockAlone: z.array(z.string()),
        canPassAlone: z.array(z.string()),
        blockingPairs: z.array(z.tuple([z.string(), z.string()])),
      }),
      warnings: z.array(
        z.object({ code: z.string(), member: z.string().optional(), message: z.string() }),
      ),
      sources: z.array(z.looseObject({ id: z.string() })),
    }),
    handler: async ({ body }) => services.power.audit(body),
  });
}
