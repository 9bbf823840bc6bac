// Parser for records of the Research Organization Registry (format `ror`): the CSV subset built
// from ror-community/ror-records (active education and facility organisations and the umbrella
// bodies that parent them; see the data's PROVENANCE.md). One ResearchOrganisation per row.
// `acronyms`, `aliases`, `labels` and `domains` are JSON arrays (names may hold `|` or `;`);
// `types` is `;`-separated; parents and successors are `|`-separated 9-character ids.
import type { OrganisationLabel } from '../../core/research/research.ts';
import { PartyLog } from '../restricted-parties/party-log.ts';
import {
  EconomyCodes,
  emptyResearch,
  finish,
  readLayout,
  type ParsedResearch,
  type ResearchOptions,
} from './parsed-research.ts';
import { ROR_SUBSET } from './research-sources.ts';

export const ROR_COLUMNS = [
  'ror_id',
  'name',
  'country_code',
  'city',
  'types',
  'established',
  'acronyms',
  'aliases',
  'labels',
  'wikidata',
  'grid',
  'isni',
  'website',
  'domains',
  'parent_ror_ids',
  'successor_ror_ids',
  'status',
  'ror_records_release',
] as const;

/** A ROR id without its prefix: `0`, six characters of ROR's alphabet, two check digits. */
export const ROR_ID_PATTERN = /^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$/;

/** Reads a JSON array of strings; blank is empty. Reports the cell and returns null otherwise. */
function readList(log: PartyLog, line: number, field: string, raw: string): string[] | null {
  const s = raw.trim();
  if (s === '') return [];
  try {
    const v: unknown = JSON.parse(s);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
      return v.map((x) => x.trim()).filter(Boolean);
  } catch {
    // Reported below.
  }
  log.bad(line, field, 'is not a JSON array of strings', s);
  return null;
}

/** Reads `|`-separated ROR ids; reports one that is malformed. */
function readIds(log: PartyLog, line: number, field: string, raw: string): string[] {
  const ids = raw
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids)
    if (!ROR_ID_PATTERN.test(id)) log.bad(line, field, `'${id}' is not a ROR id`, id);
  return ids;
}

const orNull = (s: string | undefined): string | null => s?.trim() || null;

/**
 * Reads the ROR subset. Never throws on a bad row (reported with its line and column); throws a
 * DomainError naming the file when it is missing or lacks a column.
 */
export function parseRor(file: string, options: ResearchOptions = {}): ParsedResearch {
  const { csv } = readLayout(file, [
    { name: 'organisations', key: 'ror_id', required: ROR_COLUMNS },
  ]);
  const log = new PartyLog(file);
  log.addIssues(csv.issues);
  csv.warnings.forEach((w) => log.warn(w));
  const out = emptyResearch('organisations', [ROR_SUBSET]);
  const codes = new EconomyCodes(options.economies);
  const seen = new Map<string, number>();

  for (const { line, record: r } of csv.rows) {
    const rorId = r.ror_id!.trim().replace(/^https?:\/\/ror\.org\//, '');
    if (!ROR_ID_PATTERN.test(rorId)) log.bad(line, 'ror_id', `'${rorId}' is not a ROR id`, rorId);
    const name = r.name!.trim();
    if (name === '') log.bad(line, 'name', 'is empty');
    const country = codes.fromIso2(log, line, 'country_code', r.country_code!);
    const acronyms = readList(log, line, 'acronyms', r.acronyms!);
    const aliases = readList(log, line, 'aliases', r.aliases!);
    const rawLabels = readList(log, line, 'labels', r.labels!);
    const domains = readList(log, line, 'domains', r.domains!);
    const labels: OrganisationLabel[] = [];
    for (const l of rawLabels ?? []) {
      // ROR writes `lang:name`, and `:name` for a label without a language.
      const at = l.indexOf(':');
      const name = l.slice(at + 1).trim();
      if (at < 0 || name === '') log.bad(line, 'labels', "is not 'language:name'", l);
      else labels.push({ language: l.slice(0, at).trim() || null, name });
    }
    const established = r.established!.trim();
    if (established !== '' && !/^\d{3,4}$/.test(established))
      log.bad(line, 'established', 'is not a year', established);
    const status = r.status!.trim();
    if (status === '') log.bad(line, 'status', 'is empty');
    const parents = readIds(log, line, 'parent_ror_ids', r.parent_ror_ids!);
    const successors = readIds(log, line, 'successor_ror_ids', r.successor_ror_ids!);
    if (log.isRejected(line)) continue;
    const earlier = seen.get(rorId);
    if (earlier !== undefined) {
      log.bad(line, 'ror_id', `already given on line ${earlier}`, rorId);
      continue;
    }
    seen.set(rorId, line);
    out.organisations.push({
      rorId,
      name,
      aliases: aliases!,
      acronyms: acronyms!,
      labels,
      country: country!,
      city: orNull(r.city),
      types: r
        .types!.split(';')
        .map((t) => t.trim())
        .filter(Boolean),
      parents,
      successors,
      status,
      established: established === '' ? null : Number(established),
      website: orNull(r.website),
      domains: domains!,
      wikidata: orNull(r.wikidata),
      grid: orNull(r.grid),
      isni: orNull(r.isni),
      release: r.ror_records_release!.trim(),
    });
  }
  const known = new Set(out.organisations.map((o) => o.rorId));
  const outside = out.organisations.filter((o) => o.parents.some((p) => !known.has(p))).length;
  if (outside > 0)
    log.warn(
      `${file}: ${outside} organisation${outside > 1 ? 's name parents' : ' names a parent'} not in the file (the subset is not the whole registry)`,
    );
  return finish(out, log, csv.records);
}
