// Contract of ImportRunRepository and of Store.transaction, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { ImportRun } from '../core/imports/import-report.ts';

const run = (format: string, over: Partial<ImportRun> = {}): ImportRun => ({
  format,
  file: `../shared/data/${format}.csv`,
  finishedAt: '2026-05-15T10:00:00.000Z',
  rowsRead: 17_976,
  inserted: 16_000,
  updated: 12,
  unchanged: 1_900,
  rejected: 3,
  setAside: 61,
  ...over,
});

const SOURCE = {
  id: 's',
  citation: 'c',
  publisher: 'p',
  licence: 'CC0',
  url: null,
  date: null,
  notes: null,
};

forEachDatabase('import-run repository', (ctx) => {
  it('lists no runs on a new database', async () => {
    const store = await ctx.open();
    expect(await store.importRuns.list()).toEqual([]);
  });

  it('lists recorded runs in the order they were recorded, every count as written', async () => {
    const store = await ctx.open();
    const runs = [
      run('countries', { rejected: 0, setAside: 0 }),
      run('worldbank'),
      run('countries', { inserted: 0 }),
    ];
    for (const r of runs) await store.importRuns.record(r);
    expect(await store.importRuns.list()).toEqual(runs);
  });

  it('commits everything a transaction writes when its work resolves', async () => {
    const store = await ctx.open();
    const result = await store.transaction(async (tx) => {
      await tx.sources.upsert([SOURCE]);
      await tx.importRuns.record(run('countries'));
      return 'done';
    });
    expect(result).toBe('done');
    expect(await store.sources.list()).toEqual([SOURCE]);
    expect(await store.importRuns.list()).toHaveLength(1);
  });

  it('leaves nothing written when a transaction throws', async () => {
    const store = await ctx.open();
    await expect(
      store.transaction(async (tx) => {
        await tx.sources.upsert([SOURCE]);
        await tx.economies.upsertMany([
          {
            iso3: 'DEU',
            iso2: 'DE',
            isoNumeric: '276',
            name: 'Germany',
            officialName: null,
            region: 'Europe',
            subregion: null,
            incomeCode: 'H',
            independence: 'Yes',
          },
        ]);
        await tx.importRuns.record(run('countries'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.sources.list()).toEqual([]);
    expect(await store.economies.count()).toBe(0);
    expect(await store.importRuns.list()).toEqual([]);
  });

  it('leaves nothing written when a statement inside a transaction fails', async () => {
    const store = await ctx.open();
    await store.sources.upsert([SOURCE]);
    await expect(
      store.transaction(async (tx) => {
        await tx.importRuns.record(run('worldbank'));
        // An unknown economy breaks the foreign key: the run recorded above must go too.
        await tx.indicators.syncCatalogue([
          {
            code: 'gdp_usd',
            name: 'GDP',
            unit: 'US$',
            description: 'd',
            higherIsBetter: true,
            category: 'economy',
          },
        ]);
        await tx.indicators.upsertValues([
          { iso3: 'XXX', indicatorCode: 'gdp_usd', year: 2020, value: 1, sourceId: 's' },
        ]);
      }),
    ).rejects.toThrow();
    expect(await store.importRuns.list()).toEqual([]);
    expect(await store.indicators.get('gdp_usd')).toBeUndefined();
  });
});
