import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStoreWithCountries, type MemoryStore } from '../../test/memory-store.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { freedomHouseFormat } from './freedom-house.format.ts';
import { importFile } from './import-runner.ts';

warnWithoutSharedData('freedom-house format tests on real data');

const FIW = sharedFile('democracy', 'freedom_house_fiw_2013_2024.csv');
const COLUMNS = ['Country/Territory', 'C/T', 'Edition', 'PR', 'CL', 'Total'];
const row = (
  name: string,
  ct: string,
  over: Record<string, string> = {},
): Record<string, string> => ({
  'Country/Territory': name,
  'C/T': ct,
  Edition: '2024',
  PR: '38',
  CL: '56',
  Total: '94',
  ...over,
});

describe('freedom-house format', () => {
  const prepared = freedomHouseFormat.prepare!({
    economies: [
      { iso3: 'CZE', name: 'Czechia', officialName: 'Czechia' },
      { iso3: 'TWN', name: 'Taiwan', officialName: 'Taiwan' },
    ],
  });

  it('stores edition N under calendar year N − 1, with total, political rights and civil liberties', () => {
    expect(prepared.parseRow(row('Taiwan', 'c'), {}, COLUMNS)).toMatchObject({
      kind: 'items',
      values: [
        { iso3: 'TWN', indicatorCode: 'fh_total', year: 2023, value: 94 },
        { iso3: 'TWN', indicatorCode: 'fh_political_rights', year: 2023, value: 38 },
        { iso3: 'TWN', indicatorCode: 'fh_civil_liberties', year: 2023, value: 56 },
      ],
    });
  });

  it('joins by the stored economies’ names once prepared', () => {
    expect(prepared.parseRow(row('CZECHIA', 'c'), {}, COLUMNS)).toMatchObject({
      values: [{ iso3: 'CZE' }, {}, {}],
    });
  });

  it('sets a territory that matches no economy aside', () => {
    expect(prepared.parseRow(row('Transnistria', 't'), {}, COLUMNS)).toEqual({
      kind: 'aside',
      reason: 'territory not in ISO 3166',
    });
  });

  it('reports a country that matches no economy naming Country/Territory', () => {
    expect(prepared.parseRow(row('Freedonia', 'c'), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'Country/Territory', value: 'Freedonia' }],
    });
  });

  it('reports a C/T cell other than c or t', () => {
    expect(prepared.parseRow(row('Taiwan', 'x'), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'C/T' }],
    });
  });

  it('keeps negative political rights scores (the Add Q deduction can go below 0)', () => {
    expect(prepared.parseRow(row('Taiwan', 'c', { PR: '-2' }), {}, COLUMNS)).toMatchObject({
      values: [{}, { indicatorCode: 'fh_political_rights', value: -2 }, {}],
    });
  });
});

describe.skipIf(!hasSharedData)('freedom-house format on the real data', () => {
  let m: MemoryStore;
  let s: ImportSummary;

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    s = await importFile(m.store, { format: 'freedom-house', file: FIW });
  });
  afterAll(() => m.close());

  it('joins every country by name and sets territories outside ISO 3166 aside', () => {
    expect(s.issues).toEqual([]);
    expect(s).toMatchObject({ written: true, rowsRead: 2515, rejected: 0, inserted: 7104 });
    // Abkhazia, Crimea, Eastern Donbas, Gaza Strip, Indian and Pakistani Kashmir, Nagorno-Karabakh,
    // Northern Cyprus, Somaliland, South Ossetia, Tibet, Transnistria, West Bank.
    expect(s.setAside).toEqual({ 'territory not in ISO 3166': 147 });
  });

  it('has the 195 countries of the 2024 edition (83 Free, 56 Partly Free, 56 Not Free) under 2023', async () => {
    const totals = await m.valuesOf('fh_total', 2023);
    // Hong Kong and Western Sahara are FH territories that are ISO 3166 entries.
    expect(totals.size).toBe(197);
    expect([...totals.keys()].filter((k) => k !== 'HKG' && k !== 'ESH')).toHaveLength(195);
    expect(totals.get('FIN')).toBe(100);
    expect(totals.get('USA')).toBe(83);
    expect(totals.get('TWN')).toBe(94);
    expect(totals.get('CHN')).toBe(9);
    expect(totals.get('HKG')).toBe(41);
    expect(await m.value('fh_political_rights', 2023, 'CHN')).toBe(-2);
    expect(await m.value('fh_civil_liberties', 2023, 'IND')).toBe(33);
  });

  it('resolves the Freedom House spellings through the alias table', async () => {
    const totals = await m.valuesOf('fh_total', 2023);
    for (const iso3 of [
      'COD',
      'COG',
      'CIV',
      'CZE',
      'FSM',
      'KNA',
      'LCA',
      'VCT',
      'GMB',
      'SWZ',
      'MKD',
      'TLS',
      'TUR',
      'GBR',
      'XKX',
    ])
      expect(totals.has(iso3), iso3).toBe(true);
  });

  it('cites Freedom House and says the data is not redistributable', async () => {
    const source = await m.store.sources.get('freedom-house-fiw-2013-2024');
    expect(source?.publisher).toBe('Freedom House');
    expect(source?.licence).toMatch(/not redistributable/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFile(m.store, { format: 'freedom-house', file: FIW });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 7104 });
  });
});
