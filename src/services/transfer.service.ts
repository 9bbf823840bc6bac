// Backup, restore and copy between databases as one mechanism (docs/backup-and-move.md): rows are
// read from a snapshot of a source (a database or a backup file), written to a target (a database,
// in one transaction, or a backup file), and each table's row count and checksum are compared
// between the two; a database target's audit log is then verified with the key it recorded.
import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import { openDatabase, type DatabaseHandle, type Dialect } from '../db/database.ts';
import {
  advanceSequences,
  appliedMigrations,
  clearTarget,
  digestTables,
  insertRows,
  LATEST_SCHEMA,
  prepareTargetSchema,
  readTable,
  TableHasher,
  TRANSFER_TABLES,
  withSnapshot,
  type RowValues,
  type TableDigest,
  type TransferTable,
} from '../db/database-transfer.ts';
import type { Database } from '../db/schema.ts';
import { Store } from '../db/store.ts';
import { AuditLog, AuditService, resolveAuditKey } from './audit-log.ts';

/** The first line of a backup file says what follows. */
export interface BackupManifest {
  format: 'techalliance-backup';
  formatVersion: 1;
  /** The last migration the source had applied. */
  schemaVersion: string;
  createdAt: string;
  sourceDialect: Dialect;
  tables: TableDigest[];
  /** The audit log's head when the snapshot was taken (null: the log is empty). */
  auditHead: { seq: number; hash: string } | null;
}

export interface TransferProgress {
  table: string;
  /** Rows of this table written so far, and in all. */
  done: number;
  total: number;
  /** Rows of every table written so far, and in all. */
  allDone: number;
  allTotal: number;
}

export interface TransferOptions {
  /** Replace whatever the target holds (otherwise a target with any row is refused). */
  force?: boolean;
  onProgress?: (p: TransferProgress) => void;
}

export interface TableComparison {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceSha256: string;
  targetSha256: string;
  equal: boolean;
}

export interface AuditCheck {
  ok: boolean;
  /** Entries checked. */
  checked: number;
  headSeq: number;
  headHash: string;
  /** Why the log does not verify (null: it does). */
  problem: string | null;
}

export interface TransferReport {
  source: string;
  target: string;
  schemaVersion: string;
  tables: TableComparison[];
  /** The target's audit log, verified (null for a backup file). */
  audit: AuditCheck | null;
}

const PAGE = 500;

function compare(source: TableDigest[], target: TableDigest[]): TableComparison[] {
  return source.map((s, i) => {
    const t = target[i]!;
    return {
      table: s.table,
      sourceRows: s.rows,
      targetRows: t.rows,
      sourceSha256: s.sha256,
      targetSha256: t.sha256,
      equal: s.rows === t.rows && s.sha256 === t.sha256 && s.table === t.table,
    };
  });
}

function assertEqual(tables: TableComparison[]): void {
  const bad = tables.find((t) => !t.equal);
  if (bad)
    throw new Error(
      `table ${bad.table} differs after writing: ${bad.sourceRows} rows (sha256 ${bad.sourceSha256}) in the source, ${bad.targetRows} (sha256 ${bad.targetSha256}) in the target; nothing was written`,
    );
}

/** Opens a source database; a SQLite file must exist (opening would otherwise create it). */
function openSource(url: string): DatabaseHandle {
  const file = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : null;
  if (file !== null && file !== ':memory:' && !existsSync(file))
    throw new Error(`no such SQLite database: ${file}`);
  return openDatabase(url);
}

async function sourceSchema(handle: DatabaseHandle): Promise<string> {
  const applied = await appliedMigrations(handle.db);
  const version = applied.at(-1);
  if (version !== LATEST_SCHEMA)
    throw new Error(
      `the source database (${handle.location}) is at schema ${version ?? '(none)'}, this version of techalliance at ${LATEST_SCHEMA}: run \`techalliance migrate\` on it first`,
    );
  return version;
}

