// Runs an import: read and check every row first, then write everything in one transaction
// (or nothing, when a row is bad and --skip-bad-rows was not given).
import { finishImport } from './write-import.ts';
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { Economy } from '../core/economies/economy.ts';
import type { GroupingWithMembers } from '../core/groupings/grouping.ts';
import { findIndicator } from '../core/indicators/indicator-catalogue.ts';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { ImportSummary, RowIssue } from '../core/imports/import-report.ts';
import type { Source } from '../core/sources/source.ts';
import type { Store } from '../db/store.ts';
import { addCounts, noWrites } from '../db/write-counts.ts';
import { findFormat, formatNames } from './formats.ts';
import type { FormatOptions, ImportContext } from './import-format.ts';
import { readTable } from './read-table.ts';

export interface ImportRequest {
  format: string;
  file: string;
  options?: FormatOptions;
  skipBadRows?: boolean;
  /** Called while rows are parsed: rows done and rows in all. */
  onProgress?: (done: number, total: number) => void;
}

/** An import read and checked, not yet written. */
export interface PreparedImport {
  format: string;
  file: string;
  rowsRead: number;
  sources: Source[];
  economies: Economy[];
  values: IndicatorValue[];
  groupings: GroupingWithMembers[];
  issues: RowIssue[];
  setAside: Record<string, number>;
  warnings: string[];
}

const displayPath = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') && rel.split('/').length > 4 ? file : rel || file;
};

/** Runs a format's check of a file's header; a DomainError it raises names the file. */
function aboutFile<T>(file: string, check: () => T): T {
  try {
    return check();
  } catch (e) {
    if (e instanceof DomainError && !e.message.startsWith(`${file}:`))
      throw new DomainError(e.code, `${file}: ${e.message}`, e.issues);
    throw e;
  }
}

/**
 * Reads and checks a file; `known` holds the economy codes already stored, `context` what formats
 * that join by name need (see ImportFormat.prepare).
 */
