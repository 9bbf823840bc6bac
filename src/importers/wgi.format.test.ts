import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStoreWithCountries, type MemoryStore } from '../../test/memory-store.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { findIndicator } from '../core/indicators/indicator-catalogue.ts';
import { importFile } from './import-runner.ts';
import { wgiFormat } from './wgi.format.ts';

warnWithoutSharedData('wgi format tests on real data');

const WGI = sharedFile('democracy', 'wgi_2024update_2010_2023_long.csv');
const COLUMNS = ['iso3', 'countryname', 'year', 'indicator', 'estimate', 'pctrank'];
const row = (over: Record<string, string> = {}): Record<string, string> => ({
  iso3: 'FIN',
  countryname: 'Finland',
  year: '2023',
  indicator: 'rl',
  estimate: '1.967',
  pctrank: '100',
  ...over,
});

describe('wgi format', () => {
  it('turns a row into an estimate and a percentile rank', () => {
    expect(wgiFormat.parseRow(row(), {}, COLUMNS)).toEqual({
      kind: 'items',
      economyField: 'iso3',
      values: [
        {
          iso3: 'FIN',
          indicatorCode: 'wgi_rule_of_law',
          year: 2023,
          value: 1.967,
          sourceId: 'wb-wgi-2024',
        },
        {
          iso3: 'FIN',
          indicatorCode: 'wgi_rule_of_law_pctrank',
          year: 2023,
          value: 100,
          sourceId: 'wb-wgi-2024',
        },
      ],
    });
  });

  it('has a catalogue entry for every estimate and percentile rank it writes', () => {
    for (const letters of ['va', 'pv', 'ge', 'rq', 'rl', 'cc']) {
      const r = wgiFormat.parseRow(row({ indicator: letters }), {}, COLUMNS);
      expect(r.kind).toBe('items');
      if (r.kind === 'items')
        for (const v of r.values ?? [])
          expect(findIndicator(v.indicatorCode), v.indicatorCode).toBeDefined();
    }
  });

  it('reports an unknown indicator letter code naming the indicator field', () => {
    const r = wgiFormat.parseRow(row({ indicator: 'xx' }), {}, COLUMNS);
    expect(r).toMatchObject({ kind: 'bad', issues: [{ field: 'indicator', value: 'xx' }] });
    expect(r.kind === 'bad' && r.issues[0]?.reason).toMatch(/unknown WGI indicator 'xx'/);
  });

  it('reports every bad cell of a row, not only the first', () => {
    const r = wgiFormat.parseRow(
      row({ year: '20x3', estimate: 'high', pctrank: '140' }),
      {},
      COLUMNS,
    );
    expect(r.kind === 'bad' && r.issues.map((i) => i.field)).toEqual([
      'year',
      'estimate',
      'pctrank',
    ]);
  });

  it('sets a row without estimate and rank aside, and the former Netherlands Antilles', () => {
    expect(wgiFormat.parseRow(row({ estimate: '', pctrank: '' }), {}, COLUMNS)).toEqual({
      kind: 'aside',
      reason: 'empty value',
    });
    expect(wgiFormat.parseRow(row({ iso3: 'ANT' }), {}, COLUMNS)).toMatchObject({ kind: 'aside' });
  });
});

describe.skipIf(!hasSharedData)('wgi format on the real data', () => {
  let m: MemoryStore;
  let s: ImportSummary;

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    s = await importFile(m.store, { format: 'wgi', file: WGI });
  });
  afterAll(() => m.close());

  it('imports an estimate and a percentile rank per row and sets ANT and empty rows aside', () => {
    expect(s).toMatchObject({ written: true, rowsRead: 17_976, rejected: 0, inserted: 35_400 });
    expect(s.setAside).toEqual({
      'historical entity (not in ISO 3166 today)': 84,
      'empty value': 192,
    });
  });

  it('ranks rule of law 2023 as the provenance notes do: Finland, Denmark, Norway, Switzerland, Singapore', async () => {
    const ranked = [...(await m.valuesOf('wgi_rule_of_law_pctrank', 2023))].sort(
      (a, b) => b[1] - a[1],
    );
    expect(ranked.slice(0, 5).map(([iso3]) => iso3)).toEqual(['FIN', 'DNK', 'NOR', 'CHE', 'SGP']);
    expect(ranked[0]![1]).toBe(100);
    expect(await m.value('wgi_rule_of_law', 2023, 'FIN')).toBeCloseTo(1.967, 3);
    expect((await m.valuesOf('wgi_rule_of_law', 2023)).size).toBe(213);
  });

  it('keeps Taiwan and Kosovo', async () => {
    expect(await m.value('wgi_voice_accountability', 2023, 'TWN')).toBeCloseTo(1.0966, 4);
    expect(await m.value('wgi_rule_of_law_pctrank', 2023, 'XKX')).toBeCloseTo(41.509, 3);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFile(m.store, { format: 'wgi', file: WGI });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 35_400 });
    expect(again.setAside).toEqual(s.setAside);
  });
});
