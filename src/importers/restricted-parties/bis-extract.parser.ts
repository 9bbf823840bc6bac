// Parser for extracts of the BIS lists (U.S. Department of Commerce, Bureau of Industry and
// Security): the Entity List extract as JSON (`{generatedAt, entries: [{name, raw}]}`, scraped
// and filtered to Chinese universities and research institutes) and the Military-Intelligence
// End-User (MIEU) list as OpenSanctions' CSV. The file's extension says which.
import { DomainError } from '../../core/errors.ts';
import { slugOf } from '../../core/restricted-parties/party-names.ts';
import type {
  PartySchema,
  RestrictedList,
} from '../../core/restricted-parties/restricted-party.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import { parseEntityListEntry } from './bis-entity-list-entry.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook } from './party-book.ts';
import { addressCountry, countryResolver } from './party-countries.ts';
import { dateFromFileName, isoFromText } from './party-dates.ts';
import { PartyLog } from './party-log.ts';
import { lineIndex, readListText } from './read-list-file.ts';
import { OPENSANCTIONS_CSV_LICENCE } from './special-leg.ts';

export interface BisExtractOptions extends RestrictedListOptions {
  /**
   * ISO3 added to every party of an Entity List extract: the extract is filtered to the China
   * section of the list (CHN by default), whose entries are Chinese whatever their address says.
   * Null adds none (countries then come from addresses only).
   */
  country?: string | null;
}

const GOVERNMENT_WORK = 'Public domain (U.S. Government work)';

export const bisEntityListExtract = (date: string | null): RestrictedList => ({
  id: 'us-bis-entity-list',
  name: 'BIS Entity List (15 CFR 744 Supp. 4), extract: Chinese universities and research institutes',
  jurisdiction: 'US',
  publisher: 'U.S. Department of Commerce, Bureau of Industry and Security (BIS)',
  licence: `${GOVERNMENT_WORK}; extract by kaixinol/china-university-entity-list (AGPL-3.0 code)`,
  date,
  url: 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/appendix-Supplement%20No.%204%20to%20Part%20744',
});

export const bisMieuList = (date: string | null): RestrictedList => ({
  id: 'us-bis-mieu',
  name: 'BIS Military-Intelligence End-User (MIEU) list (EAR §744.22)',
  jurisdiction: 'US',
  publisher: 'U.S. Department of Commerce, Bureau of Industry and Security (BIS)',
  licence: OPENSANCTIONS_CSV_LICENCE,
  date,
  url: 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/section-744.22',
});

interface ExtractEntry {
  name?: unknown;
  raw?: unknown;
}

