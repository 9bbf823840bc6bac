// The shared reader of OpenSanctions' `us_special_leg` source files (NDAA sections 889, 5949,
// 154 and 1286, and State's INKSNA determinations): one header for all, one act per file, one
// row per entity per designation event (edition). Rows naming the same entity are merged.
import { DomainError } from '../../core/errors.ts';
import { slugOf } from '../../core/restricted-parties/party-names.ts';
import {
  PARTY_SCHEMAS,
  type PartySchema,
  type RestrictedList,
} from '../../core/restricted-parties/restricted-party.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook } from './party-book.ts';
import { countryResolver } from './party-countries.ts';
import { isoFromText } from './party-dates.ts';
import { PartyLog } from './party-log.ts';

/** Columns every special-legislation file must have (`topics`, `authority`, `reason`, `notes` may be absent). */
export const SPECIAL_LEG_REQUIRED = [
  'schema',
  'name',
  'aliases',
  'program',
  'report-date',
  'start-date',
  'end-date',
  'country',
  'source_url',
] as const;

export const OPENSANCTIONS_CSV_LICENCE =
  'CC BY-NC 4.0 (OpenSanctions transcription); the underlying list is an official publication';

/** What the file's act makes of the list: built from the program title and authority. */
export interface SpecialLegListInfo {
  program: string;
  authority: string;
  /** The first source URL of the file's rows. */
  url: string | null;
  /** The latest edition or listing date of the file's rows. */
  latest: string | null;
}

/** Reads a date cell: ISO (partial allowed: `2025`) or written out (`October 1, 2027`). */
const dateCell = (s: string): string | null | undefined =>
  s.trim() === '' ? null : (isoFromText(s) ?? undefined);

/** The value most rows give (the file's act), ties to the first. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

/**
 * Reads one special-legislation file into the list `makeList` names. Never throws on a bad row;
 * throws a DomainError naming the file when it is missing, unreadable, lacks a column or names
 * no programme at all.
 */
export function parseSpecialLeg(
  file: string,
  options: RestrictedListOptions,
  makeList: (info: SpecialLegListInfo) => RestrictedList,
  /** True when the file's report-dates are editions of one list (Section 1286), not events. */
  editionsOfOneList = false,
): ParsedRestrictedList {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, SPECIAL_LEG_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const program = mostCommon(csv.rows.map((r) => r.record.program!.trim()));
  if (program === undefined)
    throw new DomainError('bad_file', `${file}: no row names a program (column 'program')`);
  const resolve = countryResolver(options.economies ?? []);
  const book = new PartyBook(log);
  const seen = new Map<string, number>();
  const editions = new Map<string, Set<string>>();
  const ended = new Set<string>();
  const dates: string[] = [];
  let authority = '';
  let url: string | null = null;
  for (const { line, record: r } of csv.rows) {
    const schema = r.schema!.trim() as PartySchema;
    if (!PARTY_SCHEMAS.includes(schema))
      log.bad(line, 'schema', `is not one of ${PARTY_SCHEMAS.join(', ')}`, r.schema);
    const name = r.name!.trim();
    if (!name) log.bad(line, 'name', 'is empty');
    if (r.program!.trim() !== program)
      log.bad(
        line,
        'program',
        `differs from the file's act ('${program}'): one act per file`,
        r.program,
      );
    const date = (c: 'report-date' | 'start-date' | 'end-date'): string | null => {
      const d = dateCell(r[c]!);
      if (d === undefined)
        log.bad(line, c, 'is not a date (YYYY, YYYY-MM-DD or "October 1, 2027")', r[c]);
      return d ?? null;
    };
    const [report, start, end] = [date('report-date'), date('start-date'), date('end-date')];
    const key = slugOf(name);
    const edition = `${key}\n${r['report-date']!.trim()}`;
    const earlier = seen.get(edition);
    if (name && earlier !== undefined)
      log.bad(line, 'name', `names an entity line ${earlier} already names in this edition`, name);
    if (log.isRejected(line)) continue;
    seen.set(edition, line);
    const listed = report ?? start;
    if (listed) dates.push(listed);
    authority ||= r.authority?.trim() ?? '';
    const sourceUrl = r.source_url!.split(';')[0]!.trim();
    url ??= sourceUrl || null;
    const country = r.country!.trim();
    const iso3 = country ? resolve(country) : undefined;
    if (country && !iso3)
      log.note('countries that name no known country (left out)', country, line);
    if (report) editions.set(key, (editions.get(key) ?? new Set()).add(report));
    if (end) ended.add(key);
    book
      .draft(key, schema, line)
      .name(name, ...r.aliases!.split(';'))
      .country(iso3)
      .program(program)
      .listing(listed, end)
      .note(start && start !== report ? `In force from ${start}.` : '')
      .note(r.reason)
      .note(r.notes)
      .source(sourceUrl);
  }
  if (editionsOfOneList) warnAboutEditions(editions, ended, file, log);
  const latest = dates.sort().at(-1) ?? null;
  const list = makeList({ program, authority, url, latest });
  return book.finish(options.date ? { ...list, date: options.date } : list, csv.records);
}

/** Files with several editions (Section 1286): entities the latest edition no longer names. */
function warnAboutEditions(
  editions: Map<string, Set<string>>,
  ended: ReadonlySet<string>,
  file: string,
  log: PartyLog,
): void {
  const all = new Set([...editions.values()].flatMap((s) => [...s]));
  if (all.size < 2) return;
  const latest = [...all].sort().at(-1)!;
  const dropped = [...editions].filter(([k, s]) => !s.has(latest) && !ended.has(k)).map(([k]) => k);
  if (dropped.length > 0)
    log.warn(
      `${file}: ${dropped.length} of ${editions.size} entities are not in the latest edition (${latest}) ` +
        `but have no end-date, so they stay listed: ${dropped.slice(0, 8).join(', ')}${dropped.length > 8 ? ' …' : ''}`,
    );
}
