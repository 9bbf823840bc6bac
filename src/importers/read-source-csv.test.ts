import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessLegacyEncoding, readSourceCsv } from './read-source-csv.ts';

const dir = mkdtempSync(join(tmpdir(), 'ta-source-csv-'));
const write = (name: string, content: string | Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('readSourceCsv', () => {
  it('gives each record the line it starts on, across quoted line breaks, CRLF and empty lines', () => {
    const file = write('lines.csv', '\uFEFFa,b\r\n1,"two\r\nlines"\r\n\r\n2,x\r\n"3","y"\r\n');
    const t = readSourceCsv(file, ['a'], 'utf-8');
    expect(t.rows.map((r) => [r.line, r.record.a])).toEqual([
      [2, '1'],
      [5, '2'],
      [6, '3'],
    ]);
    expect(t.rows[0]!.record.b).toBe('two\nlines');
    expect(t.records).toBe(3);
  });

  it('reports a row whose cell count differs from the header and keeps the others', () => {
    const t = readSourceCsv(write('short.csv', 'a,b\n1,2\n3\n4,5\n'), ['a'], 'utf-8');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(t.issues).toEqual([
      { file: t.file, line: 3, field: '(row)', reason: 'has 1 cells, the header has 2' },
    ]);
  });

  it('names the missing columns and the file', () => {
    const file = write('cols.csv', 'a,b\n1,2\n');
    expect(() => readSourceCsv(file, ['a', 'share', 'year'], 'utf-8')).toThrow(
      `${file}: missing columns 'share', 'year' (found: a, b)`,
    );
  });

  it('names a missing file', () => {
    expect(() => readSourceCsv(join(dir, 'nope.csv'), [], 'utf-8')).toThrow(
      /nope\.csv: file not found/,
    );
  });

  it('reports each cell with an invalid UTF-8 byte in a file that must be UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('name,share\nok,1\nbad'),
      Buffer.from([0xff]),
      Buffer.from(',2\nfine,3\n'),
    ]);
    const t = readSourceCsv(write('bad-utf8.csv', bytes), ['name'], 'utf-8');
    expect(t.rows.map((r) => r.record.name)).toEqual(['ok', 'fine']);
    expect(t.issues).toEqual([
      {
        file: t.file,
        line: 3,
        field: 'name',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
    ]);
  });

  it('decodes a legacy file as Mac Roman or Windows-1252 by its quote bytes, with a warning', () => {
    // Mac Roman “5 nm” — and Windows-1252 “5 nm” —.
    const mac = Buffer.from([0x61, 0x0a, 0xd2, 0x35, 0x20, 0x6e, 0x6d, 0xd3, 0x20, 0xd1, 0x0a]);
    const win = Buffer.from([0x61, 0x0a, 0x93, 0x35, 0x20, 0x6e, 0x6d, 0x94, 0x20, 0x97, 0x0a]);
    expect(guessLegacyEncoding(mac)).toBe('macintosh');
    expect(guessLegacyEncoding(win)).toBe('windows-1252');
    const m = readSourceCsv(write('mac.csv', mac), ['a'], 'utf-8-or-legacy');
    const w = readSourceCsv(write('win.csv', win), ['a'], 'utf-8-or-legacy');
    expect(m.rows[0]!.record.a).toBe('“5 nm” —');
    expect(w.rows[0]!.record.a).toBe('“5 nm” —');
    expect(m.encoding).toBe('macintosh');
    expect(m.issues).toEqual([]);
    expect(m.warnings).toEqual([
      `${m.file}: not valid UTF-8 (first invalid byte on line 2); decoded as Mac Roman — check its accented letters and quotes`,
    ]);
    expect(w.warnings[0]).toMatch(/decoded as Windows-1252/);
  });
});
