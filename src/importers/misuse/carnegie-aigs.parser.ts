// Parser for the Carnegie AI & Big Data Global Surveillance Index 2022, by country (sheet
// "AIGS 2022" as CSV): one row per country with flags for four technologies and the suppliers
// named for the country. Each flagged technology becomes one surveillance-deployment case; the
// country's suppliers are named on each of its cases (attribution `country`: the index does not
// say which supplier supplied which technology).
//
// Source artefacts handled on purpose, each reported as a warning:
// - a find-and-replace that expanded regime codes inside names (`UnitElectoral Democracy States of
//   AmeriClosed Autocracy` is "United States of America") is undone;
// - one company cell lists nine companies ("Huawei, ZTE, Hikvision, … and Yixin", India): it is
//   split, so that each becomes a supplier;
// - `Mult` ("multiple companies") names no company: it is noted on the case, not a supplier;
// - companies in the unlabelled trailing columns (5 rows) are read like the others.
import type { MisuseCase, TechnologyCategory } from '../../core/misuse/case.ts';
import { supplierMention, uniqueSuppliers } from '../../core/misuse/supplier-name.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import { misuseCountryResolver, NOT_ISO_REASON } from './misuse-countries.ts';
import { CARNEGIE_AIGS_2022 } from './misuse-sources.ts';
import { parsedMisuse } from './case-set.ts';
import type { MisuseOptions, ParsedMisuse } from './parsed-misuse.ts';

/** The technology columns of the index, with their categories. */
export const AIGS_TECHNOLOGIES: readonly (readonly [column: string, TechnologyCategory])[] = [
  ['Safe City System', 'safe-city'],
  ['Facial Recognition System', 'facial-recognition'],
  ['Smart Policing', 'smart-policing'],
  ['Social Media Surveillance', 'social-media-surveillance'],
];

export const CARNEGIE_AIGS_REQUIRED = [
  'Country',
  ...AIGS_TECHNOLOGIES.map(([c]) => c),
  'China Tech',
  'US Tech',
  'Other Countries',
  'Company 1',
] as const;

/** The regime codes the source's find-and-replace expanded, with the letters they replaced. */
const EXPANDED_CODES: readonly [string, string][] = [
  ['Electoral Democracy', 'ed'],
  ['Closed Autocracy', 'ca'],
  ['Electoral Autocracy', 'ea'],
  ['Liberal Democracy', 'ld'],
];

/** Undoes the regime-code expansion inside a name; unchanged when there is none. */
export function undoRegimeExpansion(text: string): string {
  let out = text;
  for (const [expanded, letters] of EXPANDED_CODES) out = out.split(expanded).join(letters);
  return out;
}

/**
 * "Huawei, ZTE, …, and Yixin" → its names. A cell without a comma names one company, even with an
 * "and" in it ("Atos IT Solutions and Services").
 */
export const splitCompanyCell = (cell: string): string[] =>
  cell
    .split(/,\s*(?:and\s+)?/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

const MULTIPLE = 'mult';

/**
 * Reads the index. Never throws on a bad row (reported with its line and column); throws a
 * DomainError naming the file when it is missing or lacks a column.
 */
export function parseCarnegieAigs(file: string, options: MisuseOptions = {}): ParsedMisuse {
  const log = new PartyLog(file);
  const csv = readSourceCsv(file, CARNEGIE_AIGS_REQUIRED, 'utf-8');
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const resolve = misuseCountryResolver(options.economies ?? []);
  const companyColumns = csv.columns.filter((c) => /^Company \d+/.test(c));
  const seen = new Map<string, number>();
  const cases: MisuseCase[] = [];

  for (const { line, record: r } of csv.rows) {
    const printed = r.Country!.trim();
    const name = undoRegimeExpansion(printed);
    if (name !== printed)
      log.warn(
        `${file}:${line}: Country '${printed}' read as '${name}' (regime codes expanded by a find-and-replace in the source)`,
      );
    if (!name) {
      log.bad(line, 'Country', 'is empty');
      continue;
    }
    const country = resolve(name);
    if (country.kind === 'not-iso') {
      log.aside(NOT_ISO_REASON);
      continue;
    }
    if (country.kind === 'unknown') log.bad(line, 'Country', country.reason, name);
    for (const [column] of AIGS_TECHNOLOGIES) {
      const v = r[column]!.trim().toLowerCase();
      if (v !== '' && v !== 'x')
        log.bad(line, column, "must be 'x' (documented) or empty", r[column]);
    }
    for (const column of ['China Tech', 'US Tech']) {
      const v = r[column]!.trim();
      if (v !== '' && v !== '1') log.bad(line, column, "must be '1' or empty", v);
    }
    if (country.kind !== 'found' || log.isRejected(line)) continue;
    const earlier = seen.get(country.iso3);
    if (earlier !== undefined) {
      log.bad(line, 'Country', `${country.iso3} is also on line ${earlier}`, name);
      continue;
    }
    seen.set(country.iso3, line);

    const origins = new Set<string>();
    if (r['China Tech']!.trim() === '1') origins.add('CHN');
    if (r['US Tech']!.trim() === '1') origins.add('USA');
    const others = r['Other Countries']!.trim();
    const repaired = undoRegimeExpansion(others);
    if (repaired !== others)
      log.warn(
        `${file}:${line}: Other Countries '${others}' read as '${repaired}' (regime codes expanded by a find-and-replace in the source)`,
      );
    for (const part of repaired
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const o = resolve(part);
      if (o.kind === 'found') origins.add(o.iso3);
      else
        log.note('Other Countries names no economy (left out of the supplier origins)', part, line);
    }

    const names: string[] = [];
    let multiple = false;
    let unlabelled = false;
    for (const column of companyColumns) {
      const cell = r[column]!.trim();
      if (!cell) continue;
      if (cell.toLowerCase() === MULTIPLE) {
        multiple = true;
        continue;
      }
      const parts = splitCompanyCell(cell);
      if (parts.length > 1)
        log.warn(
          `${file}:${line}: ${column} '${cell}' names ${parts.length} companies: split into ${parts.join('; ')}`,
        );
      if (column.includes('unlabelled')) unlabelled = true;
      names.push(...parts);
    }
    if (unlabelled) log.note('companies read from unlabelled columns', name, line);
    const suppliers = uniqueSuppliers(names.map((n) => supplierMention(n)));
    const flagged = AIGS_TECHNOLOGIES.filter(([column]) => r[column]!.trim() !== '');
    if (flagged.length === 0) log.note('countries without a technology flag (no case)', name, line);
    for (const [column, technology] of flagged)
      cases.push({
        id: `${CARNEGIE_AIGS_2022.id}:${country.iso3}:${technology}`,
        kind: 'surveillance-deployment',
        title: `${column} in ${name}`,
        countries: [country.iso3],
        countryNames: [name],
        period: { start: null, end: null },
        countedInYear: null,
        actors: [],
        suppliers,
        supplierAttribution: 'country',
        supplierOrigins: [...origins].sort(),
        technology,
        technologyDetail: column,
        evidence: [
          {
            sourceId: CARNEGIE_AIGS_2022.id,
            url: CARNEGIE_AIGS_2022.url,
            reference: `row ${line} (${printed})`,
            publishedOn: '2022-03',
            confidence: 'medium',
            transcribed: false,
            partial: false,
            derived: false,
            note: multiple
              ? "The index also says 'Mult': several further companies, not named."
              : null,
          },
        ],
        status: 'unknown',
      });
  }
  return parsedMisuse(log, csv.records, [CARNEGIE_AIGS_2022], cases);
}
