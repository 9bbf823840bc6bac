// Parser for NSF's top AI-producing institutions, 2003–2022 (format `nsf-ai-institutions`), in
// either of two SEI 2024 tables, told apart by their columns:
// - `institutions` (SPBS-96, has `number_of_papers_whole_`): the top 100, optionally with the
//   derived crosswalk of those institutions to ROR (`crosswalk` option): the table gives rank,
//   NSF's name (with its abbreviations), region and counts; the crosswalk, joined on rank and name
//   (NSF ranks ties equal: 55, 55, 57), gives the ROR id and country. Without the crosswalk every
//   institution has no ROR id and no country: none is guessed.
// - `matrix` (SPBS-97, only `institution` and one column per institution): AI articles co-authored
//   by two of 84 of them, a symmetric matrix whose columns are the rows' names as slugs
//   (`Beihang U.` → `beihang_u_`); NSF prints only pairs with ≥ 50 co-written articles, the others
//   are 0. Each pair is read once (a < b by NSF's name); the two cells must agree.
import { DomainError } from '../../core/errors.ts';
import type { AiInstitution, CrosswalkMethod } from '../../core/research/research.ts';
import type { SourceCsv } from '../read-source-csv.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import {
  EconomyCodes,
  emptyResearch,
  finish,
  ordered,
  readAmount,
  readCount,
  readLayout,
  type Layout,
  type ParsedResearch,
  type ResearchOptions,
} from './parsed-research.ts';
import { NSF_SEI_2024, ROR_SUBSET } from './research-sources.ts';
import { ROR_ID_PATTERN } from './ror.parser.ts';

export const NSF_AI_INSTITUTION_COLUMNS = [
  'rank',
  'institution',
  'region',
  'number_of_papers_whole_',
  'number_of_papers_fractional_',
  'papers_involving_multiple_institutions_whole_',
  'papers_involving_only_domestic_institutions_whole_',
  'papers_involving_international_institutions_whole_',
] as const;

export const AI_CROSSWALK_COLUMNS = [
  'ncses_rank',
  'ncses_institution',
  'ror_id',
  'ror_country_code',
  'match_method',
] as const;

/** The years SPBS-96 and SPBS-97 count together. */
export const NSF_AI_YEARS = { firstYear: 2003, year: 2022 } as const;

/** SPBS-97's columns that are not institutions. */
const MATRIX_ROW_COLUMNS: ReadonlySet<string> = new Set(['table_id', 'row_id', 'institution']);

const LAYOUTS: readonly Layout<'institutions' | 'matrix'>[] = [
  { name: 'institutions', key: 'number_of_papers_whole_', required: NSF_AI_INSTITUTION_COLUMNS },
  { name: 'matrix', key: 'institution', required: ['institution'] },
];

/** The column SPBS-97 gives an institution: its name in lower case, other characters `_`. */
export const matrixColumn = (name: string): string =>
  name.toLowerCase().replace(/[^a-z0-9]+/g, '_');

const METHODS: Readonly<Record<string, CrosswalkMethod>> = {
  name_or_alias: 'automatic',
  helper_reading: 'helper-reading',
  none: 'none',
};

interface Link {
  name: string;
  rorId: string | null;
  country: string | null;
  method: CrosswalkMethod;
  line: number;
}

/** Reads the crosswalk into links by `rank|name`; bad rows are reported in the crosswalk's file. */
function readCrosswalk(
  file: string,
  options: ResearchOptions,
  out: ParsedResearch,
): Map<string, Link> {
  const { csv } = readLayout(file, [
    { name: 'crosswalk', key: 'ncses_rank', required: AI_CROSSWALK_COLUMNS },
  ]);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  const codes = new EconomyCodes(options.economies);
  const links = new Map<string, Link>();
  for (const { line, record: r } of csv.rows) {
    const rank = readCount(log, line, 'ncses_rank', r.ncses_rank!);
    const method = METHODS[r.match_method!.trim()];
    if (method === undefined)
      log.bad(
        line,
        'match_method',
        'must be name_or_alias, helper_reading or none',
        r.match_method,
      );
    const rorId = r.ror_id!.trim();
    const linked = method !== 'none';
    if (linked && !ROR_ID_PATTERN.test(rorId))
      log.bad(line, 'ror_id', `'${rorId}' is not a ROR id`, rorId);
    if (!linked && rorId !== '')
      log.bad(line, 'ror_id', 'is given, but match_method is none', rorId);
    const country = linked
      ? codes.fromIso2(log, line, 'ror_country_code', r.ror_country_code!)
      : null;
    const name = r.ncses_institution!.trim();
    if (name === '') log.bad(line, 'ncses_institution', 'is empty');
    const key = `${rank}|${name}`;
    if (links.has(key))
      log.bad(line, 'ncses_institution', `already given on line ${links.get(key)!.line}`, name);
    if (log.isRejected(line)) continue;
    links.set(key, {
      name,
      rorId: linked ? rorId : null,
      country,
      method: method!,
      line,
    });
  }
  finish(out, log, csv.records);
  return links;
}

/**
 * Reads SPBS-96 and, with `options.crosswalk`, its ROR links, or SPBS-97 (the crosswalk is not
 * needed: pairs are kept by NSF's names, as the institutions are). Never throws on a bad row (reported
 * with its file, line and column); throws a DomainError naming a file that is missing or lacks a
 * column.
 */
