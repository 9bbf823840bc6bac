import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStoreWithCountries, type MemoryStore } from '../../test/memory-store.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { findIndicator } from '../core/indicators/indicator-catalogue.ts';
import { importFile } from './import-runner.ts';
import { isoStandardsFormat } from './iso-standards.format.ts';

warnWithoutSharedData('iso-standards format tests on real data');

const COMMITTEES = sharedFile('standards', 'iso_committees_opendata.csv');
const PARTICIPATION = sharedFile('standards', 'iso_committee_participation_long.csv');

const row = (over: Record<string, string> = {}): Record<string, string> => ({
  committee_id: '45020',
  reference: 'ISO/TC 22',
  committee_type: 'TC',
  status: 'Active',
  title_en: 'Road vehicles',
  secretariat_acronym: 'AFNOR',
  secretariat_iso3: 'FRA',
  creation_date: '1947-01-01',
  ...over,
});

const fresh = () => {
  const f = isoStandardsFormat.prepare!({ economies: [] });
  f.checkOptions!({}, []);
  return f;
};

describe('iso-standards format', () => {
  it('counts the secretariats of active committees per economy, technical committees apart', () => {
    const f = fresh();
    expect(f.parseRow(row(), {}, [])).toEqual({
      kind: 'items',
      economyField: 'secretariat_iso3',
      economyCodes: ['FRA'],
    });
    f.parseRow(row({ reference: 'ISO/TC 22/SC 32', committee_type: 'SC' }), {}, []);
    f.parseRow(
      row({ reference: 'ISO/TC 1/SC 1', committee_type: 'SC', secretariat_iso3: 'DEU' }),
      {},
      [],
    );
    f.parseRow(
      row({ reference: 'ISO/PC 9', committee_type: 'PC', creation_date: '2025-06-01' }),
      {},
      [],
    );
    const { values, warning } = f.finish!();
    expect(values.map((v) => [v.iso3, v.indicatorCode, v.year, v.value])).toEqual([
      ['DEU', 'iso_secretariats_total', 2025, 1],
      ['DEU', 'iso_tc_secretariats', 2025, 0],
      ['FRA', 'iso_secretariats_total', 2025, 3],
      ['FRA', 'iso_tc_secretariats', 2025, 1],
    ]);
    expect(warning).toMatch(
      /stored for 2025, the year of the newest committee \(created 2025-06-01\)/,
    );
    for (const v of values) expect(findIndicator(v.indicatorCode), v.indicatorCode).toBeDefined();
  });

  it('sets suspended committees and committees without a secretariat economy aside', () => {
    const reasons = [
      row({ status: 'Suspended' }),
      row({ reference: 'ISO/TC 2', secretariat_iso3: '', secretariat_acronym: '' }),
      row({ reference: 'ISO/TC 3', secretariat_iso3: '', secretariat_acronym: 'XYZ' }),
    ].map((r, i, all) => {
      const f = fresh();
      all.slice(0, i).forEach((earlier) => f.parseRow(earlier, {}, []));
      const result = f.parseRow(r, {}, []);
      return result.kind === 'aside' ? result.reason : result.kind;
    });
    expect(reasons).toEqual([
      'committee not active (Suspended)',
      'no secretariat listed',
      'secretariat held by an unmapped member body (no ISO3)',
    ]);
  });

  it('reports every bad cell of a row and a committee listed twice', () => {
    const f = fresh();
    const r = f.parseRow(
      row({ committee_type: 'WG', status: '', creation_date: '1 Jan 1947' }),
      {},
      [],
    );
    expect(r.kind === 'bad' && r.issues.map((i) => i.field)).toEqual([
      'committee_type',
      'status',
      'creation_date',
    ]);
    expect(f.parseRow(row(), {}, []).kind).toBe('items');
    expect(f.parseRow(row(), {}, [])).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'reference', reason: 'committee listed twice', value: 'ISO/TC 22' }],
    });
  });

  it('stores the year --year gives, without a warning', () => {
    const f = isoStandardsFormat.prepare!({ economies: [] });
    f.checkOptions!({ year: '2026' }, []);
    f.parseRow(row(), {}, []);
    expect(f.finish!()).toMatchObject({ values: [{ year: 2026 }, { year: 2026 }] });
    expect(f.finish!().warning).toBeUndefined();
    expect(() => f.checkOptions!({ year: 'spring' }, [])).toThrow(/--year: 'spring' is not a year/);
  });
});

