// Parser for the ETO AGORA file of AI-related US federal laws (format `agora`; the
// georgetown-cset `ai_laws_enacted_by_congress.csv`, 147 documents or sections): one record per
// row, id `agora:<AGORA ID>`.
//
// - Every row is enacted by Congress: jurisdiction USA, type law (NDAA sections too: they are
//   enacted law), bindingness `binding` — from the source, not model-coded — and status
//   `in-force`.
// - Year: read from the official name where it names one: `… for Fiscal Year 2022` gives 2022 (the
//   fiscal year named, which an NDAA is usually enacted in the calendar year before), `… Act of
//   2020` and `… Act, 2023` give that year; otherwise undated (the file has no dates column). No
//   status date is recorded: the name's year is not the date the law took effect.
// - Topics: from `Tags` (";"-separated, verbatim in the source tags, with the `Collections`
//   entries as `Collection: …`) through the taxonomy's AGORA mappings; `ai` for every record.
// - Text: title = `Official name`; description = `Short summary`, `Long summary`, and the casual
//   name when it differs; link = `Link to document` (http or https, else the row is rejected).
import type { PolicyInstrument, PolicyTopic } from '../../core/policies/instrument.ts';
import { topicsFor } from '../../core/policies/taxonomy.ts';
import { readTable } from '../read-table.ts';
import {
  isHttpUrl,
  lineCell,
  MAX_TEXT,
  MAX_TITLE,
  PolicyIssues,
  spacedWarning,
  textCell,
  type ParsedPolicies,
} from './parsed-policies.ts';

export const AGORA_COLUMNS = [
  'AGORA ID',
  'Official name',
  'Casual name',
  'Link to document',
  'Collections',
  'Short summary',
  'Long summary',
  'Tags',
] as const;

export const AGORA_CITATION =
  'Emerging Technology Observatory AGORA dataset (eto.tech), AI laws enacted by the US Congress, via georgetown-cset/Exploring-AI-legislation-in-Congress-with-AGORA';

/** The year an official name gives: a fiscal year, or `Act of YYYY` / `Act, YYYY`; else null. */
export function yearOfName(name: string): number | null {
  const m =
    /\bFiscal Years? ((?:19|20)\d{2})\b/.exec(name) ??
    /\bAct(?: of|,) ((?:19|20)\d{2})\b/.exec(name);
  return m ? Number(m[1]) : null;
}

const split = (s: string): string[] =>
  s
    .split(';')
    .map((x) => x.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** Reads the AGORA file; never throws on a bad row; throws a DomainError for a bad file. */
export function parseAgora(file: string, topics: readonly PolicyTopic[]): ParsedPolicies {
  const table = readTable(file, AGORA_COLUMNS);
  const log = new PolicyIssues(file);
  const instruments: PolicyInstrument[] = [];
  const seen = new Map<string, number>();
  let spaced = 0;
  for (const { line, record } of table.rows) {
    const cell = (c: string): string => record[c] ?? '';
    if (record['#cells'] !== undefined)
      log.issue(
        line,
        'AGORA ID',
        `has ${record['#cells']} cells, the header ${table.columns.length}`,
      );
    const id = cell('AGORA ID').trim();
    if (!/^\d{1,9}$/.test(id))
      log.issue(line, 'AGORA ID', id === '' ? 'is empty' : 'is not an AGORA ID (a number)', id);
    else if (seen.has(id))
      log.issue(line, 'AGORA ID', `repeats the record of line ${seen.get(id)}`, id);
    else seen.set(id, line);
    const name = lineCell(log, line, 'Official name', cell('Official name'), {
      required: true,
      max: MAX_TITLE,
    });
    const casual = lineCell(log, line, 'Casual name', cell('Casual name'), { max: MAX_TITLE });
    if (name.spaced || casual.spaced) spaced++;
    const link = cell('Link to document').trim();
    if (link !== '' && !isHttpUrl(link))
      log.issue(line, 'Link to document', 'is not an http or https address', link);
    const short = textCell(log, line, 'Short summary', cell('Short summary'));
    const long = textCell(log, line, 'Long summary', cell('Long summary'));
    const tags = split(lineCell(log, line, 'Tags', cell('Tags'), { max: MAX_TEXT }).value);
    const collections = split(
      lineCell(log, line, 'Collections', cell('Collections'), { max: MAX_TEXT }).value,
    );
    if (log.rejected(line)) continue;
    instruments.push({
      id: `agora:${id}`,
      source: 'agora',
      sourceId: id,
      title: name.value,
      originalTitle: null,
      description: [
        short,
        long !== short ? long : '',
        casual.value && casual.value !== name.value ? `Known as: ${casual.value}.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      jurisdiction: 'USA',
      jurisdictionKind: 'economy',
      type: 'law',
      typeModelCoded: false,
      binding: 'binding',
      bindingModelCoded: false,
      status: 'in-force',
      dates: {},
      year: yearOfName(name.value),
      endYear: null,
      topics: topicsFor(topics, 'agora', tags),
      sourceTags: [...new Set([...tags, ...collections.map((c) => `Collection: ${c}`)])],
      responsibleBody: 'United States Congress',
      links: link === '' ? [] : [link],
      citation: AGORA_CITATION,
      confidentiality: 'public',
      authorDelegation: null,
    });
  }
  return {
    instruments,
    issues: log.issues,
    rows: table.rows.length,
    setAside: log.setAside,
    warnings: spaced > 0 ? [spacedWarning(spaced, 'name')] : [],
  };
}
