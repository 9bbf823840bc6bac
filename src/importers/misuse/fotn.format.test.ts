import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStoreWithCountries, type MemoryStore } from '../../../test/memory-store.ts';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import type { ImportSummary } from '../../core/imports/import-report.ts';
import { importFile } from '../import-runner.ts';
import { fotnFormat } from './fotn.format.ts';
import { economies, misuseFile } from './misuse.test-support.ts';

warnWithoutSharedData('fotn format tests on real data');

const COLUMNS = ['Country', 'Edition', 'Status', 'A', 'B', 'C', 'Total'];
const row = (over: Record<string, string> = {}): Record<string, string> => ({
  Country: 'Iceland',
  Edition: '2024',
  Status: 'F',
  A: '24',
  B: '33',
  C: '37',
  Total: '94',
  ...over,
});

describe('fotn format', () => {
  const prepared = fotnFormat.prepare!({ economies: economies() });

  it('stores edition N under year N − 1: total and the three category scores', () => {
    expect(prepared.parseRow(row(), {}, COLUMNS)).toEqual({
      kind: 'items',
      economyField: 'Country',
      values: [
        {
          iso3: 'ISL',
          indicatorCode: 'fotn_total',
          year: 2023,
          value: 94,
          sourceId: 'freedom-house-fotn',
        },
        {
          iso3: 'ISL',
          indicatorCode: 'fotn_obstacles_to_access',
          year: 2023,
          value: 24,
          sourceId: 'freedom-house-fotn',
        },
        {
          iso3: 'ISL',
          indicatorCode: 'fotn_limits_on_content',
          year: 2023,
          value: 33,
          sourceId: 'freedom-house-fotn',
        },
        {
          iso3: 'ISL',
          indicatorCode: 'fotn_violations_of_user_rights',
          year: 2023,
          value: 37,
          sourceId: 'freedom-house-fotn',
        },
      ],
    });
  });

  it('warns, and stores the scores as given, when the categories do not add up to the total', () => {
    expect(prepared.parseRow(row({ Total: '95' }), {}, COLUMNS)).toMatchObject({
      kind: 'items',
      warning: 'Iceland: A + B + C = 94, Total = 95 (stored as given)',
    });
  });

  it('reports an unknown country and a score out of its range, naming the column', () => {
    expect(prepared.parseRow(row({ Country: 'Freedonia' }), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'Country', value: 'Freedonia' }],
    });
    expect(prepared.parseRow(row({ B: '36' }), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'B', reason: 'must be a score from 0 to 35' }],
    });
  });
});

describe.skipIf(!hasSharedData)('fotn format on the real data', () => {
  let m: MemoryStore;
  let s: ImportSummary;

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    s = await importFile(m.store, {
      format: 'fotn',
      file: misuseFile('freedomhouse_fotn_2024_scores.csv'),
    });
  });
  afterAll(() => m.close());

  it('joins the 72 countries by name and stores four scores each', () => {
    expect(s.issues).toEqual([]);
    expect(s.warnings).toEqual([]);
    expect(s).toMatchObject({ written: true, rowsRead: 72, rejected: 0, inserted: 288 });
  });

  it('has Iceland 94, Estonia 92, the United States 76, China and Myanmar 9 under 2023', async () => {
    const totals = await m.valuesOf('fotn_total', 2023);
    expect(totals.size).toBe(72);
    expect([
      totals.get('ISL'),
      totals.get('EST'),
      totals.get('USA'),
      totals.get('CHN'),
      totals.get('MMR'),
    ]).toEqual([94, 92, 76, 9, 9]);
    // 19 Free (70 or more), 32 Partly Free, 21 Not Free (below 40).
    const v = [...totals.values()];
    expect([
      v.filter((x) => x >= 70).length,
      v.filter((x) => x >= 40 && x < 70).length,
      v.filter((x) => x < 40).length,
    ]).toEqual([19, 32, 21]);
    expect(totals.has('GMB') && totals.has('NLD')).toBe(true);
  });
});
