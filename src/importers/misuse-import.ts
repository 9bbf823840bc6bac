// Imports of cases of the illiberal use of technology (`carnegie-aigs`, `keepiton`, `netsweeper`,
// `ooni-blockings`, `spyware-index`, `pi-transfers`): parse one file into cases (and indicator
// values where the file gives them), then in one transaction upsert the sources it cites, replace
// the cases of that format (new ones inserted, changed ones updated with a new version, those no
// longer in the file removed) and upsert the values — or write nothing, when a record is bad and
// bad records were not to be skipped. A second import of the same file changes nothing.
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import { addCounts } from '../db/write-counts.ts';
import type { ImportRequest } from './import-runner.ts';
import { isMisuseFormat, MISUSE_FORMATS } from './misuse/misuse-formats.ts';
import { finishImport } from './write-import.ts';

/** Imports one file of cases; the format's cases are replaced by the file's (see the header). */
export async function importMisuse(store: Store, req: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  if (!isMisuseFormat(req.format))
    throw new DomainError('validation_failed', `unknown misuse-case format '${req.format}'`);
  const options = Object.keys(req.options ?? {});
  if (options.length > 0)
    throw new DomainError(
      'validation_failed',
      `--${options[0]}: the ${req.format} format takes no options`,
      options.map((o) => ({ path: o, message: 'not an option of this format' })),
    );
  const economies = (await store.economies.list()).map((e) => ({
    iso3: e.iso3,
    iso2: e.iso2,
    name: e.name,
    officialName: e.officialName,
  }));
  const parsed = MISUSE_FORMATS[req.format].parse(req.file, { economies });
  const file = relative(process.cwd(), req.file) || req.file;
  // Storing no case would remove every case of the format: refuse it rather than write it.
  if (parsed.cases.length === 0 && (parsed.issues.length === 0 || req.skipBadRows))
    throw new DomainError('bad_file', `${req.file}: no case could be read`);

  const warnings = [...parsed.warnings];
  let removed = 0;
  const summary = await finishImport(
    store,
    {
      format: req.format,
      file,
      rowsRead: parsed.counts.rowsRead,
      rejected: parsed.counts.rejectedRows,
      setAside: parsed.counts.setAside,
      issues: parsed.issues,
      warnings,
    },
    { skipBadRows: req.skipBadRows ?? false, started },
    async (tx) => {
      await tx.sources.upsert(parsed.sources);
      const { removed: gone, ...cases } = await tx.misuse.replaceSource(req.format, parsed.cases, {
        by: `import:${req.format}`,
        at: new Date().toISOString(),
      });
      removed = gone;
      // A removed case counts as updated, as a committee dropped from a standards snapshot does.
      const counts = { ...cases, updated: cases.updated + gone };
      return parsed.values.length > 0
        ? addCounts(counts, await tx.indicators.upsertValues(parsed.values))
        : counts;
    },
  );
  if (removed === 0) return summary;
  return {
    ...summary,
    warnings: [
      ...summary.warnings,
      `${removed} ${req.format} case${removed === 1 ? '' : 's'} no longer in the file removed`,
    ],
  };
}
