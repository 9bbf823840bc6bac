// Every route of the API in one list: the server registers them, and the committed OpenAPI
// document (docs/api/openapi.json) and the web client's types are generated from the same list.
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import { accountRoutes } from './accounts.routes.ts';
import { auditRoutes } from './audit.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { coalitionRoutes } from './coalitions.routes.ts';
import { controlListRoutes } from './control-lists.routes.ts';
import { misuseRoutes } from './misuse.routes.ts';
import { researchRoutes } from './research.routes.ts';
import { standardsRoutes } from './standards.routes.ts';
import { policyRoutes } from './policies.routes.ts';
import { positionRoutes } from './positions.routes.ts';
import { divergenceRoutes } from './divergences.routes.ts';
import { conversationRoutes } from './conversations.routes.ts';
import { criteriaRoutes } from './criteria.routes.ts';
import { economyRoutes } from './economies.routes.ts';
import { governanceRoutes } from './governance.routes.ts';
import { groupRoutes } from './groups.routes.ts';
import { indicatorRoutes } from './indicators.routes.ts';
import { leverageRoutes } from './leverage.routes.ts';
import { openApiDocument } from './openapi.ts';
import { powerRoutes } from './power.routes.ts';
import type { RouteRegistry, RouteSpec } from './route.ts';
import { screeningRoutes } from './screening.routes.ts';
import { supplyChainRoutes } from './supply-chains.routes.ts';

export const API_VERSION = '0.1.0';

export type RouteAdder = <
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
>(
  spec: RouteSpec<P, Q, B, R>,
) => void;

const healthBody = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.string(),
  economies: z.number(),
});

export function apiRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/health',
    summary: 'Liveness and the database in use',
    tags: ['meta'],
    response: healthBody,
    handler: async () => ({
      status: 'ok' as const,
      version: API_VERSION,
      ...(await services.health()),
    }),
  });
  economyRoutes(add, services);
  indicatorRoutes(add, services);
  groupRoutes(add, services);
  coalitionRoutes(add, services);
  leverageRoutes(add, services);
  criteriaRoutes(add, services);
  screeningRoutes(add, services);
  powerRoutes(add, services);
  authRoutes(add, services);
  accountRoutes(add, services);
  governanceRoutes(add, services);
  auditRoutes(add, services);
  supplyChainRoutes(add, services);
  controlListRoutes(add, services);
  standardsRoutes(add, services);
  misuseRoutes(add, services);
  researchRoutes(add, services);
  policyRoutes(add, services);
  positionRoutes(add, services);
  divergenceRoutes(add, services);
  conversationRoutes(add, services);
}

/**
 * Services that only describe: route declarations may read them, a handler never runs, so any call
 * is a mistake.
 */
const describingServices = (): Services => {
  const call = new Proxy(() => undefined, {
    get: (_t, key) => (key === 'then' ? undefined : call),
    apply: () => {
      throw new Error('the API description runs no handler');
    },
  });
  return new Proxy({}, { get: () => call }) as Services;
};

/** The OpenAPI document of every route, built without a database. */
export function describeApi(): Record<string, unknown> {
  const registry: Pick<RouteRegistry, 'routes'> = { routes: [] };
  apiRoutes((spec) => {
    registry.routes.push(spec);
  }, describingServices());
  return openApiDocument(registry, API_VERSION);
}
