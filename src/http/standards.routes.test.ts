// The standards API on the ISO committees of the starter dataset: the figures the standards
// workstream relies on (779 active committees; secretariats of Germany, China and the United
// States; the committees China leads where no G7 country participates), a committee with its
// members, tags edited by the secretariat, the coordination of a meeting seen only by whom its
// confidentiality admits, and the answers to bad input. Every answer is checked against its
// OpenAPI schema by the route layer under Vitest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { buildApp } from './app.ts';

const TOKEN = 'standards-operator-token-0123456789';
const G7 = 'USA,JPN,DEU,FRA,GBR,ITA,CAN';

interface Engagement {
  coalition: { code: string; economies: string[] };
  activeCommittees: number;
  secretariats: { total: number; byMember: { iso3: string; total: number }[] };
  concernSecretariats: { total: number };
  participationCoveragePct: number;
  uncontested: { reference: string; title: string; secretariat: string }[];
  byTag: { tag: string; activeCommittees: number; uncontested: string[] }[];
}

describe('standards API', () => {
  let f: Fixture;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    f = await openStarterFixture();
    app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    for (const [role, delegation] of [
      ['secretariat', null],
      ['member_delegate', 'DEU'],
      ['observer', 'OECD'],
    ] as const) {
      const a = await f.services.accounts.create({
        email: `${role}@standards.test`,
        name: role,
        role,
        delegation,
        password: 'standards-password-long',
      });
      tokens[role] = (await f.services.accounts.createToken(a.id, { name: 't', days: 1 })).token;
    }
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await f?.close();
  });

  const get = async (url: string, token?: string) => {
    const r = await app.inject({
      method: 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: r.statusCode, body: r.json<Record<string, unknown>>() };
  };
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, token = TOKEN) =>
    app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { authorization: `Bearer ${token}` },
    });

  it('lists the starter ISO committees: 796, of which 779 active', async () => {
    const all = await get('/api/v1/standards/committees');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(796);
    expect(all.body.bodies).toEqual([{ body: 'ISO', committees: 796, active: 779 }]);
    const active = await get('/api/v1/standards/committees?status=active');
    expect(active.body.total).toBe(779);
  });

  it('counts secretariats of active committees: Germany 130, China 94, United States 90', async () => {
    for (const [iso3, n] of [
      ['DEU', 130],
      ['CHN', 94],
      ['USA', 90],
    ] as const) {
      const r = await get(`/api/v1/standards/committees?status=active&secretariat=${iso3}`);
      expect([iso3, r.body.total]).toEqual([iso3, n]);
    }
    // By name, as a delegate would type it.
    const byName = await get('/api/v1/standards/committees?status=active&secretariat=Germany');
    expect(byName.body.total).toBe(130);
  });

  it('finds committees by tag and by words of the title', async () => {
    const ai = await get('/api/v1/standards/committees?tag=ai');
    const refs = (ai.body.items as { reference: string }[]).map((c) => c.reference);
    expect(refs).toContain('ISO/IEC JTC 1/SC 42');
    const words = await get('/api/v1/standards/committees?q=brain%20computer');
    expect((words.body.items as { reference: string }[]).map((c) => c.reference)).toEqual([
      'ISO/IEC JTC 1/SC 43',
    ]);
  });

  it('shows a committee with its members by role, parent and tags', async () => {
    const r = await get(
      `/api/v1/standards/committee?ref=${encodeURIComponent('ISO/IEC JTC 1/SC 43')}`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      reference: 'ISO/IEC JTC 1/SC 43',
      title: 'Brain-computer interfaces',
      secretariat: 'CHN',
      secretariatName: 'China',
      secretariatBody: 'SAC',
      parent: 'ISO/IEC JTC 1',
    });
    expect((r.body.parentCommittee as { reference: string }).reference).toBe('ISO/IEC JTC 1');
    expect(r.body.tags).toContain('bci');
    const members = r.body.members as { iso3: string; role: string }[];
    expect(members[0]).toMatchObject({ iso3: 'CHN', role: 'secretariat' });
    // Spaces and case are forgiven; an unknown reference is 404 naming it.
    const loose = await get(
      `/api/v1/standards/committee?ref=${encodeURIComponent('iso/iec jtc1/sc43')}`,
    );
    expect(loose.body.reference).toBe('ISO/IEC JTC 1/SC 43');
    const jtc1 = await get(
      `/api/v1/standards/committee?ref=${encodeURIComponent('ISO/IEC JTC 1')}`,
    );
    expect((jtc1.body.subcommittees as { reference: string }[]).map((s) => s.reference)).toContain(
      'ISO/IEC JTC 1/SC 42',
    );
    const missing = await get('/api/v1/standards/committee?ref=ISO%2FTC%209999');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/ISO\/TC 9999/);
  });

  it('measures the G7 against China: uncontested committees include JTC 1/SC 43', async () => {
    const r = await get(`/api/v1/standards/engagement?coalition=${G7}&concern=CHN`);
    expect(r.status).toBe(200);
    const e = r.body as unknown as Engagement;
    expect(e.activeCommittees).toBe(779);
    expect(e.coalition.economies).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
    expect(e.secretariats.byMember.find((m) => m.iso3 === 'DEU')?.total).toBe(130);
    expect(e.concernSecretariats.total).toBe(94);
    expect(e.uncontested.map((u) => u.reference)).toContain('ISO/IEC JTC 1/SC 43');
    for (const u of e.uncontested) expect(u.secretariat).toBe('CHN');
    const bci = e.byTag.find((t) => t.tag === 'bci')!;
    expect(bci.uncontested).toEqual(['ISO/IEC JTC 1/SC 43']);
    // The grouping gives the same members as the list.
    const grouping = await get('/api/v1/standards/engagement?coalition=G7&concern=CHN');
    expect((grouping.body as unknown as Engagement).coalition.economies).toEqual(
      e.coalition.economies,
    );
  });

  it('draws the trend of new committees by creation year', async () => {
    const r = await get(`/api/v1/standards/trend?coalition=${G7}&concern=CHN&from=2015&to=2025`);
    expect(r.status).toBe(200);
    const t = r.body as {
      years: number[];
      totals: number[];
      series: { code: string; counts: number[] }[];
    };
    expect(t.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const china = t.series.find((s) => s.code === 'CONCERN')!;
    // China took the secretariat of SC 43, created in 2022.
    expect(china.counts[7]).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < t.years.length; i++)
      for (const s of t.series) expect(s.counts[i]!).toBeLessThanOrEqual(t.totals[i]!);
  });

  it('answers bad input with 400 naming the parameter, never 500', async () => {
    const cases: [string, string][] = [
      ['/api/v1/standards/committees?type=XX', 'type'],
      ['/api/v1/standards/committees?secretariat=Atlantis', 'secretariat'],
      ['/api/v1/standards/committees?tag=Not%20A%20Tag', 'tag'],
      ['/api/v1/standards/committees?tag=nosuchtag', 'tag'],
      ['/api/v1/standards/committees?extra=1', 'extra'],
      ['/api/v1/standards/engagement', 'coalition'],
      ['/api/v1/standards/engagement?coalition=G7&concern=Narnia', 'concern'],
      ['/api/v1/standards/trend?from=2030&to=2010', 'from'],
      ['/api/v1/standards/trend?from=12', 'from'],
      ['/api/v1/standards/changes?snapshot=abc', 'snapshot'],
      // Ids are 32-bit in the database: a larger one is no id, not a query PostgreSQL refuses.
      ['/api/v1/standards/changes?snapshot=2147483648', 'snapshot'],
      ['/api/v1/standards/committees?q=%21%3F', 'q'],
      ['/api/v1/standards/committee', 'ref'],
    ];
    for (const [url, field] of cases) {
      const r = await get(url);
      expect([url, r.status]).toEqual([url, 400]);
      expect((r.body.issues as { path: string }[]).map((i) => i.path)).toContain(field);
    }
    expect((await get('/api/v1/standards/engagement?coalition=NOPE')).status).toBe(404);
    const ack = await send('POST', '/api/v1/standards/alerts/2147483648/acknowledge');
    expect(ack.statusCode).toBe(400);
    expect(ack.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('id');
    expect((await send('POST', '/api/v1/standards/alerts/2147483647/acknowledge')).statusCode).toBe(
      404,
    );
  });

  it('reads a concern economy given twice once, and filters by any body name an import takes', async () => {
    const e = await get(`/api/v1/standards/engagement?coalition=${G7}&concern=CHN,China,CHN`);
    expect(e.status).toBe(200);
    expect((e.body.concern as { economies: string[] }).economies).toEqual(['CHN']);
    const body = await get(
      `/api/v1/standards/committees?body=${encodeURIComponent('ETSI & 3GPP Partnership Projects')}`,
    );
    expect([body.status, body.body.total]).toEqual([200, 0]);
  });

  it('lets the secretariat edit tags, refuses others and unknown committees', async () => {
    const tag = { label: 'Digital identity', committees: ['ISO/IEC JTC 1/SC 17'] };
    expect(
      (await send('PUT', '/api/v1/standards/tags/digital-id', tag, tokens.member_delegate))
        .statusCode,
    ).toBe(403);
    const bad = await send('PUT', '/api/v1/standards/tags/digital-id', {
      ...tag,
      committees: ['ISO/TC 99999'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('committees');
    const ok = await send('PUT', '/api/v1/standards/tags/digital-id', tag, tokens.secretariat);
    expect(ok.statusCode).toBe(200);
    const r = await get('/api/v1/standards/committees?tag=digital-id');
    expect((r.body.items as { reference: string }[]).map((c) => c.reference)).toContain(
      'ISO/IEC JTC 1/SC 17',
    );
    expect(
      (await send('DELETE', '/api/v1/standards/tags/digital-id', undefined, tokens.secretariat))
        .statusCode,
    ).toBe(204);
    expect((await send('DELETE', '/api/v1/standards/tags/digital-id')).statusCode).toBe(404);

    // A reference with other spacing or case names its committee; naming one twice so is refused.
    const loose = await send('PUT', '/api/v1/standards/tags/digital-id', {
      ...tag,
      committees: ['iso/iec jtc 1/sc 17'],
    });
    expect(loose.statusCode).toBe(200);
    expect(loose.json<{ committees: string[] }>().committees).toEqual(['ISO/IEC JTC 1/SC 17']);
    for (const body of [
      { ...tag, committees: ['ISO/IEC JTC 1/SC 17', 'ISO/IEC JTC1/SC17'] },
      { ...tag, label: 'Digital \u202eidentity' },
      { ...tag, description: 'moves\u001b[2J the cursor' },
    ]) {
      const r = await send('PUT', '/api/v1/standards/tags/digital-id', body);
      expect([JSON.stringify(body), r.statusCode]).toEqual([JSON.stringify(body), 400]);
    }
    expect((await send('DELETE', '/api/v1/standards/tags/digital-id')).statusCode).toBe(204);
    const log = (await f.services.audit.page({ limit: 1000 })).items.filter((e) =>
      e.type.startsWith('standards.tag'),
    );
    expect(log.map((e) => e.type)).toEqual([
      'standards.tag_saved',
      'standards.tag_deleted',
      'standards.tag_saved',
      'standards.tag_deleted',
    ]);
  });

  it('records a meeting’s coordination, shows it to whom its confidentiality admits', async () => {
    const ref = encodeURIComponent('ISO/IEC JTC 1/SC 42');
    const plan = {
      reference: 'ISO/IEC JTC 1/SC 42',
      meetingDate: '2027-04-12',
      meetingPlace: 'Seoul',
      attending: ['DEU', 'Japan', 'USA'],
      position: 'Support the AI management system amendment as drafted.',
      confidentiality: 'members',
    };
    const created = await send(
      'POST',
      '/api/v1/standards/coordination',
      plan,
      tokens.member_delegate,
    );
    expect(created.statusCode).toBe(201);
    const record = created.json<{ id: string; attending: string[]; createdBy: string }>();
    expect(record.attending).toEqual(['DEU', 'JPN', 'USA']);
    expect(record.createdBy).toMatch(/^account:/);

    // Members-only: the member delegate and the secretariat see it; an observer and nobody do not.
    const seen = async (token?: string) =>
      ((await get(`/api/v1/standards/coordination?ref=${ref}`, token)).body.items as unknown[])
        .length;
    expect(await seen(tokens.member_delegate)).toBe(1);
    expect(await seen(tokens.secretariat)).toBe(1);
    expect(await seen(tokens.observer)).toBe(0);
    expect(await seen()).toBe(0);

    // The outcome after the meeting.
    const changed = await send(
      'POST',
      `/api/v1/standards/coordination/${record.id}`,
      { outcome: 'Amendment adopted for DIS ballot.' },
      tokens.secretariat,
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      outcome: 'Amendment adopted for DIS ballot.',
      position: plan.position,
    });
    // Observers may not write; a record they cannot see is not found for them.
    expect(
      (await send('POST', '/api/v1/standards/coordination', plan, tokens.observer)).statusCode,
    ).toBe(403);

    const cases: [object, number, string][] = [
      [{ ...plan, meetingDate: '2027-02-30' }, 400, 'meetingDate'],
      [{ ...plan, meetingDate: '0000-01-01' }, 400, 'meetingDate'],
      [{ ...plan, attending: ['Atlantis'] }, 400, 'attending'],
      [{ ...plan, reference: 'ISO/TC 99999' }, 404, ''],
      [{ ...plan, proposalId: 'no-such-proposal' }, 404, 'proposalId'],
      [{ ...plan, position: 'clears\u001b[2J the screen' }, 400, 'position'],
      [{ ...plan, confidentiality: 'secret' }, 400, 'confidentiality'],
      [{ ...plan, unknown: 1 }, 400, 'unknown'],
    ];
    for (const [body, status, field] of cases) {
      const r = await send('POST', '/api/v1/standards/coordination', body);
      expect([JSON.stringify(body), r.statusCode]).toEqual([JSON.stringify(body), status]);
      if (field !== '')
        expect(r.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toContain(field);
    }
    const empty = await send('POST', `/api/v1/standards/coordination/${record.id}`, {});
    expect(empty.statusCode).toBe(400);

    const log = (await f.services.audit.page({ limit: 1000 })).items.filter((e) =>
      e.type.startsWith('standards.coordination'),
    );
    expect(log.map((e) => e.type)).toEqual([
      'standards.coordination_recorded',
      'standards.coordination_updated',
    ]);
    // Every account reads the log: it names ids and the confidentiality only, never the
    // position, nor which committee, meeting or members a members-only record is about.
    for (const e of log) expect(e.payload).not.toMatch(/management system|SC 42|2027-04-12|JPN/);
    const observed = await app.inject({
      method: 'GET',
      url: '/api/v1/audit/log?limit=1000',
      headers: { authorization: `Bearer ${tokens.observer}` },
    });
    expect(observed.statusCode).toBe(200);
    expect(observed.body).toContain('standards.coordination_recorded');
    expect(observed.body).not.toMatch(/SC 42|Seoul|2027-04-12/);
  });

  it('keeps the watch setting, changed by the secretariat only', async () => {
    const w = await get('/api/v1/standards/watch');
    expect(w.body).toMatchObject({ coalition: 'T12', concern: ['CHN', 'IRN', 'PRK', 'RUS'] });
    expect((w.body.members as string[]).length).toBeGreaterThan(5);
    expect(
      (
        await send(
          'PUT',
          '/api/v1/standards/watch',
          { coalition: 'G7', concern: ['CHN'] },
          tokens.member_delegate,
        )
      ).statusCode,
    ).toBe(403);
    const set = await send('PUT', '/api/v1/standards/watch', {
      coalition: 'G7',
      concern: ['China'],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ coalition: 'G7', concern: ['CHN'], updatedBy: 'operator' });
    expect(
      (await send('PUT', '/api/v1/standards/watch', { coalition: 'NOPE', concern: ['CHN'] }))
        .statusCode,
    ).toBe(404);
  });
});
