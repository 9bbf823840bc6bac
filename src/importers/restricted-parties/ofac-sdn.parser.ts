// Parser for OFAC's SDN list in its legacy CSV form (sdn.csv): no header, twelve columns, `-0-`
// for an empty cell, an EOF marker (0x1A) as the last line. Names, programmes and vessel cells
// are columns; a.k.a.s, dates and places of birth, nationalities and identifiers are read from
// `Remarks` (ofac-remarks.ts). Addresses are in OFAC's add.csv, which this file does not hold.
import { parse } from 'csv-parse/sync';
import { DomainError } from '../../core/errors.ts';
import { splitQuotedLine } from '../read-table.ts';
import type {
  PartySchema,
  RestrictedList,
} from '../../core/restricted-parties/restricted-party.ts';
import type { RestrictedListOptions } from './list-options.ts';
import { parseRemarks } from './ofac-remarks.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook, type PartyDraft } from './party-book.ts';
import { NO_COUNTRY, countryResolver, type CountryResolver } from './party-countries.ts';
import { dateFromFileName } from './party-dates.ts';
import { PartyLog } from './party-log.ts';
import { readListText } from './read-list-file.ts';

/** The columns of sdn.csv, in order (OFAC's data specification for the legacy CSV files). */
export const OFAC_SDN_COLUMNS = [
  'ent_num',
  'SDN_Name',
  'SDN_Type',
  'Program',
  'Title',
  'Call_Sign',
  'Vess_type',
  'Tonnage',
  'GRT',
  'Vess_flag',
  'Vess_owner',
  'Remarks',
] as const;

type OfacColumn = (typeof OFAC_SDN_COLUMNS)[number];
type OfacRecord = Record<OfacColumn, string>;

/** `SDN_Type` → schema; OFAC's `-0-` (no type) is an entity: an organisation. */
const SCHEMA_OF: Readonly<Record<string, PartySchema>> = {
  individual: 'Person',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
  '': 'Organization',
};

/** The DOS end-of-file character (SUB, 0x1A) OFAC's legacy files end with. */
const EOF_MARKER = String.fromCharCode(0x1a);

/** Remarks cells are cut at this many characters in the legacy CSV. */
const REMARKS_LIMIT = 1000;

export const ofacSdnList = (date: string | null): RestrictedList => ({
  id: 'us-ofac-sdn',
  name: 'OFAC Specially Designated Nationals and Blocked Persons List (SDN)',
  jurisdiction: 'US',
  publisher: 'U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)',
  licence: 'Public domain (U.S. Government work)',
  date,
  url: 'https://www.treasury.gov/ofac/downloads/sdn.csv',
});

/** `-0-` (with or without OFAC's trailing space) is an empty cell. */
const cell = (s: string | undefined): string => {
  const t = (s ?? '').trim();
  return t === '-0-' ? '' : t;
};

interface RawRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

function readRecords(text: string, file: string): RawRecord[] {
  // The EOF marker is part of OFAC's format, not a record. csv-parse counts lines in LF text.
  const lf = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trimEnd();
  const body = lf.endsWith(EOF_MARKER) ? lf.slice(0, -1) : lf;
  // Fast path: OFAC writes one record per line.
  const fast: RawRecord[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const record = splitQuotedLine(lines[i]!, { lenient: true });
    if (!record) break;
    fast.push({ record, info: { lines: i + 1 }, raw: lines[i]! });
    if (i === lines.length - 1) return fast;
  }
  try {
    return parse(body, {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as unknown as RawRecord[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new DomainError(
      'bad_file',
      `${file}: not a readable CSV file${err.lines ? ` (line ${err.lines})` : ''}: ${err.message}`,
    );
  }
}

const startLine = ({ info, raw }: RawRecord): number =>
  info.lines - (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g)?.length ?? 0);

/** Checks the cells of one record; reports bad ones and returns null, or the record. */
function checkRecord(r: RawRecord, line: number, log: PartyLog): OfacRecord | null {
  if (r.record.length !== OFAC_SDN_COLUMNS.length) {
    log.bad(
      line,
      '(row)',
      `has ${r.record.length} cells, OFAC's SDN CSV has ${OFAC_SDN_COLUMNS.length}`,
    );
    return null;
  }
  const rec = Object.fromEntries(OFAC_SDN_COLUMNS.map((c, i) => [c, r.record[i]!])) as OfacRecord;
  for (const c of OFAC_SDN_COLUMNS)
    if (rec[c].includes('\uFFFD'))
      log.bad(line, c, 'invalid UTF-8 byte sequence (the file must be UTF-8)');
  if (!/^\d+$/.test(rec.ent_num.trim()))
    log.bad(line, 'ent_num', 'is not a whole number', rec.ent_num);
  if (!cell(rec.SDN_Name)) log.bad(line, 'SDN_Name', 'is empty');
  if (!(cell(rec.SDN_Type) in SCHEMA_OF))
    log.bad(line, 'SDN_Type', 'is not individual, vessel, aircraft or -0- (entity)', rec.SDN_Type);
  return log.isRejected(line) ? null : rec;
}

/** `SDGT] [IFSR` → [`SDGT`, `IFSR`] (the legacy CSV drops the outer brackets). */
export const ofacPrograms = (program: string): string[] =>
  cell(program)
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, '').trim())
    .filter(Boolean);

