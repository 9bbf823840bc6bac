// Imports of restricted-party lists (`ofac-sdn`, `dod-1260h` … `ftm`): parse the file into the
// party model, then write the list, its parties and its source in one transaction — or nothing,
// when a row is bad and bad rows were not to be skipped. The same guarantees and summary as the
// row-by-row formats; a second import of one file changes nothing.
import { finishImport } from './write-import.ts';
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import type { ImportRequest } from './import-runner.ts';
import {
  RESTRICTED_LIST_FORMATS,
  type RestrictedListFormatName,
} from './restricted-parties/restricted-list-formats.ts';

export const isRestrictedListFormat = (format: string): format is RestrictedListFormatName =>
  Object.hasOwn(RESTRICTED_LIST_FORMATS, format);

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Imports one restricted-party list file. */
export async function importRestrictedList(
  store: Store,
  req: ImportRequest,
): Promise<ImportSummary> {
  const started = performance.now();
  if (!isRestrictedListFormat(req.format))
    throw new DomainError('validation_failed', `unknown restricted-list format '${req.format}'`);
  const date = req.options?.date;
  if (date !== undefined && !ISO_DATE.test(date))
    throw new DomainError('validation_failed', `--date: '${date}' is not an ISO date`, [
      { path: 'date', message: 'expected YYYY, YYYY-MM or YYYY-MM-DD' },
    ]);
  const economies = (await store.economies.list()).map((e) => ({
    iso3: e.iso3,
    iso2: e.iso2,
    name: e.name,
    officialName: e.officialName,
  }));
  const parsed = RESTRICTED_LIST_FORMATS[req.format].parse(req.file, {
    economies,
    ...(date !== undefined ? { date } : {}),
  });
  const file = relative(process.cwd(), req.file) || req.file;
  const base = {
    format: req.format,
    file,
    rowsRead: parsed.counts.rowsRead,
    rejected: parsed.counts.rejectedRows,
    setAside: parsed.counts.setAside,
    issues: parsed.issues,
    warnings: parsed.warnings,
  };
  return finishImport(
    store,
    base,
    { skipBadRows: req.skipBadRows ?? false, started },
    async (tx) => {
      await tx.sources.upsert(parsed.sources);
      const { removed: _, ...c } = await tx.restrictedParties.saveList(
        parsed.list,
        parsed.parties,
        { format: req.format, file },
        new Date().toISOString(),
      );
      return c;
    },
  );
}
