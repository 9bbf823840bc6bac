// Collects what a restricted-party parser finds: bad rows (issues), rows set aside on purpose,
// and what only looks odd (warnings, grouped so that a thousand rows make one line).
import type { RowIssue } from '../../core/imports/import-report.ts';

const cut = (s: string): string => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** `line 4`, `lines 4, 9, 12 … (17 rows)`. */
export const lineList = (lines: readonly number[]): string =>
  lines.length === 1
    ? `line ${lines[0]}`
    : `lines ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? ` … (${lines.length} rows)` : ''}`;

export class PartyLog {
  readonly issues: RowIssue[] = [];
  readonly warnings: string[] = [];
  readonly setAside: Record<string, number> = {};
  private readonly rejected = new Set<string>();
  private readonly notes = new Map<string, Map<string, number[]>>();

  constructor(readonly file: string) {}

  /** Reports a bad cell; the record it is on is left out. */
  bad(line: number, field: string, reason: string, value?: string): void {
    this.issues.push({
      file: this.file,
      line,
      field,
      reason,
      ...(value !== undefined && value !== '' && { value: cut(value) }),
    });
    this.rejected.add(String(line));
  }

  /** Adds issues found while reading the file (invalid bytes, a wrong cell count). */
  addIssues(issues: readonly RowIssue[]): void {
    for (const i of issues) {
      this.issues.push(i);
      this.rejected.add(String(i.line));
    }
  }

  /** True when a bad cell was reported on this line. */
  isRejected(line: number): boolean {
    return this.rejected.has(String(line));
  }

  /** Counts a record left out on purpose. */
  aside(reason: string): void {
    this.setAside[reason] = (this.setAside[reason] ?? 0) + 1;
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  /**
   * Notes something odd but harmless about a value on a line (an unknown country name, a
   * truncated remark); {@link flush} writes one warning per topic listing each value's lines.
   */
  note(topic: string, value: string, line: number): void {
    const byValue = this.notes.get(topic) ?? new Map<string, number[]>();
    const lines = byValue.get(value) ?? [];
    lines.push(line);
    byValue.set(value, lines);
    this.notes.set(topic, byValue);
  }

  /** Writes the noted values as warnings: `${file}: ${topic}: 'X' (line 4); 'Y' (lines 5, 9)`. */
  flush(): void {
    for (const [topic, byValue] of this.notes) {
      const rows = [...byValue.values()].reduce((n, l) => n + l.length, 0);
      const list = [...byValue.entries()]
        .slice(0, 12)
        .map(([v, lines]) => `'${cut(v)}' (${lineList(lines)})`)
        .join('; ');
      const more = byValue.size > 12 ? ` and ${byValue.size - 12} more` : '';
      this.warn(`${this.file}: ${topic} on ${rows} row${rows > 1 ? 's' : ''}: ${list}${more}`);
    }
    this.notes.clear();
  }

  get rejectedRows(): number {
    return this.rejected.size;
  }
}
