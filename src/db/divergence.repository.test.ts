// Contract of DivergenceRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { DivergenceEvent, StoredDivergence } from '../core/divergences/divergence.ts';

const UNILATERAL: Omit<StoredDivergence, 'id'> = {
  source: 'control-lists',
  key: 'unilateral:us-ccl-2026:3A090',
  kind: 'unilateral-control',
  workstream: 'export-controls',
  title: '3A090 controlled by the United States alone',
  summary: 'The US controls advanced computing chips (3A090); no other member lists them.',
  members: ['JPN', 'NLD', 'USA'],
  severity: 0.75,
  measure: 12,
  evidence: [
    { label: 'US CCL 2026', detail: '3A090.a', link: '#/control-lists/us-ccl-2026?code=3A090' },
    { label: 'Wassenaar 2025', detail: 'not listed', link: null },
  ],
  link: '#/control-lists/unilateral?list=us-ccl-2026',
  apiLink: '/api/v1/control-lists/unilateral?list=us-ccl-2026',
  confidentiality: 'public',
  state: 'open',
  proposalId: null,
  stateBy: null,
  stateAt: null,
  stateNote: '',
  detected: true,
  change: 'new',
  previousMeasure: null,
  firstSeen: '2026-12-01T00:00:00Z',
  lastSeen: '2026-12-01T00:00:00Z',
  changedAt: '2026-12-01T00:00:00Z',
};
const LISTED: Omit<StoredDivergence, 'id'> = {
  ...UNILATERAL,
  source: 'restricted-parties',
  key: 'listed:dod-1260h:EU',
  kind: 'listed-by-one',
  workstream: 'screening',
  members: ['EU', 'USA'],
  severity: 0.5,
  measure: 40,
  evidence: [],
  apiLink: null,
  confidentiality: 'alliance',
};
const POSITIONS: Omit<StoredDivergence, 'id'> = {
  ...UNILATERAL,
  source: 'positions',
  key: 'differ:ai-chip-controls',
  kind: 'positions-differ',
  severity: 0.75,
  confidentiality: 'members',
};

forEachDatabase('divergence repository', (ctx) => {
  it('stores divergences and reads them back, most severe first', async () => {
    const store = await ctx.open();
    const listed = await store.divergences.insert(LISTED);
    const unilateral = await store.divergences.insert(UNILATERAL);
    const positions = await store.divergences.insert(POSITIONS);
    expect(new Set([listed, unilateral, positions]).size).toBe(3);
    expect(await store.divergences.get(unilateral)).toEqual({ ...UNILATERAL, id: unilateral });
    expect(await store.divergences.get(9999)).toBeUndefined();
    // Equal severities in id order.
    expect((await store.divergences.all()).map((d) => d.id)).toEqual([
      unilateral,
      positions,
      listed,
    ]);
    expect(await store.divergences.bySource('restricted-parties')).toEqual([
      { ...LISTED, id: listed },
    ]);
    expect(await store.divergences.bySource('standards')).toEqual([]);
  });

  it('refuses a second divergence with the same source and key', async () => {
    const store = await ctx.open();
    await store.divergences.insert(UNILATERAL);
    await expect(store.divergences.insert({ ...UNILATERAL, title: 'again' })).rejects.toThrow();
    // The same key from another source is another divergence.
    await store.divergences.insert({ ...UNILATERAL, source: 'standards' });
    expect(await store.divergences.all()).toHaveLength(2);
  });

  it('filters by source, state, workstream and whether the last recomputation found it', async () => {
    const store = await ctx.open();
    const u = await store.divergences.insert(UNILATERAL);
    const l = await store.divergences.insert({ ...LISTED, detected: false, change: 'closed' });
    const p = await store.divergences.insert({
      ...POSITIONS,
      state: 'under_discussion',
      proposalId: 'prop-1',
    });
    const ids = async (f: Parameters<typeof store.divergences.all>[0]) =>
      (await store.divergences.all(f)).map((d) => d.id);
    expect(await ids({ source: 'positions' })).toEqual([p]);
    expect(await ids({ state: 'open' })).toEqual([u, l]);
    expect(await ids({ workstream: 'export-controls' })).toEqual([u, p]);
    expect(await ids({ detected: false })).toEqual([l]);
    expect(await ids({ detected: true })).toEqual([u, p]);
    expect(await ids({ workstream: 'export-controls', state: 'under_discussion' })).toEqual([p]);
    expect(await ids({ source: 'positions', state: 'open' })).toEqual([]);
  });

  it('updates every field but the source and key, and finds divergences by proposal', async () => {
    const store = await ctx.open();
    const id = await store.divergences.insert(UNILATERAL);
    const other = await store.divergences.insert(LISTED);
    const updated: StoredDivergence = {
      ...UNILATERAL,
      id,
      source: 'ignored',
      key: 'ignored',
      title: 'Now also controlled by Japan',
      members: ['NLD', 'USA'],
      severity: 0.25,
      measure: 4,
      previousMeasure: 12,
      change: 'shrunk',
      state: 'under_discussion',
      proposalId: 'prop-7',
      stateBy: 'account:s1',
      stateAt: '2026-12-05T00:00:00Z',
      stateNote: 'taken up',
      detected: true,
      lastSeen: '2026-12-05T00:00:00Z',
      changedAt: '2026-12-05T00:00:00Z',
    };
    await store.divergences.update(updated);
    expect(await store.divergences.get(id)).toEqual({
      ...updated,
      source: UNILATERAL.source,
      key: UNILATERAL.key,
    });
    expect(await store.divergences.get(other)).toEqual({ ...LISTED, id: other });
    expect((await store.divergences.byProposal('prop-7')).map((d) => d.id)).toEqual([id]);
    expect(await store.divergences.byProposal('prop-8')).toEqual([]);
  });

  it('keeps each divergence’s events, oldest first', async () => {
    const store = await ctx.open();
    const a = await store.divergences.insert(UNILATERAL);
    const b = await store.divergences.insert(LISTED);
    const events: DivergenceEvent[] = [
      {
        divergenceId: a,
        at: '2026-12-01T00:00:00Z',
        by: 'system',
        type: 'detected',
        from: null,
        to: 'new',
        note: '',
        proposalId: null,
      },
      {
        divergenceId: b,
        at: '2026-12-01T00:00:00Z',
        by: 'system',
        type: 'detected',
        from: null,
        to: 'new',
        note: '',
        proposalId: null,
      },
      {
        divergenceId: a,
        at: '2026-12-04T00:00:00Z',
        by: 'account:s1',
        type: 'state',
        from: 'open',
        to: 'under_discussion',
        note: 'taken up by the workstream',
        proposalId: 'prop-7',
      },
    ];
    await store.divergences.addEvents(events);
    await store.divergences.addEvents([]);
    expect(await store.divergences.events(a)).toEqual([events[0], events[2]]);
    expect(await store.divergences.events(b)).toEqual([events[1]]);
    expect(await store.divergences.events(9999)).toEqual([]);
  });
});
