// What the two screening benchmarks (screening-accuracy, screening-speed) share: where the data is,
// the name-matching files, the restricted lists read through the project's parsers (as
// `techalliance import <format>` reads them) and mapped by `partyEntity` (as the server indexes
// them), the oracle of UN persons on the OFAC SDN list, the screening figures both print, and
// timing and formatting.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { partyEntity } from '../src/core/restricted-parties/party-entity.ts';
import { compareBirthDates } from '../src/core/screening/birth-date.ts';
import type { NameIndex } from '../src/core/screening/name-index.ts';
import { normaliseName } from '../src/core/screening/normalise-name.ts';
import { tokenKind } from '../src/core/screening/prepared-name.ts';
import { screen, type ScreeningResult } from '../src/core/screening/screen.ts';
import type { ScreeningEntity } from '../src/core/screening/screening-entity.ts';
import { readTable } from '../src/importers/read-table.ts';
import type { CountryEconomy } from '../src/importers/restricted-parties/party-countries.ts';
import {
  RESTRICTED_LIST_FORMATS,
  type RestrictedListFormatName,
} from '../src/importers/restricted-parties/restricted-list-formats.ts';

// --- Where the data is -------------------------------------------------------------------------
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SHARED_DATA ?? join(root, '../shared/data'));
const NAME_MATCHING = join(shared, 'screening', 'name_matching');
const SCREENING_LISTS = join(shared, 'screening', 'lists');
const EXPORT_CONTROLS = join(shared, 'export-controls');

/** Exits with a message naming what is missing when the shared data is not there. */
export function requireSharedData(script: string): void {
  const missing = [NAME_MATCHING, SCREENING_LISTS, EXPORT_CONTROLS].filter((d) => !existsSync(d));
  if (missing.length === 0) return;
  console.error(
    `${script}: ${missing.join(', ')} not found (set SHARED_DATA to the shared data folder, which ` +
      'holds screening/name_matching, screening/lists and export-controls)',
  );
  process.exit(1);
}

// --- Timing and formatting ---------------------------------------------------------------------
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
export function timed<T>(f: () => T): { seconds: number; result: T } {
  const started = performance.now();
  const result = f();
  return { seconds: (performance.now() - started) / 1000, result };
}
export const f3 = (x: number): string => x.toFixed(3);
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');
export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'BELOW').padEnd(6);

// --- The name-matching files -------------------------------------------------------------------
export const UN_POSITIVES = 'yente_positives_un_untreated.csv';
export const CONGRESS = 'yente_positives_us_congress_untreated.csv';
export const NEGATIVES = 'yente_negatives_us_1000.csv';
export const BENCH_CASES = 'nomenklatura_name_bench_cases.csv';
export const LOGICV2_FROZEN = 'nomenklatura_name_bench_logicv2_frozen_results.csv';
export const RIGOUR_SAMPLE = 'rigour_sample_names.csv';
export const RIGOUR_PUTIN = 'rigour_putin_names.txt';

/** A CSV file with a header, as records by column name. */
export const csv = (file: string): Record<string, string>[] =>
  parse<Record<string, string>>(readFileSync(file), {
    columns: true,
    relax_column_count: true,
    bom: true,
  });

/** A CSV file of screening/name_matching (the yente people files: full_name, date_of_birth …). */
export const nameMatchingCsv = (file: string): Record<string, string>[] =>
  csv(join(NAME_MATCHING, file));

/** A text file of screening/name_matching, one name a line (blank lines left out). */
export const nameMatchingLines = (file: string): string[] =>
  readFileSync(join(NAME_MATCHING, file), 'utf8')
    .split('\n')
    .filter((n) => n.trim() !== '');

// --- The lists, through the project's parsers ---------------------------------------------------
/** The platform's economies as a fresh install holds them (data/starter/economies.csv). */
function starterEconomies(): CountryEconomy[] {
  return readTable(join(root, 'data', 'starter', 'economies.csv'), [
    'iso3',
    'iso2',
    'name',
  ]).rows.map(({ record }) => ({
    iso3: record.iso3!,
    iso2: record.iso2 || null,
    name: record.name!,
    officialName: record.official_name || null,
  }));
}

/** Which files of the shared data each format reads (every file a pattern matches). */
const LIST_FILES: readonly {
  format: RestrictedListFormatName;
  folder: string;
  pattern: RegExp;
}[] = [
  { format: 'ofac-sdn', folder: SCREENING_LISTS, pattern: /^us_ofac_sdn_.*\.csv$/ },
  { format: 'dod-1260h', folder: SCREENING_LISTS, pattern: /^us_dod_1260h_.*\.csv$/ },
  { format: 'fcc-covered', folder: SCREENING_LISTS, pattern: /^us_fcc_covered_list\.csv$/ },
  { format: 'ndaa', folder: SCREENING_LISTS, pattern: /^us_ndaa_.*\.csv$/ },
  { format: 'inksna', folder: SCREENING_LISTS, pattern: /^us_state_inksna_.*\.csv$/ },
  // Annex IV alone: the file of all the Russia annexes holds Annex IV too.
  {
    format: 'eu-833-annex-iv',
    folder: EXPORT_CONTROLS,
    pattern: /^eu_reg_833_2014_annex_IV_only\.csv$/,
  },
  { format: 'cn-export-control', folder: EXPORT_CONTROLS, pattern: /^cn_.*\.csv$/ },
  { format: 'jp-meti', folder: EXPORT_CONTROLS, pattern: /^jp_meti_.*\.txt$/ },
  { format: 'bis-extract', folder: EXPORT_CONTROLS, pattern: /^us_bis_.*\.(json|csv)$/ },
];

