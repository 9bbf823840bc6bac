// What an import reports: every bad row with its line, field and reason, and the counts it wrote.

/** One problem with one row of an input file. Line 1 is the header; data starts at line 2. */
export interface RowIssue {
  file: string;
  line: number;
  field: string;
  reason: string;
  /** The offending cell, when there is one (cut to 80 characters). */
  value?: string;
}

export interface ImportSummary {
  format: string;
  file: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Rows kept out on purpose (regional aggregates, territories, empty cells), by reason. */
  setAside: Record<string, number>;
  /** False when bad rows stopped the import before anything was written. */
  written: boolean;
  seconds: number;
  issues: RowIssue[];
  /** What looks wrong in the data without being an error, e.g. a source year reassigned. */
  warnings: string[];
}

/** The record of an import that wrote: what, when, and its counts. */
export interface ImportRun {
  format: string;
  file: string;
  finishedAt: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Rows kept out on purpose, all reasons together. */
  setAside: number;
}

export const setAsideTotal = (s: ImportSummary): number =>
  Object.values(s.setAside).reduce((a, b) => a + b, 0);

/** The one summary line an import ends with. */
export function summaryLine(s: ImportSummary): string {
  const aside = setAsideTotal(s);
  return (
    `${s.format} ${s.file}: ${s.rowsRead} rows read, ${s.inserted} inserted, ${s.updated} updated, ` +
    `${s.unchanged} unchanged, ${s.rejected} rejected, ${aside} set aside, ${s.seconds.toFixed(2)} s` +
    (s.written ? '' : ' — nothing written')
  );
}
