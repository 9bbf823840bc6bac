import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';

const dir = mkdtempSync(join(tmpdir(), 'ta-read-table-'));
const write = (name: string, content: string | Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('readTable', () => {
  it('reads a file without quotes the same as the general parser: BOM, CRLF, empty lines, short rows', () => {
    const body = 'a,b,c\r\n1,2,3\r\n\r\n4,5\r\n6,7,8\r\n';
    // A quoted header cell makes the reader use the general CSV parser on the same records.
    const plain = readTable(write('plain.csv', '\uFEFF' + body), ['a']);
    const quoted = readTable(write('quoted.csv', '\uFEFF"a"' + body.slice(1)), ['a']);
    expect(plain.columns).toEqual(['a', 'b', 'c']);
    expect(plain.rows).toEqual(quoted.rows);
    expect(plain.rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(plain.rows[1]!.record).toEqual({ a: '4', b: '5', c: '', '#cells': '2' });
  });

  it('keeps quoted commas and line breaks inside one cell', () => {
    const t = readTable(write('q.csv', 'name,note\n"Korea, Republic of","two\nlines"\n'), ['name']);
    expect(t.rows).toEqual([
      { line: 3, record: { name: 'Korea, Republic of', note: 'two\nlines' } },
    ]);
  });

  it('names the first line that is not UTF-8', () => {
    const file = write(
      'bad.csv',
      Buffer.concat([Buffer.from('a,b\n1,2\n'), Buffer.from([0xff, 0xfe]), Buffer.from(',3\n')]),
    );
    expect(() => readTable(file, ['a'])).toThrow(
      /not valid UTF-8 \(first invalid byte on line 3\)/,
    );
  });
});

describe('readTable on quoted cells within a line', () => {
  it('reads them like the general parser, doubled quotes included', () => {
    const body = 'iso3,name,v\nBHS,"Bahamas, The",1\nCIV,"Côte d""Ivoire",2\nX,"",\n';
    const fast = readTable(write('fast.csv', body), ['iso3']);
    // A cell spanning lines sends the whole file to the general parser.
    const general = readTable(write('general.csv', body + 'Y,"a\nb",3\n'), ['iso3']);
    expect(fast.rows).toEqual(general.rows.slice(0, 3));
    expect(fast.rows.map((r) => r.record.name)).toEqual(['Bahamas, The', 'Côte d"Ivoire', '']);
  });
});
