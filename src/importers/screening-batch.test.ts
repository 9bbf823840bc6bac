import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.ts';
import { readScreeningBatch } from './screening-batch.ts';

describe('readScreeningBatch', () => {
  it('reads id and name, and the optional type, country and birth date', () => {
    const b = readScreeningBatch(
      'id,name,type,country,birth_date\n' +
        'a1,"SALEK, Abdulhai",person,af,1964\n' +
        'a2,Huawei Technologies Co. Ltd,company,CHN,\n' +
        'a3,Tayota,,,\n',
      'in.csv',
    );
    expect(b.issues).toEqual([]);
    expect(b.rowsRead).toBe(3);
    expect(b.queries).toEqual([
      {
        id: 'a1',
        line: 2,
        query: { name: 'SALEK, Abdulhai', type: 'person', country: 'AF', birthDate: '1964' },
      },
      {
        id: 'a2',
        line: 3,
        query: { name: 'Huawei Technologies Co. Ltd', type: 'organization', country: 'CHN' },
      },
      { id: 'a3', line: 4, query: { name: 'Tayota' } },
    ]);
  });

  it('reports each malformed row with its line and field, and keeps the good rows', () => {
    const b = readScreeningBatch(
      'id,name,type,country,birth_date\n' +
        'ok1,Good Name,,,\n' +
        ',No Id,,,\n' +
        'x2,,,,\n' +
        'x3,Name,robot,,\n' +
        'x4,Name,,Germany,\n' +
        'x5,Name,,,1964-13-01\n' +
        'ok1,Repeated,,,\n' +
        'x7,Too,many,cells,1960,extra\n' +
        'ok2,Other Good Name,,,\n',
      'batch.csv',
    );
    expect(b.queries.map((q) => q.id)).toEqual(['ok1', 'ok2']);
    expect(b.issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'id'],
      [4, 'name'],
      [5, 'type'],
      [6, 'country'],
      [7, 'birth_date'],
      [8, 'id'],
      [9, '(row)'],
      [9, 'type'],
      [9, 'country'],
    ]);
    expect(b.issues.every((i) => i.file === 'batch.csv')).toBe(true);
    expect(b.issues[5]!.reason).toBe('repeats the id of line 2');
  });

  it('refuses a file without the id or name column, naming the file and the column', () => {
    expect(() => readScreeningBatch('ident,full_name\n1,X\n', 'in.csv')).toThrow(
      /in\.csv: missing columns 'id', 'name'/,
    );
    expect(() => readScreeningBatch('', 'in.csv')).toThrow(DomainError);
  });
});
