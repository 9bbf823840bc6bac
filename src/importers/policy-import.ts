// Imports of the policy registry (`oecd-ai`, `stip`, `agora`): parse one file into records of the
// core model, their topics given by the stored topic tree, then store them in one transaction —
// new records inserted as version 1, changed ones given a new version, equal ones left alone — or
// nothing, when a record is bad and bad records were not to be skipped. Records no longer in the
// file are kept (a registry's export drops records it has not withdrawn). A second import of the
// same file changes nothing.
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { DEFAULT_POLICY_TOPICS } from '../core/policies/taxonomy.ts';
import type { Store } from '../db/store.ts';
import type { ImportRequest } from './import-runner.ts';
import {
  isPolicyFormat,
  POLICY_FORMATS,
  type PolicyFormatName,
} from './policies/policy-formats.ts';
import { finishImport } from './write-import.ts';

/** Imports one file of a policy registry's records (see the header). */
export async function importPolicies(
  store: Store,
  req: ImportRequest,
  format: PolicyFormatName = req.format as PolicyFormatName,
): Promise<ImportSummary> {
  const started = performance.now();
  const name: string = format;
  if (!isPolicyFormat(name))
    throw new DomainError('validation_failed', `unknown policy format '${name}'`, [
      { path: 'format', message: `expected one of: ${Object.keys(POLICY_FORMATS).join(', ')}` },
    ]);
  const options = Object.keys(req.options ?? {});
  if (options.length > 0)
    throw new DomainError(
      'validation_failed',
      `--${options[0]}: the ${format} format takes no options`,
      options.map((o) => ({ path: o, message: 'not an option of this format' })),
    );
  const warnings: string[] = [];
  let topics = await store.policies.topics();
  if (topics.length === 0) {
    topics = [...DEFAULT_POLICY_TOPICS];
    warnings.push('no topic tree is stored: topics were assigned from the default tree');
  }
  const parsed = POLICY_FORMATS[format].parse(req.file, topics);
  const file = relative(process.cwd(), req.file) || req.file;
  if (parsed.instruments.length === 0 && (parsed.issues.length === 0 || req.skipBadRows))
    throw new DomainError('bad_file', `${req.file}: no policy record could be read`);
  warnings.push(...parsed.warnings);
  const rejected = new Set(parsed.issues.map((i) => `${i.file}\n${i.line}`)).size;
  return finishImport(
    store,
    {
      format,
      file,
      rowsRead: parsed.rows,
      rejected,
      setAside: parsed.setAside,
      issues: parsed.issues,
      warnings,
    },
    { skipBadRows: req.skipBadRows ?? false, started },
    (tx) =>
      tx.policies.saveInstruments(parsed.instruments, `import:${format}`, new Date().toISOString()),
  );
}
