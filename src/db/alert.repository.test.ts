// Contract of WorkstreamAlertRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { NewWorkstreamAlert } from './alert.repository.ts';

const alert = (subject: string, over: Partial<NewWorkstreamAlert> = {}): NewWorkstreamAlert => ({
  workstream: 'standards',
  source: 'standards-snapshot',
  kind: 'concern-secretariat',
  subject,
  message: `CHN took ${subject}`,
  details: { iso3: 'CHN', tags: ['ai'] },
  createdAt: '2026-12-07T10:00:00Z',
  ...over,
});

forEachDatabase('workstream alert repository', (ctx) => {
  it('stores an alert with its confidentiality, alliance unless given', async () => {
    const store = await ctx.open();
    const a = await store.alerts.add(alert('ISO/TC 1'));
    const b = await store.alerts.add(
      alert('divergence 4', { source: 'divergences', confidentiality: 'members' }),
    );
    expect(await store.alerts.get(a)).toEqual({
      id: a,
      workstream: 'standards',
      source: 'standards-snapshot',
      kind: 'concern-secretariat',
      subject: 'ISO/TC 1',
      message: 'CHN took ISO/TC 1',
      details: { iso3: 'CHN', tags: ['ai'] },
      snapshotId: null,
      createdAt: '2026-12-07T10:00:00Z',
      acknowledgedBy: null,
      acknowledgedAt: null,
      confidentiality: 'alliance',
    });
    expect(await store.alerts.get(b)).toMatchObject({
      source: 'divergences',
      confidentiality: 'members',
    });
    expect(await store.alerts.get(9999)).toBeUndefined();
  });

  it('lists alerts newest first, by workstreams, source and acknowledgement, at most `limit`', async () => {
    const store = await ctx.open();
    const s1 = await store.alerts.add(alert('ISO/TC 1'));
    const x1 = await store.alerts.add(
      alert('3A090', { workstream: 'export-controls', source: 'divergences' }),
    );
    const s2 = await store.alerts.add(alert('ISO/TC 2', { source: 'divergences' }));
    const r1 = await store.alerts.add(alert('entity', { workstream: 'screening' }));
    const ids = async (f: Parameters<typeof store.alerts.list>[0]) =>
      (await store.alerts.list(f)).map((a) => a.id);
    expect(await ids({})).toEqual([r1, s2, x1, s1]);
    expect(await ids({ workstreams: ['standards'] })).toEqual([s2, s1]);
    expect(await ids({ workstreams: ['standards', 'export-controls'] })).toEqual([s2, x1, s1]);
    expect(await ids({ workstreams: [] })).toEqual([]);
    expect(await ids({ source: 'divergences' })).toEqual([s2, x1]);
    expect(await ids({ workstreams: ['standards'], source: 'divergences' })).toEqual([s2]);
    expect(await ids({ limit: 2 })).toEqual([r1, s2]);
    await store.alerts.acknowledge(s2, 'alice', '2026-12-07T12:00:00Z');
    expect(await ids({ unacknowledged: true })).toEqual([r1, x1, s1]);
    expect(await ids({ unacknowledged: false })).toEqual([r1, s2, x1, s1]);
  });

  it('keeps the first acknowledgement', async () => {
    const store = await ctx.open();
    const a = await store.alerts.add(alert('ISO/TC 1'));
    expect(await store.alerts.acknowledge(a, 'alice', '2026-12-07T12:00:00Z')).toMatchObject({
      id: a,
      acknowledgedBy: 'alice',
      acknowledgedAt: '2026-12-07T12:00:00Z',
    });
    expect(await store.alerts.acknowledge(a, 'bob', '2026-12-07T13:00:00Z')).toMatchObject({
      acknowledgedBy: 'alice',
      acknowledgedAt: '2026-12-07T12:00:00Z',
    });
    expect(await store.alerts.acknowledge(9999, 'bob', 'x')).toBeUndefined();
  });

  it('is what the standards repository’s alert methods read and write', async () => {
    const store = await ctx.open();
    const a = await store.standards.addAlert(alert('ISO/TC 1'));
    await store.alerts.add(alert('chip', { workstream: 'semiconductors' }));
    expect(await store.alerts.get(a)).toMatchObject({ subject: 'ISO/TC 1' });
    await store.alerts.acknowledge(a, 'alice', 't');
    expect(await store.standards.alerts('standards')).toEqual([await store.alerts.get(a)]);
  });
});
