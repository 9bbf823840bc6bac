// The governance service on every test database: a proposal from draft through consultation and a
// vote to adoption, with its audit entries; workstream rights; confidentiality in listing, search,
// export and direct fetch; and one ballot per delegation under 200 concurrent casts.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Principal } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import { parseProposalDraft } from '../core/governance/proposal.ts';
import { workstreamSchema } from '../core/governance/workstream.ts';
import type { Store } from '../db/store.ts';
import { AuditLog, AuditService, loadAuditKey } from './audit-log.ts';
import { GovernanceService } from './governance.service.ts';
import { testPrincipal } from '../../test/principals.ts';

const KEY = loadAuditKey({ keyFile: null });

const account = testPrincipal;

const SECRETARIAT = account('secretariat', null);
const DEU = account('member_delegate', 'DEU');
const FRA = account('member_delegate', 'FRA');
const JPN = account('member_delegate', 'JPN');
const IND = account('partner_delegate', 'IND');
const ACME = account('stakeholder', 'ACME');
const ANON: Principal = { kind: 'anonymous' };

const WORKSTREAM = workstreamSchema.parse({
  code: 'ai',
  name: 'AI safety',
  description: 'Evaluation and standards',
  decisionRule: { kind: 'qualified-majority', yes: 2 },
  participants: [
    { delegation: 'DEU', rights: ['read', 'propose', 'comment', 'respond', 'vote'] },
    { delegation: 'FRA', rights: ['read', 'propose', 'comment', 'respond', 'vote'] },
    { delegation: 'JPN', rights: ['read', 'comment', 'vote'] },
    { delegation: 'IND', rights: ['read', 'comment', 'advisory_vote'] },
    { delegation: 'ACME', rights: ['read', 'respond'] },
  ],
});

function setup(store: Store, start = '2026-12-01T09:00:00.000Z') {
  const clock = { now: new Date(start) };
  const audit = new AuditService(store, new AuditLog(KEY));
  const g = new GovernanceService(store, audit, () => clock.now);
  const at = (iso: string) => (clock.now = new Date(iso));
  return { g, audit, at };
}

const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

