// Contract of SourceRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Source } from '../core/sources/source.ts';

const WB: Source = {
  id: 'wb-wdi-gdp_usd',
  citation: 'World Bank, World Development Indicators: GDP (current US$) (NY.GDP.MKTP.CD)',
  publisher: 'World Bank',
  licence: 'CC BY 4.0',
  url: 'https://data.worldbank.org/indicator/NY.GDP.MKTP.CD',
  date: '2026-02-24',
  notes: null,
};

const FH: Source = {
  id: 'fh-fiw-2024',
  citation: 'Freedom House, Freedom in the World 2024',
  publisher: 'Freedom House',
  licence: 'all rights reserved; user import only',
  url: null,
  date: null,
  notes: 'Edition N covers year N−1.',
};

forEachDatabase('source repository', (ctx) => {
  it('inserts new sources, then finds them unchanged when written again', async () => {
    const store = await ctx.open();
    expect(await store.sources.upsert([WB, FH])).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    expect(await store.sources.upsert([WB, FH])).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('finds a source unchanged whatever the order of its fields', async () => {
    const store = await ctx.open();
    await store.sources.upsert([WB]);
    const { notes, date, ...rest } = WB;
    expect(await store.sources.upsert([{ notes, date, ...rest }])).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 1,
    });
  });

  it('counts a changed citation or a field set to null as updated and stores it', async () => {
    const store = await ctx.open();
    await store.sources.upsert([WB, FH]);
    const wb = { ...WB, citation: 'World Bank WDI', date: null };
    expect(await store.sources.upsert([wb, FH])).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    expect(await store.sources.get(WB.id)).toEqual(wb);
  });

  it('returns a source with every field as written, and undefined for an unknown id', async () => {
    const store = await ctx.open();
    await store.sources.upsert([WB, FH]);
    expect(await store.sources.get(FH.id)).toEqual(FH);
    expect(await store.sources.get('nope')).toBeUndefined();
  });

  it('lists sources ordered by id', async () => {
    const store = await ctx.open();
    expect(await store.sources.list()).toEqual([]);
    await store.sources.upsert([WB, FH]);
    expect(await store.sources.list()).toEqual([FH, WB]);
  });

  it('gets several sources once each, ignoring unknown ids', async () => {
    const store = await ctx.open();
    await store.sources.upsert([WB, FH]);
    expect(await store.sources.getMany([WB.id, 'nope', FH.id, WB.id])).toEqual([FH, WB]);
    expect(await store.sources.getMany([])).toEqual([]);
  });
});
