// Building blocks shared by the API's schemas: path parameters, the cited source, and the check
// that ties a response schema to the domain type it describes.
import { z } from 'zod';
import type { Source } from '../../core/sources/source.ts';

/**
 * `schema`, checked when compiled to parse into a `T`: every field `T` requires is there, with a
 * type no wider than `T`'s (an enum where `T` has a union of literals). A handler's return type is
 * checked against the schema's input the other way round, so the two cannot drift apart. Fields
 * `T` marks optional are not checked: name them in the schema all the same.
 */
export const describes =
  <T>() =>
  <S extends z.ZodType<T>>(schema: S): S =>
    schema;

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

/** A catalogue code: an indicator's or a grouping's. */
export const codeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,64}$/, 'must be a code of letters, digits and _')
    .describe('code'),
});

/** Where a value comes from: every value the API shows names one. */
export const source = describes<Source>()(
  z.object({
    id: z.string().describe('Stable key, e.g. wb-wdi-gdp-current-usd'),
    citation: z.string(),
    publisher: z.string(),
    licence: z.string(),
    url: z.string().nullable(),
    date: z
      .string()
      .nullable()
      .describe('Publication or retrieval date as the source states it (free text)'),
    notes: z.string().nullable(),
  }),
).meta({ id: 'Source' });
