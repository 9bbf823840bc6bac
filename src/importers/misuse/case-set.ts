// What every misuse parser does at the end: the counts and the ParsedMisuse it hands back.
import type { IndicatorValue } from '../../core/indicators/indicator.ts';
import type { MisuseCase } from '../../core/misuse/case.ts';
import type { Source } from '../../core/sources/source.ts';
import type { PartyLog } from '../restricted-parties/party-log.ts';
import type { ParsedMisuse } from './parsed-misuse.ts';

/** Flushes the log's noted values as warnings and assembles the parse's result. */
export function parsedMisuse(
  log: PartyLog,
  rowsRead: number,
  sources: Source[],
  cases: MisuseCase[],
  values: IndicatorValue[] = [],
): ParsedMisuse {
  log.flush();
  return {
    cases,
    values,
    sources,
    issues: log.issues,
    warnings: log.warnings,
    counts: {
      rowsRead,
      rejectedRows: new Set(log.issues.map((i) => i.line)).size,
      setAside: log.setAside,
      cases: cases.length,
      values: values.length,
    },
  };
}
