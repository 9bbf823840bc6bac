// Routes for supply chains: /api/v1/chains (chains and their metrics), /api/v1/scenarios
// (disruption and Monte Carlo: computations, not writes) and /api/v1/controls (export-control
// coverage and retaliation exposure).
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';

const chainParam = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a supply-chain code, e.g. semiconductors'),
});

const group = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z][A-Za-z0-9_ .'-]{1,59}(,\s*[A-Za-z][A-Za-z0-9_ .'-]{1,59}){0,99}$/,
    'must be a coalition code or comma-separated ISO3 codes or economy names, e.g. G7 or USA,NLD,Taiwan',
  );

const eu = z
  .enum(['enumerated', 'member-states'])
  .optional()
  .describe(
    'How a supranational participant (the EU) counts — enumerated (default): the economies a coalition lists; member-states: the EU as its member states',
  );

const year = z
  .union([
    z.literal('latest'),
    z.string().regex(/^\d{4}$/, "must be a four-digit year or 'latest'"),
  ])
  .optional()
  .describe("'latest' (default): per input its latest year with a known share");

const toYear = (y: string | undefined) =>
  y === undefined || y === 'latest' ? 'latest' : { year: Number(y) };

const warning = z.looseObject({ code: z.string(), message: z.string() });

const summary = z.object({
  code: z.string(),
  name: z.string(),
  stages: z.number(),
  inputs: z.number(),
  providers: z.number(),
  provisions: z.number(),
  updatedAt: z.string(),
});

const shockBody = z.strictObject({
  chain: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a supply-chain code'),
  shocks: z
    .array(
      z.strictObject({
        provider: z
          .string()
          .min(1)
          .max(80)
          .describe('ISO3 (TWN), or an organisation or pseudo-provider id or name'),
        input: z.string().min(1).max(120).describe("An input or stage id or name, or 'all'"),
        fractionLost: z.number().describe('0–1'),
      }),
    )
    .min(1, 'give at least one shock')
    .max(200),
  coalition: group.optional().describe('Rank these members by what they lose'),
  year: year,
  eu,
});

const monteCarloBody = z.strictObject({
  chain: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a supply-chain code'),
  trials: z.number().int().min(1).max(1_000_000).describe('1 to 1,000,000 trials per request'),
  seed: z.number().int().min(0).max(4_294_967_295),
  defaults: z
    .strictObject({
      probability: z.number().min(0).max(1).optional(),
      severity: z.number().min(0).max(1).optional(),
    })
    .optional(),
  economies: z
    .record(
      z.string().regex(/^[A-Z]{3}$/, 'keys must be ISO3 codes'),
      z.strictObject({
        probability: z.number().min(0).max(1).optional(),
        severity: z.number().min(0).max(1).optional(),
      }),
    )
    .optional(),
});

const coverageQuery = z.strictObject({
  chain: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a supply-chain code'),
  coalition: group.describe('The controlling coalition K'),
  target: group.describe('The target T'),
  inputs: z.string().max(2000).optional().describe('Input or stage ids or names, separated by |'),
  goal: z
    .string()
    .regex(/^\d{1,3}(\.\d+)?$/, 'must be a percentage, e.g. 90')
    .optional()
    .describe('Coverage goal in % (default 90)'),
  year,
  eu,
});

const retaliationQuery = z.strictObject({
  coalition: group,
  target: group,
  chains: z
    .string()
    .max(400)
    .optional()
    .describe('Chain codes, comma-separated (default: every chain)'),
  eu,
});

export function supplyChainRoutes(add: RouteAdder, services: Services): void {
  const s = services.supplyChains;

  add({
    method: 'GET',
    url: '/api/v1/chains',
    summary: 'List the supply chains loaded',
    tags: ['supply chains'],
    cached: true,
    response: z.object({ items: z.array(summary) }),
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/chains/:code',
    summary: 'A supply chain: stages, inputs, edges, providers and share rows, with sources',
    tags: ['supply chains'],
    cached: true,
    params: chainParam,
    response: z.looseObject({
      chain: z.looseObject({ code: z.string() }),
      sources: z.array(z.looseObject({ id: z.string() })),
    }),
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
    query: z.strictObject({
      coalition: group.describe('Coalition code or ISO3 list, e.g. G7'),
      concern: group.optional().describe('Countries of concern (default CHN,RUS,IRN,PRK)'),
      year,
      eu,
    }),
    response: z.looseObject({
      chain: z.string(),
      shares: z.array(z.looseObject({ item: z.string() })),
      chokepoints: z.looseObject({
        items: z.array(z.looseObject({ item: z.string(), chokepoint: z.boolean() })),
      }),
      members: z.looseObject({}),
    }),
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
    response: z.looseObject({
      inputs: z.array(z.looseObject({ item: z.string(), availabilityPct: z.number() })),
      stages: z.array(z.looseObject({ item: z.string(), availabilityPct: z.number() })),
      mostAffectedStages: z.array(z.string()),
      mostAffectedOutputs: z.array(z.string()),
      warnings: z.array(warning),
    }),
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
    response: z.looseObject({
      trials: z.number(),
      stages: z.array(z.looseObject({ item: z.string() })),
      outputs: z.array(z.looseObject({ item: z.string() })),
    }),
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
    response: z.looseObject({
      inputs: z.array(
        z.looseObject({
          input: z.string(),
          year: z.number().nullable(),
          coveredPct: z.number(),
          targetPct: z.number(),
          foreignAvailabilityPct: z.number(),
          verdict: z.string(),
        }),
      ),
    }),
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
    response: z.looseObject({
      items: z.array(z.looseObject({ item: z.string(), targetPct: z.number() })),
    }),
    handler: ({ query }) =>
      s.retaliation({
        coalition: query.coalition,
        target: query.target,
        ...(query.chains ? { chains: query.chains.split(',') } : {}),
        ...(query.eu ? { supranational: query.eu } : {}),
      }),
  });
}
