// Parser for NSF's top-100 AI-producing institutions, 2003–2022 (format `nsf-ai-institutions`;
// SEI 2024 table SPBS-96), optionally with the derived crosswalk of those institutions to ROR
// (`crosswalk` option): the table gives rank, NSF's name (with its abbreviations), region and
// counts; the crosswalk, joined on rank and name (NSF ranks ties equal: 55, 55, 57), gives the ROR
// id and country.
// Without the crosswalk every institution has no ROR id and no country: none is guessed.
import type { AiInstitution, CrosswalkMethod } from '../../core/research/research.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import {
  EconomyCodes,
  emptyResearch,
  finish,
  readAmount,
  readCount,
  readLayout,
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

/** The years SPBS-96 counts together. */
export const NSF_AI_YEARS = { firstYear: 2003, year: 2022 } as const;

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
 * Reads SPBS-96 and, with `options.crosswalk`, its ROR links. Never throws on a bad row (reported
 * with its file, line and column); throws a DomainError naming a file that is missing or lacks a
 * column.
 */
export function parseNsfAiInstitutions(
  file: string,
  options: ResearchOptions = {},
): ParsedResearch {
  const { csv } = readLayout(file, [
    { name: 'institutions', key: 'number_of_papers_whole_', required: NSF_AI_INSTITUTION_COLUMNS },
  ]);
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
