// Parser for the DoD list of "Chinese military companies" (NDAA FY2021 §1260H) as OpenSanctions
// maintains it: one row per company per edition or listing period (`Start date`/`End date`),
// keyed by `Clean Name`; rows of one company are merged into one party.
import { slugOf } from '../../core/restricted-parties/party-names.ts';
import type { RestrictedList } from '../../core/restricted-parties/restricted-party.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook } from './party-book.ts';
import { isoFromText } from './party-dates.ts';
import { PartyLog } from './party-log.ts';
import { OPENSANCTIONS_CSV_LICENCE } from './special-leg.ts';

export const DOD_1260H_REQUIRED = ['Name', 'Clean Name', 'Start date', 'End date'] as const;

/**
 * Every entry of the list is, by its statutory definition, a "Chinese military company" — so
 * each party's countries hold CHN, including the subsidiaries the list names abroad (John
 * Holland Group in Australia, COMAC America): the list links them to the PRC, not their seat.
 */
export const DOD_1260H_COUNTRY = 'CHN';

export const dod1260hList = (date: string | null): RestrictedList => ({
  id: 'us-dod-1260h',
  name: 'DoD list of Chinese military companies operating in the United States (NDAA FY2021 §1260H)',
  jurisdiction: 'US',
  publisher: 'U.S. Department of Defense',
  licence: OPENSANCTIONS_CSV_LICENCE,
  date,
  url: 'https://www.defense.gov/News/Releases/',
});

/** `Knownsec,Beijing Kownsec`: aliases are separated by `;` or by a comma without a space. */
const splitAliases = (s: string | undefined): string[] => (s ?? '').split(/;|,(?=\S)/);

/**
 * Reads the DoD 1260H file into the `us-dod-1260h` list. The list's date is its latest edition
 * (the latest `Start date` or `End date`). Never throws on a bad row; throws a DomainError
 * naming the file when it is missing or lacks a column.
 */
export function parseDod1260h(
  file: string,
  options: RestrictedListOptions = {},
): ParsedRestrictedList {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, DOD_1260H_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const book = new PartyBook(log);
  const editions: string[] = [];
  for (const { line, record: r } of csv.rows) {
    const name = r['Clean Name']!.trim() || r.Name!.trim();
    if (!name) log.bad(line, 'Clean Name', 'is empty (and so is Name)');
    const start = isoFromText(r['Start date']!);
    if (!start) log.bad(line, 'Start date', 'is not a date (YYYY-MM-DD)', r['Start date']);
    const endCell = r['End date']!.trim();
    const end = endCell ? isoFromText(endCell) : null;
    if (endCell && !end) log.bad(line, 'End date', 'is not a date (YYYY-MM-DD)', endCell);
    if (log.isRejected(line)) continue;
    editions.push(start!, ...(end ? [end] : []));
    const parent = r['Parent Name']?.trim();
    book
      .draft(slugOf(name), 'Company', line)
      .name(name, ...splitAliases(r.Alias), ...splitAliases(r['Previous Name']))
      .country(DOD_1260H_COUNTRY)
      .program('NDAA FY2021 §1260H')
      .listing(start, end)
      .note(parent ? `Parent: ${parent}` : '')
      .note(r.Note)
      .source(r['Source Url']);
  }
  const list = dod1260hList(options.date ?? editions.sort().at(-1) ?? null);
  return book.finish(list, csv.records);
}
