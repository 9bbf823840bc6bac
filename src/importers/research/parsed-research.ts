// What a research parser hands back (core model: output by field, pairs, international totals,
// Horizon 2020 participation, ROR organisations, NSF's top AI institutions and their
// co-authorship), the options every research parser takes, and the reading helpers they share.
// Nothing is stored here.
import { DomainError } from '../../core/errors.ts';
import type { RowIssue } from '../../core/imports/import-report.ts';
import type {
  AiInstitution,
  FieldOutput,
  HorizonParticipation,
  InstitutionPair,
  InternationalTotal,
  PairCollaboration,
  ResearchOrganisation,
} from '../../core/research/research.ts';
import type { Source } from '../../core/sources/source.ts';
import { readSourceCsv, type SourceCsv } from '../read-source-csv.ts';
import type { CountryEconomy } from '../restricted-parties/party-countries.ts';
import type { PartyLog } from '../restricted-parties/party-log.ts';

export interface ResearchOptions {
  /**
   * The platform's economies: ISO3 codes are checked against them and ISO2 codes resolved
   * through them. Without them ISO3 codes are only checked for their shape and ISO2 codes cannot
   * be read (every row is reported).
   */
  economies?: readonly CountryEconomy[];
  /** `nsf-ai-institutions`: the derived crosswalk of NSF's top-100 AI institutions to ROR. */
  crosswalk?: string;
}

export interface ParsedResearch {
  /** Which of the format's file layouts was read (e.g. `pairs`, `totals`). */
  layout: string;
  fieldOutputs: FieldOutput[];
  pairs: PairCollaboration[];
  totals: InternationalTotal[];
  participations: HorizonParticipation[];
  organisations: ResearchOrganisation[];
  aiInstitutions: AiInstitution[];
  /** AI articles co-authored by two of NSF's top AI institutions (SPBS-97). */
  institutionPairs: InstitutionPair[];
  sources: Source[];
  issues: RowIssue[];
  warnings: string[];
  counts: {
    /** Data records read, every file together. */
    rowsRead: number;
    /** Records left out because of a bad cell (each reported in `issues`). */
    rejectedRows: number;
    /** Records left out on purpose, by reason. */
    setAside: Record<string, number>;
  };
}

/** An empty result of one layout, to be filled by a parser. */
export const emptyResearch = (layout: string, sources: Source[]): ParsedResearch => ({
  layout,
  fieldOutputs: [],
  pairs: [],
  totals: [],
  participations: [],
  organisations: [],
  aiInstitutions: [],
  institutionPairs: [],
  sources,
  issues: [],
  warnings: [],
  counts: { rowsRead: 0, rejectedRows: 0, setAside: {} },
});

/** Closes a parse: flushes the log's notes and copies its issues, warnings and counts. */
export function finish(out: ParsedResearch, log: PartyLog, rowsRead: number): ParsedResearch {
  log.flush();
  // One by one: a file with a bad column has a bad row per line, too many to spread as arguments.
  for (const i of log.issues) out.issues.push(i);
  for (const w of log.warnings) out.warnings.push(w);
  out.counts.rowsRead += rowsRead;
  out.counts.rejectedRows = new Set(out.issues.map((i) => `${i.file}\n${i.line}`)).size;
  for (const [reason, n] of Object.entries(log.setAside))
    out.counts.setAside[reason] = (out.counts.setAside[reason] ?? 0) + n;
  return out;
}

/** One file shape a format accepts: its name, the column that tells it, its required columns. */
export interface Layout<L extends string> {
  name: L;
  /** A column only this layout has. */
  key: string;
  required: readonly string[];
}

/**
 * Reads a CSV file of one of a format's layouts, told apart by their key columns. Throws a
 * DomainError naming the file when it has none of them, or lacks a column of its layout.
 */
export function readLayout<L extends string>(
  file: string,
  layouts: readonly Layout<L>[],
): { layout: L; csv: SourceCsv } {
  const csv = readSourceCsv(file, [], 'utf-8');
  const layout = layouts.find((l) => csv.columns.includes(l.key));
  const missing = layout ? layout.required.filter((c) => !csv.columns.includes(c)) : [];
  if (!layout || missing.length > 0) {
    const names = layout
      ? missing.map((m) => `'${m}'`).join(', ')
      : layouts.map((l) => `'${l.key}' (${l.name})`).join(' or ');
    throw new DomainError(
      'bad_file',
      `${file}: missing column${missing.length > 1 ? 's' : ''} ${names} (found: ${csv.columns.join(', ')})`,
      (layout ? missing : layouts.map((l) => l.key)).map((m) => ({
        path: m,
        line: 1,
        message: 'missing column',
      })),
    );
  }
  return { layout: layout.name, csv };
}

/**
 * Reads a count cell: a whole number ≥ 0 (`12`, or `12.0` as pandas writes it). Reports the cell
 * and returns null otherwise.
 */
export function readCount(log: PartyLog, line: number, field: string, raw: string): number | null {
  const s = raw.trim();
  const n = Number(s);
  if (s === '' || !Number.isFinite(n) || n < 0 || !Number.isInteger(n)) {
    log.bad(line, field, s === '' ? 'is empty' : 'is not a whole number ≥ 0', s);
    return null;
  }
  return n;
}

/** Reads a number cell ≥ 0 (fractional counts, indexes, euros); reports it otherwise. */
export function readAmount(log: PartyLog, line: number, field: string, raw: string): number | null {
  const s = raw.trim();
  const n = Number(s);
  if (s === '' || !Number.isFinite(n) || n < 0) {
    log.bad(line, field, s === '' ? 'is empty' : 'is not a number ≥ 0', s);
    return null;
  }
  return n;
}

/** Reads a year cell between `min` and `max`; reports it otherwise. */
export function readYear(
  log: PartyLog,
  line: number,
  field: string,
  raw: string,
  min: number,
  max: number,
): number | null {
  const s = raw.trim();
  const n = Number(s);
  if (!/^\d{4}$/.test(s) || n < min || n > max) {
    log.bad(line, field, `is not a year from ${min} to ${max}`, s);
    return null;
  }
  return n;
}

/** Resolves ISO3 codes (checked against the economies when given) and ISO2 codes to ISO3. */
export class EconomyCodes {
  private readonly iso3 = new Set<string>();
  private readonly byIso2 = new Map<string, string>();

  constructor(economies: readonly CountryEconomy[] = []) {
    for (const e of economies) {
      this.iso3.add(e.iso3);
      if (e.iso2) this.byIso2.set(e.iso2.toUpperCase(), e.iso3);
    }
  }

  /** An ISO3 cell: reported when malformed or not one of the economies. */
  fromIso3(log: PartyLog, line: number, field: string, raw: string): string | null {
    const code = raw.trim();
    if (!/^[A-Z]{3}$/.test(code)) log.bad(line, field, `'${code}' is not an ISO3 code`, code);
    else if (this.iso3.size > 0 && !this.iso3.has(code))
      log.bad(line, field, `unknown economy code '${code}'`, code);
    else return code;
    return null;
  }

  /** An ISO2 cell: reported when no economy has it. */
  fromIso2(log: PartyLog, line: number, field: string, raw: string): string | null {
    const code = raw.trim().toUpperCase();
    const iso3 = this.byIso2.get(code);
    if (iso3) return iso3;
    log.bad(line, field, `unknown ISO 3166 alpha-2 code '${raw.trim()}'`, raw);
    return null;
  }
}

/** `a`, `b` in order (a < b). */
export const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);
