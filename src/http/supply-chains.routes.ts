// Routes for supply chains: /api/v1/chains (chains and their metrics), /api/v1/scenarios
// (disruption and Monte Carlo: computations, not writes) and /api/v1/controls (export-control
// coverage and retaliation exposure).
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  chainBody,
  chainListBody,
  chainParam,
  coverageBody,
  coverageQuery,
  disruptionBody,
  metricsBody,
  metricsQuery,
  monteCarloBody,
  monteCarloResultBody,
  retaliationBody,
  retaliationQuery,
  shockBody,
} from './schemas/supply-chains.schema.ts';

const toYear = (y: string | undefined) =>
  y === undefined || y === 'latest' ? 'latest' : { year: Number(y) };

export function supplyChainRoutes(add: RouteAdder, services: Services): void {
  const s = services.supplyChains;

  add({
    method: 'GET',
    url: '/api/v1/chains',
    summary: 'List the supply chains loaded',
    tags: ['supply chains'],
    cached: true,
    response: chainListBody,
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/chains/:code',
    summary: 'A supply chain: stages, inputs, edges, providers and share rows, with sources',
    tags: ['supply chains'],
    cached: true,
    params: chainParam,
    response: chainBody,
    handler: ({ params }) => s.get(params.code),
  });

  add({
    method: 'GET',
    url: '/api/v1/chains/:code/metrics',
    summary:
      'Per input: economy shares, HHI, top-1/top-3, economies to 75%, coalition and concern shares, chokepoints; per member: dependence and leverage',
    tags: ['supply chains'],
    cached: true,
    params: chainParam,
    query: metricsQuery,
    response: metricsBody,
    handler: ({ params, query }) =>
      s.metrics(params.code, {
        coalition: query.coalition,
        ...(query.concern ? { concern: query.concern } : {}),
        year: toYear(query.year),
        ...(query.eu ? { supranational: query.eu } : {}),
      }),
  });

  add({
    method: 'POST',
    url: '/api/v1/scenarios/disruption',
    summary: 'Disruption: shocks (provider, input or all, fraction lost) propagated downstream',
    tags: ['supply chains'],
    body: shockBody,
    response: disruptionBody,
    handler: async ({ body }) => {
      const b = body;
      return s.disrupt(b.chain, b.shocks, {
        ...(b.coalition ? { coalition: b.coalition } : {}),
        year: toYear(b.year),
        ...(b.eu ? { supranational: b.eu } : {}),
      });
    },
  });

  add({
    method: 'POST',
    url: '/api/v1/scenarios/montecarlo',
    summary:
      'Monte Carlo: per-economy disruption probability and severity → availability per stage and output (mean, p5, p50, p95); the same seed gives the same output; runs in the worker pool (503 busy with Retry-After when its queue is full)',
    tags: ['supply chains'],
    body: monteCarloBody,
    response: monteCarloResultBody,
    handler: async ({ body }) => {
      const b = body;
      return s.monteCarlo(b.chain, {
        trials: b.trials,
        seed: b.seed,
        ...(b.defaults ? { defaults: b.defaults } : {}),
        ...(b.economies ? { economies: b.economies } : {}),
      });
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/controls/coverage',
    summary:
      'Export-control effectiveness: covered share, target share, foreign availability, verdict, and who would close the gap',
    tags: ['supply chains'],
    cached: true,
    query: coverageQuery,
    response: coverageBody,
    handler: ({ query }) =>
      s.coverage(query.chain, {
        coalition: query.coalition,
        target: query.target,
        ...(query.inputs
          ? {
              inputs: query.inputs
                .split('|')
                .map((i) => i.trim())
                .filter((i) => i !== ''),
            }
          : {}),
        ...(query.goal !== undefined ? { goalPct: Number(query.goal) } : {}),
        year: toYear(query.year),
        ...(query.eu ? { supranational: query.eu } : {}),
      }),
  });

  add({
    method: 'GET',
    url: '/api/v1/controls/retaliation',
    summary:
      "Retaliation exposure: inputs in every chain where the coalition depends on the target's supply, ranked",
    tags: ['supply chains'],
    cached: true,
    query: retaliationQuery,
    response: retaliationBody,
    handler: ({ query }) =>
      s.retaliation({
        coalition: query.coalition,
        target: query.target,
        ...(query.chains ? { chains: query.chains.split(',') } : {}),
        ...(query.eu ? { supranational: query.eu } : {}),
      }),
  });
}
