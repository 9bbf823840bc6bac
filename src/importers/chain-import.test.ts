// Supply-chain imports through the shared guarantees: one transaction, idempotent, bad rows reject
// the whole file (nothing written) unless skipped.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import { memoryStoreWithCountries, type MemoryStore } from '../../test/memory-store.ts';
import { importChain } from './chain-import.ts';

warnWithoutSharedData('supply-chain imports');

describe.skipIf(!hasSharedData)('supply-chain imports', () => {
  let p: MemoryStore;
  beforeAll(async () => {
    p = await memoryStoreWithCountries();
  });
  afterAll(() => p.close());

  it('imports the ETO semiconductor chain once; the second run changes nothing', async () => {
    const dir = sharedFile('semiconductors');
    const first = await importChain(p.store, { format: 'eto-supply-chain', file: dir });
    expect(first).toMatchObject({ written: true, inserted: 1300, updated: 0, rejected: 0 });
    const again = await importChain(p.store, { format: 'eto-supply-chain', file: dir });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 1300 });
    const chain = (await p.store.supplyChains.get('semiconductors'))!;
    const euv = chain.inputs.find((i) => i.name === 'EUV lithography tools')!;
    const nld = chain.providers.find((x) => x.kind === 'economy' && x.iso3 === 'NLD')!;
    const rows = chain.provision.filter((r) => r.input === euv.id && r.provider === nld.id);
    expect(rows.map((r) => r.sharePct)).toEqual([100]);
  });

  it('rejects a copy with a negative share, names file, line and field, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ta-eto-'));
    for (const f of readdirSync(sharedFile('semiconductors')).filter((n) => n.endsWith('.csv')))
      copyFileSync(sharedFile('semiconductors', f), join(dir, f));
    const lines = readFileSync(join(dir, 'provision.csv'), 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const col = header.findIndex((h) => /share/i.test(h));
    const cells = lines[1]!.split(',');
    cells[col] = '-5';
    lines[1] = cells.join(',');
    writeFileSync(join(dir, 'provision.csv'), lines.join('\n'));
    const before = await p.store.supplyChains.list();
    const r = await importChain(p.store, {
      format: 'eto-supply-chain',
      file: dir,
      options: { code: 'broken' },
    });
    expect(r.written).toBe(false);
    expect(r.issues[0]).toMatchObject({ line: 2, field: header[col] });
    expect(r.issues[0]!.file).toContain('provision.csv');
    expect(await p.store.supplyChains.list()).toEqual(before);
  });

  it('imports the USGS minerals table with China’s gallium share from the file', async () => {
    const r = await importChain(p.store, {
      format: 'minerals',
      file: sharedFile('minerals', 'usgs_mcs2026_world_production_selected.csv'),
    });
    expect(r.written).toBe(true);
    const chain = (await p.store.supplyChains.get('critical-minerals'))!;
    const ga = chain.provision.filter(
      (x) => x.input === 'gallium' && x.provider === 'CHN' && x.year === 2024,
    );
    expect(ga[0]!.sharePct).toBeCloseTo((839000 / 848000) * 100, 6);
  });

  it('names --code when it is malformed', async () => {
    await expect(
      importChain(p.store, { format: 'minerals', file: 'x.csv', options: { code: 'Bad Code' } }),
    ).rejects.toThrow("--code: 'Bad Code' must be 2–40 lower-case letters");
  });
});
