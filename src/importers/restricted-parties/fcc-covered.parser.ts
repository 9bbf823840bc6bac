// Parser for the FCC Covered List (Secure and Trusted Communications Networks Act) as
// OpenSanctions transcribes it: one row per covered item, a free-text description that names the
// producer or provider ("… produced by Huawei Technologies Company, including …") and the date of
// inclusion. Rows that cover a class of equipment without naming an entity are set aside.
import { slugOf } from '../../core/restricted-parties/party-names.ts';
import type { RestrictedList } from '../../core/restricted-parties/restricted-party.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook } from './party-book.ts';
import { isoFromText } from './party-dates.ts';
import { PartyLog } from './party-log.ts';
import { OPENSANCTIONS_CSV_LICENCE } from './special-leg.ts';

export const FCC_ITEM = 'covered_equipment_or_services';
export const FCC_DATE = 'date_of_inclusion_on_covered_list';

export const fccCoveredList = (date: string | null): RestrictedList => ({
  id: 'us-fcc-covered',
  name: 'FCC Covered List (Secure and Trusted Communications Networks Act of 2019)',
  jurisdiction: 'US',
  publisher: 'Federal Communications Commission',
  licence: OPENSANCTIONS_CSV_LICENCE,
  date,
  url: 'https://www.fcc.gov/supplychain/coveredlist',
});

/** "… produced by X, including …", "… supplied, directly or indirectly, by X or any of its …". */
const BY_ENTITY =
  /\b(?:produced|provided|supplied)(?:\s+or\s+(?:produced|provided|supplied))?(?:,\s*directly or indirectly,)?\s+by\s+(.+?)(?=,\s*(?:including|to the extent|subject to)\b|\s+(?:subject to|or any of|or any)\b|\.?\s*$)/;

/** "Pacific Networks Corp and its wholly-owned subsidiary ComNet (USA) LLC" names two entities. */
const SUBSIDIARY = /\s+and its (?:wholly[- ]owned )?subsidiar(?:y|ies)\s+/;

/** The entities a covered item names: none for a class of equipment ("such entity" is no name). */
export function fccEntities(item: string): string[] {
  const m = BY_ENTITY.exec(item);
  if (!m) return [];
  const names = m[1]!.split(SUBSIDIARY).map((n) => n.trim());
  return names.filter((n) => n && !/^such entit/i.test(n) && !/foreign country/i.test(n));
}

/**
 * Reads the FCC Covered List into `us-fcc-covered`: one Company per named producer or provider,
 * listed on the item's inclusion date. A date cell with "Updated:" dates after the first gives
 * the first (the others are warned). Never throws on a bad row; throws a DomainError naming the
 * file when it is missing or lacks a column.
 */
export function parseFccCovered(
  file: string,
  options: RestrictedListOptions = {},
): ParsedRestrictedList {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, [FCC_ITEM, FCC_DATE], 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const book = new PartyBook(log);
  const dates: string[] = [];
  for (const { line, record: r } of csv.rows) {
    const item = r[FCC_ITEM]!.replace(/\s+/g, ' ').trim();
    if (!item) log.bad(line, FCC_ITEM, 'is empty');
    const [first, ...updates] = r[FCC_DATE]!.split(/Updated:/i).map((s) => s.trim());
    const date = isoFromText(first ?? '');
    if (!date) log.bad(line, FCC_DATE, 'is not a date ("March 12, 2021")', r[FCC_DATE]);
    if (log.isRejected(line)) continue;
    dates.push(date!);
    if (updates.length > 0)
      log.note(
        'inclusion dates followed by "Updated:" dates (the first is used)',
        updates.join('; '),
        line,
      );
    if (/\."[A-Z]/.test(item))
      log.note(
        'cells that seem to hold two items (a stray quote joined them)',
        item.slice(0, 60),
        line,
      );
    const names = fccEntities(item);
    if (names.length === 0) {
      log.aside('covers a class of equipment, names no entity');
      continue;
    }
    for (const name of names)
      book
        .draft(slugOf(name), 'Company', line)
        .name(name)
        .program('FCC Covered List')
        .listing(date, null)
        .note(item);
  }
  const list = fccCoveredList(options.date ?? dates.sort().at(-1) ?? null);
  return book.finish(list, csv.records);
}
