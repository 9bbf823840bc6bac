// Members' positions over the API: three members' positions on two issues give the divergence
// matrix computed by hand; an option agreed by an adopted proposal; a pending position that moves
// a member away from it raises exactly one alert, which a webhook receiver gets with a valid
// signature; positions are seen only by whom their confidentiality admits; the register holds the
// issue's divergence and follows it to a proposal; bad input gets a 400 naming the field.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { OPERATOR, type Principal } from '../core/accounts/access.ts';
import { verifySignature, WebhookDispatcher } from '../services/webhooks.ts';
import { buildApp } from './app.ts';

const TOKEN = 'positions-operator-token-0123456789abcdef';
const WORKSTREAM = 'export_controls';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('positions, the matrix, early warnings and the register', () => {
  let f: Fixture;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let receiver: Server;
  let receiverUrl = '';
  const received: Received[] = [];
  const tokens: Record<string, string> = {};
  const principals: Record<string, Principal> = {};

  beforeAll(async () => {
    f = await openStarterFixture();
    app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    for (const [role, delegation] of [
      ['member_delegate', 'USA'],
      ['member_delegate', 'DEU'],
      ['member_delegate', 'FRA'],
      ['observer', 'OECD'],
    ] as const) {
      const a = await f.services.accounts.create({
        email: `${delegation.toLowerCase()}@positions.test`,
        name: delegation,
        role,
        delegation,
        password: 'positions-password-long',
      });
      tokens[delegation] = (
        await f.services.accounts.createToken(a.id, { name: 't', days: 1 })
      ).token;
      principals[delegation] = (await f.services.accounts.fromToken(tokens[delegation]))!;
    }
    await f.services.governance.saveWorkstream(OPERATOR, {
      code: WORKSTREAM,
      name: 'Export controls',
      description: '',
      decisionRule: { kind: 'unanimity' },
      participants: ['USA', 'DEU', 'FRA'].map((delegation) => ({
        delegation,
        rights: ['read', 'propose', 'comment', 'vote'] as (
          'read' | 'propose' | 'comment' | 'vote'
        )[],
      })),
    });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await f?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  const call = async (
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
    token = TOKEN,
  ) => {
    const r = await app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload } : {}),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: r.statusCode, body: r.json<Record<string, unknown>>() };
  };

  it('records three members on two issues and gives the matrix computed by hand', async () => {
    const chips = await call('POST', '/api/v1/positions/issues', {
      id: 'ai-chip-controls',
      workstream: WORKSTREAM,
      title: 'Controls on advanced AI chips to countries of concern',
      description: '',
      options: ['none', 'licence review', 'presumption of denial', 'embargo'],
    });
    expect(chips.status).toBe(201);
    const cloud = await call('POST', '/api/v1/positions/issues', {
      id: 'cloud-kyc',
      workstream: WORKSTREAM,
      title: 'Know-your-customer rules for cloud compute',
      description: '',
      options: ['none', 'voluntary', 'mandatory'],
    });
    expect(cloud.status).toBe(201);
    const set = (issue: string, member: string, option: number | string) =>
      call('POST', `/api/v1/positions/issues/${issue}/positions`, { option }, tokens[member]);
    // A: USA embargo (3), DEU licence review (1), FRA none (0); B: USA 2, DEU 2, FRA 0.
    for (const [issue, member, option] of [
      ['ai-chip-controls', 'USA', 'embargo'],
      ['ai-chip-controls', 'DEU', 1],
      ['ai-chip-controls', 'FRA', 0],
      ['cloud-kyc', 'USA', 2],
      ['cloud-kyc', 'DEU', 'mandatory'],
      ['cloud-kyc', 'FRA', 'none'],
    ] as const)
      expect((await set(issue, member, option)).status).toBe(200);

    const m = await call('GET', '/api/v1/positions/matrix');
    expect(m.status).toBe(200);
    const members = m.body.members as string[];
    const cells = m.body.cells as (number | null)[][];
    const cell = (a: string, b: string) => cells[members.indexOf(a)]![members.indexOf(b)]!;
    // USA–DEU: (2/3 + 0) / 2; USA–FRA: (1 + 1) / 2; DEU–FRA: (1/3 + 1) / 2.
    expect(cell('USA', 'DEU')).toBeCloseTo(1 / 3, 10);
    expect(cell('USA', 'FRA')).toBeCloseTo(1, 10);
    expect(cell('DEU', 'FRA')).toBeCloseTo(2 / 3, 10);
    expect(cell('FRA', 'DEU')).toBeCloseTo(2 / 3, 10);
    expect(cell('USA', 'USA')).toBe(0);
    // The closest pair (USA, DEU) merges first; FRA joins last.
    const merges = (
      m.body.clustering as { merges: { a: string[]; b: string[]; distance: number }[] }
    ).merges;
    expect([...merges[0]!.a, ...merges[0]!.b].sort()).toEqual(['DEU', 'USA']);
    expect(merges[0]!.distance).toBeCloseTo(1 / 3, 10);
    // The issue that splits the members most: chips (mean (2/3 + 1 + 1/3) / 3 = 2/3) equals
    // cloud ((0 + 1 + 1) / 3 = 2/3): both listed, with their means.
    const splitting = m.body.splitting as { issueId: string; meanPairwise: number }[];
    expect(splitting.map((s) => s.meanPairwise)).toEqual([
      expect.closeTo(2 / 3, 10),
      expect.closeTo(2 / 3, 10),
    ]);
  });

  it('refuses bad positions with the field named, and a delegate speaking for another member', async () => {
    const bad = await call(
      'POST',
      '/api/v1/positions/issues/ai-chip-controls/positions',
      { option: 'total ban' },
      tokens.DEU,
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('option');
    const pendingWithoutDate = await call(
      'POST',
      '/api/v1/positions/issues/ai-chip-controls/positions',
      { option: 3, status: 'pending' },
      tokens.DEU,
    );
    expect(pendingWithoutDate.status).toBe(400);
    expect(JSON.stringify(pendingWithoutDate.body)).toContain('expectedDate');
    const other = await call(
      'POST',
      '/api/v1/positions/issues/ai-chip-controls/positions',
      { option: 3, member: 'FRA' },
      tokens.DEU,
    );
    expect(other.status).toBe(403);
    const observer = await call(
      'POST',
      '/api/v1/positions/issues/ai-chip-controls/positions',
      { option: 3 },
      tokens.OECD,
    );
    expect(observer.status).toBe(403);
    const unknownIssue = await call('GET', '/api/v1/positions/issues/no-such-issue');
    expect(unknownIssue.status).toBe(404);
    const badIssue = await call('POST', '/api/v1/positions/issues', {
      id: 'one-option',
      workstream: WORKSTREAM,
      title: 'x',
      description: '',
      options: ['only'],
    });
    expect(badIssue.status).toBe(400);
    expect(JSON.stringify(badIssue.body)).toContain('options');
  });

  it('raises one alert for a pending position moving away from the agreed option, delivered signed', async () => {
    const hook = await call('POST', '/api/v1/divergences/webhooks', {
      url: receiverUrl,
      workstream: WORKSTREAM,
    });
    expect(hook.status).toBe(201);
    const secret = hook.body.secret as string;

    // Without an adopted proposal the option cannot be agreed.
    const noProposal = await call('PUT', '/api/v1/positions/issues/ai-chip-controls/agreed', {
      option: 1,
    });
    expect(noProposal.status).toBe(400);
    // A proposal adopted unanimously by the three members.
    const g = f.services.governance;
    const p = await g.create(principals.DEU!, {
      title: 'Licence review for advanced AI chips',
      text: 'Members require a licence for advanced AI chips to countries of concern.',
      confidentiality: 'alliance',
      restrictedTo: [],
      workstream: WORKSTREAM,
      decisionRule: null,
    });
    const draft = await call('PUT', '/api/v1/positions/issues/ai-chip-controls/agreed', {
      option: 1,
      proposalId: p.id,
    });
    expect(draft.status).toBe(409);
    await g.transition(OPERATOR, p.id, { to: 'deliberation' });
    const closes = Date.now() + 1500;
    await g.transition(OPERATOR, p.id, {
      to: 'voting',
      window: {
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(closes).toISOString(),
      },
    });
    for (const m of ['USA', 'DEU', 'FRA']) await g.vote(principals[m]!, p.id, { choice: 'yes' });
    await sleep(Math.max(0, closes - Date.now() + 200));
    await g.transition(OPERATOR, p.id, { to: 'adopted' });
    const agreed = await call('PUT', '/api/v1/positions/issues/ai-chip-controls/agreed', {
      option: 'licence review',
      proposalId: p.id,
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.agreedOption).toBe(1);

    const before = (await call('GET', '/api/v1/alerts')).body.items as unknown[];
    // DEU stands at the agreed option today and expects to move to an embargo.
    const pending = await call(
      'POST',
      '/api/v1/positions/issues/ai-chip-controls/positions',
      { option: 'embargo', status: 'pending', expectedDate: '2027-03-01', note: 'Bill tabled' },
      tokens.DEU,
    );
    expect(pending.status).toBe(200);
    expect(pending.body.warnings).toEqual([
      expect.objectContaining({ member: 'DEU', option: 3, currentDistance: 0 }),
    ]);
    const after = (await call('GET', '/api/v1/alerts')).body.items as {
      id: number;
      kind: string;
      subject: string;
      details: Record<string, unknown>;
    }[];
    expect(after.length - before.length).toBe(1);
    const alert = after[0]!;
    expect([alert.kind, alert.subject]).toEqual(['away-from-agreed', 'ai-chip-controls:DEU']);
    // A pending position that moves towards the agreed option raises none.
    const toward = await call(
      'POST',
      '/api/v1/positions/issues/ai-chip-controls/positions',
      { option: 'licence review', status: 'pending', expectedDate: '2027-01-01' },
      tokens.USA,
    );
    expect(toward.status).toBe(200);
    expect(((await call('GET', '/api/v1/alerts')).body.items as unknown[]).length).toBe(
      after.length,
    );

    // The webhook gets the alert, signed with its secret.
    const dispatcher = new WebhookDispatcher(f.platform.store);
    const round = await dispatcher.deliverDue();
    expect(round.delivered).toBe(1);
    expect(received).toHaveLength(1);
    const got = received[0]!;
    const timestamp = String(got.headers['x-techalliance-timestamp']);
    const signature = String(got.headers['x-techalliance-signature']);
    expect(verifySignature(secret, timestamp, got.body, signature, { now: new Date() })).toBe(true);
    expect(
      verifySignature('another-secret', timestamp, got.body, signature, { now: new Date() }),
    ).toBe(false);
    expect(JSON.parse(got.body)).toMatchObject({ id: alert.id, kind: 'away-from-agreed' });
    // Delivered once: a second round sends nothing.
    expect((await dispatcher.deliverDue()).delivered).toBe(0);
  }, 30_000);

  it('keeps members-only positions from observers and the public, in the matrix too', async () => {
    const secret = await call(
      'POST',
      '/api/v1/positions/issues/cloud-kyc/positions',
      { option: 1, status: 'pending', expectedDate: '2027-06-01', confidentiality: 'members' },
      tokens.FRA,
    );
    expect(secret.status).toBe(200);
    const asMember = await call('GET', '/api/v1/positions?issue=cloud-kyc', undefined, tokens.DEU);
    const asObserver = await call(
      'GET',
      '/api/v1/positions?issue=cloud-kyc',
      undefined,
      tokens.OECD,
    );
    const pendingOf = (b: Record<string, unknown>) =>
      (b.items as { member: string; status: string }[]).filter((p) => p.status === 'pending');
    expect(pendingOf(asMember.body).map((p) => p.member)).toEqual(['FRA']);
    expect(pendingOf(asObserver.body)).toEqual([]);
    const history = await call(
      'GET',
      '/api/v1/positions/issues/cloud-kyc/history',
      undefined,
      tokens.OECD,
    );
    expect(
      (history.body.items as { confidentiality: string }[]).some(
        (p) => p.confidentiality === 'members',
      ),
    ).toBe(false);
  });

  it('holds the issue in the register and follows it to a proposal', async () => {
    const reg = await call('GET', '/api/v1/divergences?source=positions');
    expect(reg.status).toBe(200);
    const items = reg.body.items as {
      id: number;
      key: string;
      members: string[];
      severity: number;
      state: string;
    }[];
    const chips = items.find((d) => d.key === 'issue:ai-chip-controls')!;
    expect(chips.members).toEqual(['DEU', 'FRA', 'USA']);
    expect(chips.severity).toBeCloseTo(1, 10);
    const opened = await call('POST', `/api/v1/divergences/${chips.id}/proposal`, {}, tokens.USA);
    expect(opened.status).toBe(201);
    expect(opened.body.state).toBe('under_discussion');
    const proposal = opened.body.proposal as { id: string; state: string };
    expect(proposal.state).toBe('draft');
    // Opened twice: refused, it is already under discussion.
    expect(
      (await call('POST', `/api/v1/divergences/${chips.id}/proposal`, {}, tokens.USA)).status,
    ).toBe(409);
    // The secretariat alone accepts; a note is required.
    expect(
      (await call('POST', `/api/v1/divergences/${chips.id}/accept`, { note: 'x' }, tokens.USA))
        .status,
    ).toBe(403);
    expect(
      (await call('POST', `/api/v1/divergences/${chips.id}/accept`, { note: ' ' })).status,
    ).toBe(400);
    expect((await call('GET', '/api/v1/divergences/999999')).status).toBe(404);
    expect((await call('GET', '/api/v1/divergences/abc')).status).toBe(400);
    expect((await call('GET', '/api/v1/divergences?state=closed')).status).toBe(400);
  });
});