/** Verifies the target's audit log with the public key it holds (copied from the source). */
async function verifyAudit(handle: DatabaseHandle): Promise<AuditCheck> {
  const store = new Store(handle.db);
  const audit = new AuditService(
    store,
    new AuditLog(resolveAuditKey({ dialect: 'postgres', location: handle.location })),
  );
  const head = await store.auditLog.head();
  const r = await audit.verify();
  return {
    ok: r.ok,
    checked: r.checked,
    headSeq: head.seq,
    headHash: head.hash,
    problem: r.firstBroken
      ? `entry ${r.firstBroken.seq}: ${r.firstBroken.reason} (${r.firstBroken.detail})`
      : null,
  };
}

/** What a target gets: one table after another, each a sequence of pages of rows. */
type RowFeed = (
  write: (t: TransferTable, rows: readonly RowValues[]) => Promise<void>,
) => Promise<TableDigest[]>;

/**
 * Writes `feed` into the target database in one transaction: the schema brought to `version`
 * first, the target refused when it holds rows (unless `force`), then every table, the sequences,
 * and the target's own counts and checksums compared with the source's before committing.
 */
async function writeToDatabase(
  target: DatabaseHandle,
  version: string,
  expected: TableDigest[] | null,
  feed: RowFeed,
  options: TransferOptions,
): Promise<TableComparison[]> {
  await prepareTargetSchema(target.db, version);
  return target.db.transaction().execute(async (tx) => {
    await clearTarget(tx, options.force ?? false);
    const source = await feed((t, rows) => insertRows(tx, t, rows));
    await advanceSequences(tx, target.dialect);
    const tables = compare(expected ?? source, await digestTables(tx, target.dialect));
    assertEqual(tables);
    return tables;
  });
}

function progress(
  totals: Map<string, number>,
  onProgress: TransferOptions['onProgress'],
): (table: string, rows: number) => void {
  const allTotal = [...totals.values()].reduce((a, b) => a + b, 0);
  let allDone = 0;
  const done = new Map<string, number>();
  return (table, rows) => {
    allDone += rows;
    const d = (done.get(table) ?? 0) + rows;
    done.set(table, d);
    onProgress?.({ table, done: d, total: totals.get(table) ?? 0, allDone, allTotal });
  };
}

async function countRows(tx: Transaction<Database>): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const t of TRANSFER_TABLES) {
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from ${sql.table(t.name)}`.execute(tx);
    totals.set(t.name, Number(rows[0]?.n ?? 0));
  }
  return totals;
}

/** Copies every row of `fromUrl` into `toUrl` (either kind) and compares the two. */
export async function copyDatabase(
  fromUrl: string,
  toUrl: string,
  options: TransferOptions = {},
): Promise<TransferReport> {
  const source = openSource(fromUrl);
  try {
    const target = openDatabase(toUrl);
    try {
      if (source.dialect === target.dialect && source.location === target.location)
        throw new Error('the source and the target are the same database');
      const version = await sourceSchema(source);
      const tables = await withSnapshot(source.db, source.dialect, async (snap) => {
        const step = progress(await countRows(snap), options.onProgress);
        return writeToDatabase(
          target,
          version,
          null,
          async (write) => {
            const digests: TableDigest[] = [];
            for (const t of TRANSFER_TABLES) {
              const h = new TableHasher(t.name);
              step(t.name, 0);
              for await (const page of readTable(snap, source.dialect, t, PAGE)) {
                for (const r of page) h.add(r);
                await write(t, page);
                step(t.name, page.length);
              }
              digests.push(h.digest());
            }
            return digests;
          },
          options,
        );
      });
      return {
        source: `${source.dialect}:${source.location}`,
        target: `${target.dialect}:${target.location}`,
        schemaVersion: version,
        tables,
        audit: await verifyAudit(target),
      };
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/**
 * Writes a backup of the database to `file`: gzip'd JSON lines, the manifest first, then each
 * table's header line (`{"table","columns","rows"}`) and its rows as JSON arrays. Written to
 * `<file>.partial` and renamed when complete.
 */
export async function backupDatabase(
  url: string,
  file: string,
  options: TransferOptions = {},
): Promise<TransferReport & { manifest: BackupManifest }> {
  const source = openSource(url);
  const partial = `${file}.partial`;
  try {
    const version = await sourceSchema(source);
    const manifest = await withSnapshot(source.db, source.dialect, async (snap) => {
      const tables = await digestTables(snap, source.dialect);
      const head = await new Store(snap).auditLog.headOrNull();
      const manifest: BackupManifest = {
        format: 'techalliance-backup',
        formatVersion: 1,
        schemaVersion: version,
        createdAt: new Date().toISOString(),
        sourceDialect: source.dialect,
        tables,
        auditHead: head && head.seq > 0 ? { seq: head.seq, hash: head.hash } : null,
      };
      const step = progress(new Map(tables.map((t) => [t.table, t.rows])), options.onProgress);
      async function* lines(): AsyncGenerator<string> {
        yield JSON.stringify(manifest) + '\n';
        for (const [i, t] of TRANSFER_TABLES.entries()) {
          const rows = tables[i]!.rows;
          yield JSON.stringify({ table: t.name, columns: t.columns, rows }) + '\n';
          step(t.name, 0);
          for await (const page of readTable(snap, source.dialect, t, PAGE)) {
            yield page.map((r) => JSON.stringify(r) + '\n').join('');
            step(t.name, page.length);
          }
        }
      }
      await pipeline(
        Readable.from(lines()),
        createGzip(),
        createWriteStream(partial, { mode: 0o600 }),
      );
      return manifest;
    });
    // The file as written, read back: every table's count and checksum as the manifest says.
    const readBack: TableDigest[] = [];
    await readBackup(file, partial, async () => {}, readBack);
    const tables = compare(manifest.tables, readBack);
    assertEqual(tables);
    renameSync(partial, file);
    return {
      source: `${source.dialect}:${source.location}`,
      target: file,
      schemaVersion: version,
      tables,
      audit: null,
      manifest,
    };
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  } finally {
    await source.close();
  }
}

class BackupFileError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}, line ${line}: ${message}`);
  }
}

