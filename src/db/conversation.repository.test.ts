// Contract of ConversationRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Vote } from '../core/opinion/conversation.ts';
import type { ConversationMeta, StoredStatement } from './conversation.repository.ts';

const META: ConversationMeta = {
  code: 'ai-compute',
  title: 'Compute thresholds',
  description: 'Where should reporting start?',
  proposalId: null,
  confidentiality: 'alliance',
  open: true,
  source: 'platform',
  createdBy: 'account:s1',
  createdAt: '2026-12-01T09:00:00.000Z',
};

const statement = (id: string, over: Partial<StoredStatement> = {}): StoredStatement => ({
  id,
  text: `Statement ${id}`,
  language: 'en',
  moderation: 'accepted',
  seed: false,
  author: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  ...over,
});

forEachDatabase('conversation repository', (ctx) => {
  it('creates, replaces, lists and opens conversations', async () => {
    const store = await ctx.open();
    const other = { ...META, code: 'aa-first', confidentiality: 'members' as const };
    expect(await store.conversations.save(META)).toBe('created');
    expect(await store.conversations.save(other)).toBe('created');
    expect(await store.conversations.list()).toEqual([other, META]);
    const edited = { ...META, title: 'Thresholds', proposalId: 'prop-1' };
    expect(await store.conversations.save(edited)).toBe('updated');
    expect(await store.conversations.get(META.code)).toEqual(edited);
    expect(await store.conversations.setOpen(META.code, false)).toBe(true);
    expect((await store.conversations.get(META.code))?.open).toBe(false);
    expect(await store.conversations.setOpen('nope', false)).toBe(false);
    expect(await store.conversations.get('nope')).toBeUndefined();
  });

  it('keeps statements, participants and the vote log, and reads the core model', async () => {
    const store = await ctx.open();
    await store.conversations.save(META);
    // Ids order by number, not as text.
    const s10 = statement('10', { author: '1', language: null, seed: false });
    const s2 = statement('2', { seed: true, moderation: 'pending' });
    expect(await store.conversations.addStatements(META.code, [s10, s2])).toBe(2);
    expect(await store.conversations.statements(META.code)).toEqual([s2, s10]);
    expect(await store.conversations.setModeration(META.code, '2', 'rejected')).toBe(true);
    expect(await store.conversations.setModeration(META.code, '99', 'rejected')).toBe(false);

    await store.conversations.addParticipant(META.code, {
      id: '1',
      economy: 'DEU',
      constituency: 'member',
      accountId: 'acc-1',
    });
    await store.conversations.addParticipants(META.code, [
      { id: '0', economy: null, constituency: null, accountId: null },
    ]);
    expect(await store.conversations.participantOfAccount(META.code, 'acc-1')).toEqual({
      id: '1',
      economy: 'DEU',
      constituency: 'member',
      accountId: 'acc-1',
    });
    expect(await store.conversations.participantOfAccount(META.code, 'acc-2')).toBeUndefined();
    // The same participant id in another conversation is another participant.
    await store.conversations.save({ ...META, code: 'other' });
    await expect(
      store.conversations.addParticipant(META.code, {
        id: '1',
        economy: null,
        constituency: null,
        accountId: null,
      }),
    ).rejects.toThrow();

    const votes: Vote[] = [
      { participant: '1', statement: '10', value: 1, at: '2026-12-01T10:00:00.000Z' },
      { participant: '0', statement: '10', value: -1, at: '2026-12-01T10:01:00.000Z' },
      { participant: '1', statement: '10', value: 0, at: '2026-12-01T10:02:00.000Z' },
    ];
    expect(await store.conversations.addVotes(META.code, votes)).toBe(3);
    expect(await store.conversations.voteCount(META.code)).toBe(3);
    expect(await store.conversations.voteCount('other')).toBe(0);
    expect(await store.conversations.votes(META.code, '1')).toEqual([votes[0], votes[2]]);

    expect(await store.conversations.conversation(META.code)).toEqual({
      statements: [{ ...s2, moderation: 'rejected' }, s10].map(({ createdAt: _, ...s }) => s),
      participants: [
        { id: '0', economy: null, constituency: null },
        { id: '1', economy: 'DEU', constituency: 'member' },
      ],
      votes,
    });
    expect(await store.conversations.counts(META.code)).toEqual({
      participants: 2,
      votes: 3,
      statements: { accepted: 1, rejected: 1, pending: 0 },
    });
  });

  it('appends tens of thousands of votes in batches', async () => {
    const store = await ctx.open();
    await store.conversations.save(META);
    const votes: Vote[] = [];
    for (let p = 0; p < 250; p++)
      for (let s = 0; s < 100; s++)
        votes.push({
          participant: String(p),
          statement: String(s),
          value: (((p * 7 + s) % 3) - 1) as Vote['value'],
          at: new Date(Date.UTC(2026, 11, 1) + p * 1000 + s).toISOString(),
        });
    expect(await store.transaction((tx) => tx.conversations.addVotes(META.code, votes))).toBe(
      25_000,
    );
    expect(await store.conversations.voteCount(META.code)).toBe(25_000);
    const back = await store.conversations.votes(META.code);
    expect(back[12_345]).toEqual(votes[12_345]);
  });
});
