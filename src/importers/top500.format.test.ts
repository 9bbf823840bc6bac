import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStoreWithCountries, type MemoryStore } from '../../test/memory-store.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { findIndicator } from '../core/indicators/indicator-catalogue.ts';
import { importFile } from './import-runner.ts';
import { editionOfFileName, top500Format } from './top500.format.ts';

warnWithoutSharedData('top500 format tests on real data');

const TOP500 = sharedFile('technology', 'top500_supercomputers_2024_11.csv');
const RMAX = 'Rmax [TFlop/s]';

const row = (over: Record<string, string> = {}): Record<string, string> => ({
  Rank: '1',
  Name: 'El Capitan',
  Country: 'United States',
  iso3: 'USA',
  [RMAX]: '1742000.0',
  ...over,
});

describe('top500 format', () => {
  it('reads the list edition from a file name ending in _YYYY_MM', () => {
    expect(editionOfFileName('/x/top500_supercomputers_2024_11.csv')).toEqual({
      year: 2024,
      month: '11',
    });
    expect(editionOfFileName('top500_2023_06.csv')).toEqual({ year: 2023, month: '06' });
    expect(editionOfFileName('top500.csv')).toBeNull();
    expect(editionOfFileName('top500_2024_13.csv')).toBeNull();
  });

  it('counts systems and sums Rmax per economy once every row is read', () => {
    const f = top500Format.prepare!({ economies: [], file: 'top500_2024_11.csv' });
    f.checkOptions!({}, []);
    expect(f.parseRow(row(), {}, [])).toEqual({
      kind: 'items',
      economyField: 'iso3',
      economyCodes: ['USA'],
    });
    f.parseRow(row({ Rank: '2', [RMAX]: '1,353,000' }), {}, []);
    f.parseRow(row({ Rank: '3', iso3: 'JPN', [RMAX]: '442010' }), {}, []);
    const { values } = f.finish!();
    expect(values).toEqual([
      {
        iso3: 'JPN',
        indicatorCode: 'top500_systems',
        year: 2024,
        value: 1,
        sourceId: 'top500-2024-11',
      },
      {
        iso3: 'JPN',
        indicatorCode: 'top500_rmax_tflops',
        year: 2024,
        value: 442_010,
        sourceId: 'top500-2024-11',
      },
      {
        iso3: 'USA',
        indicatorCode: 'top500_systems',
        year: 2024,
        value: 2,
        sourceId: 'top500-2024-11',
      },
      {
        iso3: 'USA',
        indicatorCode: 'top500_rmax_tflops',
        year: 2024,
        value: 3_095_000,
        sourceId: 'top500-2024-11',
      },
    ]);
    for (const v of values) expect(findIndicator(v.indicatorCode), v.indicatorCode).toBeDefined();
  });

  it('keeps each import separate: a prepared format starts from zero', () => {
    const a = top500Format.prepare!({ economies: [], file: 'top500_2024_11.csv' });
    a.checkOptions!({}, []);
    a.parseRow(row(), {}, []);
    const b = top500Format.prepare!({ economies: [], file: 'top500_2024_11.csv' });
    b.checkOptions!({}, []);
    expect(b.finish!().values).toEqual([]);
  });

  it('reports a bad Rmax, a zero Rmax and a repeated rank, naming the column', () => {
    const f = top500Format.prepare!({ economies: [], file: 'top500_2024_11.csv' });
    f.checkOptions!({}, []);
    expect(f.parseRow(row({ [RMAX]: 'fast' }), {}, [])).toMatchObject({
      kind: 'bad',
      issues: [{ field: RMAX, value: 'fast', reason: "'fast' is not a number" }],
    });
    expect(f.parseRow(row({ [RMAX]: '0' }), {}, [])).toMatchObject({
      kind: 'bad',
      issues: [{ field: RMAX }],
    });
    expect(f.parseRow(row(), {}, []).kind).toBe('items');
    expect(f.parseRow(row(), {}, [])).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'Rank', reason: 'rank 1 appears twice' }],
    });
  });

  it('takes the year from --year when the file name has none, and names --year when neither does', () => {
    const named = top500Format.prepare!({ economies: [], file: 'top500.csv' });
    expect(() => named.checkOptions!({}, [])).toThrow(/give it with --year/);
    expect(() => named.checkOptions!({ year: 'last' }, [])).toThrow(/--year: 'last' is not a year/);
    named.checkOptions!({ year: '2023' }, []);
    expect(named.sources({ year: '2023' }, [])[0]?.id).toBe('top500-2023');
    const dated = top500Format.prepare!({ economies: [], file: 'top500_2024_11.csv' });
    expect(() => dated.checkOptions!({ year: '2023' }, [])).toThrow(/--year 2023 contradicts/);
  });

  it('sets a row without an economy code aside', () => {
    const f = top500Format.prepare!({ economies: [], file: 'top500_2024_11.csv' });
    expect(f.parseRow(row({ iso3: '' }), {}, [])).toMatchObject({ kind: 'aside' });
  });
});

