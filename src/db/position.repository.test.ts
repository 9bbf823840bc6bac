// Contract of PositionRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { PolicyIssue, Position } from '../core/positions/position.ts';

const CHIPS: PolicyIssue = {
  id: 'ai-chip-controls',
  workstream: 'export-controls',
  title: 'Controls on advanced AI chips',
  description: 'How far members restrict exports of advanced AI chips.',
  options: ['none', 'licence review', 'presumption of denial', 'embargo'],
  agreedOption: null,
  agreedBy: null,
  confidentiality: 'alliance',
  createdBy: 'account:s1',
  createdAt: '2026-12-01T09:00:00Z',
};
const SCREENING: PolicyIssue = {
  ...CHIPS,
  id: 'outbound-screening',
  workstream: 'screening',
  title: 'Outbound investment screening',
  options: ['none', 'notification', 'prohibition'],
  confidentiality: 'public',
};

const position = (over: Partial<Position> = {}): Position => ({
  issueId: CHIPS.id,
  member: 'USA',
  option: 2,
  status: 'current',
  expectedDate: null,
  evidence: ['manual:us-rule'],
  note: '',
  confidentiality: 'alliance',
  recordedBy: 'account:u1',
  recordedAt: '2026-12-02T10:00:00Z',
  ...over,
});

forEachDatabase('position repository', (ctx) => {
  it('creates and replaces issues, and records the agreed option', async () => {
    const store = await ctx.open();
    expect(await store.positions.saveIssue(SCREENING)).toBe('created');
    expect(await store.positions.saveIssue(CHIPS)).toBe('created');
    expect(await store.positions.issues()).toEqual([CHIPS, SCREENING]);
    const edited = { ...CHIPS, title: 'AI chips', options: ['none', 'licence', 'embargo'] };
    expect(await store.positions.saveIssue(edited)).toBe('updated');
    expect(await store.positions.issue(CHIPS.id)).toEqual(edited);
    await store.positions.setAgreed(CHIPS.id, 1, 'prop-12');
    expect(await store.positions.issue(CHIPS.id)).toEqual({
      ...edited,
      agreedOption: 1,
      agreedBy: 'prop-12',
    });
    await store.positions.setAgreed(CHIPS.id, null, null);
    expect(await store.positions.issue(CHIPS.id)).toMatchObject({
      agreedOption: null,
      agreedBy: null,
    });
    expect(await store.positions.issue('nope')).toBeUndefined();
  });

  it('lists the latest position per issue, member and status, and keeps the history', async () => {
    const store = await ctx.open();
    await store.positions.saveIssue(CHIPS);
    await store.positions.saveIssue(SCREENING);
    const first = position({ option: 1, recordedAt: '2026-12-02T10:00:00Z' });
    const second = position({ option: 3, note: 'tightened', recordedAt: '2026-12-03T10:00:00Z' });
    const pending = position({
      status: 'pending',
      option: 3,
      expectedDate: '2027-01-01',
      confidentiality: 'members',
    });
    const jpn = position({ member: 'JPN', option: 0, evidence: [] });
    const screening = position({ issueId: SCREENING.id, option: 1 });
    for (const p of [first, jpn, second, pending, screening]) await store.positions.savePosition(p);

    expect(await store.positions.positions()).toEqual([jpn, second, pending, screening]);
    expect(await store.positions.positions({ issueId: CHIPS.id })).toEqual([jpn, second, pending]);
    expect(await store.positions.positions({ member: 'USA' })).toEqual([
      second,
      pending,
      screening,
    ]);
    expect(await store.positions.positions({ issueId: SCREENING.id, member: 'JPN' })).toEqual([]);

    expect(await store.positions.history(CHIPS.id, 'USA')).toEqual([
      { ...pending, withdrawn: false },
      { ...second, withdrawn: false },
      { ...first, withdrawn: false },
    ]);
    expect((await store.positions.history(CHIPS.id)).map((p) => p.member)).toEqual([
      'USA',
      'USA',
      'JPN',
      'USA',
    ]);
    expect(await store.positions.history('nope')).toEqual([]);
  });

  it('withdraws a live position with a row of its own, and a new position revives it', async () => {
    const store = await ctx.open();
    await store.positions.saveIssue(CHIPS);
    const current = position();
    const pending = position({ status: 'pending', option: 3, expectedDate: '2027-01-01' });
    await store.positions.savePosition(current);
    await store.positions.savePosition(pending);

    expect(
      await store.positions.withdrawPosition(CHIPS.id, 'USA', 'pending', 'account:u2', 't-w'),
    ).toBe(true);
    expect(await store.positions.positions({ issueId: CHIPS.id })).toEqual([current]);
    expect(await store.positions.history(CHIPS.id, 'USA')).toEqual([
      { ...pending, recordedBy: 'account:u2', recordedAt: 't-w', withdrawn: true },
      { ...pending, withdrawn: false },
      { ...current, withdrawn: false },
    ]);
    // Nothing live to withdraw any more; nor for a member or an issue without positions.
    expect(
      await store.positions.withdrawPosition(CHIPS.id, 'USA', 'pending', 'account:u2', 't-w2'),
    ).toBe(false);
    expect(
      await store.positions.withdrawPosition(CHIPS.id, 'JPN', 'current', 'account:u2', 't-w2'),
    ).toBe(false);
    expect(await store.positions.history(CHIPS.id, 'USA')).toHaveLength(3);

    const again = position({ status: 'pending', option: 2, expectedDate: '2027-06-01' });
    await store.positions.savePosition(again);
    expect(await store.positions.positions({ issueId: CHIPS.id })).toEqual([current, again]);
  });
});
