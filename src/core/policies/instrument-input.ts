// An instrument entered on the platform (a member's draft law, a list version, a screening rule
// not in any imported registry) and a topic of the taxonomy as the secretariat edits it: the
// schemas that check them, with one message per field.
import { z } from 'zod';
import { UNPRINTABLE, UNPRINTABLE_IN_TEXT } from '../text.ts';
import {
  BINDINGNESS,
  INSTRUMENT_STATUSES,
  INSTRUMENT_TYPES,
  type Bindingness,
  type InstrumentStatus,
  type InstrumentType,
} from './instrument.ts';

const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !UNPRINTABLE.test(s), 'no control or bidirectional characters');

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !UNPRINTABLE_IN_TEXT.test(s), 'no control or bidirectional characters');

const datePart = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-\d{2}(-\d{2})?)?$/,
    'must be a year, a month or a day: 2024, 2024-05, 2024-05-21',
  );

const link = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '';
    } catch {
      return false;
    }
  }, 'must be an http or https address');

/** A jurisdiction: ISO3, `EU`, or an organisation's code (upper case). */
export const jurisdictionCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9]{1,9}$/, 'must be an ISO3 code, EU or an organisation code (OECD)');

/** What a delegation enters; the id, source, model flags and author are the platform's. */
export const instrumentInputSchema = z.strictObject({
  title: line(500).pipe(z.string().min(1, 'must not be empty')),
  originalTitle: line(500).nullable().default(null),
  description: text(20_000).default(''),
  jurisdiction: jurisdictionCodeSchema,
  type: z.enum(INSTRUMENT_TYPES as [InstrumentType, ...InstrumentType[]]),
  binding: z
    .enum(BINDINGNESS as [Bindingness, ...Bindingness[]])
    .nullable()
    .default(null),
  status: z.enum(INSTRUMENT_STATUSES as [InstrumentStatus, ...InstrumentStatus[]]),
  dates: z
    .partialRecord(
      z.enum(INSTRUMENT_STATUSES as [InstrumentStatus, ...InstrumentStatus[]]),
      datePart,
    )
    .default({}),
  year: z.number().int().min(1900).max(2100).nullable().default(null),
  endYear: z.number().int().min(1900).max(2100).nullable().default(null),
  topics: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  responsibleBody: line(500).default(''),
  links: z.array(link).max(20).default([]),
  citation: line(1000).default(''),
  confidentiality: z.enum(['public', 'alliance', 'members']).default('public'),
});
export type InstrumentInput = z.input<typeof instrumentInputSchema>;

/** A topic as the secretariat writes it. */
export const topicInputSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/,
      'must be lower-case words joined by - and dotted by level (ai.safety)',
    )
    .max(80, 'must be at most 80 characters'),
  label: line(200).pipe(z.string().min(1, 'must not be empty')),
  parent: z.string().trim().max(80).nullable().default(null),
  description: text(2000).default(''),
  mappings: z
    .strictObject({
      stip: z.array(line(300)).max(200).default([]),
      agora: z.array(line(300)).max(200).default([]),
      oecdAi: z.array(line(300)).max(200).default([]),
    })
    .default({ stip: [], agora: [], oecdAi: [] }),
});
export type TopicInput = z.input<typeof topicInputSchema>;
