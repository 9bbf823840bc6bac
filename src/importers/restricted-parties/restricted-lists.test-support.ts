// What the restricted-party parser tests share: the platform's economies (the committed starter
// table), the paths of the shared list files, and broken copies of a file in a temporary folder.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFile } from '../../../test/shared-data.ts';
import { readTable } from '../read-table.ts';
import type { CountryEconomy } from './party-countries.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** A file of test/fixtures/restricted-parties (small hand-made lists, no copies of real ones). */
export const fixture = (name: string): string =>
  join(REPO, 'test', 'fixtures', 'restricted-parties', name);

/** The economies a fresh install holds (data/starter/economies.csv), for country resolution. */
export function starterEconomies(): CountryEconomy[] {
  return readTable(join(REPO, 'data', 'starter', 'economies.csv'), [
    'iso3',
    'iso2',
    'name',
  ]).rows.map(({ record }) => ({
    iso3: record.iso3!,
    iso2: record.iso2 || null,
    name: record.name!,
    officialName: record.official_name || null,
  }));
}

export const screeningList = (name: string): string => sharedFile('screening', 'lists', name);
export const exportControlFile = (name: string): string => sharedFile('export-controls', name);

/**
 * A temporary folder for broken copies, made on first use (a skipped suite makes none); call
 * `remove` after the suite.
 */
export function scratchDir(): { path: (name: string) => string; remove: () => void } {
  let dir: string | null = null;
  return {
    path: (name) => join((dir ??= mkdtempSync(join(tmpdir(), 'restricted-parties-'))), name),
    remove: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A parse of a shared file, run on first use: suites on real data are collected even when they
 * are skipped, so they must not read the files while being collected.
 */
export function once<T>(load: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: load() }).v;
}

/** Copies `src` to `dest`, replacing line `line` (1-based) with what `edit` makes of it. */
export function copyWithLine(
  src: string,
  dest: string,
  line: number,
  edit: (text: string) => string,
): string {
  const lines = readFileSync(src, 'utf8').split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(dest, lines.join('\n'));
  return dest;
}

/** Copies `src` to `dest` with an invalid UTF-8 byte (0xFF) after the first `after` on line `line`. */
export function copyWithBadByte(src: string, dest: string, line: number, after: string): string {
  const lines = readFileSync(src, 'utf8').split('\n');
  const target = lines[line - 1]!;
  const at = target.indexOf(after);
  if (at < 0) throw new Error(`'${after}' is not on line ${line} of ${src}`);
  const before = [...lines.slice(0, line - 1), target.slice(0, at + after.length)].join('\n');
  const rest = [target.slice(at + after.length), ...lines.slice(line)].join('\n');
  writeFileSync(dest, Buffer.concat([Buffer.from(before), Buffer.from([0xff]), Buffer.from(rest)]));
  return dest;
}
