// What a restricted-party parser hands back: the list it read, its parties (core model), the
// source they cite, every bad row, warnings and counts. Nothing is stored here.
import type { RowIssue } from '../../core/imports/import-report.ts';
import type {
  PartySchema,
  RestrictedList,
  RestrictedParty,
} from '../../core/restricted-parties/restricted-party.ts';
import type { Source } from '../../core/sources/source.ts';

export interface RestrictedListCounts {
  /** Records (CSV rows, text entries, JSON entries or lines) in the file, usable or not. */
  rowsRead: number;
  /** Records left out because of a bad cell (each reported in `issues`). */
  rejectedRows: number;
  /** Records left out on purpose, by reason (another annex, another measure, not a party …). */
  setAside: Record<string, number>;
  /** Parties after rows naming the same entity were merged. */
  parties: number;
  bySchema: Partial<Record<PartySchema, number>>;
  withAliases: number;
  withOriginalScriptNames: number;
  withIdentifiers: number;
  withBirthDates: number;
  withCountries: number;
  /** Parties whose listing has ended or has an end date (delisted, expired). */
  withEndDate: number;
}

/** The result of parsing one list file. Bad rows are left out of `parties` and reported. */
export interface ParsedRestrictedList {
  list: RestrictedList;
  parties: RestrictedParty[];
  /** The source every party of the list cites (one per list). */
  sources: Source[];
  issues: RowIssue[];
  /** What looks wrong in the data without being an error. */
  warnings: string[];
  counts: RestrictedListCounts;
}
