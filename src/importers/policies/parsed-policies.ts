// What a policy-registry parser hands back (records of the core model, and every row it could not
// use with its line and field), and the checks its parsers share. Nothing is stored here.
import type { RowIssue } from '../../core/imports/import-report.ts';
import { resolveJurisdiction } from '../../core/policies/jurisdictions.ts';
import type { JurisdictionKind } from '../../core/policies/instrument.ts';
import type { PolicyInstrument } from '../../core/policies/instrument.ts';
import { UNPRINTABLE, UNPRINTABLE_IN_TEXT } from '../../core/text.ts';

export interface ParsedPolicies {
  instruments: PolicyInstrument[];
  /** Rows that could not be read (each rejected), with file, line and field. */
  issues: RowIssue[];
  /** Data rows read. */
  rows: number;
  /** Rows left out on purpose, by reason (not errors: they do not stop an import). */
  setAside: Record<string, number>;
  /** What looks odd in the file without being an error. */
  warnings: string[];
}

export const MAX_TITLE = 500;
export const MAX_LINE = 1000;
export const MAX_TEXT = 20_000;

/** Issues of one parse, and which lines they rejected. */
export class PolicyIssues {
  readonly issues: RowIssue[] = [];
  private readonly bad = new Set<number>();
  readonly setAside: Record<string, number> = {};

  constructor(readonly file: string) {}

  issue(line: number, field: string, reason: string, value?: string): void {
    this.issues.push({
      file: this.file,
      line,
      field,
      reason,
      ...(value !== undefined ? { value: value.slice(0, 80) } : {}),
    });
    this.bad.add(line);
  }

  rejected(line: number): boolean {
    return this.bad.has(line);
  }

  aside(reason: string): void {
    this.setAside[reason] = (this.setAside[reason] ?? 0) + 1;
  }
}

/**
 * A one-line cell: tabs and line breaks inside it are layout, read as single spaces (`spaced`
 * says so, for a warning); any other control or bidirectional character is an issue.
 */
export function lineCell(
  log: PolicyIssues,
  line: number,
  field: string,
  raw: string,
  options: { required?: boolean; max?: number } = {},
): { value: string; spaced: boolean } {
  const value = raw
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  const spaced = /[\t\r\n]/.test(raw.trim());
  const max = options.max ?? MAX_LINE;
  if (value === '' && options.required) log.issue(line, field, 'is empty', raw);
  else if (UNPRINTABLE.test(value))
    log.issue(line, field, 'contains control or bidirectional characters', value);
  else if (value.length > max) log.issue(line, field, `is longer than ${max} characters`, value);
  return { value, spaced };
}

/** A free-text cell (line breaks allowed); control or bidirectional characters are an issue. */
export function textCell(log: PolicyIssues, line: number, field: string, raw: string): string {
  const value = raw.replace(/\r\n?/g, '\n').trim();
  if (UNPRINTABLE_IN_TEXT.test(value))
    log.issue(line, field, 'contains control or bidirectional characters', value);
  else if (value.length > MAX_TEXT)
    log.issue(line, field, `is longer than ${MAX_TEXT} characters`, value);
  return value;
}

/** Whether a text is an absolute http or https address (no user name, at most 2,000 characters). */
export function isHttpUrl(s: string): boolean {
  if (s.length > 2000 || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.hostname !== ''
    );
  } catch {
    return false;
  }
}

/** The jurisdiction a cell names; an unknown name is an issue of the row (never guessed). */
export function jurisdictionCell(
  log: PolicyIssues,
  line: number,
  field: string,
  name: string,
): { code: string; kind: JurisdictionKind } | null {
  if (UNPRINTABLE.test(name)) {
    log.issue(line, field, 'contains control or bidirectional characters', name);
    return null;
  }
  const j = resolveJurisdiction(name);
  if (j === null)
    log.issue(
      line,
      field,
      `unknown jurisdiction '${name.trim()}' (not in the table of src/core/policies/jurisdictions.ts)`,
      name,
    );
  return j;
}

/** A year cell: empty is null; `2018` or `2018.0` a year from 1900 to 2100; anything else an issue. */
export function yearCell(
  log: PolicyIssues,
  line: number,
  field: string,
  raw: string,
): number | null {
  const s = raw.trim();
  if (s === '') return null;
  const m = /^(\d{4})(?:\.0+)?$/.exec(s) ?? /^(\d{4})-\d{2}(?:-\d{2})?$/.exec(s);
  const year = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    log.issue(line, field, 'is not a year (1900–2100)', raw);
    return null;
  }
  return year;
}

/** The warning for cells whose tabs or line breaks were read as spaces. */
export const spacedWarning = (n: number, field: string): string =>
  `${n} ${field} cell${n === 1 ? '' : 's'} held tabs or line breaks, read as spaces`;
