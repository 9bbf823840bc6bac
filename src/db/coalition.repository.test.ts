// Contract of CoalitionRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Coalition } from '../core/coalitions/coalition.ts';

const T3: Coalition = {
  code: 'T3',
  name: 'Three techno-democracies',
  description: 'A test coalition.',
  origin: 'custom',
  participants: [
    { code: 'USA', name: 'United States', kind: 'economy', tier: 'member' },
    { code: 'EU', name: 'European Union', kind: 'supranational', tier: 'member' },
    { code: 'IND', name: 'India', kind: 'economy', tier: 'partner' },
    { code: 'OECD', name: 'OECD', kind: 'organisation', tier: 'observer' },
  ],
  workstreams: [
    { code: 'export_controls', name: 'Export controls', tiers: ['member'], participants: null },
    { code: 'ai', name: 'AI safety', tiers: ['member', 'partner'], participants: ['USA', 'IND'] },
    { code: 'empty', name: 'Nobody yet', tiers: ['member'], participants: [] },
  ],
};

forEachDatabase('coalition repository', (ctx) => {
  it('saves a coalition and reads it back with participants in the order given', async () => {
    const store = await ctx.open();
    expect(await store.coalitions.save(T3, '2026-11-29T10:00:00.000Z')).toBe('created');
    expect(await store.coalitions.get('T3')).toEqual({
      ...T3,
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T10:00:00.000Z',
    });
  });

  it('replaces the participant list on a second save and keeps the creation time', async () => {
    const store = await ctx.open();
    await store.coalitions.save(T3, '2026-11-29T10:00:00.000Z');
    const edited = {
      ...T3,
      name: 'Renamed',
      participants: T3.participants.slice(1, 2),
      workstreams: T3.workstreams!.slice(0, 1),
    };
    expect(await store.coalitions.save(edited, '2026-11-30T10:00:00.000Z')).toBe('updated');
    const got = await store.coalitions.get('T3');
    expect(got).toMatchObject({
      name: 'Renamed',
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-30T10:00:00.000Z',
    });
    expect(got!.participants.map((p) => p.code)).toEqual(['EU']);
    expect(got!.workstreams!.map((w) => w.code)).toEqual(['export_controls']);
  });

  it('lists coalitions by code, each with its own participants', async () => {
    const store = await ctx.open();
    await store.coalitions.save(
      { ...T3, code: 'ZED', participants: [] },
      '2026-11-29T10:00:00.000Z',
    );
    await store.coalitions.save(T3, '2026-11-29T10:00:00.000Z');
    const list = await store.coalitions.list();
    expect(list.map((c) => [c.code, c.participants.length])).toEqual([
      ['T3', 4],
      ['ZED', 0],
    ]);
  });

  it('deletes a coalition with its participants, and says when there was none', async () => {
    const store = await ctx.open();
    await store.coalitions.save(T3, '2026-11-29T10:00:00.000Z');
    expect(await store.coalitions.delete('T3')).toBe(true);
    expect(await store.coalitions.get('T3')).toBeUndefined();
    expect(await store.coalitions.delete('T3')).toBe(false);
    await store.coalitions.save(T3, '2026-11-29T11:00:00.000Z');
    expect((await store.coalitions.get('T3'))!.participants).toHaveLength(4);
  });
});
