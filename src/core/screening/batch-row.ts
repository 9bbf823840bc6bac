// The output of a screening batch: one row per hit (and, when asked, one with empty hit fields
// per name without a hit), the same columns in CSV and JSON wherever it is written (API, CLI, web).
import { toCsv } from '../csv.ts';
import type { DecisionValue } from './screening-decision.ts';

export interface BatchRow {
  id: string;
  query: string;
  entity_id: string;
  entity_name: string;
  list: string;
  score: number | null;
  decision: DecisionValue | '';
}

export const BATCH_COLUMNS = [
  'id',
  'query',
  'entity_id',
  'entity_name',
  'list',
  'score',
  'decision',
] as const satisfies readonly (keyof BatchRow)[];

/** The rows as CSV with the header {@link BATCH_COLUMNS}. */
export function batchRowsCsv(rows: readonly BatchRow[]): string {
  return toCsv(
    BATCH_COLUMNS,
    rows.map((row) => BATCH_COLUMNS.map((c) => row[c])),
  );
}
