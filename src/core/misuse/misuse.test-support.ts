// What the misuse analyses' tests share: a case built from the fields a test cares about, and a
// supplier mention with its key.
import type { CaseEvidence, MisuseCase } from './case.ts';
import { supplierMention } from './supplier-name.ts';

/** A supplier mention, optionally with its seat. */
export const supplier = supplierMention;

/** One piece of evidence citing `sourceId`. */
export const evidence = (sourceId: string, publishedOn: string | null = null): CaseEvidence => ({
  sourceId,
  url: null,
  reference: 'r',
  publishedOn,
  confidence: 'medium',
  transcribed: false,
  partial: false,
  derived: false,
  note: null,
});

/** A surveillance deployment in `countries`, dated by `start`, overridden by `over`. */
export const misuseCase = (
  id: string,
  countries: string[],
  over: Partial<MisuseCase> = {},
): MisuseCase => ({
  id,
  kind: 'surveillance-deployment',
  title: id,
  countries,
  countryNames: countries,
  period: { start: null, end: null },
  countedInYear: null,
  actors: [],
  suppliers: [],
  supplierAttribution: 'case',
  supplierOrigins: [],
  technology: 'safe-city',
  technologyDetail: null,
  evidence: [evidence('src')],
  status: 'unknown',
  ...over,
});
