// Parser for China's export-control and unreliable-entity lists as OpenSanctions records them
// (datasets/cn/sanctions): one row per designation — MOFCOM's "List of Export Controls" (管控
// 名单), its Export Control Watch List, the Unreliable Entity List (UEL) — beside MFA and Taiwan
// Affairs Office countermeasures in the same file. Rows naming the same entity are merged.
import { slugOf } from '../../core/restricted-parties/party-names.ts';
import type {
  PartySchema,
  RestrictedList,
} from '../../core/restricted-parties/restricted-party.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook } from './party-book.ts';
import { countryResolver } from './party-countries.ts';
import { isoFromAny } from './party-dates.ts';
import { PartyLog } from './party-log.ts';
import { OPENSANCTIONS_CSV_LICENCE } from './special-leg.ts';

export const CN_REQUIRED = ['Type', 'Name', 'Country', 'Body', 'List', 'Date'] as const;

/** The lists of MOFCOM's export-control regime (the `List` column). */
export const CN_EXPORT_CONTROL_LISTS: ReadonlySet<string> = new Set([
  'List of Export Controls',
  'Export Control Watch List',
  'UEL',
]);

/**
 * `export-control` (the default): MOFCOM's List of Export Controls, Export Control Watch List and
 * Unreliable Entity List — other rows (countermeasures, Anti-Foreign Sanctions Law, Taiwan-related
 * lists) are set aside by list. `all`: every row of the file, as the list `cn-sanctions`.
 */
export type CnScope = 'export-control' | 'all';

export interface CnExportControlOptions extends RestrictedListOptions {
  scope?: CnScope;
}

const SCHEMA_OF: Readonly<Record<string, PartySchema>> = {
  Company: 'Company',
  Person: 'Person',
  Organization: 'Organization',
};

export const cnList = (scope: CnScope, date: string | null): RestrictedList =>
  scope === 'export-control'
    ? {
        id: 'cn-mofcom-export-control',
        name: 'China MOFCOM export-control lists: List of Export Controls, Export Control Watch List, Unreliable Entity List',
        jurisdiction: 'CN',
        publisher: 'Ministry of Commerce of the People’s Republic of China (MOFCOM)',
        licence: OPENSANCTIONS_CSV_LICENCE,
        date,
        url: 'https://www.mofcom.gov.cn/',
      }
    : {
        id: 'cn-sanctions',
        name: 'China: export controls, unreliable entities and countermeasures (MOFCOM, MFA, Taiwan Affairs Office)',
        jurisdiction: 'CN',
        publisher:
          'Government of the People’s Republic of China (MOFCOM, MFA, Taiwan Affairs Office)',
        licence: OPENSANCTIONS_CSV_LICENCE,
        date,
        url: null,
      };

const split = (s: string | undefined): string[] => (s ?? '').split(';');

/**
 * Reads the CN sanctions file into `cn-mofcom-export-control` (or `cn-sanctions` with scope
 * `all`), one party per entity name and type; the Wikidata QID is kept as an identifier. Dates
 * are DD.MM.YYYY (two-digit years read as 20YY). Never throws on a bad row; throws a DomainError
 * naming the file when it is missing or lacks a column.
 */
export function parseCnExportControl(
  file: string,
  options: CnExportControlOptions = {},
): ParsedRestrictedList {
  const scope = options.scope ?? 'export-control';
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, CN_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const resolve = countryResolver(options.economies ?? []);
  const book = new PartyBook(log);
  const dates: string[] = [];
  for (const { line, record: r } of csv.rows) {
    const listName = r.List!.trim();
    if (scope === 'export-control' && !CN_EXPORT_CONTROL_LISTS.has(listName)) {
      log.aside(`list '${listName || '(none)'}', not an export-control list`);
      continue;
    }
    const schema = SCHEMA_OF[r.Type!.trim()];
    if (!schema) log.bad(line, 'Type', 'is not Company, Person or Organization', r.Type);
    const name = r.Name!.trim() || r['Chinese name']?.trim() || '';
    if (!name) log.bad(line, 'Name', 'is empty (and so is Chinese name)');
    const dateCell = r.Date!.trim();
    const date = dateCell ? isoFromAny(dateCell) : null;
    if (dateCell && !date) log.bad(line, 'Date', 'is not a date (DD.MM.YYYY)', dateCell);
    const endCell = r['End date']?.trim() ?? '';
    const end = endCell ? isoFromAny(endCell) : null;
    if (endCell && !end) log.bad(line, 'End date', 'is not a date (DD.MM.YYYY)', endCell);
    if (log.isRejected(line)) continue;
    if (date) dates.push(date);
    else log.note('designations without a date', name, line);
    const country = r.Country!.trim();
    const iso3 = country ? resolve(country) : undefined;
    if (country && !iso3)
      log.note('countries that name no known country (left out)', country, line);
    const qid = r.QID?.trim();
    book
      .draft(slugOf(name), schema!, line)
      .name(name, ...split(r.Alias), r['Chinese name'])
      .identifier({ scheme: 'wikidataId', value: qid ?? '' })
      .country(iso3)
      .program(listName || r.Body)
      .listing(date, end)
      .address(r.Address)
      .note(r.Summary)
      .source(r['Source URL']);
  }
  const list = cnList(scope, options.date ?? dates.sort().at(-1) ?? null);
  return book.finish(list, csv.records);
}
