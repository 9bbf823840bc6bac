// What a misuse parser hands back: the cases it read (core model), indicator values where the file
// gives them, the sources they cite, every bad record with its line, warnings and counts. Nothing
// is stored here.
import type { IndicatorValue } from '../../core/indicators/indicator.ts';
import type { RowIssue } from '../../core/imports/import-report.ts';
import type { MisuseCase } from '../../core/misuse/case.ts';
import type { Source } from '../../core/sources/source.ts';
import type { CountryEconomy } from '../restricted-parties/party-countries.ts';

/** What every misuse parser may receive. */
export interface MisuseOptions {
  /**
   * The platform's economies: country names and codes are resolved to ISO3 through them. Without
   * them only the alias tables resolve, and every other name is reported.
   */
  economies?: readonly CountryEconomy[];
}

export interface MisuseCounts {
  /** Data records in the file, usable or not. */
  rowsRead: number;
  /** Records left out because of a bad cell (each reported in `issues`). */
  rejectedRows: number;
  /** Records left out on purpose, by reason (a territory outside ISO 3166 …). */
  setAside: Record<string, number>;
  cases: number;
  values: number;
}

export interface ParsedMisuse {
  cases: MisuseCase[];
  /** Indicator values the file gives besides its cases (shutdowns per year). */
  values: IndicatorValue[];
  /** The sources the cases' evidence and the values cite. */
  sources: Source[];
  issues: RowIssue[];
  /** What looks wrong in the data without being an error, and what the parser repaired. */
  warnings: string[];
  counts: MisuseCounts;
}
