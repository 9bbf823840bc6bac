// The end every import shares: when a row is bad and bad rows are not to be skipped, nothing is
// written and the summary says so; otherwise the format's writes and the import run are recorded
// in one transaction, and the summary carries the counts.
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import { noWrites, type WriteCounts } from '../db/write-counts.ts';

/** What an import read and checked, before writing. */
export type CheckedImport = Omit<ImportSummary, keyof WriteCounts | 'written' | 'seconds'>;

/** Writes a checked import (or refuses to, see above); `started` is `performance.now()` at its start. */
export async function finishImport(
  store: Store,
  checked: CheckedImport,
  options: { skipBadRows?: boolean; started: number },
  write: (tx: Store) => Promise<WriteCounts>,
): Promise<ImportSummary> {
  const seconds = (): number => (performance.now() - options.started) / 1000;
  if (checked.issues.length > 0 && !options.skipBadRows)
    return { ...checked, ...noWrites(), written: false, seconds: seconds() };
  const counts = await store.transaction(async (tx) => {
    const c = await write(tx);
    await tx.importRuns.record({
      format: checked.format,
      file: checked.file,
      finishedAt: new Date().toISOString(),
      rowsRead: checked.rowsRead,
      ...c,
      rejected: checked.rejected,
      setAside: Object.values(checked.setAside).reduce((a, b) => a + b, 0),
    });
    return c;
  });
  return { ...checked, ...counts, written: true, seconds: seconds() };
}
