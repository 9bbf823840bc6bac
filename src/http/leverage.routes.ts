// Routes for coalition analytics: leverage (share of the world), inner balance, complementarity.
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';

const codeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{1,31}$/, 'must be a coalition or grouping code, e.g. G7'),
});

const euQuery = z
  .enum(['enumerated', 'member-states'])
  .optional()
  .describe(
    'How a supranational participant (the EU) counts — enumerated (default): a coalition counts the economies it lists, the EU adds none; member-states: the EU counts as its 27 member states, each economy once. The answer says which was used (supranational).',
  );

const analysisQuery = z.strictObject({
  eu: euQuery,
  tier: z
    .enum(['member', 'all'])
    .optional()
    .describe('member (default): members only; all: members and partners'),
  year: z
    .union([
      z.literal('latest'),
      z.string().regex(/^\d{4}$/, "must be a four-digit year or 'latest'"),
    ])
    .optional()
    .describe(
      "'latest' (default): per indicator the latest year covering at least 80% of the best-covered year's economies",
    ),
});

const compareQuery = analysisQuery.extend({
  coalitions: z
    .string()
    .regex(
      /^[A-Za-z][A-Za-z0-9_]{1,31}(,[A-Za-z][A-Za-z0-9_]{1,31}){0,9}$/,
      'must be 1–10 comma-separated coalition codes, e.g. G7,D10,T12',
    )
    .describe('Coalition or grouping codes, comma-separated'),
});

const isoList = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z .'-]{1,59}(,\s*[A-Za-z][A-Za-z .'-]{1,59}){0,99}$/,
    'must be comma-separated ISO3 codes or economy names, e.g. NLD,POL or Netherlands,Taiwan',
  );

const whatIfQuery = analysisQuery.extend({
  add: isoList
    .optional()
    .describe('Economies to add: ISO3 codes or names (Taiwan, South Korea), comma-separated'),
  remove: isoList.optional().describe('Economies to remove: ISO3 codes or names, comma-separated'),
});

const warning = z.object({ code: z.string(), message: z.string(), codes: z.array(z.string()) });
const unavailable = z.object({ reason: z.string(), message: z.string() }).nullable();

const header = {
  code: z.string(),
  name: z.string(),
  origin: z.string(),
  tier: z.enum(['member', 'all']),
  supranational: z
    .enum(['enumerated', 'member-states'])
    .describe('How supranational participants (the EU) were counted'),
  economies: z.array(z.string()),
  warnings: z.array(warning),
};

const leverageItem = z.object({
  indicator: z.string(),
  year: z.number().nullable(),
  coalitionValue: z.number().nullable(),
  worldValue: z.number().nullable(),
  sharePct: z.number().nullable(),
  economiesWithData: z.number(),
  coalitionEconomiesWithData: z.number(),
  coalitionEconomiesMissing: z.array(z.string()),
  sources: z.array(z.string()),
  worldBasis: z.literal('sum-of-economies'),
  shareUnavailable: unavailable,
  warnings: z.array(warning),
});

const source = z.object({
  id: z.string(),
  citation: z.string(),
  publisher: z.string(),
  licence: z.string(),
  url: z.string().nullable(),
  date: z.string().nullable(),
  notes: z.string().nullable(),
});

const leverageReport = z.object({
  ...header,
  items: z.array(leverageItem),
  sources: z.array(source),
});

const memberShare = z.object({ iso3: z.string(), value: z.number(), sharePct: z.number() });
const balanceReport = z.object({
  ...header,
  items: z.array(
    z.object({
      indicator: z.string(),
      year: z.number(),
      coalitionValue: z.number().nullable(),
      members: z.array(memberShare),
      largest: memberShare.nullable(),
      hhi: z.number().nullable(),
      dominant: z.boolean(),
      dominanceThreshold: z.number(),
      missing: z.array(z.string()),
      sources: z.array(z.string()),
      shareUnavailable: unavailable,
      warnings: z.array(warning),
    }),
  ),
});

const ranked = z.object({ iso3: z.string(), value: z.number(), rank: z.number() });
const complementarityReport = z.object({
  ...header,
  result: z.object({
    indicators: z.array(
      z.object({
        indicator: z.string(),
        year: z.number().nullable(),
        higherIsBetter: z.boolean(),
        first: ranked.nullable(),
        second: ranked.nullable(),
        ranking: z.array(ranked),
        missing: z.array(z.string()),
        tieBrokenByCode: z.boolean(),
      }),
    ),
    members: z.array(
      z.object({
        iso3: z.string(),
        strengths: z.array(z.object({ indicator: z.string(), rank: z.number() })),
        indicatorsWithoutData: z.array(z.string()),
      }),
    ),
    membersWithoutData: z.array(z.string()),
    warnings: z.array(warning),
  }),
});

const options = (q: z.output<typeof analysisQuery>) => ({
  ...(q.tier ? { tier: q.tier } : {}),
  ...(q.eu ? { supranational: q.eu } : {}),
  ...(q.year ? { year: q.year === 'latest' ? ('latest' as const) : { year: Number(q.year) } } : {}),
});

export function leverageRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/v1/leverage',
    summary: 'Side by side: several coalitions’ shares of the world per indicator',
    tags: ['coalitions'],
    query: compareQuery,
    response: z.object({ items: z.array(leverageReport) }),
    handler: async ({ query }) => ({
      items: await services.leverage.leverage(query.coalitions.split(','), options(query)),
    }),
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code/leverage',
    summary:
      'A coalition’s share of the world per indicator (world = sum of economies, never an aggregate)',
    tags: ['coalitions'],
    params: codeParam,
    query: analysisQuery,
    response: leverageReport,
    handler: async ({ params, query }) =>
      (await services.leverage.leverage([params.code], options(query)))[0],
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code/balance',
    summary:
      'Inner balance: each member’s share of the coalition total, the largest, HHI, dominance',
    tags: ['coalitions'],
    params: codeParam,
    query: analysisQuery,
    response: balanceReport,
    handler: ({ params, query }) => services.leverage.balance(params.code, options(query)),
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code/what-if',
    summary:
      'What if economies joined or left: shares of the world before and after, in share points',
    tags: ['coalitions'],
    params: codeParam,
    query: whatIfQuery,
    response: z.object({
      ...header,
      result: z.object({
        base: z.array(z.string()),
        economies: z.array(z.string()),
        added: z.array(z.string()),
        removed: z.array(z.string()),
        changes: z.array(
          z.object({
            indicator: z.string(),
            before: leverageItem,
            after: leverageItem,
            deltaSharePoints: z.number().nullable(),
          }),
        ),
        warnings: z.array(warning),
      }),
    }),
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
    summary: 'Complementarity: the members ranked first and second in each capability',
    tags: ['coalitions'],
    params: codeParam,
    query: analysisQuery,
    response: complementarityReport,
    handler: ({ params, query }) => services.leverage.complementarity(params.code, options(query)),
  });
}