forEachDatabase('governance service', (ctx) => {
  it('takes a proposal from draft through consultation and a vote to adoption, auditing each step', async () => {
    const store = await ctx.open();
    const { g, audit, at } = setup(store);
    await g.saveWorkstream(SECRETARIAT, WORKSTREAM);
    const p = await g.create(
      DEU,
      parseProposalDraft({
        title: 'Evaluation standard',
        text: 'Line one\nLine two\n',
        confidentiality: 'alliance',
        workstream: 'ai',
      }),
    );
    expect(p.state).toBe('draft');
    // A draft is seen by its delegation and the secretariat only.
    expect(await code(g.get(FRA, p.id))).toBe('not_found');
    expect((await g.get(DEU, p.id)).can.edit).toBe(true);

    await g.transition(SECRETARIAT, p.id, {
      to: 'consultation',
      window: { opensAt: '2026-12-01T09:00:00Z', closesAt: '2026-12-08T09:00:00Z' },
    });
    const v2 = await g.edit(DEU, p.id, {
      text: 'Line one\nLine 2, amended\n',
      note: 'after comments',
    });
    expect(v2.version).toBe(2);
    expect((await g.diff(FRA, p.id, 1, 2)).unified).toContain('-Line two\n+Line 2, amended');
    const c = await g.comment(IND, p.id, { body: 'Partners support this.' });
    at('2026-12-02T09:00:00.000Z');
    await g.comment(FRA, p.id, { body: 'Agreed.', parentId: c.id });
    expect((await g.comments(JPN, p.id)).map((x) => x.parentId)).toEqual([null, c.id]);

    at('2026-12-09T09:00:00.000Z');
    await g.transition(SECRETARIAT, p.id, { to: 'deliberation' });
    // Voting needs an open window that closes after now.
    expect(
      await code(
        g.transition(SECRETARIAT, p.id, {
          to: 'voting',
          window: { opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-02T00:00:00Z' },
        }),
      ),
    ).toBe('conflict');
    await g.transition(SECRETARIAT, p.id, {
      to: 'voting',
      window: { opensAt: '2026-12-09T09:00:00Z', closesAt: '2026-12-10T09:00:00Z' },
    });
    expect(await code(g.edit(DEU, p.id, { text: 'late change', note: '' }))).toBe('conflict');

    await g.vote(DEU, p.id, { choice: 'no' });
    await g.vote(DEU, p.id, { choice: 'yes' }); // changed before the window closes
    await g.vote(FRA, p.id, { choice: 'yes' });
    const live = await g.vote(IND, p.id, { choice: 'no' }); // advisory: shown, not counted
    expect(live.tally.counts).toMatchObject({ yes: 2, no: 0, notVoted: 1 });
    expect(live.tally.advisory).toMatchObject({ no: 1 });
    expect(await code(g.vote(ACME, p.id, { choice: 'yes' }))).toBe('forbidden');
    // Too early to record the outcome.
    expect(await code(g.transition(SECRETARIAT, p.id, { to: 'adopted' }))).toBe('conflict');
    at('2026-12-10T09:00:01.000Z');
    expect(await code(g.vote(JPN, p.id, { choice: 'no' }))).toBe('conflict');
    expect(await code(g.transition(SECRETARIAT, p.id, { to: 'rejected' }))).toBe('conflict');
    const adopted = await g.transition(SECRETARIAT, p.id, { to: 'adopted' });
    expect(adopted.state).toBe('adopted');
    const final = await g.tallyView(JPN, p.id);
    expect(final.tally.outcome).toBe('adopted');
    expect(final.open).toBe(false);

    const types = (await audit.page({ limit: 100 })).items.map((e) => e.type);
    expect(types).toEqual([
      'workstream.saved',
      'proposal.created',
      'proposal.moved',
      'proposal.edited',
      'comment.added',
      'comment.added',
      'proposal.moved',
      'proposal.moved',
      'ballot.cast',
      'ballot.changed',
      'ballot.cast',
      'ballot.cast',
      'proposal.moved',
    ]);
    expect((await audit.verify()).ok).toBe(true);
  });

  it('enforces confidentiality in listing, search, export and direct fetch', async () => {
    const store = await ctx.open();
    const { g } = setup(store);
    await g.saveWorkstream(SECRETARIAT, WORKSTREAM);
    const make = async (title: string, confidentiality: string, restrictedTo?: string[]) => {
      const p = await g.create(
        SECRETARIAT,
        parseProposalDraft({
          title,
          text: `secret words of ${title}`,
          confidentiality,
          ...(restrictedTo ? { restrictedTo } : {}),
          workstream: 'ai',
        }),
      );
      await g.transition(SECRETARIAT, p.id, { to: 'deliberation' });
      return p.id;
    };
    const pub = await make('Public note', 'public');
    const all = await make('Alliance note', 'alliance');
    const mem = await make('Members note', 'members');
    const res = await make('Restricted note', 'restricted', ['FRA']);
    const seen = async (who: Principal, q?: string) =>
      (await g.list(who, q ? { q } : {})).map((p) => p.title).sort();
    expect(await seen(ANON)).toEqual(['Public note']);
    expect(await seen(IND)).toEqual(['Alliance note', 'Public note']);
    expect(await seen(DEU)).toEqual(['Alliance note', 'Members note', 'Public note']);
    expect(await seen(FRA)).toEqual([
      'Alliance note',
      'Members note',
      'Public note',
      'Restricted note',
    ]);
    expect(await seen(SECRETARIAT)).toHaveLength(4);
    // Search never finds what the caller may not see, even by its text.
    expect(await seen(DEU, 'restricted')).toEqual([]);
    expect(await seen(FRA, 'secret words of restricted')).toEqual(['Restricted note']);
    // Direct fetch, versions, diff, comments and tally of a hidden proposal: not found.
    for (const read of [
      () => g.get(DEU, res),
      () => g.versions(DEU, res),
      () => g.diff(DEU, res, 1, 1),
      () => g.comments(DEU, res),
      () => g.get(ANON, all),
      () => g.get(IND, mem),
    ])
      expect(await code(read())).toBe('not_found');
    expect((await g.get(ANON, pub)).title).toBe('Public note');
    // A hidden proposal cannot be commented or voted on either.
    expect(await code(g.comment(DEU, res, { body: 'x' }))).toBe('not_found');
  });

  it('checks workstream rights: propose, comment and vote', async () => {
    const store = await ctx.open();
    const { g } = setup(store);
    await g.saveWorkstream(SECRETARIAT, WORKSTREAM);
    expect(
      await code(
        g.create(
          JPN,
          parseProposalDraft({
            title: 'T',
            text: 'x',
            confidentiality: 'alliance',
            workstream: 'ai',
          }),
        ),
      ),
    ).toBe('forbidden');
    expect(
      await code(
        g.create(
          DEU,
          parseProposalDraft({
            title: 'T',
            text: 'x',
            confidentiality: 'alliance',
            workstream: 'nope',
          }),
        ),
      ),
    ).toBe('validation_failed');
    const p = await g.create(
      DEU,
      parseProposalDraft({
        title: 'T',
        text: 'x',
        confidentiality: 'alliance',
        workstream: 'ai',
      }),
    );
    await g.transition(SECRETARIAT, p.id, { to: 'deliberation' });
    expect(await code(g.comment(ACME, p.id, { body: 'hello' }))).toBe('forbidden');
    expect(await code(g.vote(DEU, p.id, { choice: 'yes' }))).toBe('conflict'); // not in voting
  });

  it('keeps one ballot per delegation when it casts 200 ballots at once, with a consistent tally and log', async () => {
    const store = await ctx.open();
    const { g, audit } = setup(store);
    await g.saveWorkstream(SECRETARIAT, WORKSTREAM);
    const p = await g.create(
      DEU,
      parseProposalDraft({
        title: 'Race',
        text: 'x',
        confidentiality: 'alliance',
        workstream: 'ai',
      }),
    );
    await g.transition(SECRETARIAT, p.id, { to: 'deliberation' });
    await g.transition(SECRETARIAT, p.id, {
      to: 'voting',
      window: { opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-31T00:00:00Z' },
    });
    const choices = ['yes', 'no', 'abstain'] as const;
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => g.vote(DEU, p.id, { choice: choices[i % 3]! })),
    );
    expect(results.filter((r) => r.status === 'fulfilled').length).toBe(200);
    const ballots = await store.governance.ballots(p.id);
    expect(ballots.map((b) => b.delegation)).toEqual(['DEU']);
    const t = await g.tallyView(FRA, p.id);
    expect(t.tally.counts.yes + t.tally.counts.no + t.tally.counts.abstain).toBe(1);
    const entries = (await audit.page({ limit: 1000 })).items.filter((e) =>
      e.type.startsWith('ballot.'),
    );
    expect(entries).toHaveLength(200);
    expect(entries.filter((e) => e.type === 'ballot.cast')).toHaveLength(1);
    // The last ballot in the log is the one stored.
    expect(JSON.parse(entries.at(-1)!.payload)).toMatchObject({ choice: ballots[0]!.choice });
    expect((await audit.verify()).ok).toBe(true);
  });
});
