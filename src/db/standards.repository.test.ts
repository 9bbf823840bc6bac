// Contract of StandardsRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Committee } from '../core/standards/committee.ts';
import type { StoredCoordination } from '../core/standards/coordination.ts';
import { compareReferences } from '../core/standards/reference-order.ts';
import { DEFAULT_STANDARDS_TAGS } from '../core/standards/tags.ts';
import type { NewSnapshot } from './standards.repository.ts';

const TC: Committee = {
  body: 'ISO',
  reference: 'ISO/TC 2',
  externalId: '2',
  type: 'TC',
  parent: null,
  title: 'Fasteners',
  status: 'active',
  created: '1947-01-01',
  secretariat: 'DEU',
  secretariatBody: 'DIN',
  members: [
    { memberBody: 'SAC', iso3: 'CHN', role: 'O' },
    { memberBody: 'DIN', iso3: 'DEU', role: 'secretariat' },
    { memberBody: 'ANSI', iso3: 'USA', role: 'P' },
  ],
};
const SC: Committee = {
  ...TC,
  reference: 'ISO/TC 2/SC 10',
  externalId: '20',
  type: 'SC',
  parent: 'ISO/TC 2',
  title: 'Bolts',
  created: null,
  secretariat: null,
  secretariatBody: 'XYZ',
  members: [{ memberBody: 'XYZ', iso3: null, role: 'secretariat' }],
};
const TC10: Committee = { ...TC, reference: 'ISO/TC 10', externalId: '10', title: 'Drawings' };
const IEC: Committee = {
  ...TC,
  body: 'IEC',
  reference: 'IEC/TC 9',
  externalId: null,
  members: [{ memberBody: 'DIN', iso3: 'DEU', role: 'secretariat' }],
};

const meta = (file = 'iso.csv'): NewSnapshot => ({
  file,
  format: 'iso-committees',
  importedAt: '2026-12-07T10:00:00.000Z',
  snapshotDate: '2026-03-19',
});

/** Members as the repository lists them: secretariat, then P, then O. */
const ordered = (c: Committee): Committee => ({
  ...c,
  members: [...c.members].sort(
    (a, b) => ['secretariat', 'P', 'O'].indexOf(a.role) - ['secretariat', 'P', 'O'].indexOf(b.role),
  ),
});

