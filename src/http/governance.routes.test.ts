// HTTP tests of governance: a signed-in delegation proposes, the secretariat moves the proposal,
// delegations vote through their sessions; hidden proposals are 404 and left out of exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

let f: Fixture;
const people = {
  sec: {
    email: 'sec@example.org',
    password: 'secretariat-password',
    role: 'secretariat',
    delegation: null,
  },
  deu: {
    email: 'deu@example.org',
    password: 'deu-delegate-password',
    role: 'member_delegate',
    delegation: 'DEU',
  },
  fra: {
    email: 'fra@example.org',
    password: 'fra-delegate-password',
    role: 'member_delegate',
    delegation: 'FRA',
  },
} as const;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  f = await openStarterFixture();
  for (const [k, p] of Object.entries(people)) {
    const a = await f.services.accounts.create({ ...p, name: k });
    tokens[k] = (await f.services.accounts.createToken(a.id, { name: 't', days: 1 })).token;
  }
});
afterAll(() => f.close());

const call = (
  who: keyof typeof people | null,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) =>
  f.app.inject({
    method,
    url,
    headers: who ? { authorization: `Bearer ${tokens[who]}` } : {},
    ...(payload ? { payload } : {}),
  });

describe('governance through the API', () => {
  let id = '';
  let hidden = '';

  it('sets up a workstream and takes a proposal to a vote', async () => {
    const ws = await call('sec', 'PUT', '/api/v1/workstreams/ai', {
      name: 'AI safety',
      decisionRule: { kind: 'unanimity' },
      participants: [
        { delegation: 'DEU', rights: ['propose', 'comment', 'vote'] },
        { delegation: 'FRA', rights: ['comment', 'vote'] },
      ],
    });
    expect(ws.statusCode).toBe(200);
    const created = await call('deu', 'POST', '/api/v1/proposals', {
      title: 'Shared evaluation suite',
      text: 'v1',
      confidentiality: 'public',
      workstream: 'ai',
    });
    expect(created.statusCode).toBe(201);
    id = created.json<{ id: string }>().id;
    expect(
      (
        await call('fra', 'POST', '/api/v1/proposals', {
          title: 'x',
          text: 'x',
          confidentiality: 'public',
          workstream: 'ai',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call('deu', 'PUT', `/api/v1/proposals/${id}/text`, { text: 'v2', note: 'tightened' }))
        .statusCode,
    ).toBe(200);
    const diff = await call('sec', 'GET', `/api/v1/proposals/${id}/diff?from=1&to=2`);
    expect(diff.json<{ unified: string }>().unified).toContain('-v1\n+v2');
    const missing = await call('sec', 'GET', `/api/v1/proposals/${id}/diff?to=2`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ issues: { path: string; message: string }[] }>().issues).toEqual([
      { path: 'from', message: 'from is required: a version number, e.g. from=1' },
    ]);
    expect(
      (await call('sec', 'POST', `/api/v1/proposals/${id}/transition`, { to: 'deliberation' }))
        .statusCode,
    ).toBe(200);
    const now = Date.now();
    const window = {
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
    };
    const voting = await call('sec', 'POST', `/api/v1/proposals/${id}/transition`, {
      to: 'voting',
      window,
    });
    expect(voting.statusCode).toBe(200);
    const ballot = await call('deu', 'POST', `/api/v1/proposals/${id}/ballot`, { choice: 'yes' });
    expect(ballot.statusCode).toBe(200);
    const t = (await call(null, 'GET', `/api/v1/proposals/${id}/tally`)).json<{
      tally: { counts: { yes: number; notVoted: number }; explanation: string[] };
    }>();
    expect(t.tally.counts).toMatchObject({ yes: 1, notVoted: 1 });
    expect(t.tally.explanation.length).toBeGreaterThan(0);
  });

  it('answers the workstreams, the proposal, its versions and comments as documented', async () => {
    const ws = (await call(null, 'GET', '/api/v1/workstreams')).json<{
      items: { code: string; decisionRule: { kind: string } | null }[];
    }>();
    expect(ws.items.find((w) => w.code === 'ai')?.decisionRule).toEqual({ kind: 'unanimity' });
    const view = await call('deu', 'GET', `/api/v1/proposals/${id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      state: 'voting',
      version: 2,
      can: { vote: true, transition: false },
    });
    const versions = (await call(null, 'GET', `/api/v1/proposals/${id}/versions`)).json<{
      items: { version: number; note: string }[];
    }>();
    expect(versions.items.map((v) => [v.version, v.note])).toEqual([
      [1, 'first version'],
      [2, 'tightened'],
    ]);
    const posted = await call('fra', 'POST', `/api/v1/proposals/${id}/comments`, {
      body: 'Agreed.',
    });
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({ body: 'Agreed.', delegation: 'FRA', parentId: null });
    const comments = (await call(null, 'GET', `/api/v1/proposals/${id}/comments`)).json<{
      items: { body: string }[];
    }>();
    expect(comments.items.map((c) => c.body)).toEqual(['Agreed.']);
  });

  it('refuses bad transitions (409) and bad ballots (400), naming why', async () => {
    const r = await call('sec', 'POST', `/api/v1/proposals/${id}/transition`, { to: 'adopted' });
    expect(r.statusCode).toBe(409);
    expect(r.json<{ message: string }>().message).toMatch(/cannot go from voting to adopted/);
    const bad = await call('fra', 'POST', `/api/v1/proposals/${id}/ballot`, { choice: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('choice');
  });

  it('answers 404 for a proposal the caller may not see, and leaves it out of lists and exports', async () => {
    hidden = (
      await call('sec', 'POST', '/api/v1/proposals', {
        title: 'Restricted list',
        text: 'entities',
        confidentiality: 'restricted',
        restrictedTo: ['FRA'],
        workstream: 'ai',
      })
    ).json<{ id: string }>().id;
    await call('sec', 'POST', `/api/v1/proposals/${hidden}/transition`, { to: 'deliberation' });
    expect((await call('deu', 'GET', `/api/v1/proposals/${hidden}`)).statusCode).toBe(404);
    expect((await call(null, 'GET', `/api/v1/proposals/${hidden}/versions`)).statusCode).toBe(404);
    expect((await call('fra', 'GET', `/api/v1/proposals/${hidden}`)).statusCode).toBe(200);
    const listed = (await call('deu', 'GET', '/api/v1/proposals?q=list')).json<{
      items: { id: string }[];
    }>().items;
    expect(listed.map((p) => p.id)).not.toContain(hidden);
    const csv = (await call('deu', 'GET', '/api/v1/proposals/export')).body;
    expect(csv).toContain(id);
    expect(csv).not.toContain(hidden);
    const jsonl = (await call('fra', 'GET', '/api/v1/proposals/export?format=jsonl')).body
      .trim()
      .split('\n');
    expect(jsonl.map((l) => (JSON.parse(l) as { id: string }).id)).toContain(hidden);
  });
});

describe('consultations and commitments through the API', () => {
  const soon = (ms: number) => new Date(Date.now() + ms).toISOString();

  it('sets questions, takes answers naming a bad one by its path, and shows the results', async () => {
    await call('sec', 'PUT', '/api/v1/workstreams/consult', {
      name: 'Consultations',
      decisionRule: { kind: 'unanimity' },
      participants: [
        { delegation: 'DEU', rights: ['propose', 'respond', 'vote'] },
        { delegation: 'FRA', rights: ['respond', 'vote'] },
      ],
    });
    const id = (
      await call('deu', 'POST', '/api/v1/proposals', {
        title: 'Compute thresholds',
        text: 'x',
        confidentiality: 'public',
        workstream: 'consult',
      })
    ).json<{ id: string }>().id;
    const url = `/api/v1/proposals/${id}/consultation`;
    const support = {
      id: 'support',
      kind: 'single-choice',
      prompt: 'Support?',
      required: true,
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    };
    const bad = await call('sec', 'PUT', url, {
      questions: [support, { id: 'rank', kind: 'ranking', prompt: 'Rank?' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toEqual([
      'questions.1.kind',
    ]);
    const set = await call('sec', 'PUT', url, {
      questions: [support, { id: 'why', kind: 'text', prompt: 'Why?' }],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json<{ questions: { id: string; maxLength?: number }[] }>().questions[1]).toEqual({
      id: 'why',
      kind: 'text',
      prompt: 'Why?',
      required: false,
      maxLength: 5000,
    });
    await call('sec', 'POST', `/api/v1/proposals/${id}/transition`, {
      to: 'consultation',
      window: { opensAt: soon(-60_000), closesAt: soon(3_600_000) },
    });
    const answered = await call('deu', 'POST', `${url}/responses`, {
      answers: { support: 'yes', why: 'Needed.' },
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ replaced: false, view: { open: true } });
    for (const [answers, message] of [
      [{ support: 'maybe' }, /option 'maybe' is not offered/],
      [{ support: true }, /must be text, a number, a list of option ids, or null/],
    ] as const) {
      const refused = await call('fra', 'POST', `${url}/responses`, { answers });
      expect(refused.statusCode).toBe(400);
      const issue = refused.json<{ issues: { path: string; message: string }[] }>().issues[0]!;
      expect(issue.path).toBe('answers.support');
      expect(issue.message).toMatch(message);
    }
    const view = (await call('deu', 'GET', url)).json<{
      results: { respondents: number; constituencies: Record<string, number> };
      mine: Record<string, unknown> | null;
    }>();
    expect(view.results.respondents).toBe(1);
    expect(view.results.constituencies.member).toBe(1);
    expect(view.mine).toEqual({ support: 'yes', why: 'Needed.' });
  });

  it('takes implementation reports on an adopted proposal and shows them on the dashboard', async () => {
    const id = (
      await call('deu', 'POST', '/api/v1/proposals', {
        title: 'Shared list',
        text: 'x',
        confidentiality: 'public',
        workstream: 'consult',
      })
    ).json<{ id: string }>().id;
    const move = (body: object) => call('sec', 'POST', `/api/v1/proposals/${id}/transition`, body);
    expect((await move({ to: 'deliberation' })).statusCode).toBe(200);
    const closes = Date.now() + 1500;
    const voting = await move({
      to: 'voting',
      window: { opensAt: soon(-60_000), closesAt: new Date(closes).toISOString() },
    });
    expect(voting.statusCode).toBe(200);
    for (const who of ['deu', 'fra'] as const)
      expect(
        (await call(who, 'POST', `/api/v1/proposals/${id}/ballot`, { choice: 'yes' })).statusCode,
      ).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closes - Date.now() + 50)));
    expect((await move({ to: 'adopted' })).json<{ state: string }>().state).toBe('adopted');

    const report = (body: object) =>
      call('deu', 'POST', `/api/v1/proposals/${id}/implementation`, body);
    const bad = await report({ status: 'done', date: '2027-01-10', evidenceUrl: 'ftp://x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('evidenceUrl');
    const made = await report({ status: 'done', date: '2027-01-10' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toEqual({
      proposalId: id,
      member: 'DEU',
      status: 'done',
      evidenceUrl: null,
      date: '2027-01-10',
    });
    const dashboard = (await call('sec', 'GET', '/api/v1/commitments')).json<{
      proposals: {
        proposalId: string;
        counts: Record<string, number>;
        membersWithoutReport: string[];
      }[];
    }>();
    expect(dashboard.proposals.find((p) => p.proposalId === id)).toMatchObject({
      counts: { done: 1, in_progress: 0 },
      membersWithoutReport: ['FRA'],
    });
    const history = (await call('fra', 'GET', `/api/v1/proposals/${id}/history`)).json<{
      items: { type: string }[];
    }>();
    expect(history.items.map((e) => e.type)).toEqual([
      'proposal.created',
      'proposal.moved',
      'proposal.moved',
      'ballot.cast',
      'ballot.cast',
      'proposal.moved',
      'implementation.reported',
    ]);
  });
});

describe('integrity under load', () => {
  it('keeps one ballot when one delegation sends 200 ballot requests at once', async () => {
    const created = await call('deu', 'POST', '/api/v1/proposals', {
      title: 'Load test',
      text: 'x',
      confidentiality: 'alliance',
      workstream: 'ai',
    });
    const id = created.json<{ id: string }>().id;
    await call('sec', 'POST', `/api/v1/proposals/${id}/transition`, { to: 'deliberation' });
    const now = Date.now();
    await call('sec', 'POST', `/api/v1/proposals/${id}/transition`, {
      to: 'voting',
      window: {
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 3_600_000).toISOString(),
      },
    });
    const choices = ['yes', 'no', 'abstain'];
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call('fra', 'POST', `/api/v1/proposals/${id}/ballot`, { choice: choices[i % 3]! }),
      ),
    );
    expect(answers.every((r) => r.statusCode === 200)).toBe(true);
    const t = (await call('fra', 'GET', `/api/v1/proposals/${id}/tally`)).json<{
      ballots: { delegation: string }[];
      tally: { counts: { yes: number; no: number; abstain: number } };
    }>();
    expect(t.ballots.map((b) => b.delegation)).toEqual(['FRA']);
    expect(t.tally.counts.yes + t.tally.counts.no + t.tally.counts.abstain).toBe(1);
    const check = (await call('fra', 'GET', '/api/v1/audit/verify')).json<{ ok: boolean }>();
    expect(check.ok).toBe(true);
  });
});
