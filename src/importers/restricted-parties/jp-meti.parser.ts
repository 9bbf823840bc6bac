// Parser for Japan's export-ban lists of entities (METI/MOFA notices on Russia and Belarus),
// from OpenSanctions' vendored PDF text dumps: the Russian entities, the Belarusian entities and
// the entities of third countries. Which list a file is comes from its heading; the entry text
// is read by jp-meti-entries.ts. One party per numbered entry.
import { DomainError } from '../../core/errors.ts';
import {
  isPartialIsoDate,
  type RestrictedList,
} from '../../core/restricted-parties/restricted-party.ts';
import {
  addressesOf,
  englishNames,
  englishStart,
  findEntries,
  japaneseNames,
  type RawEntry,
} from './jp-meti-entries.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { PartyBook } from './party-book.ts';
import { addressCountry, countryResolver, type CountryResolver } from './party-countries.ts';
import { PartyLog } from './party-log.ts';
import { lineIndex, readListText } from './read-list-file.ts';

/** The three lists, told apart by their headings. */
export type JpMetiList = 'russia' | 'belarus' | 'third-country';

export interface JpMetiOptions extends RestrictedListOptions {
  /** Which list the file is, when its heading does not say it. */
  list?: JpMetiList;
}

const HEADINGS: readonly [RegExp, JpMetiList][] = [
  [/ロシア連邦及びベラルーシ共和国以外/, 'third-country'],
  [/ベラルーシ共和国の団体/, 'belarus'],
  [/ロシア連邦の団体/, 'russia'],
];

/**
 * The country every entry of a list belongs to by the notice's own definition ("entities of the
 * Russian Federation", "of the Republic of Belarus"); the third-country list has none, its
 * entries' countries come from their addresses only.
 */
const LIST_COUNTRY: Readonly<Record<JpMetiList, string | null>> = {
  russia: 'RUS',
  belarus: 'BLR',
  'third-country': null,
};

const TITLES: Readonly<Record<JpMetiList, string>> = {
  russia:
    'Japan: entities of the Russian Federation subject to the export ban (MOFA Notice No. 82 of 2022)',
  belarus:
    'Japan: entities of the Republic of Belarus subject to the export ban (MOFA Notice No. 104 of 2022)',
  'third-country':
    'Japan: entities of countries other than Russia and Belarus subject to the export ban (MOFA Notice No. 447 of 2023)',
};

export const jpMetiList = (kind: JpMetiList, date: string | null): RestrictedList => ({
  id: `jp-meti-${kind}`,
  name: TITLES[kind],
  jurisdiction: 'JP',
  publisher:
    'Ministry of Economy, Trade and Industry (METI) and Ministry of Foreign Affairs of Japan',
  licence:
    'Government of Japan publication; no licence granted by OpenSanctions (vendored source), rights stay with the publisher',
  date,
  url: 'https://www.meti.go.jp/policy/external_economy/trade_control/01_seido/04_seisai/crimea.html',
});

/** `最終更新日：2025年9月12日` (spaces and full-width digits allowed, NFKC applied before). */
const UPDATED = /最終更新日\s*[:：]\s*([^\n]*)/;
const JP_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ADDRESS_MARK = /所\s*在\s*地\s*[:：]/;

function headingDate(
  heading: string,
  at: (offset: number) => number,
  log: PartyLog,
): string | null {
  const m = UPDATED.exec(heading);
  if (!m) {
    log.warn(`${log.file}: the heading gives no last-update date (最終更新日)`);
    return null;
  }
  const d = JP_DATE.exec(m[1]!.trim());
  const iso = d ? `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}` : null;
  if (!iso || !isPartialIsoDate(iso)) {
    log.bad(at(m.index), '最終更新日', 'is not a date (YYYY年M月D日)', m[1]!.trim());
    return null;
  }
  return iso;
}