/** A backup file's lines, one at a time, with their numbers (1-based). */
async function* backupLines(path: string, shown: string): AsyncGenerator<[number, string]> {
  const input = createReadStream(path);
  const gunzip = createGunzip();
  input.on('error', (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  let rest = '';
  let n = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop()!;
      for (const p of parts) yield [++n, p];
    }
  } catch (e) {
    throw new BackupFileError(
      shown,
      n + 1,
      `the file is damaged or not a backup (${(e as Error).message})`,
    );
  }
  if (rest !== '') yield [++n, rest];
}

function parseManifest(text: string, shown: string): BackupManifest {
  let m: Partial<BackupManifest>;
  try {
    m = JSON.parse(text) as Partial<BackupManifest>;
  } catch {
    throw new BackupFileError(shown, 1, 'not a backup manifest (not JSON)');
  }
  if (m.format !== 'techalliance-backup')
    throw new BackupFileError(shown, 1, 'not a techalliance backup (no manifest)');
  if (m.formatVersion !== 1)
    throw new BackupFileError(shown, 1, `unsupported backup format version ${m.formatVersion}`);
  if (m.schemaVersion !== LATEST_SCHEMA)
    throw new BackupFileError(
      shown,
      1,
      `the backup's schema version is ${m.schemaVersion}, this version of techalliance's ${LATEST_SCHEMA}: restore it with the version that wrote it`,
    );
  const names = (m.tables ?? []).map((t) => t.table).join(',');
  if (names !== TRANSFER_TABLES.map((t) => t.name).join(','))
    throw new BackupFileError(shown, 1, "the manifest's tables are not this schema's tables");
  return m as BackupManifest;
}

const isValue = (v: unknown): boolean =>
  v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/**
 * Reads a backup file, checking every line: the manifest, each table's header (in schema order,
 * with this schema's columns), each row (an array of text, numbers and nulls), and each table's
 * row count and checksum against the manifest. `write` gets the rows page by page.
 */
