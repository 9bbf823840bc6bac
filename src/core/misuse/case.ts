// Cases of the illiberal use of technology: a surveillance deployment, a technology transfer, a
// spyware operation, an internet shutdown or a censorship/blocking campaign, in one or more
// countries, with who ordered it, who supplied it, what technology it used and the evidence.

/** What happened. */
export type CaseKind =
  | 'surveillance-deployment'
  | 'technology-transfer'
  | 'spyware-operation'
  | 'internet-shutdown'
  | 'censorship-blocking';

export const CASE_KINDS: readonly CaseKind[] = [
  'surveillance-deployment',
  'technology-transfer',
  'spyware-operation',
  'internet-shutdown',
  'censorship-blocking',
];

/**
 * The technology a case used: a closed list, so that categories can be mapped to control-list
 * entries (as editable data) and compared across sources.
 *
 * - `safe-city` — integrated city surveillance platforms (cameras, command centres, sensors);
 * - `facial-recognition` — biometric identification of faces in images or video;
 * - `smart-policing` — predictive or data-driven policing, automated analysis of police data;
 * - `social-media-surveillance` — collection and analysis of social-media content and users;
 * - `intrusion-software` — spyware and other software that defeats a device's protections
 *   (Wassenaar 4.A.5/4.D.4 "intrusion software"), and targeted malware operations;
 * - `ip-network-surveillance` — interception of communications in networks: lawful-interception
 *   gear, deep packet inspection, fibre taps and probes, off-the-air interception;
 * - `monitoring-centre` — the centres that store and analyse intercepted communications;
 * - `internet-filtering` — censorship: web filtering and blocking of domains or services;
 * - `shutdown` — the whole network or a service made unavailable (shutdowns, throttling);
 * - `other` — anything else (phishing campaigns, network equipment, disinformation).
 */
export type TechnologyCategory =
  | 'safe-city'
  | 'facial-recognition'
  | 'smart-policing'
  | 'social-media-surveillance'
  | 'intrusion-software'
  | 'ip-network-surveillance'
  | 'monitoring-centre'
  | 'internet-filtering'
  | 'shutdown'
  | 'other';

export const TECHNOLOGY_CATEGORIES: readonly TechnologyCategory[] = [
  'safe-city',
  'facial-recognition',
  'smart-policing',
  'social-media-surveillance',
  'intrusion-software',
  'ip-network-surveillance',
  'monitoring-centre',
  'internet-filtering',
  'shutdown',
  'other',
];

/** How far the evidence carries the case. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Compared as
 * strings, a year sorts before every date in it.
 */
export type PartialDate = string;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const isPartialDate = (s: string): boolean => PARTIAL_DATE.test(s);

/** When the case happened; either end may be unknown (null). */
export interface CasePeriod {
  start: PartialDate | null;
  end: PartialDate | null;
}

/**
 * Whether the practice goes on, as the source says: `ongoing`, `ended`, or `unknown` when the
 * source documents the case without saying (an index, a transfer record).
 */
export type CaseStatus = 'ongoing' | 'ended' | 'unknown';

/** A company named as a supplier of the case. */
export interface SupplierMention {
  /** The name as the source prints it (typos included). */
  name: string;
  /**
   * The normalised key ({@link supplierKey}): equal for spellings of one name, and the key under
   * which screening decisions on the name are found.
   */
  key: string;
  /** Where the supplier has its seat (ISO3), when the source says so per supplier. */
  origin: string | null;
}

/** One source a case rests on. */
export interface CaseEvidence {
  /** The `Source` record cited (`sources` table). */
  sourceId: string;
  /** A link to the report, the record or the measurement; null when the source gives none. */
  url: string | null;
  /** What in the source this is: a row key, an event's row, an investigation's folder. */
  reference: string;
  /** When the source published it, as precise as it says; null when it does not. */
  publishedOn: PartialDate | null;
  confidence: Confidence;
  /** Copied by hand from the original (transcription errors possible): re-check before use. */
  transcribed: boolean;
  /** From a partial extract of the source: absent records are not evidence of absence. */
  partial: boolean;
  /** Compiled from the source by someone else (a derived index), not published by it as such. */
  derived: boolean;
  /** What the reader should know: counts, qualifications, the source's own wording. */
  note: string | null;
}

export interface MisuseCase {
  /** Stable, unique within its source: `<source>:<key>`, e.g. `carnegie-aigs-2022:IND:safe-city`. */
  id: string;
  kind: CaseKind;
  /** One line a list can show. */
  title: string;
  /**
   * The countries where it happened (ISO3): one for most cases, several for a regional event;
   * empty only when the source names no country (a spyware investigation of global scope).
   */
  countries: string[];
  /** The country names as the source prints them (before resolution). */
  countryNames: string[];
  period: CasePeriod;
  /**
   * The year the source counts the case in, where it counts cases by year itself (Access Now's
   * `count_year`: a shutdown that began in 2019 and went on may be counted in 2024); else null.
   */
  countedInYear: number | null;
  /** Who ordered or operated it, as printed: an authority, an end user, a decision maker. */
  actors: string[];
  suppliers: SupplierMention[];
  /**
   * `case`: the source names the suppliers for this case. `country`: it names them for the
   * country as a whole (Carnegie's index), so a supplier may not have supplied this technology.
   */
  supplierAttribution: 'case' | 'country';
  /**
   * Where the case's suppliers come from (ISO3, sorted) as the source states it for the case —
   * per supplier (`suppliers[].origin`) or for the case as a whole (Carnegie's `China Tech`,
   * `US Tech`, `Other Countries`).
   */
  supplierOrigins: string[];
  technology: TechnologyCategory;
  /** The technology as the source words it (`Smart Policing`, `Lawful interception;…`). */
  technologyDetail: string | null;
  evidence: CaseEvidence[];
  status: CaseStatus;
}

/**
 * The year a case is counted in: the source's own year (`countedInYear`), else its start year,
 * else the year its evidence was published; null when none is known.
 */
export function caseYear(
  c: Pick<MisuseCase, 'countedInYear' | 'period' | 'evidence'>,
): number | null {
  if (c.countedInYear !== null) return c.countedInYear;
  const date = c.period.start ?? c.evidence.find((e) => e.publishedOn)?.publishedOn ?? null;
  return date ? Number(date.slice(0, 4)) : null;
}
