// Schemas of /api/v1/policies: the registry's search with filters and facets, one instrument with
// its versions, the comparison of several jurisdictions on one topic, the taxonomy, and the
// instruments and topics written on the platform.
import { z } from 'zod';
import {
  BINDINGNESS,
  INSTRUMENT_SOURCES,
  INSTRUMENT_STATUSES,
  INSTRUMENT_TYPES,
  type Bindingness,
  type InstrumentSource,
  type InstrumentStatus,
  type InstrumentType,
  type PolicyTopic,
} from '../../core/policies/instrument.ts';
import { instrumentInputSchema, topicInputSchema } from '../../core/policies/instrument-input.ts';
import type {
  InstrumentDetail,
  InstrumentSummary,
  PolicyComparison,
  PolicySearchResult,
} from '../../services/policy.service.ts';
import { describes } from './common.schema.ts';

// ---- Requests ----

const instrumentType = z.enum(INSTRUMENT_TYPES as [InstrumentType, ...InstrumentType[]]);
const instrumentStatus = z.enum(INSTRUMENT_STATUSES as [InstrumentStatus, ...InstrumentStatus[]]);
const bindingness = z.enum(BINDINGNESS as [Bindingness, ...Bindingness[]]);
const instrumentSource = z.enum(INSTRUMENT_SOURCES as [InstrumentSource, ...InstrumentSource[]]);

/** A comma-separated list in a query string, each item checked by `item`. */
const list = <T extends z.ZodType>(item: T, what: string) =>
  z
    .string()
    .trim()
    .max(2000, 'must be at most 2000 characters')
    .transform((s, ctx) => {
      const parts = s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const out: z.output<T>[] = [];
      for (const p of parts) {
        const r = item.safeParse(p);
        if (!r.success) {
          ctx.addIssue({ code: 'custom', message: `'${p}' is not ${what}` });
          return z.NEVER;
        }
        out.push(r.data);
      }
      return out;
    });

const jurisdiction = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be an ISO3 code, EU or an organisation code');

const topicCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/, 'must be a topic code (ai.safety)')
  .max(80);

const year = z.coerce
  .number()
  .int('must be a whole year')
  .min(1900, 'must be 1900 or later')
  .max(2100, 'must be 2100 or earlier');

export const policySearchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'give a word to search for')
    .max(300, 'must be at most 300 characters')
    .optional()
    .describe('words that must all occur (title, description, tags); "a phrase" in quotes'),
  jurisdictions: list(jurisdiction, 'a jurisdiction code').optional().describe('e.g. DEU,FRA,EU'),
  topics: list(topicCode, 'a topic code').optional().describe('topics (their sub-topics included)'),
  types: list(instrumentType, `one of ${INSTRUMENT_TYPES.join(', ')}`).optional(),
  statuses: list(instrumentStatus, `one of ${INSTRUMENT_STATUSES.join(', ')}`).optional(),
  binding: list(bindingness, `one of ${BINDINGNESS.join(', ')}`).optional(),
  source: instrumentSource.optional(),
  yearFrom: year.optional(),
  yearTo: year.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional().describe('results (default 50)'),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const instrumentParam = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z-]+:[A-Za-z0-9._:/-]{1,200}$/, 'must be an instrument id (oecd-ai:143dd63b64a0)')
    .describe('instrument id: <source>:<id in the source>'),
});

export const instrumentQuery = z.strictObject({
  id: instrumentParam.shape.id,
});

export const compareQuery = z.strictObject({
  jurisdictions: list(jurisdiction, 'a jurisdiction code')
    .refine((l) => l.length >= 1 && l.length <= 12, 'name 1 to 12 jurisdictions')
    .describe('the jurisdictions side by side, e.g. USA,DEU,EU'),
  topic: topicCode.optional().describe('one topic (its sub-topics included)'),
  yearFrom: year.optional(),
  yearTo: year.optional(),
});

export const instrumentInput = instrumentInputSchema;
export const topicInput = topicInputSchema.omit({ code: true });
export const topicParam = z.object({ code: topicCode });

// ---- Responses ----

const instrument = describes<InstrumentSummary>()(
  z.object({
    id: z.string(),
    source: instrumentSource,
    sourceId: z.string().nullable(),
    title: z.string(),
    originalTitle: z.string().nullable(),
    description: z.string(),
    jurisdiction: z.string(),
    jurisdictionKind: z.enum(['economy', 'eu', 'organisation']),
    type: instrumentType,
    typeModelCoded: z
      .boolean()
      .describe('the type was assigned by a model, not an official source'),
    binding: bindingness.nullable(),
    bindingModelCoded: z.boolean().describe('bindingness was assigned by a model'),
    status: instrumentStatus,
    dates: z.partialRecord(instrumentStatus, z.string()),
    year: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    topics: z.array(z.string()),
    sourceTags: z.array(z.string()),
    responsibleBody: z.string(),
    links: z.array(z.string()),
    citation: z.string(),
    confidentiality: z.enum(['public', 'alliance', 'members']),
  }),
).meta({ id: 'PolicyInstrument' });

const counts = z.record(z.string(), z.number().int());

export const policySearchBody = describes<PolicySearchResult>()(
  z.object({
    total: z.number().int(),
    items: z.array(instrument.extend({ score: z.number() })),
    facets: z.object({ jurisdiction: counts, type: counts, topic: counts, year: counts }),
    names: z.record(z.string(), z.string()),
  }),
);

export const instrumentBody = describes<InstrumentDetail>()(
  instrument.extend({
    versions: z.array(
      z.object({
        instrumentId: z.string(),
        version: z.number().int(),
        record: instrument,
        changedBy: z.string(),
        changedAt: z.string(),
        changed: z.array(z.string()),
      }),
    ),
    topicLabels: z.record(z.string(), z.string()),
  }),
);

export const compareBody = describes<PolicyComparison>()(
  z.object({
    topic: z.string().nullable(),
    topicLabel: z.string().nullable(),
    columns: z.array(
      z.object({
        jurisdiction: z.string(),
        name: z.string(),
        instruments: z.array(instrument),
        byType: counts,
        binding: counts,
      }),
    ),
    timeline: z.array(z.object({ year: z.number().int(), counts })),
    undated: counts,
  }),
);

const topic = describes<PolicyTopic>()(
  z.object({
    code: z.string(),
    label: z.string(),
    parent: z.string().nullable(),
    description: z.string(),
    mappings: z.object({
      stip: z.array(z.string()),
      agora: z.array(z.string()),
      oecdAi: z.array(z.string()),
    }),
  }),
).meta({ id: 'PolicyTopic' });

export const topicBody = topic;
export const topicsBody = z.object({
  items: z.array(topic.extend({ instruments: z.number().int() })),
});
