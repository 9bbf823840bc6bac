// Contract of GroupingRepository (groupings and their members), on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { GroupMember, GroupingWithMembers, MemberKind } from '../core/groupings/grouping.ts';
import type { Store } from './store.ts';

const member = (
  code: string,
  name: string,
  kind: MemberKind = 'economy',
  over: Partial<GroupMember> = {},
): GroupMember => ({
  code,
  name,
  kind,
  status: 'member',
  asOf: '2024-06-01',
  sourceUrls: [`https://example.org/${code.toLowerCase()}`],
  notes: null,
  ...over,
});

const G7: GroupingWithMembers = {
  code: 'G7',
  name: 'Group of Seven',
  kind: 'forum',
  sourceId: 'groupings',
  members: [
    member('USA', 'United States'),
    member('CAN', 'Canada', 'economy', { sourceUrls: [] }),
    member('FRA', 'France', 'economy', {
      sourceUrls: ['https://a.example', 'https://b.example'],
      notes: 'founding',
    }),
    member('JPN', 'Japan', 'economy', { asOf: null }),
    member('EU', 'European Union', 'supranational', { status: 'non-enumerated member' }),
  ],
};

const QUAD: GroupingWithMembers = {
  code: 'QUAD',
  name: 'Quadrilateral Security Dialogue',
  kind: 'partnership',
  sourceId: 'groupings',
  members: [member('USA', 'United States'), member('JPN', 'Japan')],
};

async function seed(store: Store): Promise<void> {
  await store.sources.upsert([
    {
      id: 'groupings',
      citation: 'Compiled groupings',
      publisher: 'techalliance',
      licence: 'CC BY 4.0',
      url: null,
      date: null,
      notes: null,
    },
  ]);
  await store.economies.upsertMany(
    ['USA', 'CAN', 'FRA', 'JPN'].map((iso3) => ({
      iso3,
      iso2: null,
      isoNumeric: null,
      name: iso3,
      officialName: null,
      region: null,
      subregion: null,
      incomeCode: null,
      independence: null,
    })),
  );
}

const codes = (g: GroupingWithMembers | undefined): string[] =>
  (g?.members ?? []).map((m) => m.code);

forEachDatabase('grouping repository', (ctx) => {
  it('inserts groupings and counts each member as inserted', async () => {
    const store = await ctx.open();
    await seed(store);
    expect(await store.groupings.upsertMany([G7, QUAD])).toEqual({
      inserted: 7,
      updated: 0,
      unchanged: 0,
    });
  });

  it('changes nothing when the same groupings are written again', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([G7, QUAD]);
    expect(await store.groupings.upsertMany([G7, QUAD])).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 7,
    });
  });

  it('returns members with every field, supranational bodies first, then by name', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([G7]);
    const g = await store.groupings.get('G7');
    expect(codes(g)).toEqual(['EU', 'CAN', 'FRA', 'JPN', 'USA']);
    expect(g).toEqual({
      ...G7,
      members: [G7.members[4], G7.members[1], G7.members[2], G7.members[3], G7.members[0]],
    });
  });

  it('returns undefined for an unknown grouping', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([G7]);
    expect(await store.groupings.get('G8')).toBeUndefined();
  });

  it('replaces the member list: a member no longer listed is removed, a changed one updated', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([G7]);
    const next: GroupingWithMembers = {
      ...G7,
      members: G7.members
        .filter((m) => m.code !== 'CAN')
        .map((m) => (m.code === 'FRA' ? { ...m, status: 'founding member' } : m)),
    };
    expect(await store.groupings.upsertMany([next])).toEqual({
      inserted: 0,
      updated: 2,
      unchanged: 3,
    });
    const g = await store.groupings.get('G7');
    expect(codes(g)).toEqual(['EU', 'FRA', 'JPN', 'USA']);
    expect(g?.members.find((m) => m.code === 'FRA')?.status).toBe('founding member');
    expect(await store.groupings.membershipsOf('CAN')).toEqual([]);
  });

  it('keeps supranational members, which need no stored economy', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([G7]);
    await store.groupings.upsertMany([G7]);
    const eu = (await store.groupings.get('G7'))?.members.find((m) => m.kind === 'supranational');
    expect(eu).toEqual(G7.members[4]);
    expect(await store.economies.get('EU')).toBeUndefined();
  });

  it('leaves a grouping alone when a later write does not mention it', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([G7, QUAD]);
    await store.groupings.upsertMany([{ ...G7, members: [] }]);
    expect(codes(await store.groupings.get('QUAD'))).toEqual(['JPN', 'USA']);
    expect(codes(await store.groupings.get('G7'))).toEqual([]);
  });

  it('stores a renamed grouping', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([QUAD]);
    await store.groupings.upsertMany([{ ...QUAD, name: 'The Quad', kind: 'forum' }]);
    expect(await store.groupings.get('QUAD')).toMatchObject({ name: 'The Quad', kind: 'forum' });
  });

  it('lists groupings by code with their member counts, empty ones included', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([
      QUAD,
      G7,
      { code: 'D10', name: 'D-10', kind: 'proposal', sourceId: 'groupings', members: [] },
    ]);
    expect(await store.groupings.list()).toEqual([
      { code: 'D10', name: 'D-10', kind: 'proposal', sourceId: 'groupings', memberCount: 0 },
      { code: 'G7', name: 'Group of Seven', kind: 'forum', sourceId: 'groupings', memberCount: 5 },
      {
        code: 'QUAD',
        name: 'Quadrilateral Security Dialogue',
        kind: 'partnership',
        sourceId: 'groupings',
        memberCount: 2,
      },
    ]);
  });

  it('gives the groupings a member belongs to directly, ordered by code', async () => {
    const store = await ctx.open();
    await seed(store);
    await store.groupings.upsertMany([QUAD, G7]);
    expect(await store.groupings.membershipsOf('JPN')).toEqual([
      { groupCode: 'G7', groupName: 'Group of Seven', status: 'member' },
      { groupCode: 'QUAD', groupName: 'Quadrilateral Security Dialogue', status: 'member' },
    ]);
    expect(await store.groupings.membershipsOf('EU')).toEqual([
      { groupCode: 'G7', groupName: 'Group of Seven', status: 'non-enumerated member' },
    ]);
    expect(await store.groupings.membershipsOf('XXX')).toEqual([]);
  });

  it('rejects a grouping whose source is not stored, writing nothing', async () => {
    const store = await ctx.open();
    await seed(store);
    await expect(
      store.transaction((tx) => tx.groupings.upsertMany([{ ...QUAD, sourceId: 'missing' }])),
    ).rejects.toThrow();
    expect(await store.groupings.list()).toEqual([]);
  });
});
