import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('SALEK, Abdulhai')).toBe('"SALEK, Abdulhai"');
    expect(csvCell('the "Firm"')).toBe('"the ""Firm"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes numbers at full precision and leaves null, NaN and infinities empty', () => {
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect([null, undefined, NaN, Infinity].map(csvCell)).toEqual(['', '', '', '']);
  });

  it('ends every line with CRLF unless told otherwise', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
    expect(toCsv(['a'], [[1]], { eol: '\n' })).toBe('a\n1\n');
  });
});
