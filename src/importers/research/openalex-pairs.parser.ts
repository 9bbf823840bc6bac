// Parser for OpenAlex's country co-authorship (format `openalex-pairs`; V. Batagelj's networks of
// August 2024, see the data's PROVENANCE.md). One format, two file layouts told apart by their
// columns, because they are one source read the same way (ISO2 codes, a year, a count of works):
// - `pairs`: works with authors in both countries, per year (2010–2023 in the file read), one row
//   per unordered pair (`iso2_a < iso2_b`), counts > 0 only;
// - `totals`: each country's internationally co-authored works per year (1990–2023).
// Works are of every type (articles, preprints, datasets …): never compare them with NSF's articles.
import { PartyLog } from '../restricted-parties/party-log.ts';
import {
  EconomyCodes,
  emptyResearch,
  finish,
  ordered,
  readCount,
  readLayout,
  readYear,
  type Layout,
  type ParsedResearch,
  type ResearchOptions,
} from './parsed-research.ts';
import { OPENALEX_COUNTRY_PAIRS } from './research-sources.ts';

export const OPENALEX_PAIRS_COLUMNS = ['year', 'iso2_a', 'iso2_b', 'coauthored_works'] as const;
export const OPENALEX_TOTALS_COLUMNS = ['year', 'iso2', 'intl_coauthored_works'] as const;

const LAYOUTS: readonly Layout<'pairs' | 'totals'>[] = [
  { name: 'pairs', key: 'coauthored_works', required: OPENALEX_PAIRS_COLUMNS },
  { name: 'totals', key: 'intl_coauthored_works', required: OPENALEX_TOTALS_COLUMNS },
];

/**
 * Reads either OpenAlex file. Never throws on a bad row (reported with its line and column);
 * throws a DomainError naming the file when it is missing or lacks a column.
 */
export function parseOpenAlexPairs(file: string, options: ResearchOptions = {}): ParsedResearch {
  const { layout, csv } = readLayout(file, LAYOUTS);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const out = emptyResearch(layout, [OPENALEX_COUNTRY_PAIRS]);
  const codes = new EconomyCodes(options.economies);
  const seen = new Map<string, number>();
  const once = (line: number, field: string, key: string, what: string, value: string): boolean => {
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, line);
      return true;
    }
    log.bad(line, field, `${what} already given on line ${earlier}`, value);
    return false;
  };

  for (const { line, record: r } of csv.rows) {
    const year = readYear(log, line, 'year', r.year!, 1900, 2100);
    if (layout === 'pairs') {
      const a = codes.fromIso2(log, line, 'iso2_a', r.iso2_a!);
      const b = codes.fromIso2(log, line, 'iso2_b', r.iso2_b!);
      if (a !== null && a === b) log.bad(line, 'iso2_b', 'is the same economy as iso2_a', r.iso2_b);
      const works = readCount(log, line, 'coauthored_works', r.coauthored_works!);
      if (log.isRejected(line)) continue;
      const [x, y] = ordered(a!, b!);
      if (!once(line, 'iso2_b', `${year}|${x}|${y}`, `pair ${x}–${y} (${year})`, r.iso2_b!))
        continue;
      out.pairs.push({
        a: x,
        b: y,
        firstYear: year!,
        year: year!,
        works: works!,
        source: 'openalex',
        field: 'all',
        collaborationIndex: null,
        programme: null,
      });
    } else {
      const iso3 = codes.fromIso2(log, line, 'iso2', r.iso2!);
      const works = readCount(log, line, 'intl_coauthored_works', r.intl_coauthored_works!);
      if (log.isRejected(line)) continue;
      if (!once(line, 'iso2', `${year}|${iso3}`, `${iso3} ${year}`, r.iso2!)) continue;
      out.totals.push({
        iso3: iso3!,
        field: 'all',
        firstYear: year!,
        year: year!,
        works: works!,
        source: 'openalex',
      });
    }
  }
  return finish(out, log, csv.records);
}
