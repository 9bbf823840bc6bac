// Consultations and commitments on every test database: questions, admitted responses (one per
// account, replaceable), results raw and per economy, implementation reports and the dashboard.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Principal, Role } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import { parseProposalDraft } from '../core/governance/proposal.ts';
import { questionsSchema } from '../core/governance/consultation.ts';
import { workstreamSchema } from '../core/governance/workstream.ts';
import type { Store } from '../db/store.ts';
import { AuditLog, AuditService, loadAuditKey } from './audit-log.ts';
import { ConsultationService } from './consultation.service.ts';
import { GovernanceService } from './governance.service.ts';

const KEY = loadAuditKey({ keyFile: null });
const who = (role: Role, delegation: string | null, id: string): Principal => ({
  kind: 'account',
  accountId: id,
  email: `${id}@example.org`,
  name: id,
  role,
  delegation,
  constituency: role === 'stakeholder' ? 'industry' : null,
});
const SEC = who('secretariat', null, 'sec');
const DEU = who('member_delegate', 'DEU', 'deu');
const FRA = who('member_delegate', 'FRA', 'fra');
const USA_1 = who('stakeholder', 'USA', 'acme-1');
const USA_2 = who('stakeholder', 'USA', 'acme-2');
const OTHER = who('stakeholder', 'XYZ', 'outsider');

async function setup(store: Store) {
  const economy = (iso3: string, name: string) => ({
    iso3,
    iso2: null,
    isoNumeric: null,
    name,
    officialName: null,
    region: null,
    subregion: null,
    incomeCode: null,
    independence: null,
  });
  await store.economies.upsertMany([
    economy('DEU', 'Germany'),
    economy('FRA', 'France'),
    economy('USA', 'United States'),
  ]);
  const clock = { now: new Date('2026-12-01T09:00:00.000Z') };
  const audit = new AuditService(store, new AuditLog(KEY));
  const g = new GovernanceService(store, audit, () => clock.now);
  const c = new ConsultationService(store, audit, g, () => clock.now);
  await g.saveWorkstream(
    SEC,
    workstreamSchema.parse({
      code: 'ai',
      name: 'AI',
      decisionRule: { kind: 'simple-majority' },
      participants: [
        { delegation: 'DEU', rights: ['propose', 'respond', 'vote'] },
        { delegation: 'FRA', rights: ['respond', 'vote'] },
        { delegation: 'USA', rights: ['respond'] },
      ],
    }),
  );
  const p = await g.create(
    DEU,
    parseProposalDraft({
      title: 'Compute thresholds',
      text: 'x',
      confidentiality: 'public',
      workstream: 'ai',
    }),
  );
  await c.setQuestions(SEC, p.id, {
    questions: questionsSchema.parse([
      {
        id: 'support',
        kind: 'single-choice',
        prompt: 'Support?',
        required: true,
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      },
      { id: 'why', kind: 'text', prompt: 'Why?' },
    ]),
  });
  await g.transition(SEC, p.id, {
    to: 'consultation',
    window: { opensAt: '2026-12-01T09:00:00Z', closesAt: '2026-12-05T09:00:00Z' },
  });
  return { g, c, audit, id: p.id, at: (iso: string) => (clock.now = new Date(iso)) };
}

const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
  );

forEachDatabase('consultations and commitments', (ctx) => {
  it('takes responses from admitted participants and weighs them per economy', async () => {
    const store = await ctx.open();
    const { c, audit, id } = await setup(store);
    await c.respond(USA_1, id, { answers: { support: 'yes' } });
    await c.respond(USA_2, id, { answers: { support: 'yes' } });
    await c.respond(DEU, id, { answers: { support: 'no', why: 'too early' } });
    // A second answer replaces the first.
    expect(
      (await c.respond(DEU, id, { answers: { support: 'no', why: 'far too early' } })).replaced,
    ).toBe(true);
    expect(await code(c.respond(OTHER, id, { answers: { support: 'yes' } }))).toBe('forbidden');
    expect(await code(c.respond(FRA, id, { answers: { support: 'maybe' } }))).toBe(
      'validation_failed',
    );
    const v = await c.view(DEU, id);
    expect(v.results.respondents).toBe(3);
    const support = v.results.questions.find((q) => q.questionId === 'support') as unknown as {
      options: { option: string; share: number; weightedShare: number }[];
    };
    const yes = support.options.find((o) => o.option === 'yes')!;
    expect(yes.share).toBeCloseTo(2 / 3, 12); // two US respondents of three
    expect(yes.weightedShare).toBeCloseTo(1 / 2, 12); // USA and DEU weigh one each
    expect(v.mine).toEqual({ support: 'no', why: 'far too early' });
    expect(
      (await audit.page({ limit: 100 })).items.filter((e) => e.type === 'consultation.responded'),
    ).toHaveLength(4);
  });

  it('shows the questions of a consultation that has not opened yet, closed to answers', async () => {
    const store = await ctx.open();
    const { g, c } = await setup(store);
    const draft = await g.create(
      DEU,
      parseProposalDraft({
        title: 'Later',
        text: 'x',
        confidentiality: 'public',
        workstream: 'ai',
      }),
    );
    await c.setQuestions(SEC, draft.id, {
      questions: questionsSchema.parse([{ id: 'q', kind: 'text', prompt: 'Views?' }]),
    });
    const v = await c.view(DEU, draft.id);
    expect(v.consultation.questions.map((q) => q.id)).toEqual(['q']);
    expect(v.open).toBe(false);
    expect(v.results.respondents).toBe(0);
  });

  it('refuses responses once the window has closed', async () => {
    const store = await ctx.open();
    const { c, id, at } = await setup(store);
    at('2026-12-06T00:00:00.000Z');
    expect(await code(c.respond(DEU, id, { answers: { support: 'yes' } }))).toBe('conflict');
  });

  it('records implementation after adoption and shows where members diverge', async () => {
    const store = await ctx.open();
    const { g, c, id, at } = await setup(store);
    expect(
      await code(c.report(DEU, id, { status: 'done', date: '2026-12-01', evidenceUrl: null })),
    ).toBe('conflict');
    at('2026-12-06T00:00:00.000Z');
    await g.transition(SEC, id, { to: 'deliberation' });
    await g.transition(SEC, id, {
      to: 'voting',
      window: { opensAt: '2026-12-06T00:00:00Z', closesAt: '2026-12-07T00:00:00Z' },
    });
    await g.vote(DEU, id, { choice: 'yes' });
    await g.vote(FRA, id, { choice: 'yes' });
    at('2026-12-08T00:00:00.000Z');
    await g.transition(SEC, id, { to: 'adopted' });
    await c.report(DEU, id, {
      status: 'done',
      date: '2027-01-10',
      evidenceUrl: 'https://example.org/deu-law',
    });
    await c.report(FRA, id, { status: 'in_progress', date: '2027-01-11', evidenceUrl: null });
    expect(
      await code(c.report(USA_1, id, { status: 'done', date: '2027-01-10', evidenceUrl: null })),
    ).toBe('forbidden');
    const d = await c.dashboard(SEC);
    expect(d.proposals).toHaveLength(1);
    expect(d.proposals[0]).toMatchObject({ proposalId: id, counts: { done: 1, in_progress: 1 } });
    expect(d.members.map((m) => m.member)).toEqual(['DEU', 'FRA']);
  });
});