export function prepareImport(
  req: ImportRequest,
  known: ReadonlySet<string>,
  context: ImportContext = { economies: [] },
): PreparedImport {
  const found = findFormat(req.format);
  if (!found)
    throw new DomainError('validation_failed', `unknown import format '${req.format}'`, [
      { path: 'format', message: `expected one of: ${formatNames().join(', ')}` },
    ]);
  const format = found.prepare?.({ ...context, file: req.file }) ?? found;
  const options = req.options ?? {};
  const file = displayPath(req.file);
  // Options that need no file are checked first, so a wrong flag is named before the file is read.
  format.checkOptions?.(options, []);
  const table = readTable(req.file, format.requiredColumns(options, []));
  const required = aboutFile(file, () => {
    format.checkOptions?.(options, table.columns);
    return format.requiredColumns(options, table.columns);
  });
  const missing = required.filter((c) => !table.columns.includes(c));
  if (missing.length > 0)
    throw new DomainError(
      'bad_file',
      `${file}: missing column ${missing.map((m) => `'${m}'`).join(', ')}`,
    );

  const prepared: PreparedImport = {
    format: format.name,
    file,
    rowsRead: table.rows.length,
    sources: format.sources(options, table.columns),
    economies: [],
    values: [],
    groupings: [],
    issues: [],
    setAside: {},
    warnings: [],
  };
  const groups = new Map<string, GroupingWithMembers>();
  const seenValues = new Map<string, number>();
  const fileEconomies = new Set<string>();
  const pendingCodes: { code: string; line: number; field: string }[] = [];
  /** Codes rows named for a later `finish` (see RowResult.economyCodes). */
  const namedCodes = new Set<string>();
  const total = table.rows.length;

  /** Adds a value unless its indicator is unknown or its key repeats; queues its economy code. */
  const addValue = (v: IndicatorValue, line: number, field: string, checkCode = true): void => {
    if (!findIndicator(v.indicatorCode)) {
      prepared.issues.push({
        file,
        line,
        field: 'indicator',
        reason: `unknown indicator '${v.indicatorCode}'`,
      });
      return;
    }
    const k = `${v.indicatorCode}|${v.year}|${v.iso3}`;
    const earlier = seenValues.get(k);
    if (earlier !== undefined) {
      prepared.issues.push({
        file,
        line,
        field,
        reason: `second value for ${v.iso3} ${v.indicatorCode} ${v.year} (first on line ${earlier})`,
      });
      return;
    }
    seenValues.set(k, line);
    if (checkCode) pendingCodes.push({ code: v.iso3, line, field });
    prepared.values.push(v);
  };

  table.rows.forEach(({ line, record }, index) => {
    if (req.onProgress && (index % 2000 === 0 || index === total - 1))
      req.onProgress(index + 1, total);
    const cells = record['#cells'];
    if (cells !== undefined) {
      prepared.issues.push({
        file,
        line,
        field: '(row)',
        reason: `has ${cells} cells, the header has ${table.columns.length}`,
      });
      return;
    }
    const result = format.parseRow(record, options, table.columns);
    switch (result.kind) {
      case 'bad':
        for (const i of result.issues)
          prepared.issues.push({
            file,
            line,
            field: i.field,
            reason: i.reason,
            ...(i.value !== undefined ? { value: i.value.slice(0, 80) } : {}),
          });
        return;
      case 'aside':
        prepared.setAside[result.reason] = (prepared.setAside[result.reason] ?? 0) + 1;
        return;
      case 'items': {
        const field = result.economyField ?? 'iso3';
        if (result.warning) prepared.warnings.push(`${file}:${line}: ${result.warning}`);
        for (const e of result.economies ?? []) {
          if (fileEconomies.has(e.iso3)) {
            prepared.issues.push({ file, line, field, reason: `duplicate economy '${e.iso3}'` });
            continue;
          }
          fileEconomies.add(e.iso3);
          prepared.economies.push(e);
        }
        for (const v of result.values ?? []) addValue(v, line, field);
        for (const code of result.economyCodes ?? []) {
          pendingCodes.push({ code, line, field });
          namedCodes.add(code);
        }
        for (const m of result.members ?? []) {
          let g = groups.get(m.group.code);
          if (!g) groups.set(m.group.code, (g = { ...m.group, members: [] }));
          if (g.members.some((x) => x.code === m.member.code)) {
            prepared.issues.push({
              file,
              line,
              field,
              reason: `${m.member.code} listed twice in ${g.code}`,
            });
            continue;
          }
          if (m.member.kind === 'economy') pendingCodes.push({ code: m.member.code, line, field });
          g.members.push(m.member);
        }
        return;
      }
    }
  });

  // Aggregated values belong to the file as a whole (line 1); their economy codes were checked on
  // the rows that named them, and an unknown one removes them with those rows below.
  const finished = format.finish?.();
  if (finished?.warning) prepared.warnings.push(`${file}: ${finished.warning}`);
  for (const v of finished?.values ?? []) {
    if (!namedCodes.has(v.iso3))
      throw new Error(
        `format ${format.name}: finish() gave a value for ${v.iso3}, no row named it`,
      );
    addValue(v, 1, 'iso3', false);
  }

  // Economy codes are checked once the whole file is read: a countries file defines its own.
  const badLines = new Set<number>();
  for (const p of pendingCodes) {
    if (known.has(p.code) || fileEconomies.has(p.code) || badLines.has(p.line)) continue;
    badLines.add(p.line);
    prepared.issues.push({
      file,
      line: p.line,
      field: p.field,
      reason: `unknown ISO3 code '${p.code}'`,
      value: p.code,
    });
  }
  if (badLines.size > 0) {
    prepared.values = prepared.values.filter((v) => known.has(v.iso3) || fileEconomies.has(v.iso3));
    for (const g of groups.values())
      g.members = g.members.filter(
        (m) => m.kind !== 'economy' || known.has(m.code) || fileEconomies.has(m.code),
      );
  }
  prepared.groupings = [...groups.values()];
  prepared.issues.sort((a, b) => a.line - b.line);
  return prepared;
}

/** Writes a prepared import through the store (the caller owns the transaction). */
export async function writePrepared(
  tx: Store,
  p: PreparedImport,
): Promise<ReturnType<typeof noWrites>> {
  await tx.sources.upsert(p.sources);
  const codes = new Set(p.values.map((v) => v.indicatorCode));
  await tx.indicators.syncCatalogue([...codes].map((c) => findIndicator(c)!));
  let counts = await tx.economies.upsertMany(p.economies);
  counts = addCounts(counts, await tx.indicators.upsertValues(p.values));
  counts = addCounts(counts, await tx.groupings.upsertMany(p.groupings));
  return counts;
}

const rejectedRows = (issues: readonly RowIssue[]): number =>
  new Set(issues.map((i) => i.line)).size;

/** Imports one file: all rows checked, then one transaction; a bad row stops it unless skipped. */
export async function importFile(store: Store, req: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  const context = findFormat(req.format)?.prepare
    ? { economies: await store.economies.list() }
    : undefined;
  const prepared = prepareImport(req, await store.economies.codes(), context);
  const base = {
    format: prepared.format,
    file: prepared.file,
    rowsRead: prepared.rowsRead,
    rejected: rejectedRows(prepared.issues),
    setAside: prepared.setAside,
    issues: prepared.issues,
    warnings: prepared.warnings,
  };
  return finishImport(store, base, { skipBadRows: req.skipBadRows ?? false, started }, (tx) =>
    writePrepared(tx, prepared),
  );
}
