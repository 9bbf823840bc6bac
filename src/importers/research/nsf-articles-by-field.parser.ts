// Parser for NSF's S&E articles by field and economy, 2003–2022 (format `nsf-articles-by-field`;
// SEI 2024 tables SPBS-3…16 fractional and SPBS-18…31 whole, in one long table derived from them):
// one row per entity and year, a whole and a fractional count for each of NSF's 14 fields. Each
// row gives 14 FieldOutput records. The world's row is kept under WLD (the base of shares and
// specialisation); regions and other entities without an ISO3 code are set aside by name.
import { economyLookup } from '../../core/economies/economy-names.ts';
import { NSF_FIELDS, WORLD, type FieldOutput } from '../../core/research/research.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import {
  EconomyCodes,
  emptyResearch,
  finish,
  readAmount,
  readCount,
  readLayout,
  readYear,
  type ParsedResearch,
  type ResearchOptions,
} from './parsed-research.ts';
import { NSF_SEI_2024 } from './research-sources.ts';

export const NSF_FIELD_COLUMNS = [
  'iso3',
  'entity',
  'year',
  ...NSF_FIELDS.map((f) => `whole_${f.nsfColumn}`),
  ...NSF_FIELDS.map((f) => `frac_${f.nsfColumn}`),
] as const;

/**
 * Entities of the table without an ISO3 code that are not economies (PROVENANCE.md): regions and
 * aggregates, units outside ISO 3166 and the articles NSF could not assign. Set aside by name; an
 * entity without a code that is not here is reported.
 */
export const NSF_NON_ECONOMIES: ReadonlySet<string> = new Set([
  'Africa',
  'Asia',
  'Australia and Oceania',
  'Central America and Caribbean',
  'EU-27',
  'EU-27 and United Kingdom',
  'Europe',
  'Middle East',
  'North America',
  'Other Europe',
  // A second "Other Europe" row of SPBS-2 (its 2020 membership), named so by the converter.
  'Other Europe, 2020',
  'South America',
  'Gaza Strip',
  'West Bank',
  'Serbia and Montenegro',
  'Unassigned',
]);

export const NSF_SET_ASIDE =
  'region, aggregate or unit without an ISO3 code (EU-27, Gaza Strip, Unassigned …)';

/**
 * Reads the articles-by-field table. Never throws on a bad row (reported with its line and
 * column); throws a DomainError naming the file when it is missing or lacks a column.
 */
export function parseNsfArticlesByField(
  file: string,
  options: ResearchOptions = {},
): ParsedResearch {
  const { csv } = readLayout(file, [
    { name: 'fields', key: 'whole_physics', required: NSF_FIELD_COLUMNS },
  ]);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const out = emptyResearch('fields', [NSF_SEI_2024]);
  const codes = new EconomyCodes(options.economies);
  const lookup = economyLookup(options.economies ?? []);
  const seen = new Map<string, number>();

  for (const { line, record: r } of csv.rows) {
    const entity = r.entity!.trim();
    const code = r.iso3!.trim();
    let iso3: string | null = null;
    if (code === '' && entity === 'World') iso3 = WORLD;
    else if (code === '' && NSF_NON_ECONOMIES.has(entity)) {
      log.aside(NSF_SET_ASIDE);
      continue;
    } else if (code === '')
      log.bad(
        line,
        'iso3',
        `is empty, and '${entity}' is not one of the table's regions or aggregates`,
        entity,
      );
    else {
      iso3 = codes.fromIso3(log, line, 'iso3', code);
      const named = entity === '' ? null : lookup(entity);
      if (iso3 !== null && named?.kind === 'found' && named.iso3 !== iso3)
        log.bad(line, 'entity', `names ${named.iso3}, but iso3 is ${iso3}`, entity);
    }
    const year = readYear(log, line, 'year', r.year!, 1990, 2100);
    const counts = NSF_FIELDS.map((f) => ({
      field: f.code,
      whole: readCount(log, line, `whole_${f.nsfColumn}`, r[`whole_${f.nsfColumn}`]!),
      fractional: readAmount(log, line, `frac_${f.nsfColumn}`, r[`frac_${f.nsfColumn}`]!),
    }));
    if (log.isRejected(line)) continue;
    const key = `${iso3}|${year}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      log.bad(line, 'year', `${iso3} ${year} already given on line ${earlier}`, String(year));
      continue;
    }
    seen.set(key, line);
    for (const c of counts) {
      const output: FieldOutput = {
        iso3: iso3!,
        field: c.field,
        year: year!,
        wholeArticles: c.whole!,
        fractionalArticles: c.fractional!,
        source: 'nsf',
      };
      out.fieldOutputs.push(output);
    }
  }
  return finish(out, log, csv.records);
}