/** The line of each entry: where its `"name"` (or `"raw"`) key is, in order after `"entries"`. */
function entryLines(text: string, count: number): number[] {
  const at = lineIndex(text);
  const from = Math.max(0, text.indexOf('"entries"'));
  const re = /\{\s*"(?:name|raw)"\s*:/g;
  re.lastIndex = from;
  const lines: number[] = [];
  for (let m = re.exec(text); m && lines.length < count; m = re.exec(text))
    lines.push(at(m.index + m[0].indexOf('"')));
  return lines;
}

function parseEntityListJson(file: string, options: BisExtractOptions): ParsedRestrictedList {
  const log = new PartyLog(file);
  const { text } = readListText(file);
  let doc: { generatedAt?: unknown; entries?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (e) {
    throw new DomainError('bad_file', `${file}: not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(doc.entries))
    throw new DomainError(
      'bad_file',
      `${file}: no 'entries' array (expected {generatedAt, entries: [{name, raw}]})`,
    );
  const entries = doc.entries as ExtractEntry[];
  const lines = entryLines(text, entries.length);
  const resolve = countryResolver(options.economies ?? []);
  const defaultCountry = options.country === undefined ? 'CHN' : options.country;
  const book = new PartyBook(log);
  entries.forEach((e, i) => {
    const line = lines[i] ?? 1;
    const raw = typeof e.raw === 'string' ? e.raw : '';
    const name = typeof e.name === 'string' ? e.name : '';
    if (!raw.trim()) log.bad(line, 'raw', 'is missing or empty (the entry text)');
    for (const [field, v] of [
      ['name', name],
      ['raw', raw],
    ] as const)
      if (v.includes('\uFFFD'))
        log.bad(line, field, 'invalid UTF-8 byte sequence (the file must be UTF-8)');
    if (log.isRejected(line)) return;
    const entry = parseEntityListEntry(raw, name);
    if (!entry.name) {
      log.bad(line, 'raw', 'names no entity', raw);
      return;
    }
    if (name && name !== entry.name)
      log.note(
        "entries whose 'name' differs from the name their text gives (the text's is used)",
        name,
        line,
      );
    if (entry.announced !== null && entry.announced !== entry.aliases.length)
      log.note(
        'entries announcing another number of aliases than they list',
        `${entry.name}: ${entry.announced} announced, ${entry.aliases.length} read`,
        line,
      );
    if (entry.guessed)
      log.note(
        'entries whose last alias runs into the address (the split is guessed)',
        entry.aliases.at(-1) ?? '',
        line,
      );
    const d = book
      .draft(slugOf(entry.name), 'Organization', line)
      .name(entry.name, ...entry.aliases)
      .country(defaultCountry)
      .program('EAR Entity List (Supp. No. 4 to Part 744)')
      .listing(null, null)
      .note(raw);
    for (const a of entry.addresses) {
      d.address(a);
      d.country(addressCountry(a, resolve));
    }
  });
  const generated =
    typeof doc.generatedAt === 'string' ? isoFromText(doc.generatedAt.slice(0, 10)) : null;
  const list = bisEntityListExtract(options.date ?? generated ?? dateFromFileName(file));
  return book.finish(list, entries.length);
}

const MIEU_REQUIRED = ['Type', 'Name', 'Alias', 'Country', 'Date'] as const;
const SCHEMA_OF: Readonly<Record<string, PartySchema>> = {
  Organization: 'Organization',
  Company: 'Company',
  Person: 'Person',
  LegalEntity: 'LegalEntity',
};

function parseMieuCsv(file: string, options: BisExtractOptions): ParsedRestrictedList {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, MIEU_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const resolve = countryResolver(options.economies ?? []);
  const book = new PartyBook(log);
  const dates: string[] = [];
  for (const { line, record: r } of csv.rows) {
    const schema = SCHEMA_OF[r.Type!.trim()];
    if (!schema)
      log.bad(line, 'Type', `is not one of ${Object.keys(SCHEMA_OF).join(', ')}`, r.Type);
    const name = r.Name!.trim();
    if (!name) log.bad(line, 'Name', 'is empty');
    const date = isoFromText(r.Date!);
    if (!date) log.bad(line, 'Date', 'is not a date (YYYY-MM-DD)', r.Date);
    const endCell = r['End date']?.trim() ?? '';
    const end = endCell ? isoFromText(endCell) : null;
    if (endCell && !end) log.bad(line, 'End date', 'is not a date (YYYY-MM-DD)', endCell);
    if (log.isRejected(line)) continue;
    dates.push(date!);
    const country = r.Country!.trim();
    const iso3 = country ? resolve(country) : undefined;
    if (country && !iso3)
      log.note('countries that name no known country (left out)', country, line);
    book
      .draft(slugOf(name), schema!, line)
      .name(name, ...r.Alias!.split(';'))
      .country(iso3)
      .program(r.Program?.trim() || 'US-BIS-MIEU')
      .listing(date, end)
      .source(r['Source URL']);
  }
  return book.finish(bisMieuList(options.date ?? dates.sort().at(-1) ?? null), csv.records);
}

/**
 * Reads a BIS extract: a `.json` file as the Entity List extract (`us-bis-entity-list`), a
 * `.csv` file as the MIEU list (`us-bis-mieu`). Never throws on a bad entry or row; throws a
 * DomainError naming the file when it is missing, unreadable or of another kind.
 */
export function parseBisExtract(
  file: string,
  options: BisExtractOptions = {},
): ParsedRestrictedList {
  if (/\.json$/i.test(file)) return parseEntityListJson(file, options);
  if (/\.csv$/i.test(file)) return parseMieuCsv(file, options);
  throw new DomainError(
    'bad_file',
    `${file}: a BIS extract is the Entity List extract (.json) or the MIEU list (.csv)`,
  );
}
