// What a control-list parser hands back: the list it read, its entries (core model) with their
// paragraph trees, the source they cite, every problem with its line, warnings and counts.
// Nothing is stored here.
import type { ControlEntry, ControlList } from '../../core/control-lists/control-list.ts';
import type { RowIssue } from '../../core/imports/import-report.ts';
import type { Source } from '../../core/sources/source.ts';

/** What the command line gives every control-list parser. */
export interface ControlListOptions {
  /** The list's id (`--id`), required. */
  id: string;
  /** The version date (`--date`) when the file does not say it (ISO). */
  date?: string;
}

export interface ControlListCounts {
  /** Lines (text files) or JSON entries read. */
  rowsRead: number;
  /** Entries left out because they could not be read (each reported in `issues`). */
  rejectedRows: number;
  /** Parts of the file left out on purpose, by reason (munitions of another list, page headers …). */
  setAside: Record<string, number>;
  entries: number;
  paragraphs: number;
  parameters: number;
}

export interface ParsedControlList {
  list: ControlList;
  entries: ControlEntry[];
  sources: { list: Source };
  issues: RowIssue[];
  warnings: string[];
  counts: ControlListCounts;
}
