import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  memoryStore,
  memoryStoreWithCountries,
  type MemoryStore,
} from '../../../test/memory-store.ts';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import type { ImportSummary } from '../../core/imports/import-report.ts';
import { importFile } from '../import-runner.ts';
import { digitalRepressionFormat } from './digital-repression.format.ts';
import { economies, misuseFile, scratchCsv } from './misuse.test-support.ts';

warnWithoutSharedData('digital-repression format tests on real data');

const COLUMNS = ['Country', 'Region', 'Year', 'Digital Repression Index 2021'];
const row = (country: string, value: string, year = '2021'): Record<string, string> => ({
  Country: country,
  Region: 'EAP',
  Year: year,
  'Digital Repression Index 2021': value,
});

describe('digital-repression format', () => {
  const prepared = digitalRepressionFormat.prepare!({ economies: economies() });

  it('stores the index under the row’s year', () => {
    expect(prepared.parseRow(row('Burma/Myanmar', '2.0146'), {}, COLUMNS)).toEqual({
      kind: 'items',
      economyField: 'Country',
      values: [
        {
          iso3: 'MMR',
          indicatorCode: 'digital_repression_index',
          year: 2021,
          value: 2.0146,
          sourceId: 'carnegie-dri-2021',
        },
      ],
    });
  });

  it('sets V-Dem units outside ISO 3166 aside, and reads Palestine/West Bank as Palestine', () => {
    expect(prepared.parseRow(row('Zanzibar', '0.1'), {}, COLUMNS)).toMatchObject({ kind: 'aside' });
    expect(prepared.parseRow(row('Palestine/Gaza', '0.1'), {}, COLUMNS)).toMatchObject({
      kind: 'aside',
    });
    expect(prepared.parseRow(row('Palestine/West Bank', '0.1'), {}, COLUMNS)).toMatchObject({
      values: [{ iso3: 'PSE' }],
    });
  });

  it('reports an unknown country and a bad value or year, naming the column', () => {
    expect(prepared.parseRow(row('Freedonia', '1'), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'Country' }],
    });
    expect(prepared.parseRow(row('Denmark', 'high'), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'Digital Repression Index 2021' }],
    });
    expect(prepared.parseRow(row('Denmark', '1', '21'), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'Year' }],
    });
  });

  it('requires an index column, naming the 2021 one when the file has none', () => {
    expect(digitalRepressionFormat.requiredColumns({}, ['Country', 'Year'])).toEqual([
      'Country',
      'Year',
      'Digital Repression Index 2021',
    ]);
    expect(
      digitalRepressionFormat.requiredColumns({}, [
        'Country',
        'Year',
        'Digital Repression Index 2023',
      ]),
    ).toContain('Digital Repression Index 2023');
  });

  describe('as a file', () => {
    const scratch = scratchCsv();
    afterAll(() => scratch.remove());

    it('rejects a file without the index column, naming it', async () => {
      const m = await memoryStore();
      const file = scratch.csv('dri.csv', ['Country', 'Year'], [['Denmark', '2021']]);
      try {
        await expect(importFile(m.store, { format: 'digital-repression', file })).rejects.toThrow(
          /missing column 'Digital Repression Index 2021'/,
        );
      } finally {
        await m.close();
      }
    });
  });
});

describe.skipIf(!hasSharedData)('digital-repression format on the real data', () => {
  let m: MemoryStore;
  let s: ImportSummary;

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    s = await importFile(m.store, {
      format: 'digital-repression',
      file: misuseFile('carnegie_digital_repression_index_2021_vdem.csv'),
    });
  });
  afterAll(() => m.close());

  it('stores 176 of the 179 units; Somaliland, Zanzibar and Gaza set aside', () => {
    expect(s.issues).toEqual([]);
    expect(s).toMatchObject({
      written: true,
      rowsRead: 179,
      rejected: 0,
      inserted: 176,
      setAside: { 'territory not in ISO 3166 (Somaliland, Zanzibar, Gaza)': 3 },
    });
  });

  it('has North Korea 2.97, Turkmenistan 2.55, Myanmar 2.01 highest and Portugal −1.63 lowest', async () => {
    const dri = await m.valuesOf('digital_repression_index', 2021);
    const sorted = [...dri].sort((a, b) => b[1] - a[1]);
    expect(sorted.slice(0, 3).map(([k, v]) => [k, Number(v.toFixed(2))])).toEqual([
      ['PRK', 2.97],
      ['TKM', 2.55],
      ['MMR', 2.01],
    ]);
    expect(sorted.slice(-2).map(([k, v]) => [k, Number(v.toFixed(2))])).toEqual([
      ['DNK', -1.54],
      ['PRT', -1.63],
    ]);
  });
});