async function readBackup(
  shown: string,
  path: string,
  write: (t: TransferTable, rows: readonly RowValues[]) => Promise<void>,
  digests: TableDigest[],
  onTable?: (table: string, rows: number) => void,
): Promise<BackupManifest> {
  let manifest: BackupManifest | null = null;
  let index = -1;
  let hasher: TableHasher | null = null;
  let page: RowValues[] = [];
  let lineNo = 0;
  let headerLine = 0;
  const finishTable = async (): Promise<void> => {
    if (!manifest || !hasher) return;
    const t = TRANSFER_TABLES[index]!;
    if (page.length) await write(t, page);
    onTable?.(t.name, page.length);
    page = [];
    const d = hasher.digest();
    const want = manifest.tables[index]!;
    if (d.rows !== want.rows || d.sha256 !== want.sha256)
      throw new BackupFileError(
        shown,
        headerLine,
        `table ${t.name} (rows on lines ${headerLine + 1}–${headerLine + d.rows}): ${d.rows} rows with checksum ${d.sha256}, the manifest says ${want.rows} with ${want.sha256} (the file is damaged)`,
      );
    digests.push(d);
    hasher = null;
  };
  for await (const [n, line] of backupLines(path, shown)) {
    lineNo = n;
    if (n === 1) {
      manifest = parseManifest(line, shown);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new BackupFileError(shown, n, 'not valid JSON');
    }
    if (!Array.isArray(value)) {
      const h = value as { table?: unknown; columns?: unknown };
      await finishTable();
      index++;
      const t = TRANSFER_TABLES[index];
      if (!t || h.table !== t.name)
        throw new BackupFileError(
          shown,
          n,
          `expected ${t ? `the header of table ${t.name}` : 'the end of the file'}, found ${JSON.stringify(line.slice(0, 80))}`,
        );
      if (JSON.stringify(h.columns) !== JSON.stringify(t.columns))
        throw new BackupFileError(shown, n, `table ${t.name}: the columns are not this schema's`);
      hasher = new TableHasher(t.name);
      headerLine = n;
      continue;
    }
    if (!hasher) throw new BackupFileError(shown, n, 'a row before any table header');
    const t = TRANSFER_TABLES[index]!;
    if (value.length !== t.columns.length || !value.every(isValue))
      throw new BackupFileError(
        shown,
        n,
        `table ${t.name}: a row must be ${t.columns.length} values (text, numbers or null)`,
      );
    hasher.add(value as RowValues);
    page.push(value as RowValues);
    if (page.length >= PAGE) {
      await write(t, page);
      onTable?.(t.name, page.length);
      page = [];
    }
  }
  if (!manifest) throw new BackupFileError(shown, 1, 'the file is empty');
  await finishTable();
  if (index !== TRANSFER_TABLES.length - 1)
    throw new BackupFileError(
      shown,
      lineNo,
      `the file ends before table ${TRANSFER_TABLES[index + 1]!.name} (truncated)`,
    );
  return manifest;
}

/** Restores a backup file into the database at `url` (either kind) and compares the two. */
export async function restoreDatabase(
  url: string,
  file: string,
  options: TransferOptions = {},
): Promise<TransferReport & { manifest: BackupManifest }> {
  if (!existsSync(file)) throw new Error(`no such backup file: ${file}`);
  // The manifest first, so a wrong file is refused before the target is touched.
  let manifest: BackupManifest | null = null;
  for await (const [, line] of backupLines(file, file)) {
    manifest = parseManifest(line, file);
    break;
  }
  if (!manifest) throw new BackupFileError(file, 1, 'the file is empty');
  const expected = manifest.tables;
  const target = openDatabase(url);
  try {
    const step = progress(new Map(expected.map((t) => [t.table, t.rows])), options.onProgress);
    const tables = await writeToDatabase(
      target,
      manifest.schemaVersion,
      expected,
      async (write) => {
        const digests: TableDigest[] = [];
        await readBackup(file, file, write, digests, step);
        return digests;
      },
      options,
    );
    return {
      source: file,
      target: `${target.dialect}:${target.location}`,
      schemaVersion: manifest.schemaVersion,
      tables,
      audit: await verifyAudit(target),
      manifest,
    };
  } finally {
    await target.close();
  }
}
