// The policy registry over the API: the real OECD.AI, STIP and AGORA files imported give the
// per-jurisdiction counts of the corpus (Germany 93, United States 84 + AGORA's 147, United
// Kingdom 72, France 68, EU 60); full-text search with filters and facets; one record with its
// versions; the side-by-side comparison; a record a delegation enters, seen only by whom its
// confidentiality admits; the taxonomy edited by the secretariat; and bad input answered with a
// 400 naming the parameter. Every answer is checked against its OpenAPI schema under Vitest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import { buildApp } from './app.ts';

warnWithoutSharedData('policy registry API tests on the real registries');

const TOKEN = 'policies-operator-token-0123456789abcdef';

describe.skipIf(!hasSharedData)('the policy registry on the real files', () => {
  let f: Fixture;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    f = await openStarterFixture();
    for (const [format, file] of [
      ['oecd-ai', 'oecd_ai_policy_corpus_llm_scored_2216.csv'],
      ['stip', 'oecd_stip_compass_covid_sti_initiatives_hackathon_extract.csv'],
      ['agora', 'eto_agora_us_congress_ai_laws_2020-2025.csv'],
    ] as const) {
      const r = await f.services.imports.run({ format, file: sharedFile('policies', file) });
      expect([format, r.written]).toEqual([format, true]);
    }
    app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    for (const [role, delegation] of [
      ['member_delegate', 'DEU'],
      ['observer', 'OECD'],
    ] as const) {
      const a = await f.services.accounts.create({
        email: `${delegation.toLowerCase()}@policies.test`,
        name: delegation,
        role,
        delegation,
        password: 'policies-password-long',
      });
      tokens[delegation] = (
        await f.services.accounts.createToken(a.id, { name: 't', days: 1 })
      ).token;
    }
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await f?.close();
  });

  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
    token?: string,
  ) => {
    const r = await app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload } : {}),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: r.statusCode,
      body: r.statusCode === 204 ? {} : r.json<Record<string, unknown>>(),
    };
  };

  it('counts the records per jurisdiction as the files have them', async () => {
    const r = await call('GET', '/api/v1/policies?source=oecd-ai&limit=1');
    expect(r.status).toBe(200);
    const byJurisdiction = (r.body.facets as { jurisdiction: Record<string, number> }).jurisdiction;
    expect(byJurisdiction).toMatchObject({ DEU: 93, USA: 84, GBR: 72, FRA: 68, EU: 60 });
    const agora = await call('GET', '/api/v1/policies?source=agora&limit=1');
    expect(agora.body.total).toBe(147);
    const stip = await call('GET', '/api/v1/policies?source=stip&limit=1');
    expect(stip.body.total).toBe(108);
  });

  it('finds records by words, filters and marks model-coded attributes', async () => {
    const r = await call(
      'GET',
      '/api/v1/policies?q=%22artificial%20intelligence%20act%22&jurisdictions=EU',
    );
    expect(r.status).toBe(200);
    const items = r.body.items as {
      id: string;
      title: string;
      typeModelCoded: boolean;
      jurisdiction: string;
    }[];
    const act = items.find((i) => i.id === 'oecd-ai:dfb5156126ae');
    expect(act?.title).toMatch(/Artificial Intelligence Act/);
    expect(act?.typeModelCoded).toBe(true);
    expect(items.every((i) => i.jurisdiction === 'EU')).toBe(true);
    const one = await call('GET', '/api/v1/policies/instrument?id=oecd-ai:dfb5156126ae');
    expect(one.status).toBe(200);
    expect((one.body.versions as unknown[]).length).toBe(1);
    expect(one.body.bindingModelCoded).toBe(true);
  });

  it('compares jurisdictions on a topic, with a timeline that adds up', async () => {
    const r = await call('GET', '/api/v1/policies/compare?jurisdictions=USA,DEU,EU&topic=ai');
    expect(r.status).toBe(200);
    const columns = r.body.columns as { jurisdiction: string; instruments: unknown[] }[];
    expect(columns.map((c) => c.jurisdiction)).toEqual(['USA', 'DEU', 'EU']);
    const timeline = r.body.timeline as { year: number; counts: Record<string, number> }[];
    const undated = r.body.undated as Record<string, number>;
    for (const c of columns) {
      const dated = timeline.reduce((n, row) => n + (row.counts[c.jurisdiction] ?? 0), 0);
      expect(dated + (undated[c.jurisdiction] ?? 0)).toBe(c.instruments.length);
    }
    // The United States' AI records: OECD.AI's and AGORA's.
    expect(columns[0]!.instruments.length).toBeGreaterThanOrEqual(84 + 147);
  });

  it('keeps a members-only record a delegation entered from observers and the public', async () => {
    const entered = await call(
      'POST',
      '/api/v1/policies/instruments',
      {
        title: 'Draft ordinance on compute export licensing',
        jurisdiction: 'DEU',
        type: 'regulation',
        status: 'proposed',
        dates: { proposed: '2026-11' },
        topics: ['export-controls'],
        confidentiality: 'members',
      },
      tokens.DEU,
    );
    expect(entered.status).toBe(201);
    const id = entered.body.id as string;
    expect(id).toMatch(/^manual:/);
    const search = (token?: string) =>
      call(
        'GET',
        '/api/v1/policies?q=compute%20export%20licensing&jurisdictions=DEU',
        undefined,
        token,
      );
    expect(((await search(tokens.DEU)).body.items as { id: string }[]).map((i) => i.id)).toContain(
      id,
    );
    expect((await search(tokens.OECD)).body.total).toBe(0);
    expect((await search()).body.total).toBe(0);
    expect((await call('GET', `/api/v1/policies/instrument?id=${id}`)).status).toBe(404);
    // A new version keeps the first.
    const edited = await call(
      'PUT',
      `/api/v1/policies/instrument?id=${encodeURIComponent(id)}`,
      {
        title: 'Ordinance on compute export licensing',
        jurisdiction: 'DEU',
        type: 'regulation',
        status: 'adopted',
        dates: { proposed: '2026-11', adopted: '2026-12' },
        topics: ['export-controls'],
        confidentiality: 'members',
      },
      tokens.DEU,
    );
    expect(edited.status).toBe(200);
    expect((edited.body.versions as { version: number }[]).map((v) => v.version)).toEqual([1, 2]);
    // Another jurisdiction's record, an imported record: refused.
    const other = await call(
      'POST',
      '/api/v1/policies/instruments',
      { title: 'x', jurisdiction: 'FRA', type: 'law', status: 'adopted' },
      tokens.DEU,
    );
    expect(other.status).toBe(403);
    const imported = await call(
      'PUT',
      '/api/v1/policies/instrument?id=oecd-ai:dfb5156126ae',
      { title: 'x', jurisdiction: 'EU', type: 'law', status: 'adopted' },
      TOKEN,
    );
    expect(imported.status).toBe(409);
  });

  it('lets the secretariat edit the taxonomy and keeps it a tree', async () => {
    const added = await call(
      'PUT',
      '/api/v1/policies/topics/ai.chips',
      { label: 'AI chips', parent: 'ai', description: 'Accelerators and their controls' },
      TOKEN,
    );
    expect(added.status).toBe(200);
    const orphan = await call(
      'PUT',
      '/api/v1/policies/topics/x.y',
      { label: 'X', parent: 'nowhere' },
      TOKEN,
    );
    expect(orphan.status).toBe(400);
    expect(JSON.stringify(orphan.body)).toContain('parent');
    expect((await call('DELETE', '/api/v1/policies/topics/ai', undefined, TOKEN)).status).toBe(409);
    expect(
      (await call('DELETE', '/api/v1/policies/topics/ai.chips', undefined, TOKEN)).status,
    ).toBe(204);
    expect(
      (await call('PUT', '/api/v1/policies/topics/ai.chips', { label: 'x' }, tokens.DEU)).status,
    ).toBe(403);
  });

  it('answers bad input with a 400 naming the parameter', async () => {
    for (const [url, field] of [
      ['/api/v1/policies?types=law,banana', 'types'],
      ['/api/v1/policies?topics=no-such-topic', 'topics'],
      ['/api/v1/policies?yearFrom=19x', 'yearFrom'],
      ['/api/v1/policies?limit=100000', 'limit'],
      ['/api/v1/policies/compare?jurisdictions=', 'jurisdictions'],
      ['/api/v1/policies/compare?jurisdictions=USA&topic=nothing', 'topic'],
      ['/api/v1/policies/instrument?id=%00', 'id'],
    ] as const) {
      const r = await call('GET', url);
      expect([url, r.status]).toEqual([url, 400]);
      expect(JSON.stringify(r.body)).toContain(field);
    }
    const bad = await call(
      'POST',
      '/api/v1/policies/instruments',
      {
        title: 'x',
        jurisdiction: 'DEU',
        type: 'law',
        status: 'adopted',
        links: ['javascript:alert(1)'],
      },
      TOKEN,
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('links');
  });
});