export function parseNsfAiInstitutions(
  file: string,
  options: ResearchOptions = {},
): ParsedResearch {
  const { layout, csv } = readLayout(file, LAYOUTS);
  if (layout === 'matrix') return parseMatrix(file, csv);
  const out = emptyResearch(
    'institutions',
    options.crosswalk ? [NSF_SEI_2024, ROR_SUBSET] : [NSF_SEI_2024],
  );
  const links = options.crosswalk ? readCrosswalk(options.crosswalk, options, out) : null;
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const seen = new Map<string, number>();
  const used = new Set<string>();

  for (const { line, record: r } of csv.rows) {
    const rank = readCount(log, line, 'rank', r.rank!);
    const name = r.institution!.trim();
    if (name === '') log.bad(line, 'institution', 'is empty');
    const n = (column: (typeof NSF_AI_INSTITUTION_COLUMNS)[number]): number =>
      readCount(log, line, column, r[column]!) ?? 0;
    const articles = {
      whole: n('number_of_papers_whole_'),
      fractional:
        readAmount(log, line, 'number_of_papers_fractional_', r.number_of_papers_fractional_!) ?? 0,
      multiInstitution: n('papers_involving_multiple_institutions_whole_'),
      domesticOnly: n('papers_involving_only_domestic_institutions_whole_'),
      international: n('papers_involving_international_institutions_whole_'),
    };
    const key = `${rank}|${name}`;
    const link = links?.get(key);
    if (seen.has(key))
      log.bad(
        line,
        'institution',
        `rank ${rank} '${name}' already given on line ${seen.get(key)}`,
        name,
      );
    if (log.isRejected(line)) continue;
    seen.set(key, line);
    used.add(key);
    if (links && !link) log.note('institutions the crosswalk does not list', name, line);
    out.aiInstitutions.push({
      rank: rank!,
      name,
      region: r.region!.trim(),
      rorId: link?.rorId ?? null,
      country: link?.country ?? null,
      linkMethod: link?.method ?? 'none',
      ...NSF_AI_YEARS,
      articles,
    } satisfies AiInstitution);
  }
  const unused = [...(links?.entries() ?? [])].filter(([key]) => !used.has(key));
  if (unused.length > 0)
    log.warn(
      `${options.crosswalk}: ${unused.length} row${unused.length > 1 ? 's name' : ' names'} no institution of ${file} at its rank: ` +
        unused.map(([, l]) => `line ${l.line} '${l.name}'`).join(', '),
    );
  return finish(out, log, csv.records);
}

/**
 * Reads SPBS-97: one row per institution, one column per institution (its {@link matrixColumn}).
 * A column naming no row, or a row without its column, stops the file; a bad cell, a name given
 * twice or two cells of a pair that disagree are reported on the later row.
 */
function parseMatrix(file: string, csv: SourceCsv): ParsedResearch {
  const out = emptyResearch('matrix', [NSF_SEI_2024]);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const columns = csv.columns.filter((c) => !MATRIX_ROW_COLUMNS.has(c));
  const names = new Set(csv.rows.map(({ record }) => matrixColumn(record.institution!.trim())));
  const missing = [...names].filter((c) => c !== '' && !columns.includes(c));
  const extra = columns.filter((c) => !names.has(c));
  if (missing.length > 0 || extra.length > 0)
    throw new DomainError(
      'bad_file',
      `${file}: ` +
        [
          missing.length > 0 ? `missing column ${missing.map((m) => `'${m}'`).join(', ')}` : '',
          extra.length > 0
            ? `column ${extra.map((c) => `'${c}'`).join(', ')} names no institution of the rows`
            : '',
        ]
          .filter((m) => m !== '')
          .join('; '),
      [...missing, ...extra].map((m) => ({ path: m, line: 1, message: 'not an institution row' })),
    );

  /** Rows read: column → the institution's name, its line and its cells. */
  const rows = new Map<string, { name: string; line: number; cells: Map<string, number> }>();
  for (const { line, record: r } of csv.rows) {
    const name = r.institution!.trim();
    const column = matrixColumn(name);
    if (name === '') log.bad(line, 'institution', 'is empty');
    else if (rows.has(column))
      log.bad(line, 'institution', `already given on line ${rows.get(column)!.line}`, name);
    const cells = new Map<string, number>();
    for (const c of columns) {
      const works = readCount(log, line, c, r[c]!);
      if (works !== null) cells.set(c, works);
    }
    if (cells.get(column)) log.bad(line, column, 'an institution with itself must be 0', r[column]);
    for (const [c, works] of cells) {
      const other = rows.get(c)?.cells.get(column);
      if (other !== undefined && other !== works)
        log.bad(
          line,
          c,
          `${works}, but line ${rows.get(c)!.line} gives ${other} for the same pair`,
          String(works),
        );
    }
    if (log.isRejected(line)) continue;
    rows.set(column, { name, line, cells });
    for (const [c, works] of cells) {
      const other = rows.get(c);
      if (other === undefined || c === column || works === 0) continue;
      const [a, b] = ordered(name, other.name);
      out.institutionPairs.push({ a, b, works });
    }
  }
  return finish(out, log, csv.records);
}