describe.skipIf(!hasSharedData)('iso-standards format on the real data', () => {
  let m: MemoryStore;
  let s: ImportSummary;
  let dir: string;

  /** A copy of the real committees file with `edit` applied to its lines. */
  const brokenCopy = (name: string, edit: (lines: string[]) => void): string => {
    const lines = readFileSync(COMMITTEES, 'utf8').split('\n');
    edit(lines);
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n'));
    return file;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'techalliance-iso-'));
    m = await memoryStoreWithCountries();
    s = await importFile(m.store, { format: 'iso-standards', file: COMMITTEES });
  });
  afterAll(async () => {
    await m.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports two values for each of the 35 economies holding secretariats, and sets suspended and unassigned committees aside', () => {
    expect(s).toMatchObject({ written: true, rowsRead: 796, rejected: 0, inserted: 70 });
    expect(s.setAside).toEqual({
      'committee not active (Suspended)': 17,
      'no secretariat listed': 2,
    });
    expect(s.warnings).toEqual([
      expect.stringMatching(
        /values stored for 2026, the year of the newest committee \(created 2026-03-19\)/,
      ),
    ]);
  });

  it('counts secretariats as the provenance notes do: Germany 130 (36 TC), China 94 (50 TC), US 90', async () => {
    expect(await m.value('iso_secretariats_total', 2026, 'DEU')).toBe(130);
    expect(await m.value('iso_tc_secretariats', 2026, 'DEU')).toBe(36);
    expect(await m.value('iso_secretariats_total', 2026, 'CHN')).toBe(94);
    expect(await m.value('iso_tc_secretariats', 2026, 'CHN')).toBe(50);
    expect(await m.value('iso_secretariats_total', 2026, 'USA')).toBe(90);
    expect(await m.value('iso_secretariats_total', 2026, 'FRA')).toBe(82);
    expect(await m.value('iso_secretariats_total', 2026, 'JPN')).toBe(80);
    expect(await m.value('iso_secretariats_total', 2026, 'GBR')).toBe(74);
    const total = [...(await m.valuesOf('iso_secretariats_total', 2026)).values()];
    expect(total.reduce((a, b) => a + b, 0)).toBe(777);
  });

  it('cites ISO Open Data under ODC-By', async () => {
    const source = await m.store.sources.get('iso-open-data-committees');
    expect(source?.licence).toMatch(/ODC-By 1\.0/);
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFile(m.store, { format: 'iso-standards', file: COMMITTEES });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 70 });
    expect(again.setAside).toEqual(s.setAside);
  });

  it('rejects a copy with an unknown ISO3 code, naming its line, and writes nothing', async () => {
    const file = brokenCopy('iso_bad_iso3.csv', (lines) => {
      lines[1] = lines[1]!.replace(',SCC,CAN,', ',SCC,XCA,');
    });
    const before = await m.rowCounts();
    const r = await importFile(m.store, { format: 'iso-standards', file });
    expect(r).toMatchObject({ written: false, rejected: 1, inserted: 0 });
    expect(r.issues).toEqual([
      expect.objectContaining({
        line: 2,
        field: 'secretariat_iso3',
        reason: "unknown ISO3 code 'XCA'",
      }),
    ]);
    expect(await m.rowCounts()).toEqual(before);
  });

  it('rejects a copy with an unknown committee type, naming its line, and writes nothing', async () => {
    const file = brokenCopy('iso_bad_type.csv', (lines) => {
      lines[4] = lines[4]!.replace(',SC,Active,', ',Subcommittee,Active,');
    });
    const before = await m.rowCounts();
    const r = await importFile(m.store, { format: 'iso-standards', file });
    expect(r).toMatchObject({ written: false, rejected: 1 });
    expect(r.issues).toEqual([
      expect.objectContaining({ line: 5, field: 'committee_type', value: 'Subcommittee' }),
    ]);
    expect(await m.rowCounts()).toEqual(before);
  });

  it('rejects a copy without the status column before reading rows', async () => {
    const file = brokenCopy('iso_no_status.csv', (lines) => {
      lines[0] = lines[0]!.replace(',status,', ',state,');
    });
    await expect(importFile(m.store, { format: 'iso-standards', file })).rejects.toThrow(
      /missing column 'status'/,
    );
  });

  it('refuses the participation file, which has no committee status', async () => {
    await expect(
      importFile(m.store, { format: 'iso-standards', file: PARTICIPATION }),
    ).rejects.toThrow(/participation file, which has no committee status/);
  });
});
