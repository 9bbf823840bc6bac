// Contract of SupplyChainRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { SupplyChain } from '../core/supply-chains/supply-chain.ts';

const CHAIN: SupplyChain = {
  code: 'mini',
  name: 'Mini chain',
  stages: [],
  inputs: [{ id: 'ga', name: 'Gallium', kind: 'material', stage: null }],
  edges: [],
  providers: [
    { kind: 'economy', id: 'CHN', name: 'China', iso3: 'CHN' },
    { kind: 'economy', id: 'JPN', name: 'Japan', iso3: 'JPN' },
  ],
  provision: [
    { provider: 'CHN', input: 'ga', sharePct: 98, year: 2024, sourceId: 's' },
    { provider: 'JPN', input: 'ga', sharePct: 2, year: 2024, sourceId: 's' },
  ],
};

forEachDatabase('supply-chain repository', (ctx) => {
  it('stores a chain, then finds every share row unchanged when it is stored again', async () => {
    const store = await ctx.open();
    expect(await store.supplyChains.save(CHAIN, '2026-11-29T10:00:00Z')).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await store.supplyChains.save(CHAIN, '2026-11-29T11:00:00Z')).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await store.supplyChains.get('mini')).toEqual(CHAIN);
  });

  it('counts a changed share as updated and a new year as inserted', async () => {
    const store = await ctx.open();
    await store.supplyChains.save(CHAIN, '2026-11-29T10:00:00Z');
    const next = {
      ...CHAIN,
      provision: [
        { ...CHAIN.provision[0]!, sharePct: 97 },
        CHAIN.provision[1]!,
        { provider: 'CHN', input: 'ga', sharePct: 99, year: 2025, sourceId: 's' },
      ],
    };
    expect(await store.supplyChains.save(next, '2026-11-29T12:00:00Z')).toEqual({
      inserted: 1,
      updated: 1,
      unchanged: 1,
    });
    const list = await store.supplyChains.list();
    expect(list).toEqual([
      {
        code: 'mini',
        name: 'Mini chain',
        stages: 0,
        inputs: 1,
        providers: 2,
        provisions: 3,
        updatedAt: '2026-11-29T12:00:00Z',
      },
    ]);
  });

  it('returns undefined for an unknown chain', async () => {
    const store = await ctx.open();
    expect(await store.supplyChains.get('nope')).toBeUndefined();
  });
});
