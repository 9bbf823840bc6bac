// Imports of item control lists (`us-ccl`, `wassenaar-list`, `eu-annex-i-text`, `india-scomet`):
// parse the file into the control-list model, then write the list, its entries and its source in
// one transaction — or nothing, when an entry is bad and bad entries were not to be skipped. The
// same guarantees and summary as every other import; a second import of one file changes nothing.
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import { CONTROL_LIST_FORMATS, isControlListFormat } from './control-lists/control-list-formats.ts';
import type { ImportRequest } from './import-runner.ts';
import { finishImport } from './write-import.ts';

const LIST_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Imports one control-list file under the id given with `--id`. */
export async function importControlList(store: Store, req: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  if (!isControlListFormat(req.format))
    throw new DomainError('validation_failed', `unknown control-list format '${req.format}'`);
  const { id, date, jurisdiction } = req.options ?? {};
  if (id === undefined)
    throw new DomainError(
      'validation_failed',
      `--id: a ${req.format} import needs the list's id (e.g. --id us-ccl-2026)`,
      [{ path: 'id', message: 'required' }],
    );
  if (!LIST_ID.test(id))
    throw new DomainError('validation_failed', `--id: '${id}' is not a list id`, [
      { path: 'id', message: 'lower-case letters, digits and hyphens, at most 64' },
    ]);
  if (date !== undefined && !ISO_DATE.test(date))
    throw new DomainError('validation_failed', `--date: '${date}' is not an ISO date`, [
      { path: 'date', message: 'expected YYYY-MM-DD' },
    ]);
  const parsed = CONTROL_LIST_FORMATS[req.format].parse(req.file, {
    id,
    ...(date !== undefined ? { date } : {}),
    ...(jurisdiction !== undefined ? { jurisdiction } : {}),
  });
  const file = relative(process.cwd(), req.file) || req.file;
  return finishImport(
    store,
    {
      format: req.format,
      file,
      rowsRead: parsed.counts.rowsRead,
      rejected: parsed.counts.rejectedRows,
      setAside: parsed.counts.setAside,
      issues: parsed.issues,
      warnings: parsed.warnings,
    },
    { skipBadRows: req.skipBadRows ?? false, started },
    async (tx) => {
      await tx.sources.upsert([parsed.sources.list]);
      const { removed: _, ...c } = await tx.controlLists.saveList(
        parsed.list,
        parsed.entries,
        { format: req.format, file },
        new Date().toISOString(),
      );
      return c;
    },
  );
}
