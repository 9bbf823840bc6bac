// The contract every import format fulfils, and the helpers formats use to parse cells.
import { z } from 'zod';
import type { Economy } from '../core/economies/economy.ts';
import type { GroupingWithMembers } from '../core/groupings/grouping.ts';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';

/** Options every format may receive from the command line (`--indicator`, `--year`). */
export interface FormatOptions {
  indicator?: string;
  /** The year the values describe, for files that do not say it (`top500`, `iso-standards`). */
  year?: string;
  /** The code to store a document-like import under (a supply chain: `semiconductors`). */
  code?: string;
  /** The edition date of a restricted-party or control list whose file does not say it (ISO). */
  date?: string;
  /** The id to store a control list under (`us-ccl-2026`). */
  id?: string;
  /** Whose list a control-list file is, where the file does not say it (ISO3, `EU`). */
  jurisdiction?: string;
  /** ISO committees: the participation file (committee × member body and role). */
  participation?: string;
  /** ISO committees: the table of member-body acronyms to ISO3. */
  bodies?: string;
  /** Generic standards committees: the members file (reference, member_body, iso3, role). */
  members?: string;
  /** NSF's top AI institutions: the derived crosswalk of those institutions to ROR. */
  crosswalk?: string;
}

/** What one data row turns into. `line`/`field` say where an economy code came from. */
export type RowResult =
  | {
      kind: 'items';
      values?: IndicatorValue[];
      economies?: Economy[];
      members?: GroupMemberItem[];
      /** Column holding the economy code: unknown codes are reported against it. */
      economyField?: string;
      /**
       * Economy codes the row counts towards without giving a value itself (formats with
       * `finish`): checked like a value's code, so an unknown one is reported on this row's line.
       */
      economyCodes?: string[];
      /** Not an error, but the report should say it (e.g. a source year reassigned). */
      warning?: string;
    }
  | { kind: 'aside'; reason: string }
  | { kind: 'bad'; issues: { field: string; reason: string; value?: string }[] };

/** One membership row; the runner groups them into groupings. */
export interface GroupMemberItem {
  group: Omit<GroupingWithMembers, 'members'>;
  member: GroupingWithMembers['members'][number];
}

/** What the store already holds that a format may need before it reads rows. */
export interface ImportContext {
  /** The stored economies, for formats that join by name instead of by code. */
  economies: readonly Pick<Economy, 'iso3' | 'name' | 'officialName'>[];
  /** The path of the file being imported (a format may read its edition from the name). */
  file?: string;
}

/** What an aggregating format gives once every row is read (see ImportFormat.finish). */
export interface FinishedValues {
  values: IndicatorValue[];
  /** Not an error, but the report should say it (e.g. how the year was chosen). */
  warning?: string;
}

export interface ImportFormat {
  name: string;
  /** One line for `--help` and docs. */
  description: string;
  /** Columns the file must have; a missing one rejects the file before any row is read. */
  requiredColumns(options: FormatOptions, columns: readonly string[]): string[];
  /** The sources the file's values cite (registered in the same transaction). */
  sources(options: FormatOptions, columns: readonly string[]): Source[];
  /** Parses one record. Must not throw on bad data: report it as `bad`. */
  parseRow(
    record: Record<string, string>,
    options: FormatOptions,
    columns: readonly string[],
  ): RowResult;
  /** Checks the options before the file is read; throws a DomainError naming the option. */
  checkOptions?(options: FormatOptions, columns: readonly string[]): void;
  /**
   * Binds the format to what the store holds, once per import before any row is read, and returns
   * the format to parse rows with. Formats that join by name need it (Freedom House), and formats
   * that aggregate rows, to get fresh per-import state and the file name.
   */
  prepare?(context: ImportContext): ImportFormat;
  /**
   * For formats whose values aggregate several rows (a count or a sum per economy): called once
   * after every row was parsed, returns the aggregated values. Rows report their own bad cells and
   * set-asides from `parseRow` and name their economy in `economyCodes`; every economy a finished
   * value names must have been named by a row. Needs `prepare`, which gives the fresh state.
   */
  finish?(): FinishedValues;
}

const MISSING = new Set(['', 'NA', 'N/A', '..', 'na', 'n/a', 'NaN', '-']);

/** A numeric cell: empty or a missing-data marker gives null; anything else must be a number. */
export const numberCell = z.string().transform((s, ctx) => {
  const t = s.trim().replace(/,/g, '');
  if (MISSING.has(t)) return null;
  const n = Number(t);
  if (!Number.isFinite(n)) {
    ctx.addIssue({ code: 'custom', message: `'${s.slice(0, 80)}' is not a number` });
    return z.NEVER;
  }
  return n;
});

/** A year cell: an integer between 1900 and 2100. */
export const yearCell = z.string().transform((s, ctx) => {
  const n = Number(s.trim());
  if (!Number.isInteger(n) || n < 1900 || n > 2100) {
    ctx.addIssue({ code: 'custom', message: `'${s.slice(0, 80)}' is not a year (1900–2100)` });
    return z.NEVER;
  }
  return n;
});

/** Parses a record with a Zod object schema; issues name the column. */
export function parseCells<S extends z.ZodType>(
  schema: S,
  record: Record<string, string>,
): { ok: true; data: z.output<S> } | { ok: false; result: RowResult } {
  const r = schema.safeParse(record);
  if (r.success) return { ok: true, data: r.data };
  return {
    ok: false,
    result: {
      kind: 'bad',
      issues: r.error.issues.map((i) => {
        const field = String(i.path[0] ?? '(row)');
        return { field, reason: i.message, value: record[field] };
      }),
    },
  };
}
