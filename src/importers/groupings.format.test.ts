import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStoreWithCountries, type MemoryStore } from '../../test/memory-store.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { GroupingWithMembers } from '../core/groupings/grouping.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { groupingsFormat } from './groupings.format.ts';
import { importFile } from './import-runner.ts';

warnWithoutSharedData('groupings format tests on real data');

const MEMBERSHIPS = sharedFile('groupings', 'group_memberships.csv');
const COLUMNS = [
  'group_id',
  'group_name',
  'group_kind',
  'member_iso3',
  'member_name',
  'member_type',
  'status',
  'as_of',
  'sources',
  'notes',
];
const row = (over: Record<string, string> = {}): Record<string, string> => ({
  group_id: 'G7',
  group_name: 'Group of Seven',
  group_kind: 'forum',
  member_iso3: 'CAN',
  member_name: 'Canada',
  member_type: 'country',
  status: 'member',
  as_of: '',
  sources: 'https://a.example | https://b.example',
  notes: '',
  ...over,
});

describe('groupings format', () => {
  it('turns a row into a member with its status and source pages', () => {
    expect(groupingsFormat.parseRow(row(), {}, COLUMNS)).toEqual({
      kind: 'items',
      economyField: 'member_iso3',
      members: [
        {
          group: {
            code: 'G7',
            name: 'Group of Seven',
            kind: 'forum',
            sourceId: 'compiled-group-memberships',
          },
          member: {
            code: 'CAN',
            name: 'Canada',
            kind: 'economy',
            status: 'member',
            asOf: null,
            sourceUrls: ['https://a.example', 'https://b.example'],
            notes: null,
          },
        },
      ],
    });
  });

  it('reads the EU as a supranational member, not an economy', () => {
    const r = groupingsFormat.parseRow(
      row({ member_iso3: 'EU', member_name: 'European Union', member_type: 'supranational' }),
      {},
      COLUMNS,
    );
    expect(r).toMatchObject({
      kind: 'items',
      members: [{ member: { code: 'EU', kind: 'supranational' } }],
    });
  });

  it('reports an unknown supranational body and a malformed country code naming member_iso3', () => {
    for (const over of [
      { member_iso3: 'ASEAN', member_type: 'supranational' },
      { member_iso3: 'Canada', member_type: 'country' },
    ])
      expect(groupingsFormat.parseRow(row(over), {}, COLUMNS)).toMatchObject({
        kind: 'bad',
        issues: [{ field: 'member_iso3', value: over.member_iso3 }],
      });
  });

  it('reports a member type other than country or supranational', () => {
    expect(groupingsFormat.parseRow(row({ member_type: 'city' }), {}, COLUMNS)).toMatchObject({
      kind: 'bad',
      issues: [{ field: 'member_type' }],
    });
  });
});

describe.skipIf(!hasSharedData)('groupings format on the real data', () => {
  let m: MemoryStore;
  let s: ImportSummary;
  const group = async (code: string): Promise<GroupingWithMembers> =>
    (await m.store.groupings.get(code))!;
  const economies = (g: GroupingWithMembers) => g.members.filter((x) => x.kind === 'economy');
  const supranational = (g: GroupingWithMembers) =>
    g.members.filter((x) => x.kind === 'supranational').map((x) => x.code);

  beforeAll(async () => {
    m = await memoryStoreWithCountries();
    s = await importFile(m.store, { format: 'groupings', file: MEMBERSHIPS });
  });
  afterAll(() => m.close());

  it('imports every membership of the sixteen groupings', async () => {
    expect(s).toMatchObject({ written: true, rowsRead: 378, rejected: 0, inserted: 378 });
    expect(s.setAside).toEqual({});
    expect((await m.store.groupings.list()).map((g) => g.code)).toEqual([
      'AUSTRALIA_GROUP',
      'D10',
      'EU',
      'FIVE_EYES',
      'G20',
      'G7',
      'GPAI',
      'MTCR',
      'NATO',
      'NSG',
      'OECD',
      'OECD_KEY_PARTNERS',
      'QUAD',
      'T12',
      'US_EU_TTC',
      'WASSENAAR',
    ]);
  });

  it('has the G7 as seven economies with the EU as a supranational member', async () => {
    const g7 = await group('G7');
    expect(
      economies(g7)
        .map((x) => x.code)
        .sort(),
    ).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
    expect(supranational(g7)).toEqual(['EU']);
    expect(g7.members.find((x) => x.code === 'EU')?.status).toBe('non-enumerated member');
  });

  it('counts members as the provenance notes do', async () => {
    const counts = async (code: string) => {
      const g = await group(code);
      return [economies(g).length, supranational(g).sort()];
    };
    expect(await counts('GPAI')).toEqual([44, ['EU']]);
    expect(await counts('G20')).toEqual([19, ['AU', 'EU']]);
    expect(await counts('OECD')).toEqual([38, []]);
    expect(await counts('EU')).toEqual([27, []]);
    expect(await counts('NATO')).toEqual([32, []]);
    expect(await counts('WASSENAAR')).toEqual([42, []]);
    expect(await counts('AUSTRALIA_GROUP')).toEqual([42, ['EU']]);
    expect(await counts('MTCR')).toEqual([35, []]);
    expect(await counts('NSG')).toEqual([48, []]);
    expect(await counts('QUAD')).toEqual([4, []]);
    expect(await counts('US_EU_TTC')).toEqual([1, ['EU']]);
  });

  it('keeps the group kind as given, and each member’s status, source pages and notes', async () => {
    const ttc = await group('US_EU_TTC');
    expect(ttc.kind).toBe('bilateral council');
    const t12 = await group('T12');
    expect(t12.members.every((x) => x.status.startsWith('proposed'))).toBe(true);
    expect(t12.members[0]?.notes).toMatch(/UNVERIFIED MEMBER LIST/);
    const canada = (await group('G7')).members.find((x) => x.code === 'CAN')!;
    expect(canada.sourceUrls).toHaveLength(3);
    expect(canada.sourceUrls[0]).toBe('https://currentaffairs.chinmayaias.com/g7-countries/');
  });

  it('changes nothing when the same file is imported again', async () => {
    const again = await importFile(m.store, { format: 'groupings', file: MEMBERSHIPS });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0, unchanged: 378 });
  });
});