/** One list file, parsed and mapped to the entities the engine indexes. */
export interface LoadedList {
  format: RestrictedListFormatName;
  file: string;
  listId: string;
  entities: ScreeningEntity[];
  /** Names the engine indexes (primary, aliases, original script; deduplicated per entity). */
  names: number;
  /** Bad rows the parser reported (and left out). */
  issues: number;
  seconds: number;
}

let economies: CountryEconomy[] | null = null;

function loadList(format: RestrictedListFormatName, file: string): LoadedList {
  economies ??= starterEconomies();
  const eco = economies;
  const t = timed(() => RESTRICTED_LIST_FORMATS[format].parse(file, { economies: eco }));
  const entities = t.result.parties.map(partyEntity);
  return {
    format,
    file: basename(file),
    listId: t.result.list.id,
    entities,
    names: countNames(entities),
    issues: t.result.issues.length,
    seconds: t.seconds,
  };
}

/** The OFAC SDN list (the oracle's list). */
export function loadSdn(): LoadedList {
  return loadLists(['ofac-sdn'])[0]!;
}

/** Every list file a format reads (all formats unless some are named), in the table's order. */
export function loadLists(formats?: readonly RestrictedListFormatName[]): LoadedList[] {
  return LIST_FILES.filter((s) => !formats || formats.includes(s.format)).flatMap(
    ({ format, folder, pattern }) => {
      const files = readdirSync(folder)
        .filter((f) => pattern.test(f))
        .sort();
      if (files.length === 0)
        throw new Error(`no file of ${folder} matches ${String(pattern)} (format ${format})`);
      return files.map((f) => loadList(format, join(folder, f)));
    },
  );
}

export const countNames = (entities: readonly ScreeningEntity[]): number =>
  entities.reduce((s, e) => s + e.names.length, 0);

// --- The oracle: UN persons on the SDN list ----------------------------------------------------
/** A UN person the SDN list names, with the ids of the SDN entries that name them. */
export interface OracleCase {
  name: string;
  birthDate: string;
  ids: ReadonlySet<string>;
}

const tokensOf = (n: string): Set<string> =>
  new Set(normaliseName(n).tokens.filter((t) => tokenKind(t) === 'word'));

/**
 * The oracle, independent of the fuzzy comparator: an SDN person "contains" a UN person when
 * their birth dates agree and one of the SDN names holds, exactly (after normalisation), at least
 * two of the UN name's words and at least half of them (particles, initials and numbers aside).
 */
export function unOracle(
  unPositives: readonly Record<string, string>[],
  sdn: readonly ScreeningEntity[],
): OracleCase[] {
  const persons = sdn
    .filter((e) => e.type === 'person')
    .map((e) => ({ e, tokens: e.names.map(tokensOf) }));
  return unPositives.flatMap((r) => {
    const mine = [...tokensOf(r.full_name!)];
    const hits = persons.filter(
      ({ e, tokens }) =>
        compareBirthDates([r.date_of_birth!], e.birthDates ?? []).result === 'agree' &&
        tokens.some((t) => {
          const common = mine.filter((x) => t.has(x)).length;
          return common >= 2 && common * 2 >= mine.length;
        }),
    );
    return hits.length > 0
      ? [
          {
            name: r.full_name!,
            birthDate: r.date_of_birth!,
            ids: new Set(hits.map((h) => h.e.id)),
          },
        ]
      : [];
  });
}

/** Each oracle person screened as a person, top 10 at any score (by name, or name and birth date). */
export const screenOracle = (
  index: NameIndex,
  oracle: readonly OracleCase[],
  withBirthDates: boolean,
): ScreeningResult[] =>
  oracle.map((o) =>
    screen(
      index,
      { name: o.name, type: 'person', ...(withBirthDates ? { birthDate: o.birthDate } : {}) },
      { threshold: 0, limit: 10 },
    ),
  );

/** The share of oracle persons with one of their SDN entries among the hits scoring `least`. */
export const oracleRecall = (
  oracle: readonly OracleCase[],
  results: readonly ScreeningResult[],
  least: number,
): number =>
  oracle.filter(({ ids }, k) =>
    results[k]!.hits.some((h) => h.score >= least && ids.has(h.entityId)),
  ).length / oracle.length;

/** People of a yente file with a hit at the default threshold, per 1,000 (by name, or with dates). */
export const hitsPer1000 = (
  index: NameIndex,
  people: readonly Record<string, string>[],
  withBirthDates: boolean,
): number =>
  (people.filter(
    (r) =>
      screen(index, {
        name: r.full_name!,
        type: 'person',
        ...(withBirthDates && r.date_of_birth ? { birthDate: r.date_of_birth } : {}),
      }).hits.length > 0,
  ).length *
    1000) /
  people.length;
