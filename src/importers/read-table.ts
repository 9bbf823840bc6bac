// Reads a CSV file for an importer: checks it exists, is UTF-8, has a header and data rows and the
// columns the format needs, and hands back each record with its line number.
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DomainError } from '../core/errors.ts';

export interface TableRow {
  /** Line in the file where the record ends (header = 1): its only line unless a quoted cell spans lines. */
  line: number;
  record: Record<string, string>;
}

export interface Table {
  file: string;
  columns: string[];
  rows: TableRow[];
}

/** Decodes bytes as UTF-8, failing with the line and byte offset of the first invalid sequence. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Find the first bad byte by decoding growing prefixes cheaply: scan with a lenient decoder.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = at < 0 ? 1 : lenient.slice(0, at).split('\n').length;
    throw new DomainError(
      'bad_file',
      `${file}: not valid UTF-8 (first invalid byte on line ${line})`,
      [{ path: file, line, message: 'invalid UTF-8 byte sequence' }],
    );
  }
}

export function readText(file: string): string {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new DomainError('bad_file', `${file}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw new DomainError('bad_file', `${file}: cannot read the file (${(e as Error).message})`);
  }
  if (size === 0) throw new DomainError('bad_file', `${file}: the file is empty`);
  return decodeUtf8(readFileSync(file), file);
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Full CSV parsing (quoted cells, embedded commas and line breaks). */
function parseQuoted(text: string): ParsedRecord[] {
  return parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as unknown as ParsedRecord[];
}

/**
 * The fast path for the common case where every record is one line: lines without quotes are
 * split at commas; quoted cells within a line are read by {@link splitQuotedLine}. Returns null
 * when a quoted cell spans lines (or a quote is malformed): the general parser then reads the
 * file. Same results as parseQuoted: BOM removed, CRLF accepted, empty lines skipped.
 */
function splitLines(text: string): ParsedRecord[] | null {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  const out: ParsedRecord[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line === '') continue;
    const record = line.includes('"') ? splitQuotedLine(line) : line.split(',');
    if (!record) return null;
    out.push({ record, info: { lines: i + 1 } });
  }
  return out;
}

/**
 * Splits one line with RFC 4180 quoting; null if a quote is left open (a cell spans lines). Strict
 * (the default) also gives null for a misplaced quote — text after a closing quote, or a quote in
 * an unquoted cell — so that the general parser reads such a file; `lenient` keeps those as
 * written (text after a closing quote up to the next comma is dropped), for sources known to
 * contain them (OFAC's legacy CSV).
 */
export function splitQuotedLine(
  line: string,
  options: { lenient?: boolean } = {},
): string[] | null {
  const lenient = options.lenient ?? false;
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let cell = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        cell += line.slice(i, q);
        if (line[q + 1] === '"') {
          cell += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      cells.push(cell);
      if (lenient) {
        const c = line.indexOf(',', i);
        if (c < 0) return cells;
        i = c + 1;
        continue;
      }
      if (i === line.length) return cells;
      if (line[i] !== ',') return null;
      i++;
    } else {
      const c = line.indexOf(',', i);
      const cell = c < 0 ? line.slice(i) : line.slice(i, c);
      if (!lenient && cell.includes('"')) return null;
      cells.push(cell);
      if (c < 0) return cells;
      i = c + 1;
    }
  }
}

/** Parses a CSV file with a header row; requires every column in `required`. */
export function readTable(file: string, required: readonly string[]): Table {
  return parseTable(readText(file), file, required);
}

/**
 * Parses CSV text with a header row (an uploaded file; `file` is the name errors give); requires
 * every column in `required`.
 */
export function parseTable(text: string, file: string, required: readonly string[]): Table {
  if (text.trim() === '') throw new DomainError('bad_file', `${file}: the file is empty`);
  let records: ParsedRecord[];
  try {
    records = splitLines(text) ?? parseQuoted(text);
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new DomainError(
      'bad_file',
      `${file}: not a readable CSV file${err.lines ? ` (line ${err.lines})` : ''}: ${err.message}`,
    );
  }
  const [header, ...data] = records;
  if (!header) throw new DomainError('bad_file', `${file}: the file is empty`);
  const columns = header.record.map((c) => c.trim());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw new DomainError(
      'bad_file',
      `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} ` +
        `(found: ${columns.join(', ')})`,
      missing.map((m) => ({ path: m, line: 1, message: 'missing column' })),
    );
  }
  if (data.length === 0)
    throw new DomainError('bad_file', `${file}: the file has a header but no data rows`);
  const rows: TableRow[] = data.map(({ record, info }) => {
    const obj: Record<string, string> = {};
    columns.forEach((c, i) => (obj[c] = record[i] ?? ''));
    // A record with fewer cells than the header keeps them as missing: reported by the row schema.
    if (record.length !== columns.length) obj['#cells'] = String(record.length);
    return { line: info.lines, record: obj };
  });
  return { file, columns, rows };
}
