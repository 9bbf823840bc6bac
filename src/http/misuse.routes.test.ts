// The misuse API on the real illiberal-technology files, with the US DoD 1260H list and the EU's
// Annex IV imported: the issue's figures (97 countries in the Carnegie 2022 index, Huawei named
// for 53, 2024 shutdowns in India), Hikvision's footprint listed by the United States and not by the
// EU, a country's profile, a case recorded by hand seen only by whom its confidentiality admits, a
// proposal opened from a supplier with its evidence, and the answers to bad input. Every answer is
// checked against its OpenAPI schema by the route layer under Vitest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasMisuseData, importMisuseFiles, warnWithoutMisuseData } from '../../test/misuse-data.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { sharedFile } from '../../test/shared-data.ts';
import { OPERATOR } from '../core/accounts/access.ts';
import { buildApp } from './app.ts';

warnWithoutMisuseData('misuse API tests');

const TOKEN = 'misuse-operator-token-0123456789abc';

describe.skipIf(!hasMisuseData)('misuse API on the real files', () => {
  let f: Fixture;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    f = await openStarterFixture();
    for (const s of await importMisuseFiles(f.services))
      expect([s.file, s.written]).toEqual([s.file, true]);
    for (const [format, file] of [
      [
        'dod-1260h',
        sharedFile('screening', 'lists', 'us_dod_1260h_chinese_military_companies.csv'),
      ],
      ['eu-833-annex-iv', sharedFile('export-controls', 'eu_reg_833_2014_annex_IV_only.csv')],
    ] as const) {
      const r = await f.services.imports.run({ format, file });
      expect([format, r.written]).toEqual([format, true]);
    }
    app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    for (const [role, delegation] of [
      ['member_delegate', 'DEU'],
      ['observer', 'OECD'],
    ] as const) {
      const a = await f.services.accounts.create({
        email: `${role}@misuse.test`,
        name: role,
        role,
        delegation,
        password: 'misuse-password-long',
      });
      tokens[role] = (await f.services.accounts.createToken(a.id, { name: 't', days: 1 })).token;
    }
  }, 180_000);
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
  const send = (method: 'POST' | 'PUT', url: string, payload: object, token = TOKEN) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });

  it('counts the Carnegie 2022 index: 97 countries, Huawei named for 53', async () => {
    const map = await get('/api/v1/misuse/map');
    expect(map.status).toBe(200);
    const countries = map.body.countries as { iso3: string; colour: string }[];
    expect(countries).toHaveLength(97);
    // In the Carnegie index alone (53 once India's combined cell is split); the footprint adds the
    // countries other sources name Huawei in.
    const carnegie = await get(
      '/api/v1/misuse/cases?supplier=Huawei&source=carnegie-aigs&limit=1000',
    );
    const named = new Set(
      (carnegie.body.items as { countries: string[] }[]).flatMap((c) => c.countries),
    );
    expect(named.size).toBe(53);
    const huawei = await get('/api/v1/misuse/supplier?name=Huawei');
    expect(huawei.status).toBe(200);
    const everywhere = (huawei.body.countries as { iso3: string }[]).map((c) => c.iso3);
    for (const iso3 of named) expect(everywhere).toContain(iso3);
  });

  it('counts 2024 shutdowns in India as Access Now does: 84', async () => {
    const r = await get(
      '/api/v1/misuse/cases?country=India&kind=internet-shutdown&year=2024&limit=1',
    );
    expect(r.body.total).toBe(84);
    const profile = await get('/api/v1/misuse/countries/IND');
    expect(profile.status).toBe(200);
    const years = profile.body.years as { year: number; byKind: Record<string, number> }[];
    expect(years.find((y) => y.year === 2024)?.byKind['internet-shutdown']).toBe(84);
    const indicators = profile.body.indicators as { code: string; values: unknown[] }[];
    expect(indicators.find((i) => i.code === 'fotn_total')?.values.length).toBeGreaterThan(0);
  });

  it('shows Hikvision listed by the United States and not by the EU: a divergence', async () => {
    const r = await get('/api/v1/misuse/supplier?name=Hikvision');
    expect(r.status).toBe(200);
    const listing = r.body.listing as { listedBy: string[]; notListedBy: string[] };
    expect(listing.listedBy).toEqual(['US']);
    expect(listing.notListedBy).toEqual(['EU']);
    expect(r.body.divergence).toEqual({
      supplierKey: 'hikvision',
      listedBy: ['US'],
      notListedBy: ['EU'],
    });
    expect((r.body.countries as unknown[]).length).toBe(12);
    // Anonymous callers see the status by score; the decisions are applied for analysts only.
    expect(r.body.decisionsApplied).toBe(false);
    const analyst = await get('/api/v1/misuse/supplier?name=Hikvision', tokens.member_delegate);
    expect(analyst.body.decisionsApplied).toBe(true);
  });

  it('opens a proposal from a supplier with the evidence in its text', async () => {
    // Without the workstream a delegation proposes in, the refusal says which one is missing.
    const missing = await send(
      'POST',
      '/api/v1/misuse/proposals',
      { supplier: 'Hikvision', action: 'list-supplier' },
      tokens.member_delegate,
    );
    expect(missing.statusCode).toBe(409);
    expect(missing.json<{ message: string }>().message).toMatch(/illiberal_tech/);
    await f.services.governance.saveWorkstream(OPERATOR, {
      code: 'illiberal_tech',
      name: 'Countering the illiberal use of technology',
      description: '',
      decisionRule: null,
      participants: [{ delegation: 'DEU', rights: ['read', 'propose', 'comment', 'vote'] }],
    });
    const r = await send(
      'POST',
      '/api/v1/misuse/proposals',
      { supplier: 'Hikvision', action: 'list-supplier' },
      tokens.member_delegate,
    );
    expect(r.statusCode, r.body).toBe(201);
    const { proposalId, title } = r.json<{ proposalId: string; title: string }>();
    expect(title).toMatch(/Hikvision/);
    const p = await get(`/api/v1/proposals/${proposalId}`, tokens.member_delegate);
    expect(p.status).toBe(200);
    const text = JSON.stringify(p.body);
    expect(text).toMatch(/Listed by: US\. Not listed by: EU/);
    expect(text).toMatch(/carnegie-aigs-2022/);
    // Observers may not open proposals.
    expect(
      (
        await send(
          'POST',
          '/api/v1/misuse/proposals',
          { supplier: 'Hikvision', action: 'list-supplier' },
          tokens.observer,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('records a case by hand, versioned, seen only by whom its confidentiality admits', async () => {
    const input = {
      kind: 'spyware-operation',
      title: 'Spyware found on a journalist’s phone',
      countries: ['Serbia'],
      period: { start: '2024-12' },
      suppliers: [{ name: 'Cellebrite', origin: 'Israel' }],
      technology: 'intrusion-software',
      evidence: [
        { url: 'https://example.org/report', reference: 'forensic report', confidence: 'high' },
      ],
      confidentiality: 'members',
    };
    const r = await send('POST', '/api/v1/misuse/cases', input, tokens.member_delegate);
    expect(r.statusCode).toBe(201);
    const c = r.json<{
      id: string;
      countries: string[];
      version: number;
      suppliers: { origin: string }[];
    }>();
    expect(c.countries).toEqual(['SRB']);
    expect(c.suppliers[0]!.origin).toBe('ISR');
    expect(c.version).toBe(1);
    const seen = async (token?: string) =>
      (await get(`/api/v1/misuse/cases?source=manual`, token)).body.total;
    expect(await seen(tokens.member_delegate)).toBe(1);
    expect(await seen(tokens.observer)).toBe(0);
    expect(await seen()).toBe(0);
    expect((await get(`/api/v1/misuse/case?id=${encodeURIComponent(c.id)}`)).status).toBe(404);

    const changed = await send(
      'PUT',
      `/api/v1/misuse/case?id=${encodeURIComponent(c.id)}`,
      { ...input, status: 'ended' },
      tokens.member_delegate,
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json<{ version: number; versions: unknown[] }>()).toMatchObject({ version: 2 });
    // An edit that does not name a confidentiality keeps the case's own.
    const { confidentiality: _, ...unnamed } = input;
    const kept = await send(
      'PUT',
      `/api/v1/misuse/case?id=${encodeURIComponent(c.id)}`,
      { ...unnamed, status: 'ongoing' },
      tokens.member_delegate,
    );
    expect(kept.json<{ confidentiality: string }>().confidentiality).toBe('members');
    expect(await seen(tokens.observer)).toBe(0);
    // Another delegation neither edits it nor makes it public.
    const other = await f.services.accounts.create({
      email: 'other-member@misuse.test',
      name: 'other member',
      role: 'member_delegate',
      delegation: 'FRA',
      password: 'misuse-password-long',
    });
    const otherToken = (await f.services.accounts.createToken(other.id, { name: 't', days: 1 }))
      .token;
    const foreign = await send(
      'PUT',
      `/api/v1/misuse/case?id=${encodeURIComponent(c.id)}`,
      { ...input, confidentiality: 'public' },
      otherToken,
    );
    expect(foreign.statusCode).toBe(403);
    expect(await seen()).toBe(0);
    // An imported case changes only by import.
    const imported = (await get('/api/v1/misuse/cases?source=carnegie-aigs&limit=1')).body
      .items as { id: string }[];
    const refused = await send(
      'PUT',
      `/api/v1/misuse/case?id=${encodeURIComponent(imported[0]!.id)}`,
      input,
    );
    expect(refused.statusCode).toBe(409);
  });

  it('answers bad input with 400 naming the field, never 500', async () => {
    const cases: [string, string][] = [
      ['/api/v1/misuse/cases?kind=coup', 'kind'],
      ['/api/v1/misuse/cases?country=Atlantis', 'country'],
      ['/api/v1/misuse/cases?year=12', 'year'],
      ['/api/v1/misuse/cases?limit=0', 'limit'],
      ['/api/v1/misuse/supplier', 'name'],
      ['/api/v1/misuse/supplier?name=%21%21%21', 'name'],
      ['/api/v1/misuse/countries/Atlantis', 'iso3'],
    ];
    for (const [url, field] of cases) {
      const r = await get(url);
      expect([url, r.status]).toEqual([url, 400]);
      expect((r.body.issues as { path: string }[]).map((i) => i.path)).toContain(field);
    }
    expect((await get('/api/v1/misuse/supplier?name=No%20Such%20Firm')).status).toBe(404);
    const bad: [object, string][] = [
      [
        { kind: 'spyware-operation', title: 't', countries: [], technology: 'other', evidence: [] },
        'countries',
      ],
      [
        {
          kind: 'spyware-operation',
          title: 't',
          countries: ['FRA'],
          technology: 'other',
          evidence: [{ url: 'javascript:alert(1)', reference: 'r', confidence: 'high' }],
        },
        'evidence.0.url',
      ],
      [
        {
          kind: 'spyware-operation',
          title: 't',
          countries: ['FRA'],
          period: { start: '2025-01', end: '2024-01' },
          technology: 'other',
          evidence: [{ reference: 'r', confidence: 'high' }],
        },
        'period.start',
      ],
    ];
    const valid = {
      kind: 'spyware-operation',
      title: 't',
      countries: ['FRA'],
      technology: 'other',
      evidence: [{ reference: 'r', confidence: 'high' }],
    };
    bad.push(
      [{ ...valid, title: 'invoice\u202Efdp.exe' }, 'title'],
      [{ ...valid, actors: ['Ministry\u0007'] }, 'actors.0'],
      [{ ...valid, suppliers: [{ name: '\u200B!!' }] }, 'suppliers.0.name'],
      [
        { ...valid, evidence: [{ reference: 'r', confidence: 'high', note: 'a\u001Bb' }] },
        'evidence.0.note',
      ],
    );
    for (const [body, field] of bad) {
      const r = await send('POST', '/api/v1/misuse/cases', body);
      expect([field, r.statusCode]).toEqual([field, 400]);
      expect(r.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toContain(field);
    }
  });

  it('writes into a proposal, and into the log, nothing more confidential than their readers', async () => {
    const r = await send(
      'POST',
      '/api/v1/misuse/cases',
      {
        kind: 'technology-transfer',
        title: 'Cameras sold to the police',
        countries: ['Iceland'],
        suppliers: [{ name: 'Hikvision' }],
        technology: 'safe-city',
        evidence: [{ reference: 'a cable', confidence: 'medium' }],
        confidentiality: 'members',
      },
      tokens.member_delegate,
    );
    expect(r.statusCode).toBe(201);
    const id = r.json<{ id: string }>().id;
    const textOf = async (confidentiality: string) => {
      const p = await send(
        'POST',
        '/api/v1/misuse/proposals',
        { supplier: 'Hikvision', action: 'list-supplier', confidentiality },
        tokens.member_delegate,
      );
      expect(p.statusCode, p.body).toBe(201);
      const { proposalId } = p.json<{ proposalId: string }>();
      return JSON.stringify(
        (await get(`/api/v1/proposals/${proposalId}`, tokens.member_delegate)).body,
      );
    };
    expect(await textOf('members')).toContain(id);
    const pub = await textOf('public');
    expect(pub).not.toContain(id);
    expect(pub).not.toMatch(/ISL/);
    // From the case itself: a proposal less confidential than the case is refused.
    const fromCase = await send(
      'POST',
      '/api/v1/misuse/proposals',
      { caseId: id, action: 'control-technology', confidentiality: 'alliance' },
      tokens.member_delegate,
    );
    expect(fromCase.statusCode).toBe(400);
    expect(fromCase.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('confidentiality');
    // A supplier named only in members' cases: refused in a public proposal, and without a
    // confidentiality given the proposal takes the cases'.
    const only = await send(
      'POST',
      '/api/v1/misuse/cases',
      {
        kind: 'spyware-operation',
        title: 'Implant on a minister’s phone',
        countries: ['Iceland'],
        suppliers: [{ name: 'Quiet Fjord Intrusion' }],
        technology: 'intrusion-software',
        evidence: [{ reference: 'a cable', confidence: 'low' }],
        confidentiality: 'members',
      },
      tokens.member_delegate,
    );
    expect(only.statusCode).toBe(201);
    const propose = (extra: object) =>
      send(
        'POST',
        '/api/v1/misuse/proposals',
        { supplier: 'Quiet Fjord Intrusion', action: 'list-supplier', ...extra },
        tokens.member_delegate,
      );
    const refused = await propose({ confidentiality: 'public' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('confidentiality');
    const taken = await propose({});
    expect(taken.statusCode).toBe(201);
    const takenId = taken.json<{ proposalId: string }>().proposalId;
    expect(
      (await get(`/api/v1/proposals/${takenId}`, tokens.member_delegate)).body.confidentiality,
    ).toBe('members');
    // The log (read by every signed-in account) names the case, not its country or kind.
    const log = JSON.stringify((await get('/api/v1/audit/log?limit=1000', tokens.observer)).body);
    expect(log).toContain(id);
    expect(log).not.toMatch(/ISL/);
  });

  it('maps technologies to control-list entries, edited by the secretariat only', async () => {
    const r = await get('/api/v1/misuse/technology-controls');
    const map = r.body.map as { technology: string; canonicalCode: string }[];
    expect(
      map.some((m) => m.technology === 'intrusion-software' && m.canonicalCode === '4A005'),
    ).toBe(true);
    const line = {
      technology: 'facial-recognition',
      canonicalCode: '3A981',
      note: 'US crime control',
    };
    expect(
      (await send('POST', '/api/v1/misuse/technology-controls', line, tokens.member_delegate))
        .statusCode,
    ).toBe(403);
    expect((await send('POST', '/api/v1/misuse/technology-controls', line)).statusCode).toBe(201);
    const after = await get('/api/v1/misuse/technology-controls');
    expect(
      (after.body.map as { canonicalCode: string }[]).some((m) => m.canonicalCode === '3A981'),
    ).toBe(true);
    expect(
      (
        await send('POST', '/api/v1/misuse/technology-controls/remove', {
          technology: 'facial-recognition',
          canonicalCode: '3A981',
        })
      ).statusCode,
    ).toBe(204);
    // A munitions entry, written as a reader types it; a bad label is named.
    const ml = await send('POST', '/api/v1/misuse/technology-controls', {
      technology: 'intrusion-software',
      canonicalCode: 'ml21',
      paragraph: 'b.3',
    });
    expect(ml.statusCode, ml.body).toBe(201);
    expect(ml.json<{ canonicalCode: string }>().canonicalCode).toBe('ML21');
    const removed = await send('POST', '/api/v1/misuse/technology-controls/remove', {
      technology: 'intrusion-software',
      canonicalCode: 'ML21',
      paragraph: 'b.3',
    });
    expect(removed.statusCode).toBe(204);
    const badLabel = await send('POST', '/api/v1/misuse/technology-controls', {
      technology: 'intrusion-software',
      canonicalCode: '4A005',
      paragraph: 'B?',
    });
    expect(badLabel.statusCode).toBe(400);
    expect(badLabel.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('paragraph');
  });
});
