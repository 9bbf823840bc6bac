// Collects what a supply-chain parser finds: bad rows (issues) and what only looks odd (warnings).
import type { RowIssue } from '../../core/imports/import-report.ts';

const cut = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** `line 4`, `lines 4, 9`, `lines 4, 9, 12 … (17 rows)`. */
const lineList = (lines: readonly number[]): string =>
  lines.length === 1
    ? `line ${lines[0]}`
    : `lines ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? ` … (${lines.length} rows)` : ''}`;

export class IssueLog {
  readonly issues: RowIssue[] = [];
  readonly warnings: string[] = [];
  /** Lines left out, per file (a row with several bad cells counts once). */
  private readonly rejected = new Set<string>();
  private readonly renamed = new Map<string, { lines: number[]; text: string }>();

  /** Reports a bad cell; the row it is on is left out. */
  bad(file: string, line: number, field: string, reason: string, value?: string): void {
    this.issues.push({
      file,
      line,
      field,
      reason,
      ...(value !== undefined && { value: cut(value) }),
    });
    this.rejected.add(`${file}\n${line}`);
  }

  /** Adds issues found elsewhere (e.g. while reading the file). */
  addIssues(issues: readonly RowIssue[]): void {
    for (const i of issues) {
      this.issues.push(i);
      this.rejected.add(`${i.file}\n${i.line}`);
    }
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  get rejectedRows(): number {
    return this.rejected.size;
  }

  /**
   * Notes a row naming a thing differently from the file that defines it (ids win). Repeats of
   * one (file, id, name) are grouped into one line of the warning {@link flushRenames} writes.
   */
  noteRename(file: string, line: number, id: string, given: string, expected: string): void {
    const key = `${file}\n${id}\n${given}`;
    const entry = this.renamed.get(key) ?? {
      lines: [],
      text: `${id} '${expected}' written '${given}'`,
    };
    entry.lines.push(line);
    this.renamed.set(key, entry);
  }

  /** Writes one warning per file for the names noted with {@link noteRename}. */
  flushRenames(file: string, what: string): void {
    const entries = [...this.renamed.entries()].filter(([k]) => k.startsWith(`${file}\n`));
    if (entries.length === 0) return;
    const rows = entries.reduce((n, [, e]) => n + e.lines.length, 0);
    const list = entries
      .map(([, e]) => `${e.text} (${lineList(e.lines)})`)
      .slice(0, 10)
      .join('; ');
    this.warn(
      `${file}: ${rows} row${rows > 1 ? 's' : ''} name ${what} differently from where ${
        rows > 1 ? 'they are' : 'it is'
      } defined; the id is used: ${list}${entries.length > 10 ? ` and ${entries.length - 10} more` : ''}`,
    );
    for (const [k] of entries) this.renamed.delete(k);
  }
}
