// CSV text built in the browser: quoting, empty cells, full-precision numbers.
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-file.ts';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });

  it('quotes cells holding commas, quotes or line breaks', () => {
    expect(toCsv(['name'], [['R&D, total'], ['the "T-12"'], ['two\nlines']])).toBe(
      'name\r\n"R&D, total"\r\n"the ""T-12"""\r\n"two\nlines"\r\n',
    );
  });

  it('leaves missing and non-finite values empty and keeps every digit of a number', () => {
    expect(toCsv(['v'], [[null], [undefined], [Number.NaN], [53.40510304923323]])).toBe(
      'v\r\n\r\n\r\n\r\n53.40510304923323\r\n',
    );
  });
});
