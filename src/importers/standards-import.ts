// Imports of standards committees (`iso-committees`, `standards-committees`): parse one body's
// committee list into the core model, compare it with the body's stored committees, and write the
// committees, the snapshot, the changes it brought and the alerts they raise in one transaction —
// or nothing, when a row is bad and bad rows were not to be skipped. The first import of a body
// records its snapshot without changes; a second import of the same files changes nothing.
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { compareSnapshots, snapshotAlerts } from '../core/standards/snapshot.ts';
import { committeeTags } from '../core/standards/tags.ts';
import type { Store } from '../db/store.ts';
import type { FormatOptions } from './import-format.ts';
import type { ImportRequest } from './import-runner.ts';
import { parseCommittees } from './standards/committees.parser.ts';
import { parseIsoCommittees } from './standards/iso-committees.parser.ts';
import type { ParsedCommittees, ParseOptions } from './standards/parsed-committees.ts';
import { finishImport } from './write-import.ts';

/** The workstream the snapshot alerts go to, and what raises them. */
export const STANDARDS_ALERTS = { workstream: 'standards', source: 'standards-snapshot' } as const;

type FileOption = 'participation' | 'bodies' | 'members';

export interface StandardsFormat {
  /** One line for `--help` and docs. */
  description: string;
  /** The options naming the format's other files (each optional). */
  files: readonly FileOption[];
  parse(
    file: string,
    others: Partial<Record<FileOption, string>>,
    options: ParseOptions,
  ): ParsedCommittees;
}

export const STANDARDS_FORMATS: Readonly<Record<string, StandardsFormat>> = {
  'iso-committees': {
    description:
      'ISO Open Data committees (iso_committees_opendata.csv) with members (--participation) and the acronym table (--bodies): committees, secretariats, P and O members',
    files: ['participation', 'bodies'],
    parse: (committees, others, options) =>
      parseIsoCommittees(
        {
          committees,
          ...(others.participation !== undefined ? { participation: others.participation } : {}),
          ...(others.bodies !== undefined ? { bodies: others.bodies } : {}),
        },
        options,
      ),
  },
  'standards-committees': {
    description:
      "Any standards body's committees in the generic layout (body, reference, type, parent_reference, title, status, created, secretariat_iso3, secretariat_body), members with --members",
    files: ['members'],
    parse: (committees, others, options) =>
      parseCommittees(
        { committees, ...(others.members !== undefined ? { members: others.members } : {}) },
        options,
      ),
  },
};

export const isStandardsFormat = (format: string): boolean =>
  Object.hasOwn(STANDARDS_FORMATS, format);

/** What the snapshot alerts watch: the coalition's members (ISO3) and the concern economies. */
export interface StandardsWatchEconomies {
  members: readonly string[];
  concern: readonly string[];
}

/** The other files given as options: each must be a file; an option the format does not take is refused. */
function otherFiles(
  format: string,
  f: StandardsFormat,
  options: FormatOptions,
): Partial<Record<FileOption, string>> {
  const out: Partial<Record<FileOption, string>> = {};
  for (const name of ['participation', 'bodies', 'members'] as const) {
    const path = options[name];
    if (path === undefined) continue;
    if (!f.files.includes(name))
      throw new DomainError(
        'validation_failed',
        `--${name}: the ${format} format takes no ${name} file${f.files.length > 0 ? ` (it takes ${f.files.map((o) => `--${o}`).join(', ')})` : ''}`,
        [{ path: name, message: 'not an option of this format' }],
      );
    if (!existsSync(path) || !statSync(path).isFile())
      throw new DomainError('bad_file', `--${name}: no file '${path}'`, [
        { path: name, message: 'file not found' },
      ]);
    out[name] = path;
  }
  return out;
}

/** Imports one body's committee list as a new snapshot (see the header). */
export async function importStandards(
  store: Store,
  req: ImportRequest,
  watch: StandardsWatchEconomies,
): Promise<ImportSummary> {
  const started = performance.now();
  const format = STANDARDS_FORMATS[req.format];
  if (!format || !isStandardsFormat(req.format))
    throw new DomainError('validation_failed', `unknown standards format '${req.format}'`);
  const others = otherFiles(req.format, format, req.options ?? {});
  const parsed = format.parse(req.file, others, { economies: await store.economies.codes() });
  const file = relative(process.cwd(), req.file) || req.file;
  // Storing no committee would empty the body's list: refuse it rather than write it.
  if (parsed.committees.length === 0 && (parsed.issues.length === 0 || req.skipBadRows))
    throw new DomainError('bad_file', `${req.file}: no committee could be read`);

  // A reference names its body: another body's committee under the same reference is a clash.
  const all = await store.standards.committees();
  const before = all.filter((c) => c.body === parsed.body);
  const elsewhere = new Map(
    all.filter((c) => c.body !== parsed.body).map((c) => [c.reference, c.body]),
  );
  const clashes = parsed.committees.filter((c) => elsewhere.has(c.reference));
  if (clashes.length > 0)
    throw new DomainError(
      'conflict',
      `${req.file}: reference: ${clashes.length} committee reference${clashes.length === 1 ? ' is' : 's are'} already another body's (a reference names one body's committee): ${clashes
        .slice(0, 5)
        .map((c) => `${c.reference} (${elsewhere.get(c.reference)})`)
        .join(', ')}`,
      [{ path: 'reference', message: `already another body's: ${clashes[0]!.reference}` }],
    );

  const tags = await store.standards.tags();
  const first = before.length === 0;
  const changes = first ? [] : compareSnapshots(before, parsed.committees);
  const alerts = first
    ? []
    : snapshotAlerts(changes, {
        before,
        after: parsed.committees,
        tags,
        members: watch.members,
        concern: watch.concern,
      });
  const tagsAfter = committeeTags(parsed.committees, tags);
  const tagsBefore = committeeTags(before, tags);
  const tagsOf = (reference: string): string[] =>
    tagsAfter.get(reference) ?? tagsBefore.get(reference) ?? [];

  const warnings = [...parsed.warnings];
  if (first) warnings.push(`first snapshot of ${parsed.body}'s committees: no changes recorded`);
  else if (changes.length > 0)
    warnings.push(
      `${changes.length} change${changes.length === 1 ? '' : 's'} since the last snapshot of ${parsed.body}, ${alerts.length} alert${alerts.length === 1 ? '' : 's'} raised (techalliance standards changes)`,
    );
  const now = new Date().toISOString();
  return finishImport(
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
      await tx.sources.upsert([parsed.source]);
      const {
        removed: _,
        snapshot: __,
        ...counts
      } = await tx.standards.saveSnapshot(
        parsed.body,
        parsed.committees,
        { file, format: req.format, importedAt: now, snapshotDate: parsed.snapshotDate },
        changes.map((c) => ({ ...c, tags: tagsOf(c.reference) })),
        alerts.map((a) => ({
          workstream: STANDARDS_ALERTS.workstream,
          source: STANDARDS_ALERTS.source,
          kind: a.kind,
          subject: a.reference,
          message: a.message,
          details: { iso3: a.iso3, tags: a.tags, body: parsed.body },
          createdAt: now,
        })),
      );
      return counts;
    },
  );
}
