// Zod schemas of the API's parameters and bodies: the routes validate with them and the OpenAPI
// document is generated from them.
import { z } from 'zod';

export const iso3Param = z.object({
  iso3: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    // Letters, and no digits: no economy's name has one.
    .regex(
      /^[^\d]*\p{L}[^\d]*$/u,
      "must be an ISO 3166-1 alpha-3 code (e.g. USA) or an economy's name",
    )
    .describe("ISO3 code, or the economy's name (e.g. JPN, Taiwan)"),
});

export const codeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,64}$/, 'must be a code of letters, digits and _')
    .describe('code'),
});

export const economyListQuery = z.strictObject({
  region: z.string().min(1).max(80).optional().describe('UN M49 region or sub-region, e.g. Europe'),
  income: z.string().min(1).max(40).optional().describe('World Bank income group: H, UM, LM or L'),
  group: z.string().min(1).max(40).optional().describe('Grouping code, e.g. G7'),
});

export const valuesQuery = z.strictObject({
  year: z
    .union([
      z.literal('latest'),
      z.string().regex(/^\d{4}$/, "must be a four-digit year or 'latest'"),
    ])
    .optional()
    .describe(
      "A year, or 'latest' for each economy's most recent value (default: the latest year with data)",
    ),
  economies: z
    .string()
    .max(4000, 'must be at most 4000 characters')
    .regex(/^[^,]+(,[^,]+)*$/, 'must be comma-separated ISO3 codes or names, e.g. USA,JPN,Taiwan')
    .optional()
    .describe('Comma-separated ISO3 codes or economy names (e.g. USA,JPN,Taiwan)'),
  format: z.enum(['json', 'csv']).optional().describe('json (default) or csv'),
});

const economy = z.object({
  iso3: z.string(),
  iso2: z.string().nullable(),
  isoNumeric: z.string().nullable(),
  name: z.string(),
  officialName: z.string().nullable(),
  region: z.string().nullable(),
  subregion: z.string().nullable(),
  incomeCode: z.enum(['H', 'UM', 'LM', 'L']).nullable(),
  incomeGroup: z.string().nullable(),
  independence: z.string().nullable(),
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

const indicator = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  description: z.string(),
  higherIsBetter: z.boolean(),
  category: z.string(),
});

export const economyListBody = z.object({ count: z.number(), items: z.array(economy) });

export const economyBody = z.object({
  economy,
  memberships: z.array(
    z.object({ groupCode: z.string(), groupName: z.string(), status: z.string() }),
  ),
  latest: z.array(
    z.object({ indicator, year: z.number(), value: z.number(), sourceId: z.string() }),
  ),
  series: z.array(
    z.object({
      indicator,
      points: z.array(z.object({ year: z.number(), value: z.number(), sourceId: z.string() })),
    }),
  ),
  sources: z.array(source),
});

export const catalogueBody = z.object({
  items: z.array(
    indicator.extend({
      valueCount: z.number(),
      economyCount: z.number(),
      firstYear: z.number().nullable(),
      lastYear: z.number().nullable(),
    }),
  ),
});

export const valuesBody = z.object({
  indicator,
  year: z.union([z.number(), z.literal('latest')]).nullable(),
  years: z.array(z.number()),
  count: z.number(),
  items: z.array(
    z.object({
      iso3: z.string(),
      name: z.string(),
      year: z.number(),
      value: z.number(),
      sourceId: z.string(),
    }),
  ),
  sources: z.array(source),
});

export const groupListBody = z.object({
  items: z.array(
    z.object({ code: z.string(), name: z.string(), kind: z.string(), memberCount: z.number() }),
  ),
});

export const groupBody = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  source: source.nullable(),
  members: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(['economy', 'supranational']),
      status: z.string(),
      asOf: z.string().nullable(),
      sourceUrls: z.array(z.string()),
      notes: z.string().nullable(),
    }),
  ),
});

export const healthBody = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.string(),
  economies: z.number(),
});
