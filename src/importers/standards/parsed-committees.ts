// What a standards-committee parser hands back (the committees of one body, core model), and the
// bookkeeping its parsers share: issues by file and line, rows read, rejected and set aside.
// Nothing is stored here.
import type { RowIssue } from '../../core/imports/import-report.ts';
import type { Source } from '../../core/sources/source.ts';
import { UNPRINTABLE } from '../../core/text.ts';
import type {
  Committee,
  CommitteeMember,
  CommitteeRole,
  StandardsBody,
} from '../../core/standards/committee.ts';

export interface ParsedCommittees {
  body: StandardsBody;
  committees: Committee[];
  issues: RowIssue[];
  warnings: string[];
  counts: {
    /** Data rows read, every file together. */
    rowsRead: number;
    /** Rows left out because they could not be read (each reported in `issues`). */
    rejectedRows: number;
    /** Rows left out on purpose, by reason. */
    setAside: Record<string, number>;
  };
  source: Source;
  /** The snapshot's date where the files give none: the newest committee's creation date. */
  snapshotDate: string | null;
}

export const ISO3 = /^[A-Z]{3}$/;

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** What a parser is told by the store: the economies an ISO3 cell may name. */
export interface ParseOptions {
  /** Known ISO3 codes; when given, a cell naming another code is an issue. */
  economies?: ReadonlySet<string>;
}

/** Checks an ISO3 cell (empty is allowed: no economy); reports a malformed or unknown code. */
export function checkIso3(
  sink: IssueSink,
  file: string,
  line: number,
  field: string,
  value: string,
  options: ParseOptions,
): void {
  if (value === '') return;
  if (!ISO3.test(value)) sink.issue(file, line, field, `'${value}' is not an ISO3 code`, value);
  else if (options.economies && !options.economies.has(value))
    sink.issue(file, line, field, `unknown economy code '${value}'`, value);
}

/** Checks a text cell that must be given: not empty, at most `max` characters, printable. */
export function checkText(
  sink: IssueSink,
  file: string,
  line: number,
  field: string,
  value: string,
  max: number,
): void {
  if (value === '') sink.issue(file, line, field, 'is empty', '');
  else if (value.length > max)
    sink.issue(file, line, field, `is longer than ${max} characters`, value);
  else if (UNPRINTABLE.test(value))
    sink.issue(file, line, field, 'contains control or bidirectional characters', value);
}

const ROLE_ORDER: Record<CommitteeRole, number> = { secretariat: 0, P: 1, O: 2 };

/** Members in a stable order: the secretariat, then participants, then observers, by body. */
export const memberOrder = (a: CommitteeMember, b: CommitteeMember): number =>
  ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.memberBody.localeCompare(b.memberBody);

export interface IssueSink {
  read(): void;
  issue(file: string, line: number, field: string, reason: string, value: string): void;
  /** Whether the row at this line of this file has an issue. */
  rejected(file: string, line: number): boolean;
  aside(reason: string): void;
}

/** Collects the issues, rejected rows and set-asides of one parse. */
export class CommitteeIssues implements IssueSink {
  readonly issues: RowIssue[] = [];
  private rowsRead = 0;
  private readonly rejectedLines = new Set<string>();
  private readonly setAside: Record<string, number> = {};

  read(): void {
    this.rowsRead++;
  }

  issue(file: string, line: number, field: string, reason: string, value: string): void {
    this.issues.push({ file, line, field, reason, value: value.slice(0, 80) });
    this.rejectedLines.add(`${file}\n${line}`);
  }

  rejected(file: string, line: number): boolean {
    return this.rejectedLines.has(`${file}\n${line}`);
  }

  aside(reason: string): void {
    this.setAside[reason] = (this.setAside[reason] ?? 0) + 1;
  }

  counts(): ParsedCommittees['counts'] {
    return {
      rowsRead: this.rowsRead,
      rejectedRows: this.rejectedLines.size,
      setAside: { ...this.setAside },
    };
  }
}