describe.skipIf(!hasSharedData)('top500 format on the real data', () => {
  let m: MemoryStore;
  let s: ImportSummary;
  let dir: string;

  /** A copy of the real list under a dated name, with `edit` applied to its lines. */
  const brokenCopy = (name: string, edit: (lines: string[]) => void): string => {
    const lines = readFileSync(TOP500, 'utf8').split('\n');
    edit(lines);
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n'));
    return file;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'techalliance-top500-'));
    m = await memoryStoreWithCountries();
    s = await importFile(m.store, { format: 'top500', file: TOP500 });
  });
  afterAll(async () => {
    await m.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports two values for each of the 40 economies on the November 2024 list', () => {
    expect(s).toMatchObject({ written: true, rowsRead: 500, rejected: 0, inserted: 80 });
    expect(s.setAside).toEqual({});
  });

  it('counts systems and Rmax as the provenance notes give them: USA 173 and 6.48 EFlop/s, China 63', async () => {
    expect(await m.value('top500_systems', 2024, 'USA')).toBe(173);
    expect(await m.value('top500_systems', 2024, 'CHN')).toBe(63);
    const usRmax = (await m.value('top500_rmax_tflops', 2024, 'USA'))!;
    expect(Math.abs(usRmax - 6_480_000) / 6_480_000).toBeLessThan(0.01);
    const systems = [...(await m.valuesOf('top500_systems', 2024)).values()];
    expect(systems.reduce((a, b) => a + b, 0)).toBe(500);
  });

  it('cites the TOP500 November 2024 list', async () => {
    const source = await m.store.sources.get('top500-2024-11');
    expect(source?.citation).toMatch(/TOP500, November 2024/);
    expect(source?.licence).toMatch(/cite TOP500/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFile(m.store, { format: 'top500', file: TOP500 });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 80 });
  });

  it('rejects a copy with a non-numeric Rmax, naming its line, and writes nothing', async () => {
    const file = brokenCopy('top500_bad_rmax_2024_11.csv', (lines) => {
      lines[4] = lines[4]!.replace(',561200.0,', ',n/a?,');
    });
    const before = await m.rowCounts();
    const r = await importFile(m.store, { format: 'top500', file });
    expect(r).toMatchObject({ written: false, rejected: 1, inserted: 0 });
    expect(r.issues).toEqual([
      expect.objectContaining({
        line: 5,
        field: RMAX,
        value: 'n/a?',
        reason: "'n/a?' is not a number",
      }),
    ]);
    expect(await m.rowCounts()).toEqual(before);
  });

  it('rejects a copy with an unknown ISO3 code on every line that has it, and writes nothing', async () => {
    const file = brokenCopy('top500_bad_iso3_2024_11.csv', (lines) => {
      for (const i of [2, 10]) lines[i] = lines[i]!.replace(',USA,', ',XXA,');
    });
    const before = await m.rowCounts();
    const r = await importFile(m.store, { format: 'top500', file });
    expect(r).toMatchObject({ written: false, rejected: 2 });
    expect(r.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [3, 'iso3', "unknown ISO3 code 'XXA'"],
      [11, 'iso3', "unknown ISO3 code 'XXA'"],
    ]);
    expect(await m.rowCounts()).toEqual(before);
  });

  it('with --skip-bad-rows writes the aggregates of the good rows only', async () => {
    const file = brokenCopy('top500_skip_2024_11.csv', (lines) => {
      lines[2] = lines[2]!.replace(',USA,', ',XXA,');
    });
    const fresh = await memoryStoreWithCountries();
    const r = await importFile(fresh.store, { format: 'top500', file, skipBadRows: true });
    expect(r).toMatchObject({ written: true, rejected: 1, inserted: 80 });
    expect(await fresh.value('top500_systems', 2024, 'USA')).toBe(172);
    expect(await fresh.value('top500_systems', 2024, 'XXA')).toBeUndefined();
    await fresh.close();
  });

  it('rejects a copy without the Rmax column before reading rows', async () => {
    const file = brokenCopy('top500_no_rmax_2024_11.csv', (lines) => {
      lines[0] = lines[0]!.replace(RMAX, 'Rmax');
    });
    const before = await m.rowCounts();
    await expect(importFile(m.store, { format: 'top500', file })).rejects.toThrow(
      /missing column 'Rmax \[TFlop\/s\]'/,
    );
    expect(await m.rowCounts()).toEqual(before);
  });

  it('asks for --year when a copy has no edition in its name, and stores the year given', async () => {
    const file = brokenCopy('top500.csv', () => undefined);
    await expect(importFile(m.store, { format: 'top500', file })).rejects.toThrow(/--year/);
    const r = await importFile(m.store, { format: 'top500', file, options: { year: '2023' } });
    expect(r).toMatchObject({ written: true, rejected: 0, inserted: 80 });
    expect(await m.value('top500_systems', 2023, 'USA')).toBe(173);
    expect(await m.store.sources.get('top500-2023')).toBeDefined();
  });
});
