// Reads a batch of names to screen (CSV: `id,name` and optionally `type,country,birth_date`):
// every malformed row is reported with its line and field, and the others are screened.
import { DomainError } from '../core/errors.ts';
import type { RowIssue } from '../core/imports/import-report.ts';
import { isPartialIsoDate } from '../core/restricted-parties/restricted-party.ts';
import { entityTypeOf, type ScreeningQuery } from '../core/screening/screening-entity.ts';
import { parseTable } from './read-table.ts';

/** One row of a batch, ready to screen. */
export interface BatchQuery {
  /** The caller's id of the row. */
  id: string;
  /** Line in the file (the header is line 1). */
  line: number;
  query: ScreeningQuery;
}

export interface ScreeningBatch {
  queries: BatchQuery[];
  /** One per bad field of a malformed row; such rows are not screened. */
  issues: RowIssue[];
  rowsRead: number;
}

/** Most rows one batch may hold (a larger file is refused whole, with this number). */
export const MAX_BATCH_ROWS = 100_000;

const COUNTRY = /^[A-Za-z]{2,3}$/;
const cut = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

/** Parses batch CSV text; `file` is the name errors give. Throws only for an unreadable file. */
export function readScreeningBatch(text: string, file: string): ScreeningBatch {
  const table = parseTable(text, file, ['id', 'name']);
  if (table.rows.length > MAX_BATCH_ROWS)
    throw new DomainError(
      'bad_file',
      `${file}: ${table.rows.length} rows; a batch holds at most ${MAX_BATCH_ROWS}`,
    );
  const issues: RowIssue[] = [];
  const queries: BatchQuery[] = [];
  const idLines = new Map<string, number>();
  for (const { line, record } of table.rows) {
    const bad = (field: string, reason: string, value?: string): void => {
      issues.push({ file, line, field, reason, ...(value ? { value: cut(value) } : {}) });
    };
    const before = issues.length;
    if (record['#cells'] !== undefined)
      bad('(row)', `has ${record['#cells']} cells, the header has ${table.columns.length}`);
    const id = (record.id ?? '').trim();
    const name = (record.name ?? '').trim();
    const type = (record.type ?? '').trim();
    const country = (record.country ?? '').trim();
    const birthDate = (record.birth_date ?? '').trim();
    if (id === '') bad('id', 'is empty');
    else if (idLines.has(id)) bad('id', `repeats the id of line ${idLines.get(id)}`, id);
    if (name === '') bad('name', 'is empty');
    const entityType = type === '' ? undefined : entityTypeOf(type);
    if (type !== '' && !entityType)
      bad('type', 'is not one of person, organization, vessel, aircraft', type);
    if (country !== '' && !COUNTRY.test(country))
      bad('country', 'is not an ISO 3166 alpha-2 or alpha-3 code', country);
    if (birthDate !== '' && !isPartialIsoDate(birthDate))
      bad('birth_date', 'is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)', birthDate);
    if (id !== '' && !idLines.has(id)) idLines.set(id, line);
    if (issues.length > before) continue;
    queries.push({
      id,
      line,
      query: {
        name,
        ...(entityType ? { type: entityType } : {}),
        ...(country ? { country: country.toUpperCase() } : {}),
        ...(birthDate ? { birthDate } : {}),
      },
    });
  }
  return { queries, issues, rowsRead: table.rows.length };
}
