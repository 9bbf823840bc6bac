// Parser for the DERIVED spyware investigation index (Citizen Lab malware-indicators and Amnesty
// Security Lab investigations, compiled by a helper: titles, links, dates and counts, no IOCs):
// one row per published investigation, each one spyware-operation case whose evidence is flagged
// `derived`.
//
// Vendors and countries are read only as the index writes them (from titles, READMEs, folder
// names). `countries_or_groups_named` mixes countries with groups (`Tibetan groups`) and marks a
// vendor's home (`Germany (vendor origin)`): countries become the case's countries, vendor homes
// its supplier origins, and names of no economy are listed in a warning, not guessed. The
// technique label is the compiler's, and the column `helper_context_UNVERIFIED` is not read.
import type { MisuseCase, PartialDate, TechnologyCategory } from '../../core/misuse/case.ts';
import { supplierMention, uniqueSuppliers } from '../../core/misuse/supplier-name.ts';
import { slugOf } from '../../core/restricted-parties/party-names.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import { parsedMisuse } from './case-set.ts';
import { misuseCountryResolver } from './misuse-countries.ts';
import { SPYWARE_INDEX_DERIVED } from './misuse-sources.ts';
import type { MisuseOptions, ParsedMisuse } from './parsed-misuse.ts';

export const SPYWARE_INDEX_REQUIRED = [
  'source_org',
  'case_folder',
  'published',
  'title',
  'report_url',
  'ioc_domain_count',
  'vendor_named',
  'countries_or_groups_named',
  'technique_helper_label',
] as const;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2018-08-01`, `June 9, 2020`, `Sept 24, 2019` → an ISO date; null when it is neither. */
export function publishedDate(text: string): PartialDate | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})$/.exec(t);
  const month = m ? MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) : -1;
  if (!m || month < 0 || Number(m[2]) > 31) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** The technology a technique label stands for. */
export function techniqueCategory(label: string): TechnologyCategory {
  if (/DPI|network injection/i.test(label)) return 'ip-network-surveillance';
  if (/spyware|exploit|malware|intrusion|espionage/i.test(label)) return 'intrusion-software';
  return 'other';
}

const withoutNotes = (s: string): string =>
  s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The vendor names of a `vendor_named` cell: parts split at `;` and ` / `, parenthesised notes
 * dropped, descriptions that name no one (`Indian-made spyware`, `(… unnamed in title)`) left out.
 */
export function vendorNames(cell: string): string[] {
  return cell
    .split(/;|\s\/\s/)
    .map(withoutNotes)
    .filter((s) => s !== '' && !/\b(spyware|made|unnamed)\b/i.test(s));
}

export function parseSpywareIndex(file: string, options: MisuseOptions = {}): ParsedMisuse {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, SPYWARE_INDEX_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  log.warn(
    `${file}: a DERIVED index (compiled from two repositories, not published by Citizen Lab or Amnesty): every case is flagged derived; verify vendors and countries against the report`,
  );
  const resolve = misuseCountryResolver(options.economies ?? []);
  const cases: MisuseCase[] = [];
  const ids = new Map<string, number>();

  for (const { line, record: r } of csv.rows) {
    const org = r.source_org!.trim();
    const folder = r.case_folder!.trim();
    if (!org) log.bad(line, 'source_org', 'is empty');
    if (!folder) log.bad(line, 'case_folder', 'is empty');
    const published = publishedDate(r.published!);
    if (!published)
      log.bad(line, 'published', 'is not a date (YYYY-MM-DD or "June 9, 2020")', r.published);
    const id = `${SPYWARE_INDEX_DERIVED.id}:${slugOf(org)}:${slugOf(folder)}`;
    const earlier = ids.get(id);
    if (folder && earlier !== undefined)
      log.bad(line, 'case_folder', `also on line ${earlier}`, folder);
    if (log.isRejected(line)) continue;
    ids.set(id, line);

    const countries: string[] = [];
    const origins: string[] = [];
    const named: string[] = [];
    for (const part of r
      .countries_or_groups_named!.split(';')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const name = withoutNotes(part);
      const c = resolve(name);
      if (c.kind !== 'found') {
        log.note(
          'groups or places named that are no economy (not a country of the case)',
          part,
          line,
        );
        continue;
      }
      if (/vendor origin/i.test(part)) origins.push(c.iso3);
      else if (!countries.includes(c.iso3)) {
        countries.push(c.iso3);
        named.push(name);
      }
    }
    const suppliers = uniqueSuppliers(vendorNames(r.vendor_named!).map((n) => supplierMention(n)));
    const label = r.technique_helper_label!.trim();
    const titleCell = r.title!.trim();
    const fromFolder = /^\(no README/i.test(titleCell);
    const url = r.report_url!.trim();
    const iocs = r.ioc_domain_count!.trim();
    cases.push({
      id,
      kind: 'spyware-operation',
      title: fromFolder
        ? `${org}: investigation ${folder} (no published title)`
        : `${org}: ${titleCell}`,
      countries,
      countryNames: named,
      period: { start: null, end: null },
      countedInYear: null,
      actors: [],
      suppliers,
      supplierAttribution: 'case',
      supplierOrigins: [...new Set(origins)].sort(),
      technology: techniqueCategory(label),
      technologyDetail: label ? `${label} (compiler's label)` : null,
      evidence: [
        {
          sourceId: SPYWARE_INDEX_DERIVED.id,
          url: /^https?:\/\//.test(url) ? url : null,
          reference: `${org}, ${folder}`,
          publishedOn: published,
          confidence: fromFolder || !url ? 'low' : 'medium',
          transcribed: false,
          partial: false,
          derived: true,
          note:
            [
              fromFolder && 'Vendor and country read from the folder name only.',
              iocs && `${iocs} indicator domains published.`,
            ]
              .filter(Boolean)
              .join(' ') || null,
        },
      ],
      status: 'unknown',
    });
  }
  return parsedMisuse(log, csv.records, [SPYWARE_INDEX_DERIVED], cases);
}