function addEntry(
  e: RawEntry,
  line: number,
  book: PartyBook,
  kind: JpMetiList,
  resolve: CountryResolver,
  log: PartyLog,
): void {
  const mark = ADDRESS_MARK.exec(e.text);
  if (!mark) {
    log.bad(line, 'address', 'has no 所在地 (location) line: the entry may be cut or merged');
    return;
  }
  const names = e.text.slice(0, mark.index);
  const split = englishStart(names);
  if (split < 0) {
    log.bad(line, 'name', 'has no English name', names.trim());
    return;
  }
  const english = englishNames(names.slice(split));
  if (!english.name) {
    log.bad(line, 'name', 'has an empty English name', names.slice(split).trim());
    return;
  }
  if (english.announced !== null && english.announced !== english.aliases.length)
    log.note(
      'entries announcing another number of aliases than they list',
      `${e.number}: ${english.announced} announced, ${english.aliases.length} read`,
      line,
    );
  const d = book
    .draft(String(e.number), 'Organization', line)
    .name(
      english.name,
      ...japaneseNames(names.slice(0, split)),
      ...english.aliases,
      ...english.nativeNames,
    )
    .country(LIST_COUNTRY[kind])
    .program(
      `JP export ban (${kind === 'third-country' ? 'third countries' : kind === 'russia' ? 'Russia' : 'Belarus'})`,
    )
    .listing(null, null)
    .note(english.description);
  for (const address of addressesOf(e.text.slice(mark.index + mark[0].length))) {
    d.address(address);
    const iso3 = addressCountry(address, resolve);
    if (iso3) d.country(iso3);
    else log.note('addresses whose country is not recognised', address, line);
  }
}

/**
 * Reads a METI export-ban text list into `jp-meti-russia`, `jp-meti-belarus` or
 * `jp-meti-third-country`. The list's date is the heading's last-update date (最終更新日); no
 * entry says when it was added, so listing dates are null. An entry holding an invalid UTF-8
 * byte, or lacking its English name or its 所在地 line, is reported on its first line and left
 * out. Throws a DomainError naming the file when it is missing, has no numbered entries or its
 * heading names no known list (and `options.list` does not say it).
 */
export function parseJpMeti(file: string, options: JpMetiOptions = {}): ParsedRestrictedList {
  const log = new PartyLog(file);
  const raw = readListText(file);
  // NFKC: full-width digits, brackets and colons become ASCII; line breaks are unchanged.
  const text = raw.text.normalize('NFKC').replace(/\r\n?/g, '\n');
  const at = lineIndex(text);
  const entries = findEntries(text);
  if (entries.length === 0)
    throw new DomainError('bad_file', `${file}: no numbered entries (1, 2, 3 …) found`);
  const heading = text.slice(0, entries[0]!.offset);
  const flat = heading.replace(/\s+/g, ''); // the PDF wraps the heading anywhere
  const kind = options.list ?? HEADINGS.find(([re]) => re.test(flat))?.[1];
  if (!kind)
    throw new DomainError(
      'bad_file',
      `${file}: the heading names none of METI's export-ban lists (Russia, Belarus, third countries)`,
    );
  const date = options.date ?? headingDate(heading, at, log);
  const resolve = countryResolver(options.economies ?? []);
  const book = new PartyBook(log);
  for (const e of entries) {
    const line = at(e.offset);
    const last = at(e.offset + e.text.length);
    const bad = [...raw.badLines].filter((l) => l >= line && l <= last);
    if (bad.length > 0) {
      for (const l of bad) log.bad(l, 'text', `invalid UTF-8 byte sequence in entry ${e.number}`);
      continue;
    }
    addEntry(e, line, book, kind, resolve, log);
  }
  const firstEntryLine = at(entries[0]!.offset);
  for (const l of raw.badLines)
    if (l < firstEntryLine) log.bad(l, 'heading', 'invalid UTF-8 byte sequence');
  return book.finish(jpMetiList(kind, date), entries.length);
}
