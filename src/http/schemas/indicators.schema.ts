// Schemas of /api/v1/indicators: the catalogue, and one indicator's values by year.
import { z } from 'zod';
import type { Indicator, IndicatorCoverage } from '../../core/indicators/indicator.ts';
import type { ValueRow } from '../../services/indicator.service.ts';
import { describes, source } from './common.schema.ts';

/** What a value measures. */
export const indicator = describes<Indicator>()(
  z.object({
    code: z.string().describe('Stable code, e.g. gdp_usd (docs/indicators.md)'),
    name: z.string(),
    unit: z.string().describe('Unit of the value, e.g. current US$, % of GDP, index 0–1'),
    description: z.string(),
    higherIsBetter: z
      .boolean()
      .describe('True when a higher value is the better outcome (colour scales, criteria)'),
    category: z.enum(['economy', 'research', 'technology', 'democracy', 'governance']),
  }),
).meta({ id: 'Indicator' });

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

export const catalogueBody = z.object({
  items: z.array(
    describes<IndicatorCoverage>()(
      indicator.extend({
        valueCount: z.number(),
        economyCount: z.number(),
        firstYear: z.number().nullable().describe('The first year with a value; null without'),
        lastYear: z.number().nullable().describe('The last year with a value; null without'),
      }),
    ),
  ),
});

export const valuesBody = z.object({
  indicator,
  year: z
    .union([z.number(), z.literal('latest')])
    .nullable()
    .describe('The year asked for, latest, or (none asked) the most recent year with data'),
  years: z.array(z.number()).describe('Years with data, newest first'),
  count: z.number(),
  items: z.array(
    describes<ValueRow>()(
      z.object({
        iso3: z.string(),
        name: z.string(),
        year: z.number(),
        value: z.number(),
        sourceId: z.string(),
      }),
    ),
  ),
  sources: z.array(source),
});
