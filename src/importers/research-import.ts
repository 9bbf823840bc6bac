// Imports of research data (`nsf-coauthorship`, `nsf-articles-by-field`, `nsf-ai-articles`,
// `nsf-ai-institutions`, `openalex-pairs`, `cordis-pairs`, `ror`): parse one file into the research model, then in one
// transaction upsert the sources it cites and replace the records of its dataset — the format and
// the file layout read (`openalex-pairs:totals`), so that a source's two files do not replace each
// other — or write nothing, when a record is bad and bad records were not to be skipped. A second
// import of the same file changes nothing.
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import type { ImportRequest } from './import-runner.ts';
import type { ResearchOptions } from './research/parsed-research.ts';
import { isResearchFormat, RESEARCH_FORMATS } from './research/research-formats.ts';
import { finishImport } from './write-import.ts';

/** The options each format takes (a file path, resolved by the caller). */
const FORMAT_OPTIONS: Readonly<Record<string, readonly (keyof ResearchOptions)[]>> = {
  'nsf-ai-institutions': ['crosswalk'],
};

/** Imports one research file; its dataset's records are replaced by the file's (see the header). */
export async function importResearch(store: Store, req: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  if (!isResearchFormat(req.format))
    throw new DomainError('validation_failed', `unknown research format '${req.format}'`);
  const allowed = FORMAT_OPTIONS[req.format] ?? [];
  const given = Object.entries(req.options ?? {}).filter(([, v]) => v !== undefined);
  const wrong = given.filter(([o]) => !(allowed as readonly string[]).includes(o));
  if (wrong.length > 0)
    throw new DomainError(
      'validation_failed',
      allowed.length === 0
        ? `--${wrong[0]![0]}: the ${req.format} format takes no options`
        : `--${wrong[0]![0]}: the ${req.format} format takes only ${allowed.map((o) => `--${o}`).join(', ')}`,
      wrong.map(([o]) => ({ path: o, message: 'not an option of this format' })),
    );
  const economies = (await store.economies.list()).map((e) => ({
    iso3: e.iso3,
    iso2: e.iso2,
    name: e.name,
    officialName: e.officialName,
  }));
  const crosswalk = req.options?.crosswalk;
  const parsed = RESEARCH_FORMATS[req.format].parse(req.file, {
    economies,
    ...(crosswalk !== undefined ? { crosswalk } : {}),
  });
  const file = relative(process.cwd(), req.file) || req.file;
  const records =
    parsed.fieldOutputs.length +
    parsed.pairs.length +
    parsed.totals.length +
    parsed.participations.length +
    parsed.organisations.length +
    parsed.aiInstitutions.length +
    parsed.institutionPairs.length;
  // Storing no record would remove every record of the dataset: refuse it rather than write it.
  if (records === 0 && (parsed.issues.length === 0 || req.skipBadRows))
    throw new DomainError('bad_file', `${req.file}: no record could be read`);

  const dataset = `${req.format}:${parsed.layout}`;
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
      warnings: [...parsed.warnings],
    },
    { skipBadRows: req.skipBadRows ?? false, started },
    async (tx) => {
      await tx.sources.upsert(parsed.sources);
      const { removed: gone, ...counts } = await tx.research.replaceDataset(dataset, parsed);
      removed = gone;
      // A removed record counts as updated, as a case dropped from a misuse file does.
      return { ...counts, updated: counts.updated + gone };
    },
  );
  if (removed === 0) return summary;
  return {
    ...summary,
    warnings: [
      ...summary.warnings,
      `${removed} ${dataset} record${removed === 1 ? '' : 's'} no longer in the file removed`,
    ],
  };
}
