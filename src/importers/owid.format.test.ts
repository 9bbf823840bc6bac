import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  memoryStore,
  memoryStoreWithCountries,
  type MemoryStore,
} from '../../test/memory-store.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { importFile } from './import-runner.ts';

warnWithoutSharedData('owid format tests on real data');

const GDP = sharedFile('economy', 'owid_wb_gdp_ppp_constant2021_intl_1990_2024.csv');
const GERD = sharedFile('research', 'owid_wb_unesco_rd_expenditure_pct_gdp_1996_2021.csv');
const RESEARCHERS = sharedFile('research', 'owid_wb_unesco_researchers_per_million_1996_2021.csv');
const EIU = sharedFile('democracy', 'eiu_democracy_index_2006_2024_owid.csv');

describe.skipIf(!hasSharedData)('owid format on the real data', () => {
  let m: MemoryStore;
  const first = new Map<string, ImportSummary>();

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    for (const file of [GDP, GERD, RESEARCHERS, EIU])
      first.set(file, await importFile(m.store, { format: 'owid', file }));
  });
  afterAll(() => m.close());

  it('imports GDP PPP (constant 2021 $) by economy and sets OWID and World Bank aggregates aside', async () => {
    const s = first.get(GDP)!;
    expect(s).toMatchObject({ written: true, rowsRead: 7240, inserted: 6785, rejected: 0 });
    // World, EU-27, four income groups (OWID_*) and seven World Bank regions (WB_*), 35 years each.
    expect(s.setAside).toEqual({ 'regional or income aggregate': 455 });
    const y2024 = await m.valuesOf('gdp_ppp_2021', 2024);
    expect(y2024.size).toBe(188);
    expect(y2024.get('USA')).toBe(25_674_728_990_086);
    expect(y2024.get('CHN')).toBe(33_597_882_047_418);
    expect(y2024.get('IND')).toBe(14_245_349_560_958);
    expect(y2024.has('TWN')).toBe(false);
  });

  it('stores Kosovo (OWID_KOS) as XKX', async () => {
    expect(await m.value('gdp_ppp_2021', 2024, 'XKX')).toBe(25_057_318_186);
  });

  it('infers R&D expenditure (% of GDP) from the value column and sets blank-code regions aside', async () => {
    const s = first.get(GERD)!;
    expect(s).toMatchObject({ written: true, rowsRead: 2494, inserted: 2236, rejected: 0 });
    expect(s.setAside).toEqual({
      'no code (OWID region or aggregate)': 232,
      'regional or income aggregate': 26,
    });
    const y2021 = await m.valuesOf('gerd_pct_gdp', 2021);
    expect(y2021.get('ISR')).toBeCloseTo(5.55675, 5);
    expect(y2021.get('KOR')).toBeCloseTo(4.93012, 5);
    expect(y2021.get('USA')).toBeCloseTo(3.45705, 5);
  });

  it('infers researchers per million and finds the 2021 leaders of the provenance notes', async () => {
    const s = first.get(RESEARCHERS)!;
    expect(s).toMatchObject({ written: true, rowsRead: 1938, inserted: 1750, rejected: 0 });
    expect(s.setAside).toEqual({
      'no code (OWID region or aggregate)': 183,
      'regional or income aggregate': 5,
    });
    expect(Math.round((await m.value('researchers_per_million', 2021, 'KOR'))!)).toBe(9082);
    expect(Math.round((await m.value('researchers_per_million', 2021, 'SWE'))!)).toBe(8131);
    expect(Math.round((await m.value('researchers_per_million', 2021, 'FIN'))!)).toBe(7871);
  });

  it('imports the EIU Democracy Index 2024 with EIU attribution', async () => {
    const s = first.get(EIU)!;
    expect(s).toMatchObject({ written: true, rowsRead: 2838, inserted: 2838, rejected: 0 });
    expect(s.setAside).toEqual({});
    const y2024 = await m.valuesOf('eiu_democracy', 2024);
    expect(y2024.size).toBe(167);
    const ranked = [...y2024].sort((a, b) => b[1] - a[1]);
    expect(ranked.slice(0, 3)).toEqual([
      ['NOR', 9.81],
      ['NZL', 9.61],
      ['SWE', 9.39],
    ]);
    expect(ranked.filter(([, v]) => v >= 8).length).toBe(25);
    const source = await m.store.sources.get('owid-eiu-democracy-index');
    expect(source?.citation).toMatch(/Economist Intelligence Unit/);
    expect(source?.licence).toMatch(/EIU copyright/);
  });

  it('changes nothing when the same files are imported again', async () => {
    for (const [file, s] of first) {
      const again = await importFile(m.store, { format: 'owid', file });
      expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, rejected: 0 });
      expect(again.unchanged).toBe(s.inserted);
      expect(again.setAside).toEqual(s.setAside);
    }
  });
});

describe('owid format options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'techalliance-owid-'));
  const file = join(dir, 'unknown.csv');
  writeFileSync(file, 'Entity,Code,Year,Mystery index\nFrance,FRA,2020,1.5\n');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for --indicator when the value column names no known indicator', async () => {
    const m = await memoryStore();
    await expect(importFile(m.store, { format: 'owid', file })).rejects.toThrow(
      /--indicator is required: the value column 'Mystery index'/,
    );
    await m.close();
  });

  it('rejects an --indicator that contradicts the value column', async () => {
    const gdp = join(dir, 'gdp.csv');
    writeFileSync(gdp, 'Entity,Code,Year,gdp_ppp_constant_2021_intl_usd\nFrance,FRA,2020,1\n');
    const m = await memoryStore();
    await expect(
      importFile(m.store, { format: 'owid', file: gdp, options: { indicator: 'population' } }),
    ).rejects.toThrow(/--indicator population does not match the value column/);
    await m.close();
  });

  it('imports a value column it does not know under the --indicator given', async () => {
    const m = await memoryStore();
    await m.store.economies.upsertMany([
      {
        iso3: 'FRA',
        iso2: 'FR',
        isoNumeric: '250',
        name: 'France',
        officialName: null,
        region: 'Europe',
        subregion: null,
        incomeCode: 'H',
        independence: 'Yes',
      },
    ]);
    const s = await importFile(m.store, {
      format: 'owid',
      file,
      options: { indicator: 'gerd_pct_gdp' },
    });
    expect(s).toMatchObject({ written: true, inserted: 1 });
    expect(await m.value('gerd_pct_gdp', 2020, 'FRA')).toBe(1.5);
    expect((await m.store.sources.get('owid-gerd_pct_gdp'))?.citation).toMatch(/Mystery index/);
    await m.close();
  });
});
