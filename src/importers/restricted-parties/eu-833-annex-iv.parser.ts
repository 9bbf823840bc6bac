// Parser for Annex IV of Council Regulation (EU) No 833/2014 (Russia): the natural and legal
// persons supporting Russia's military-industrial complex, subject to tighter dual-use export
// restrictions — the EU's de-facto entity list — as OpenSanctions transcribes the consolidated
// EUR-Lex text. Reads the Annex IV extract or the file of all annexes (other annexes set aside).
import { DomainError } from '../../core/errors.ts';
import {
  PARTY_SCHEMAS,
  type PartySchema,
  type RestrictedList,
} from '../../core/restricted-parties/restricted-party.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook, type PartyDraft } from './party-book.ts';
import { addressCountry, countryResolver, type CountryResolver } from './party-countries.ts';
import { isoFromAny } from './party-dates.ts';
import { PartyLog } from './party-log.ts';
import { OPENSANCTIONS_CSV_LICENCE } from './special-leg.ts';

export const EU_833_REQUIRED = ['recordId', 'annex', 'schema', 'name', 'startDate'] as const;

/** Columns holding identifiers, `value (label)` each, `; `-separated. */
const IDENTIFIER_COLUMNS = [
  'registrationNumber',
  'taxNumber',
  'idNumber',
  'passportNumber',
  'innCode',
  'ogrnCode',
  'kppCode',
  'okpoCode',
  'leiCode',
  'swiftBic',
  'imoNumber',
  'mmsi',
] as const;

/** Columns holding country names (FtM country-typed). */
const COUNTRY_COLUMNS = ['country', 'nationality', 'jurisdiction', 'flag'] as const;

export const eu833AnnexIvList = (date: string | null): RestrictedList => ({
  id: 'eu-833-annex-iv',
  name: 'Council Regulation (EU) No 833/2014, Annex IV (persons supporting Russia’s military-industrial complex)',
  jurisdiction: 'EU',
  publisher: 'Council of the European Union (EUR-Lex consolidated text)',
  licence: OPENSANCTIONS_CSV_LICENCE,
  date,
  url: 'https://eur-lex.europa.eu/eli/reg/2014/833/oj',
});

/**
 * The FtM scheme of a registration number by the label the annex gives it: `Tax ID/INN` and
 * `INN` are Russian INNs, `OGRN` an OGRN, `TRN`/`TIN`/`PAN`/`GSTIN`/`Tax ID` tax numbers, `ID`
 * an identity number; the rest (USCC, BRN, CR No., CBLS …) registration numbers.
 */
export function euIdentifierScheme(column: string, label: string): string {
  if (column !== 'registrationNumber') return column;
  if (/\bINN\b/.test(label)) return 'innCode';
  if (/\bOGRN\b/.test(label)) return 'ogrnCode';
  if (/\b(TRN|TIN|PAN|GSTIN)\b|\btax\b/i.test(label)) return 'taxNumber';
  if (/^ID$/.test(label)) return 'idNumber';
  return 'registrationNumber';
}

/** `7704730655 (Tax ID/INN)` → value and label (labels may hold parentheses themselves). */
export function splitLabelled(item: string): { value: string; label: string } {
  const t = item.trim();
  const at = t.indexOf(' (');
  if (at < 0 || !t.endsWith(')')) return { value: t, label: '' };
  return { value: t.slice(0, at).trim(), label: t.slice(at + 2, -1).trim() };
}

const items = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

function addRow(
  d: PartyDraft,
  r: Record<string, string>,
  line: number,
  resolve: CountryResolver,
  log: PartyLog,
): void {
  d.name(r.name, ...items(r.alias), ...items(r.weakAlias), ...items(r.previousName));
  for (const column of IDENTIFIER_COLUMNS)
    for (const item of items(r[column])) {
      const { value, label } = splitLabelled(item);
      d.identifier({
        scheme: euIdentifierScheme(column, label),
        value,
        ...(label && { label }),
      });
    }
  for (const column of COUNTRY_COLUMNS)
    for (const name of items(r[column])) {
      const iso3 = resolve(name);
      if (iso3) d.country(iso3);
      else log.note(`${column} values that name no known country`, name, line);
    }
  for (const address of items(r.address)) {
    d.address(address);
    const iso3 = addressCountry(address, resolve);
    if (iso3) d.country(iso3);
    else log.note('addresses whose country is not recognised', address, line);
  }
  for (const b of items(r.birthDate)) {
    const iso = isoFromAny(b);
    if (iso) d.birthDate(iso);
  }
  d.program(`${r.programKey || 'EU-RUS'} Annex ${r.annex}`)
    .note(r.reason)
    .note(r.notes);
}

/**
 * Reads the Annex IV rows of an EU Reg. 833/2014 file into `eu-833-annex-iv`, one party per
 * `recordId` (the entry number in the annex). Rows of other annexes are set aside by annex.
 * Never throws on a bad row; throws a DomainError naming the file when it is missing, lacks a
 * column or holds no Annex IV row.
 */
export function parseEu833AnnexIv(
  file: string,
  options: RestrictedListOptions = {},
): ParsedRestrictedList {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, EU_833_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const resolve = countryResolver(options.economies ?? []);
  const book = new PartyBook(log);
  const dates: string[] = [];
  let annexIv = 0;
  for (const { line, record: r } of csv.rows) {
    if (r.annex!.trim() !== 'IV') {
      log.aside(`annex ${r.annex!.trim() || '(none)'}, not Annex IV`);
      continue;
    }
    annexIv++;
    const id = r.recordId!.trim();
    if (!id) log.bad(line, 'recordId', 'is empty');
    else if (book.has(id))
      log.bad(line, 'recordId', 'is repeated (a record ID names one entry)', id);
    const schema = r.schema!.trim() as PartySchema;
    if (!PARTY_SCHEMAS.includes(schema))
      log.bad(line, 'schema', `is not one of ${PARTY_SCHEMAS.join(', ')}`, r.schema);
    if (!r.name!.trim()) log.bad(line, 'name', 'is empty');
    const start = isoFromAny(r.startDate!);
    if (!start) log.bad(line, 'startDate', 'is not a date (D.M.YYYY)', r.startDate);
    if (log.isRejected(line)) continue;
    dates.push(start!);
    addRow(book.draft(id, schema, line).listing(start, null), r, line, resolve, log);
  }
  if (annexIv === 0)
    throw new DomainError('bad_file', `${file}: no row of Annex IV (column 'annex' = 'IV')`);
  const list = eu833AnnexIvList(options.date ?? dates.sort().at(-1) ?? null);
  return book.finish(list, csv.records);
}
