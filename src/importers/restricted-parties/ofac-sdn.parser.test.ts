import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { parseOfacSdn } from './ofac-sdn.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  fixture,
  scratchDir,
  screeningList,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('OFAC SDN parser tests on real data');

const economies = starterEconomies();
const SDN = screeningList('us_ofac_sdn_20240503.csv');

describe('parseOfacSdn on a hand-made file', () => {
  const r = parseOfacSdn(fixture('ofac-sdn-mini.csv'), { economies, date: '2024-05-03' });

  it('reads a person: a.k.a.s, DOBs, place of birth, nationality, passport, programmes', () => {
    expect(r.parties[0]).toEqual({
      id: 'us-ofac-sdn:101',
      schema: 'Person',
      name: 'EXAMPLE, Ivan Petrovich',
      aliases: ['EXAMPLOV, Ivan', 'PRIMEROV, Ivan'],
      originalScriptNames: [],
      identifiers: [
        { scheme: 'passportNumber', value: '7100000001', label: 'Passport', country: 'RUS' },
      ],
      addresses: [],
      countries: ['RUS'],
      birthDates: ['1970-02-01', '1971'],
      birthPlaces: ['Moscow, Russia'],
      programs: ['RUSSIA-EO14024', 'CYBER2'],
      listingDate: null,
      endDate: null,
      listId: 'us-ofac-sdn',
      jurisdiction: 'US',
      listEntityId: '101',
      sourceUrl: 'https://sanctionssearch.ofac.treas.gov/Details.aspx?id=101',
      notes: expect.stringContaining('Title: Director of EXAMPLE LLC') as string,
    });
  });

  it('reads an entity (registration countries) and a vessel (flag, call sign)', () => {
    expect(r.parties[1]).toMatchObject({
      schema: 'Organization',
      aliases: ['OLD EXAMPLE LLC'],
      countries: ['RUS'],
      identifiers: [
        { scheme: 'taxNumber', value: '7700000002', country: 'RUS' },
        { scheme: 'registrationNumber', value: '1027700000003', country: 'RUS' },
      ],
    });
    expect(r.parties[2]).toMatchObject({
      schema: 'Vessel',
      countries: ['PAN'],
      identifiers: [{ scheme: 'callSign', value: '9XYZ1' }],
    });
    expect(r.parties[2]!.notes).toContain('owner EXAMPLE SHIPPING');
  });

  it('ignores the EOF marker and CRLF line ends', () => {
    expect(r.counts).toMatchObject({ rowsRead: 3, parties: 3, rejectedRows: 0 });
    expect(r.issues).toEqual([]);
    expect(r.list.date).toBe('2024-05-03');
  });
});

describe.skipIf(!hasSharedData)('parseOfacSdn on the SDN list of 2024-05-03', () => {
  const r = once(() => parseOfacSdn(SDN, { economies }));

  it('reads all 14,965 entries (PROVENANCE.md) by SDN type, without an issue', () => {
    expect(r().list).toMatchObject({ id: 'us-ofac-sdn', jurisdiction: 'US', date: '2024-05-03' });
    expect(r().counts).toMatchObject({
      rowsRead: 14965,
      parties: 14965,
      rejectedRows: 0,
      bySchema: { Person: 6854, Organization: 6884, Vessel: 851, Aircraft: 376 },
    });
    expect(r().issues).toEqual([]);
    expect(r().sources).toMatchObject([
      { id: 'us-ofac-sdn', licence: 'Public domain (U.S. Government work)' },
    ]);
  });

  it('reads a.k.a.s and DOBs of a person from the remarks', () => {
    expect(r().parties.find((p) => p.listEntityId === '4108')).toMatchObject({
      name: 'RODRIGUEZ OREJUELA, Miguel Angel',
      schema: 'Person',
      aliases: [
        'EL SENOR',
        'PATRICIA',
        'PATRICIO',
        'PATTY',
        'PAT',
        'MANUEL',
        'MANOLO',
        'MIKE',
        'MAURO',
        'DOCTOR M.R.O.',
      ],
      birthDates: ['1943-07-15', '1943-11-23'],
      identifiers: [{ scheme: 'idNumber', value: '6095803', label: 'Cedula No.', country: 'COL' }],
      programs: ['SDNT'],
    });
    expect(r().parties.find((p) => p.listEntityId === '2676')).toMatchObject({
      name: 'AL ZAWAHIRI, Dr. Ayman',
      birthDates: ['1951-06-19'],
      birthPlaces: ['Giza, Egypt'],
    });
  });

  it('reads an entity alias and a vessel with its IMO number and former names', () => {
    expect(r().parties.find((p) => p.listEntityId === '306')).toMatchObject({
      name: 'BANCO NACIONAL DE CUBA',
      aliases: ['BNC'],
      programs: ['CUBA'],
    });
    expect(r().parties.find((p) => p.listEntityId === '4243')).toMatchObject({
      schema: 'Vessel',
      name: 'EBANO',
      aliases: ['ANA I', 'SAND SWAN'],
      identifiers: [{ scheme: 'imoNumber', value: '7406784' }],
      countries: ['PAN'],
    });
  });

  it('finds countries, dates and aliases on a large share of the list', () => {
    expect(r().counts.withCountries).toBeGreaterThan(10000);
    expect(r().counts.withBirthDates).toBeGreaterThan(6500);
    expect(r().counts.withAliases).toBeGreaterThan(2000);
  });

  it("warns about the remarks cut at OFAC's 1,000-character limit", () => {
    expect(r().warnings.join('\n')).toMatch(
      /Remarks cut at OFAC's 1000-character limit .* on 18 rows: 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA'/,
    );
  });
});

describe.skipIf(!hasSharedData)('parseOfacSdn on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('reports a row with a missing cell with its line and reads the rest', () => {
    const file = copyWithLine(SDN, tmp.path('short.csv'), 2, (l) => l.replace(/,-0- \r?$/, ''));
    const r = parseOfacSdn(file, { economies });
    expect(r.issues).toEqual([
      { file, line: 2, field: '(row)', reason: "has 11 cells, OFAC's SDN CSV has 12" },
    ]);
    expect(r.counts).toMatchObject({ rowsRead: 14965, parties: 14964, rejectedRows: 1 });
  });

  it('reports an invalid UTF-8 byte with its line and column', () => {
    const file = copyWithBadByte(SDN, tmp.path('bad-byte.csv'), 3, 'BANCO');
    const r = parseOfacSdn(file, { economies });
    expect(r.issues).toEqual([
      {
        file,
        line: 3,
        field: 'SDN_Name',
        reason: 'invalid UTF-8 byte sequence (the file must be UTF-8)',
      },
    ]);
  });

  it('reports a malformed entry number and warns about a DOB that is no date', () => {
    let file = copyWithLine(SDN, tmp.path('bad-cells.csv'), 3, (l) => l.replace(/^306,/, 'x306,'));
    file = copyWithLine(file, file, 4, (l) => l.replace('-0- \r', '"DOB 31 Foo 1950"\r'));
    const r = parseOfacSdn(file, { economies });
    expect(r.issues).toEqual([
      { file, line: 3, field: 'ent_num', reason: 'is not a whole number', value: 'x306' },
    ]);
    expect(r.warnings.join('\n')).toContain(
      "DOB remarks that are no date (left out) on 1 row: '31 Foo 1950' (line 4)",
    );
  });

  it('fails naming the file when it is missing', () => {
    expect(() => parseOfacSdn(tmp.path('sdn.csv'))).toThrow(/sdn\.csv: file not found/);
  });
});
