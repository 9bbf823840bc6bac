// A case recorded by hand (a delegation's own finding, a report the importers do not read): what a
// caller gives, checked; the service turns it into a MisuseCase with an id, supplier keys and
// countries resolved to ISO3.
import { z } from 'zod';
import {
  CASE_KINDS,
  TECHNOLOGY_CATEGORIES,
  isPartialDate,
  type CaseKind,
  type TechnologyCategory,
} from './case.ts';
import { CASE_CONFIDENTIALITIES, type CaseConfidentiality } from './stored-case.ts';
import { supplierKey } from './supplier-name.ts';
import { UNPRINTABLE_IN_TEXT } from '../text.ts';

const LINE_BREAK = /[\n\r\t]/;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(
      (s) => !UNPRINTABLE_IN_TEXT.test(s),
      'must not contain control or bidirectional-override characters',
    );

const line = (max: number) =>
  text(max)
    .refine((s) => !LINE_BREAK.test(s), 'must be one line')
    .refine((s) => s.length > 0, 'must not be empty');

const partialDate = z
  .string()
  .trim()
  .refine(isPartialDate, 'must be a date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD');

export const caseInputSchema = z.strictObject({
  kind: z.enum(CASE_KINDS as [CaseKind, ...CaseKind[]]),
  title: line(300),
  /** Economies by ISO3 code or name. */
  countries: z.array(line(100)).min(1, 'name at least one country').max(50),
  period: z
    .strictObject({
      start: partialDate.nullable().default(null),
      end: partialDate.nullable().default(null),
    })
    .default({ start: null, end: null })
    .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
      message: 'start must not be after end',
      path: ['start'],
    }),
  actors: z.array(line(300)).max(20).default([]),
  suppliers: z
    .array(
      z.strictObject({
        name: line(300).refine((n) => supplierKey(n) !== '', 'must have letters or digits'),
        /** The supplier's seat, by ISO3 code or name. */
        origin: line(100).nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
  technology: z.enum(TECHNOLOGY_CATEGORIES as [TechnologyCategory, ...TechnologyCategory[]]),
  technologyDetail: text(500).nullable().default(null),
  evidence: z
    .array(
      z.strictObject({
        url: text(2000)
          .refine((u) => /^https?:\/\/[^\s]+$/.test(u), 'must be an http(s) address')
          .nullable()
          .default(null),
        reference: line(500),
        publishedOn: partialDate.nullable().default(null),
        confidence: z.enum(['high', 'medium', 'low']),
        note: text(2000).nullable().default(null),
      }),
    )
    .min(1, 'give at least one piece of evidence')
    .max(20),
  status: z.enum(['ongoing', 'ended', 'unknown']).default('unknown'),
  confidentiality: z
    .enum(CASE_CONFIDENTIALITIES as [CaseConfidentiality, ...CaseConfidentiality[]])
    .default('alliance'),
});

export type CaseInput = z.input<typeof caseInputSchema>;
export type CheckedCaseInput = z.output<typeof caseInputSchema>;