function addRecord(
  d: PartyDraft,
  rec: OfacRecord,
  line: number,
  resolve: CountryResolver,
  log: PartyLog,
): void {
  const remarks = parseRemarks(rec.Remarks);
  d.name(cell(rec.SDN_Name), ...remarks.aliases, ...remarks.formerNames)
    .program(...ofacPrograms(rec.Program))
    .birthDate(...remarks.birthDates)
    .listing(null, null)
    .source(`https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${rec.ent_num.trim()}`);
  remarks.birthPlaces.forEach((p) => d.birthPlace(p));
  for (const n of remarks.nationalities) {
    const iso3 = resolve(n);
    if (iso3) d.country(iso3);
    else log.note('nationalities that name no known country (left out)', n, line);
  }
  for (const id of remarks.identifiers) {
    const country = id.countryName === undefined ? undefined : resolve(id.countryName);
    if (id.countryName !== undefined && !country)
      log.note('identifier countries that name no known country', id.countryName, line);
    d.identifier({
      scheme: id.scheme,
      value: id.value,
      label: id.label,
      ...(country && { country }),
    });
    // A registration's country is the entity's jurisdiction (FtM country-typed); a person's
    // passport country says less, and persons carry nationality remarks.
    if (country && d.schema !== 'Person') d.country(country);
  }
  remarks.unreadDates.forEach((t) => log.note('DOB remarks that are no date (left out)', t, line));
  if (remarks.cutAlias !== null || rec.Remarks.length >= REMARKS_LIMIT)
    log.note(
      `Remarks cut at OFAC's ${REMARKS_LIMIT}-character limit (the last fact may be incomplete)`,
      cell(rec.SDN_Name),
      line,
    );
  const flag = cell(rec.Vess_flag);
  if (flag && !NO_COUNTRY.has(flag.toLowerCase())) {
    const iso3 = resolve(flag);
    if (iso3) d.country(iso3);
    else log.note('vessel flags that name no known country', flag, line);
  }
  const callSign = cell(rec.Call_Sign);
  if (callSign) d.identifier({ scheme: 'callSign', value: callSign });
  const vessel = [
    cell(rec.Vess_type) && `vessel type ${cell(rec.Vess_type)}`,
    cell(rec.Tonnage) && `tonnage ${cell(rec.Tonnage)}`,
    cell(rec.GRT) && `GRT ${cell(rec.GRT)}`,
    cell(rec.Vess_owner) && `owner ${cell(rec.Vess_owner)}`,
  ].filter(Boolean);
  d.note(cell(rec.Title) && `Title: ${cell(rec.Title)}`)
    .note(vessel.length > 0 ? `Vessel: ${vessel.join('; ')}` : '')
    .note(cell(rec.Remarks) && `Remarks: ${cell(rec.Remarks)}`);
}

/**
 * Reads OFAC's legacy sdn.csv into the `us-ofac-sdn` list, one party per `ent_num`. Never throws
 * on a bad row (reported with its line and column); throws a DomainError naming the file when it
 * is missing, empty or not CSV. The edition date comes from the file name (`…_20240503.csv`) or
 * `options.date`.
 */
export function parseOfacSdn(
  file: string,
  options: RestrictedListOptions = {},
): ParsedRestrictedList {
  const log = new PartyLog(file);
  const { text } = readListText(file);
  const records = readRecords(text, file);
  // OFAC's file has no header; a copy that gained one is read all the same.
  const first = records[0]?.record[0]?.trim();
  const data = first === 'ent_num' ? records.slice(1) : records;
  if (data.length === 0) throw new DomainError('bad_file', `${file}: the file holds no records`);
  const list = ofacSdnList(options.date ?? dateFromFileName(file));
  const resolve = countryResolver(options.economies ?? []);
  const book = new PartyBook(log);
  for (const r of data) {
    const line = startLine(r);
    const rec = checkRecord(r, line, log);
    if (!rec) continue;
    const id = rec.ent_num.trim();
    if (book.has(id)) {
      log.bad(line, 'ent_num', 'is repeated (an ent_num names one entry)', id);
      continue;
    }
    addRecord(book.draft(id, SCHEMA_OF[cell(rec.SDN_Type)]!, line), rec, line, resolve, log);
  }
  return book.finish(list, data.length);
}
