// The voting-power audit: POST /api/v1/power computes the indices for a rule and member set (a
// computation: nothing is stored).
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import { powerAuditBody, powerBody } from './schemas/power.schema.ts';

export function powerRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'POST',
    url: '/api/v1/power',
    summary:
      'Voting-power audit (1 to 200 members): normalised Banzhaf and Shapley–Shubik indices per member (exact, by dynamic programming), power against weight, who can block or pass alone, and warnings; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['governance'],
    body: powerBody,
    response: powerAuditBody,
    handler: async ({ body }) => services.power.audit(body),
  });
}
