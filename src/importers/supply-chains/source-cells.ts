// Cell schemas shared by the supply-chain parsers, and a row parser that reports into an IssueLog.
import { z } from 'zod';
import type { TableRow } from '../read-table.ts';
import { parseCells, yearCell } from '../import-format.ts';
import type { IssueLog } from './issue-log.ts';

/** A cell that must hold text. */
export const textCell = z.string().trim().min(1, 'must not be empty');

/** A cell that may be empty (null). */
export const optionalText = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));

/** An empty cell or a year (1900–2100). */
export const optionalYear = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.literal('').transform(() => null), yearCell]));

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A share of world supply in percent, 0–100, written `61`, `61.0` or `61%`. Empty means "share
 * unknown" (null). Anything else is reported.
 */
export const shareCell = z.string().transform((s, ctx) => {
  const t = s.trim().replace(/\s*%$/, '');
  if (t === '') return null;
  if (!DECIMAL.test(t)) {
    ctx.addIssue({ code: 'custom', message: `'${s.slice(0, 80)}' is not a percentage` });
    return z.NEVER;
  }
  const n = Number(t);
  if (n < 0 || n > 100) {
    ctx.addIssue({ code: 'custom', message: `${n} % is outside 0–100 %` });
    return z.NEVER;
  }
  return n;
});

/**
 * Parses one row with a schema; every bad cell is reported with the file, line and column, and
 * null is returned. Columns the file lacks read as empty cells (optional columns).
 */
export function parseRow<S extends z.ZodType>(
  schema: S,
  file: string,
  row: TableRow,
  log: IssueLog,
  absent: readonly string[] = [],
): z.output<S> | null {
  const record = { ...Object.fromEntries(absent.map((c) => [c, ''])), ...row.record };
  const p = parseCells(schema, record);
  if (p.ok) return p.data;
  if (p.result.kind === 'bad')
    for (const i of p.result.issues) log.bad(file, row.line, i.field, i.reason, i.value);
  return null;
}
