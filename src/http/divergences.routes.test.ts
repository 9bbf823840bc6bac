// The divergence register over the API on the real files: with the control lists and the DoD 1260H
// and EU Annex IV lists imported (each import recomputes the register's sources), the register
// holds the US-only control of 3A090 and the DoD 1260H companies the EU does not list, each with
// its evidence and a link to the underlying data that answers; a second import marks nothing new;
// filters work and bad filters get a 400. Every answer is checked against its OpenAPI schema by
// the route layer under Vitest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importControlLists } from '../../test/control-lists-data.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';

warnWithoutSharedData('divergence register API tests on the real lists');

interface Item {
  id: number;
  source: string;
  key: string;
  kind: string;
  members: string[];
  evidence: { label: string; detail: string; link: string | null }[];
  link: string;
  apiLink: string | null;
  change: string;
  state: string;
}

const RESTRICTED = [
  ['dod-1260h', sharedFile('screening', 'lists', 'us_dod_1260h_chinese_military_companies.csv')],
  ['eu-833-annex-iv', sharedFile('export-controls', 'eu_reg_833_2014_annex_IV_only.csv')],
] as const;

describe.skipIf(!hasSharedData)('the divergence register on the real lists', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openStarterFixture();
    for (const s of await importControlLists(f.services)) expect(s.written).toBe(true);
    for (const [format, file] of RESTRICTED) {
      const r = await f.services.imports.run({ format, file });
      expect([format, r.written]).toEqual([format, true]);
      // The register read the new list: no warning says it could not.
      expect(r.warnings.filter((w) => w.includes('divergence register'))).toEqual([]);
    }
  }, 300_000);
  afterAll(async () => {
    await f?.close();
  });

  const get = async (url: string) => {
    const r = await f.app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json<Record<string, unknown>>() };
  };
  const items = async (query: string) =>
    (await get(`/api/v1/divergences?${query}`)).body.items as Item[];

  it('holds the US-only control of 3A090, linked to its evidence', async () => {
    const found = await items('source=control-lists&member=USA&q=3A090&limit=1000');
    const d = found.find((x) => x.key === 'unilateral:USA:3A090');
    expect(d).toBeDefined();
    expect(d!.kind).toBe('unilateral-control');
    expect(d!.members).toContain('USA');
    expect(d!.evidence[0]!.detail).toMatch(/^3A090/);
    expect(d!.link).toMatch(/^#\/control-lists\//);
    // The link to the data answers with the entry.
    const data = await get(d!.apiLink!);
    expect(data.status).toBe(200);
    expect(JSON.stringify(data.body)).toContain('3A090');
  });

  it('holds the DoD 1260H companies the EU does not list, naming them', async () => {
    const found = await items('source=restricted-parties');
    const d = found.find((x) => x.key === 'listed:us-dod-1260h:EU');
    expect(d).toBeDefined();
    expect(d!.members).toEqual(['EU', 'USA']);
    expect(d!.evidence.length).toBeGreaterThan(1);
    const data = await get(d!.apiLink!);
    expect(data.status).toBe(200);
    const onlyA = (data.body.onlyA as { count: number }).count;
    expect(onlyA).toBeGreaterThan(0);
    // One divergence's page: its history begins with the recomputation that found it.
    const one = await get(`/api/v1/divergences/${d!.id}`);
    expect(one.status).toBe(200);
    expect((one.body.events as { to: string }[])[0]!.to).toBe('new');
  });

  it('marks nothing new when the same list is imported again', async () => {
    const [format, file] = RESTRICTED[0];
    const again = await f.services.imports.run({ format, file });
    expect(again.written).toBe(true);
    const found = await items('source=restricted-parties');
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((x) => x.change !== 'unchanged')).toEqual([]);
  });

  it('answers bad filters with a 400 naming them', async () => {
    for (const [query, field] of [
      ['state=closed', 'state'],
      ['source=nothing-here', 'source'],
      ['member=united', 'member'],
      ['limit=0', 'limit'],
    ] as const) {
      const r = await get(`/api/v1/divergences?${query}`);
      expect([query, r.status]).toEqual([query, 400]);
      expect(JSON.stringify(r.body)).toContain(field);
    }
  });
});
