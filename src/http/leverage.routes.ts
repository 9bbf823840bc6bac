// Routes for coalition analytics: leverage (share of the world), inner balance, complementarity.
import type { z } from 'zod';
import { notFound } from '../core/errors.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  analysisQuery,
  balanceReport,
  coalitionCodeParam,
  compareQuery,
  complementarityReport,
  leverageListBody,
  leverageReport,
  whatIfQuery,
  whatIfReport,
} from './schemas/coalitions.schema.ts';

const options = (q: z.output<typeof analysisQuery>) => ({
  ...(q.tier ? { tier: q.tier } : {}),
  ...(q.eu ? { supranational: q.eu } : {}),
  ...(q.year ? { year: q.year === 'latest' ? ('latest' as const) : { year: Number(q.year) } } : {}),
});

export function leverageRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/v1/leverage',
    cached: true,
    summary: 'Side by side: several coalitions’ shares of the world per indicator',
    tags: ['coalitions'],
    query: compareQuery,
    response: leverageListBody,
    handler: async ({ query }) => ({
      items: await services.leverage.leverage(query.coalitions.split(','), options(query)),
    }),
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code/leverage',
    cached: true,
    summary:
      'A coalition’s share of the world per indicator (world = sum of economies, never an aggregate)',
    tags: ['coalitions'],
    params: coalitionCodeParam,
    query: analysisQuery,
    response: leverageReport,
    handler: async ({ params, query }) => {
      const [report] = await services.leverage.leverage([params.code], options(query));
      if (!report) throw notFound('coalition', params.code);
      return report;
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code/balance',
    cached: true,
    summary:
      'Inner balance: each member’s share of the coalition total, the largest, HHI, dominance',
    tags: ['coalitions'],
    params: coalitionCodeParam,
    query: analysisQuery,
    response: balanceReport,
    handler: ({ params, query }) => services.leverage.balance(params.code, options(query)),
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code/what-if',
    cached: true,
    summary:
      'What if economies joined or left: shares of the world before and after, in share points',
    tags: ['coalitions'],
    params: coalitionCodeParam,
    query: whatIfQuery,
    response: whatIfReport,
    handler: ({ params, query }) => {
      const list = (s: string | undefined): string[] =>
        s ? s.split(',').map((x) => x.trim()) : [];
      return services.leverage.whatIf(
        params.code,
        { add: list(query.add), remove: list(query.remove) },
        options(query),
      );
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code/complementarity',
    cached: true,
    summary: 'Complementarity: the members ranked first and second in each capability',
    tags: ['coalitions'],
    params: coalitionCodeParam,
    query: analysisQuery,
    response: complementarityReport,
    handler: ({ params, query }) => services.leverage.complementarity(params.code, options(query)),
  });
}