forEachDatabase('standards repository', (ctx) => {
  it('stores a body’s committees with their members, in reference order, numbers as numbers', async () => {
    const store = await ctx.open();
    const r = await store.standards.saveSnapshot('ISO', [TC10, SC, TC], meta(), [], []);
    expect(r).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, removed: 0 });
    expect(r.snapshot).toEqual({
      id: r.snapshot.id,
      body: 'ISO',
      importedAt: '2026-12-07T10:00:00.000Z',
      file: 'iso.csv',
      format: 'iso-committees',
      snapshotDate: '2026-03-19',
      committees: 3,
      members: 7,
      changes: 0,
      alerts: 0,
    });
    expect(await store.standards.committees()).toEqual([ordered(TC), ordered(SC), ordered(TC10)]);
    expect(await store.standards.committee('ISO/TC 2/SC 10')).toEqual(SC);
    expect(await store.standards.committee('ISO/TC 99')).toBeUndefined();
  });

  it('finds every committee unchanged when the same list is stored again, and says what changed otherwise', async () => {
    const store = await ctx.open();
    await store.standards.saveSnapshot('ISO', [TC, SC, TC10], meta(), [], []);
    const again = await store.standards.saveSnapshot('ISO', [SC, TC10, TC], meta(), [], []);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, removed: 0 });
    const moved: Committee = {
      ...TC,
      members: [
        { memberBody: 'DIN', iso3: 'DEU', role: 'secretariat' },
        { memberBody: 'ANSI', iso3: 'USA', role: 'O' },
      ],
    };
    const third = await store.standards.saveSnapshot(
      'ISO',
      [moved, { ...TC10, status: 'suspended' }],
      meta('iso-2.csv'),
      [
        {
          reference: 'ISO/TC 2',
          kind: 'role-changed',
          iso3: 'USA',
          before: 'P',
          after: 'O',
          tags: ['hydrogen'],
        },
        {
          reference: 'ISO/TC 2',
          kind: 'member-left',
          iso3: 'CHN',
          before: 'O',
          after: null,
          tags: [],
        },
      ],
      [
        {
          workstream: 'standards',
          source: 'standards-snapshot',
          kind: 'member-left-strategic',
          subject: 'ISO/TC 2',
          message: 'USA no longer participates in ISO/TC 2',
          details: { iso3: 'USA', tags: ['hydrogen'] },
          createdAt: '2026-12-07T10:00:00.000Z',
        },
      ],
    );
    expect(third).toMatchObject({ inserted: 0, updated: 3, unchanged: 0, removed: 1 });
    expect(third.snapshot).toMatchObject({ committees: 2, members: 5, changes: 2, alerts: 1 });
    expect(await store.standards.committees()).toEqual([
      moved,
      { ...ordered(TC10), status: 'suspended' },
    ]);
    const snapshots = await store.standards.snapshots();
    expect(snapshots.map((s) => [s.file, s.changes])).toEqual([
      ['iso-2.csv', 2],
      ['iso.csv', 0],
      ['iso.csv', 0],
    ]);
    expect(await store.standards.changes({ snapshotId: third.snapshot.id })).toEqual([
      {
        snapshotId: third.snapshot.id,
        reference: 'ISO/TC 2',
        kind: 'role-changed',
        iso3: 'USA',
        before: 'P',
        after: 'O',
        tags: ['hydrogen'],
      },
      {
        snapshotId: third.snapshot.id,
        reference: 'ISO/TC 2',
        kind: 'member-left',
        iso3: 'CHN',
        before: 'O',
        after: null,
        tags: [],
      },
    ]);
    expect(await store.standards.changes({ reference: 'ISO/TC 10' })).toEqual([]);
    expect(await store.standards.changes({ limit: 1 })).toHaveLength(1);
    const [alert] = await store.standards.alerts('standards');
    expect(alert).toEqual({
      id: alert!.id,
      workstream: 'standards',
      source: 'standards-snapshot',
      kind: 'member-left-strategic',
      subject: 'ISO/TC 2',
      message: 'USA no longer participates in ISO/TC 2',
      details: { iso3: 'USA', tags: ['hydrogen'] },
      snapshotId: third.snapshot.id,
      createdAt: '2026-12-07T10:00:00.000Z',
      acknowledgedBy: null,
      acknowledgedAt: null,
      confidentiality: 'alliance',
    });
  });

  it('replaces only the imported body’s committees', async () => {
    const store = await ctx.open();
    await store.standards.saveSnapshot('ISO', [TC, SC], meta(), [], []);
    await store.standards.saveSnapshot(
      'IEC',
      [IEC],
      { ...meta('iec.csv'), format: 'standards-committees' },
      [],
      [],
    );
    const r = await store.standards.saveSnapshot('ISO', [TC], meta(), [], []);
    expect(r).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, removed: 1 });
    expect((await store.standards.committees()).map((c) => c.reference)).toEqual([
      'IEC/TC 9',
      'ISO/TC 2',
    ]);
    expect((await store.standards.committees('IEC')).map((c) => c.reference)).toEqual(['IEC/TC 9']);
    expect(await store.standards.committees('IEC')).toEqual([IEC]);
  });

  it('grows the data version with every write, and not with reads', async () => {
    const store = await ctx.open();
    const v0 = await store.dataVersion();
    await store.standards.saveSnapshot('ISO', [TC], meta(), [], []);
    const v1 = await store.dataVersion();
    expect(v1).toBeGreaterThan(v0);
    await store.standards.committees();
    await store.standards.tags();
    expect(await store.dataVersion()).toBe(v1);
    await store.standards.setWatch({
      coalition: 'G7',
      concern: ['CHN'],
      updatedBy: 'op',
      updatedAt: '2026-12-07T10:00:00Z',
    });
    expect(await store.dataVersion()).toBeGreaterThan(v1);
  });

  it('starts with the default tags, and saves, deletes and resets them', async () => {
    const store = await ctx.open();
    const defaults = DEFAULT_STANDARDS_TAGS.map((t) => ({
      ...t,
      committees: [...t.committees].sort(compareReferences),
    }));
    expect(await store.standards.tags()).toEqual(defaults);
    const first = DEFAULT_STANDARDS_TAGS[0]!;
    await store.standards.saveTag({ ...first, label: 'AI', committees: ['ISO/TC 2', 'ISO/TC 10'] });
    await store.standards.saveTag({
      code: 'fasteners',
      label: 'Fasteners',
      description: '',
      committees: ['ISO/TC 2'],
    });
    const tags = await store.standards.tags();
    expect(tags[0]).toEqual({ ...first, label: 'AI', committees: ['ISO/TC 2', 'ISO/TC 10'] });
    expect(tags.at(-1)).toEqual({
      code: 'fasteners',
      label: 'Fasteners',
      description: '',
      committees: ['ISO/TC 2'],
    });
    expect(await store.standards.deleteTag('fasteners')).toBe(true);
    expect(await store.standards.deleteTag('fasteners')).toBe(false);
    expect((await store.standards.tags()).map((t) => t.code)).toEqual(
      DEFAULT_STANDARDS_TAGS.map((t) => t.code),
    );
    await store.standards.resetTags(DEFAULT_STANDARDS_TAGS);
    expect(await store.standards.tags()).toEqual(defaults);
  });

  it('watches the T12 against China, Iran, North Korea and Russia until told otherwise', async () => {
    const store = await ctx.open();
    expect(await store.standards.watch()).toEqual({
      coalition: 'T12',
      concern: ['CHN', 'IRN', 'PRK', 'RUS'],
      updatedBy: null,
      updatedAt: null,
    });
    const w = {
      coalition: 'USA,JPN',
      concern: ['CHN'],
      updatedBy: 'alice',
      updatedAt: '2026-12-07T11:00:00Z',
    };
    await store.standards.setWatch(w);
    expect(await store.standards.watch()).toEqual(w);
  });

  it('keeps coordination records by committee, latest meeting first, and updates them', async () => {
    const store = await ctx.open();
    const record: StoredCoordination = {
      id: '6f1c1a1e-0000-4000-8000-000000000001',
      reference: 'ISO/IEC JTC 1/SC 42',
      meetingDate: '2027-04-12',
      meetingPlace: 'Seoul',
      attending: ['DEU', 'JPN', 'USA'],
      position: 'Support the new work item on AI risk.',
      proposalId: null,
      outcome: null,
      confidentiality: 'alliance',
      authorDelegation: 'USA',
      createdBy: 'alice',
      createdAt: '2026-12-07T10:00:00Z',
      updatedBy: 'alice',
      updatedAt: '2026-12-07T10:00:00Z',
    };
    const earlier: StoredCoordination = {
      ...record,
      id: '6f1c1a1e-0000-4000-8000-000000000002',
      meetingDate: '2026-10-01',
      meetingPlace: null,
      attending: [],
      confidentiality: 'members',
      authorDelegation: null,
    };
    await store.standards.addCoordination(earlier);
    await store.standards.addCoordination(record);
    expect(await store.standards.coordination('ISO/IEC JTC 1/SC 42')).toEqual([record, earlier]);
    expect(await store.standards.coordination('ISO/TC 2')).toEqual([]);
    const done = {
      ...earlier,
      outcome: 'Adopted.',
      proposalId: 'p-1',
      updatedBy: 'bob',
      updatedAt: '2026-12-08T09:00:00Z',
    };
    expect(await store.standards.updateCoordination(done)).toBe(true);
    expect(await store.standards.coordinationRecord(earlier.id)).toEqual(done);
    expect(await store.standards.coordinationRecord('nope')).toBeUndefined();
    expect(await store.standards.updateCoordination({ ...done, id: 'nope' })).toBe(false);
  });

  it('lists a workstream’s alerts newest first and keeps the first acknowledgement', async () => {
    const store = await ctx.open();
    const alert = (subject: string, workstream = 'standards') => ({
      workstream,
      source: 'standards-snapshot',
      kind: 'concern-secretariat',
      subject,
      message: `CHN took ${subject}`,
      details: { iso3: 'CHN' },
      createdAt: '2026-12-07T10:00:00Z',
    });
    const a = await store.standards.addAlert(alert('ISO/TC 1'));
    const b = await store.standards.addAlert(alert('ISO/TC 2'));
    await store.standards.addAlert(alert('chip', 'semiconductors'));
    expect((await store.standards.alerts('standards')).map((x) => x.subject)).toEqual([
      'ISO/TC 2',
      'ISO/TC 1',
    ]);
    expect(await store.standards.alerts('standards', { limit: 1 })).toHaveLength(1);
    const acked = await store.standards.acknowledgeAlert(a, 'alice', '2026-12-07T12:00:00Z');
    expect(acked).toMatchObject({
      id: a,
      acknowledgedBy: 'alice',
      acknowledgedAt: '2026-12-07T12:00:00Z',
    });
    expect(await store.standards.acknowledgeAlert(a, 'bob', '2026-12-07T13:00:00Z')).toMatchObject({
      acknowledgedBy: 'alice',
    });
    expect(
      (await store.standards.alerts('standards', { unacknowledged: true })).map((x) => x.id),
    ).toEqual([b]);
    expect(await store.standards.acknowledgeAlert(9999, 'bob', 'x')).toBeUndefined();
  });
});
