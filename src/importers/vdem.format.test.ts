import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStoreWithCountries, type MemoryStore } from '../../test/memory-store.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { importFile } from './import-runner.ts';
import { vdemFormat } from './vdem.format.ts';

warnWithoutSharedData('vdem format tests on real data');

const V14 = sharedFile('democracy', 'vdem_v14_core_indices_2000_2023.csv');
const ERT = sharedFile('democracy', 'vdem_ert_v15_regime_polyarchy_2000_2024.csv');

/** Regimes of the World counts: closed autocracy, electoral autocracy, electoral, liberal democracy. */
const regimeCounts = (values: Map<string, number>): number[] =>
  [0, 1, 2, 3].map((r) => [...values.values()].filter((v) => v === r).length);

describe('vdem format', () => {
  it('sets V-Dem units that are not ISO 3166 economies aside', () => {
    for (const code of ['SML', 'ZZB', 'PSG'])
      expect(
        vdemFormat.parseRow(
          { country_text_id: code, year: '2023', v2x_regime: '1', v2x_polyarchy: '0.3' },
          {},
          ['country_text_id', 'year', 'v2x_regime', 'v2x_polyarchy', 'reg_type'],
        ),
      ).toEqual({ kind: 'aside', reason: 'not an ISO 3166 economy' });
  });

  it('reports a non-numeric index naming its column', () => {
    const r = vdemFormat.parseRow(
      {
        country_text_id: 'DNK',
        year: '2024',
        v2x_regime: 'three',
        v2x_polyarchy: '0.9',
        reg_type: '1',
      },
      {},
      ['country_text_id', 'year', 'v2x_regime', 'v2x_polyarchy', 'reg_type'],
    );
    expect(r).toMatchObject({ kind: 'bad', issues: [{ field: 'v2x_regime', value: 'three' }] });
  });
});

describe.skipIf(!hasSharedData)('vdem format on the real data', () => {
  let m: MemoryStore;
  let v14: ImportSummary;
  let ert: ImportSummary;

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    v14 = await importFile(m.store, { format: 'vdem', file: V14 });
  });
  afterAll(() => m.close());

  it('imports the seven v14 indices and sets Somaliland, Zanzibar and Gaza aside', () => {
    expect(v14).toMatchObject({ written: true, rowsRead: 4278, rejected: 0 });
    expect(v14.setAside).toEqual({ 'not an ISO 3166 economy': 65 });
    expect(v14.inserted).toBe(29_455);
  });

  it('ranks the liberal democracies of 2023 as the Democracy Report 2024 does', async () => {
    const ranked = [...(await m.valuesOf('vdem_libdem', 2023))].sort((a, b) => b[1] - a[1]);
    expect(ranked.slice(0, 5)).toEqual([
      ['DNK', 0.883],
      ['SWE', 0.852],
      ['EST', 0.845],
      ['CHE', 0.844],
      ['NOR', 0.836],
    ]);
  });

  it('counts 2023 regimes as V-Dem does, less the three units set aside', async () => {
    // V-Dem: 33 / 55 / 59 / 32 with Gaza (closed autocracy), Somaliland and Zanzibar (electoral autocracies).
    expect(regimeCounts(await m.valuesOf('vdem_regime', 2023))).toEqual([32, 53, 59, 32]);
  });

  it('keeps Palestine (PSE) and Kosovo (XKX) and cites V-Dem v14', async () => {
    expect(await m.value('vdem_academic_freedom', 2023, 'PSE')).toBeTypeOf('number');
    expect(await m.value('vdem_rule_of_law', 2023, 'XKX')).toBeTypeOf('number');
    const [v] = await m.store.indicators.values({
      code: 'vdem_libdem',
      year: 2023,
      economies: ['DNK'],
    });
    expect(v?.sourceId).toBe('vdem-v14');
    expect((await m.store.sources.get('vdem-v14'))?.licence).toBe('CC BY-SA 4.0');
  });

  it('changes nothing when the v14 file is imported again', async () => {
    const again = await importFile(m.store, { format: 'vdem', file: V14 });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, rejected: 0 });
    expect(again.unchanged).toBe(v14.inserted);
  });

  it('reads the ERT file by its header: v15 regimes and polyarchy to 2024, replacing v14 where both give a year', async () => {
    ert = await importFile(m.store, { format: 'vdem', file: ERT });
    expect(ert).toMatchObject({ written: true, rowsRead: 4457, rejected: 0 });
    expect(ert.setAside).toEqual({ 'not an ISO 3166 economy': 68 });
    // 176 economies × 2 indices new for 2024; 2000–2023 values now cite v15.
    expect(ert.inserted).toBe(352);
    expect(ert.updated).toBe(8426);
    // V-Dem: 35 / 56 / 59 / 29 with Gaza, Somaliland and Zanzibar.
    expect(regimeCounts(await m.valuesOf('vdem_regime', 2024))).toEqual([34, 54, 59, 29]);
    expect(await m.value('vdem_polyarchy', 2024, 'DNK')).toBe(0.916);
    const [v] = await m.store.indicators.values({
      code: 'vdem_polyarchy',
      year: 2010,
      economies: ['DNK'],
    });
    expect(v?.sourceId).toBe('vdem-v15-ert');
    expect(await m.value('vdem_libdem', 2024, 'DNK')).toBeUndefined();
  });

  it('changes nothing when the ERT file is imported again', async () => {
    const again = await importFile(m.store, { format: 'vdem', file: ERT });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, rejected: 0 });
    expect(again.unchanged).toBe(ert.inserted + ert.updated);
  });
});
