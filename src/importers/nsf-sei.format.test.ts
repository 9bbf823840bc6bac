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
import { nsfSeiFormat } from './nsf-sei.format.ts';

warnWithoutSharedData('nsf-sei format tests on real data');

const ARTICLES = sharedFile('research', 'nsf_sei2024_se_articles_by_economy_2003_2022.csv');
const PATENTS = sharedFile('research', 'nsf_sei2024_patents_pct_uspto_by_economy_1998_2022.csv');
const GERD = sharedFile('research', 'nsf_sei2024_gerd_gdp_ppp_oecd_msti_1990_2021.csv');
const KTI = sharedFile('technology', 'nsf_sei2024_kti_value_added_by_economy_2002_2022.csv');

const GERD_COLUMNS = [
  'iso3',
  'entity',
  'latest_year_if_not_2021',
  'measure',
  'price_basis',
  'period',
  'value',
];
const gerdRow = (over: Record<string, string>): Record<string, string> => ({
  iso3: 'USA',
  entity: 'United States',
  latest_year_if_not_2021: '',
  measure: 'GERD (billions PPP US$)',
  price_basis: 'Current PPP dollars',
  period: '2021',
  value: '806.01',
  ...over,
});

describe('nsf-sei format', () => {
  it('stores GERD in dollars, not billions', () => {
    expect(nsfSeiFormat.parseRow(gerdRow({}), {}, GERD_COLUMNS)).toMatchObject({
      kind: 'items',
      values: [{ iso3: 'USA', indicatorCode: 'gerd_ppp_usd', year: 2021, value: 806_010_000_000 }],
    });
  });

  it('stores the "2021" column under the year latest_year_if_not_2021 names, with a warning', () => {
    const r = nsfSeiFormat.parseRow(
      gerdRow({ iso3: 'AUS', latest_year_if_not_2021: '2019', value: '24.06' }),
      {},
      GERD_COLUMNS,
    );
    expect(r).toMatchObject({ kind: 'items', values: [{ iso3: 'AUS', year: 2019 }] });
    expect(r.kind === 'items' && r.warning).toMatch(/AUS: the 2021 column holds 2019/);
  });

  it('sets GDP, ratios, growth rates and constant-price GERD aside', () => {
    const reasons = [
      gerdRow({ measure: 'GDP (billions PPP US$)' }),
      gerdRow({ measure: 'GERD-to-GDP ratio (%)', price_basis: '' }),
      gerdRow({ price_basis: 'Constant (2015) PPP dollars' }),
      gerdRow({ period: '2010–21' }),
    ].map((r) => {
      const result = nsfSeiFormat.parseRow(r, {}, GERD_COLUMNS);
      return result.kind === 'aside' ? result.reason : result.kind;
    });
    expect(reasons).toEqual([
      'other measure (GDP, GERD-to-GDP ratio, growth rates)',
      'other measure (GDP, GERD-to-GDP ratio, growth rates)',
      'constant-price GERD (current PPP imported)',
      'multi-year period',
    ]);
  });

  it('rejects a file whose header is none of the NSF tables it knows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'techalliance-nsf-'));
    const file = join(dir, 'other.csv');
    writeFileSync(file, 'iso3,year,widgets\nUSA,2020,5\n');
    const m = await memoryStore();
    await expect(importFile(m.store, { format: 'nsf-sei', file })).rejects.toThrow(
      /not an NSF SEI 2024 table this format reads/,
    );
    await m.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.skipIf(!hasSharedData)('nsf-sei format on the real data', () => {
  let m: MemoryStore;
  const first = new Map<string, ImportSummary>();

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    for (const file of [ARTICLES, PATENTS, GERD, KTI])
      first.set(file, await importFile(m.store, { format: 'nsf-sei', file }));
  });
  afterAll(() => m.close());

  it('imports articles by economy and sets regions, EU and non-ISO entities aside', async () => {
    const s = first.get(ARTICLES)!;
    expect(s).toMatchObject({ written: true, rowsRead: 4622, rejected: 0, inserted: 14_883 });
    expect(s.setAside).toEqual({ 'aggregate or non-ISO entity (no iso3)': 622 });
    expect(Math.round((await m.value('articles_fractional', 2022, 'CHN'))!)).toBe(898_949);
    expect(Math.round((await m.value('articles_fractional', 2022, 'USA'))!)).toBe(457_335);
    expect(await m.value('articles_whole', 2022, 'CHN')).toBe(976_141);
    expect(await m.value('ai_articles', 2022, 'USA')).toBe(12_642);
  });

  it('reads "ne" (not estimated) in the top-1% share as no value', async () => {
    expect(await m.value('top1pct_cited_share', 2003, 'ATG')).toBeUndefined();
    expect(await m.value('articles_whole', 2003, 'ATG')).toBe(3);
  });

  it('imports PCT applications and USPTO patents by inventor economy', async () => {
    const s = first.get(PATENTS)!;
    expect(s).toMatchObject({ written: true, rowsRead: 3502, rejected: 0, inserted: 4463 });
    expect(s.setAside).toEqual({ 'aggregate or non-ISO entity (no iso3)': 649 });
    expect(await m.value('pct_applications', 2022, 'CHN')).toBe(68_558);
    expect(await m.value('uspto_patents', 2022, 'USA')).toBe(141_754);
    expect(await m.value('uspto_semiconductor_patents', 2022, 'TWN')).toBe(3262);
  });

  it('imports GERD 2021 in current PPP dollars as the provenance notes give it', async () => {
    const s = first.get(GERD)!;
    expect(s).toMatchObject({ written: true, rowsRead: 1175, rejected: 0, inserted: 143 });
    expect(s.setAside).toEqual({
      'aggregate or non-ISO entity (no iso3)': 50,
      'other measure (GDP, GERD-to-GDP ratio, growth rates)': 765,
      'constant-price GERD (current PPP imported)': 180,
      'empty value': 37,
    });
    const bn = async (iso3: string, year = 2021) =>
      ((await m.value('gerd_ppp_usd', year, iso3)) ?? NaN) / 1e9;
    expect(await bn('USA')).toBeCloseTo(806.0, 1);
    expect(await bn('CHN')).toBeCloseTo(667.6, 1);
    expect(await bn('JPN')).toBeCloseTo(177.4, 1);
    expect(await bn('DEU')).toBeCloseTo(153.7, 1);
    expect(await bn('KOR')).toBeCloseTo(119.6, 1);
    expect(await bn('GBR')).toBeCloseTo(97.8, 1);
  });

  it('stores the latest year where 2021 was not reported, and warns for each', async () => {
    const s = first.get(GERD)!;
    expect(await m.value('gerd_ppp_usd', 2021, 'AUS')).toBeUndefined();
    expect(await m.value('gerd_ppp_usd', 2019, 'AUS')).toBe(24_060_000_000);
    expect(await m.value('gerd_ppp_usd', 2020, 'RUS')).toBe(47_950_000_000);
    expect(s.warnings).toHaveLength(7);
    expect(s.warnings.map((w) => w.split(': ')[1])).toEqual([
      'AUS',
      'CHL',
      'COL',
      'MEX',
      'RUS',
      'SGP',
      'ZAF',
    ]);
  });

  it('imports the value added of all KTI industries in dollars', async () => {
    const s = first.get(KTI)!;
    expect(s).toMatchObject({ written: true, rowsRead: 5460, rejected: 0, inserted: 210 });
    expect(s.setAside).toEqual({
      'aggregate or non-ISO entity (no iso3)': 924,
      'other industry or ratio (all KTI industries imported)': 4326,
    });
    expect(await m.value('kti_value_added_usd', 2022, 'CHN')).toBe(3_045_410_000_000);
    expect(await m.value('kti_value_added_usd', 2022, 'USA')).toBe(2_886_486_000_000);
  });

  it('cites NCSES as a public-domain source', async () => {
    for (const id of [
      'nsf-sei-2024-articles',
      'nsf-sei-2024-patents',
      'nsf-sei-2024-gerd',
      'nsf-sei-2024-kti',
    ]) {
      const source = await m.store.sources.get(id);
      expect(source?.licence, id).toMatch(/Public domain/);
    }
  });

  it('changes nothing when the same files are imported again', async () => {
    for (const [file, s] of first) {
      const again = await importFile(m.store, { format: 'nsf-sei', file });
      expect(again).toMatchObject({
        written: true,
        inserted: 0,
        updated: 0,
        unchanged: s.inserted,
      });
    }
  });
});
