// Reads one CSV file of a data source (supply chains, restricted-party lists): decodes it by the
// file's encoding policy, parses it with each record's first line, and reports rows it cannot use
// instead of failing on them.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DomainError } from '../core/errors.ts';
import type { RowIssue } from '../core/imports/import-report.ts';
import { decodeUtf8, type TableRow } from './read-table.ts';

/**
 * `utf-8`: the file must be UTF-8; a row holding an invalid byte is reported (line and column)
 * and left out. `utf-8-or-legacy`: a file that is not UTF-8 is decoded whole as Mac Roman or
 * Windows-1252 (whichever its typographic bytes point to) and a warning names it. Legacy decoding
 * is for files whose non-ASCII text is prose; files that hold join keys must be UTF-8.
 */
export type EncodingPolicy = 'utf-8' | 'utf-8-or-legacy';

export type SourceEncoding = 'utf-8' | 'macintosh' | 'windows-1252';

export interface SourceCsv {
  file: string;
  encoding: SourceEncoding;
  columns: string[];
  /** Data records in the file, usable or not. */
  records: number;
  /** The usable rows; `line` is the line the record starts on (header = 1). */
  rows: TableRow[];
  /** Rows left out: an invalid UTF-8 byte, or a cell count that differs from the header's. */
  issues: RowIssue[];
  warnings: string[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** Bytes that are typographic quotes and dashes in Mac Roman (“ ” ‘ ’ – — …) and in Windows-1252. */
const MAC_PUNCTUATION = new Set([0xc9, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5]);
const WINDOWS_PUNCTUATION = new Set([0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97]);

/**
 * Windows-1252's characters for bytes 0x80–0x9F (WHATWG index; the five undefined bytes stay C1
 * controls). Node 20.18.3+ decodes `windows-1252` as Latin-1 and gets these wrong
 * (nodejs/node#60888), so this decoder does not rely on TextDecoder.
 */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Tells Mac Roman from Windows-1252 by which one's punctuation bytes the file uses more. */
export function guessLegacyEncoding(bytes: Uint8Array): 'macintosh' | 'windows-1252' {
  let mac = 0;
  let windows = 0;
  for (const b of bytes) {
    if (MAC_PUNCTUATION.has(b)) mac++;
    else if (WINDOWS_PUNCTUATION.has(b)) windows++;
  }
  return mac > windows ? 'macintosh' : 'windows-1252';
}

function readBytes(file: string): Buffer {
  if (!existsSync(file)) throw new DomainError('bad_file', `${file}: file not found`);
  if (!statSync(file).isFile()) throw new DomainError('bad_file', `${file}: not a file`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new DomainError('bad_file', `${file}: the file is empty`);
  return bytes;
}

/** Decodes the bytes; `firstBadLine` is set when the file is not valid UTF-8. */
function decode(
  bytes: Buffer,
  file: string,
  policy: EncodingPolicy,
): { text: string; encoding: SourceEncoding; firstBadLine: number | null } {
  try {
    return { text: decodeUtf8(bytes, file), encoding: 'utf-8', firstBadLine: null };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    const firstBadLine = e.issues[0]?.line ?? 1;
    if (policy === 'utf-8')
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', firstBadLine };
    const encoding = guessLegacyEncoding(bytes);
    const text =
      encoding === 'macintosh'
        ? new TextDecoder('macintosh').decode(bytes)
        : decodeWindows1252(bytes);
    return { text, encoding, firstBadLine };
  }
}

function parseRecords(text: string, file: string): ParsedRecord[] {
  try {
    // Line breaks are made LF first: csv-parse miscounts lines in CRLF files.
    return parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new DomainError(
      'bad_file',
      `${file}: not a readable CSV file${err.lines ? ` (line ${err.lines})` : ''}: ${err.message}`,
    );
  }
}

/** The line a record starts on: csv-parse gives the line it ends on and the raw text. */
function startLine({ info, raw }: ParsedRecord): number {
  const body = raw.replace(/^\n+/, '').replace(/\n$/, '');
  return info.lines - (body.match(/\n/g)?.length ?? 0);
}

/**
 * Reads a CSV file with a header. Throws a DomainError naming the file for what stops the whole
 * file (missing, empty, unreadable, a missing column); reports bad rows in `issues`.
 */
export function readSourceCsv(
  file: string,
  required: readonly string[],
  policy: EncodingPolicy,
): SourceCsv {
  const bytes = readBytes(file);
  const { text, encoding, firstBadLine } = decode(bytes, file, policy);
  const [header, ...data] = parseRecords(text, file);
  if (!header) throw new DomainError('bad_file', `${file}: the file is empty`);
  const columns = header.record.map((c) => c.trim());
  const strictBad = policy === 'utf-8' && firstBadLine !== null;
  if (strictBad && columns.some((c) => c.includes('\uFFFD')))
    throw new DomainError('bad_file', `${file}: not valid UTF-8 (first invalid byte on line 1)`, [
      { path: '(header)', line: 1, message: 'invalid UTF-8 byte sequence' },
    ]);
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0)
    throw new DomainError(
      'bad_file',
      `${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m}'`).join(', ')} ` +
        `(found: ${columns.join(', ')})`,
      missing.map((m) => ({ path: m, line: 1, message: 'missing column' })),
    );

  const out: SourceCsv = {
    file,
    encoding,
    columns,
    records: data.length,
    rows: [],
    issues: [],
    warnings: [],
  };
  if (firstBadLine !== null && encoding !== 'utf-8')
    out.warnings.push(
      `${file}: not valid UTF-8 (first invalid byte on line ${firstBadLine}); decoded as ` +
        `${encoding === 'macintosh' ? 'Mac Roman' : 'Windows-1252'} — check its accented letters and quotes`,
    );
  for (const parsed of data) {
    const line = startLine(parsed);
    const { record } = parsed;
    if (record.length !== columns.length) {
      out.issues.push({
        file,
        line,
        field: '(row)',
        reason: `has ${record.length} cells, the header has ${columns.length}`,
      });
      continue;
    }
    const bad = strictBad ? columns.filter((_, i) => record[i]!.includes('\uFFFD')) : [];
    for (const field of bad)
      out.issues.push({
        file,
        line,
        field,
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      });
    if (bad.length > 0) continue;
    const obj: Record<string, string> = {};
    columns.forEach((c, i) => (obj[c] = record[i]!));
    out.rows.push({ line, record: obj });
  }
  if (data.length === 0) out.warnings.push(`${file}: the file has a header but no data rows`);
  return out;
}
