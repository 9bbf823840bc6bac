// The research API on the real files (NSF, OpenAlex, CORDIS, the ROR subset) with the US BIS
// Entity List extract imported: the issue's figures (US–China co-authorship 58,546 in 2022 by NSF
// and 72,794 in 2023 by OpenAlex, Germany–United Kingdom 3,776 Horizon 2020 projects), Beihang
// resolved under both its names, Harbin Institute of Technology screened to its Entity List entry
// with why and flagged among Germany's AI partner suggestions, and the answers to bad input.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import {
  hasResearchData,
  importResearchFiles,
  warnWithoutResearchData,
} from '../../test/research-data.ts';
import { sharedFile } from '../../test/shared-data.ts';
import { buildApp } from './app.ts';

const TOKEN = 'research-operator-token-0123456789abc';

warnWithoutResearchData('research API tests');

const BIS_FILE = sharedFile(
  'export-controls',
  'us_bis_entity_list_china_universities_extract_20260330.json',
);

describe.skipIf(!hasResearchData)('research API on the real files', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openStarterFixture();
    await f.app.close();
    f.app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    for (const s of await importResearchFiles(f.services))
      expect([s.file, s.written]).toEqual([s.file, true]);
  }, 240_000);
  afterAll(async () => {
    // The fixture closes the app it built; this one, with the operator's token, is ours.
    await f?.app.close();
    await f?.close();
  });

  const get = async (url: string) => {
    const r = await f.app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json<Record<string, unknown>>() };
  };

  it('counts US–China co-authorship: 58,546 articles in 2022 (NSF), 72,794 works in 2023 (OpenAlex)', async () => {
    const r = await get('/api/v1/research/collaboration?a=USA&b=China');
    expect(r.status).toBe(200);
    const points = r.body.points as {
      source: string;
      field: string;
      year: number;
      works: number;
    }[];
    expect(
      points.find((p) => p.source === 'nsf' && p.field === 'all' && p.year === 2022)?.works,
    ).toBe(58546);
    expect(points.find((p) => p.source === 'openalex' && p.year === 2023)?.works).toBe(72794);
  });

  it('counts Germany–United Kingdom joint Horizon 2020 projects: 3,776', async () => {
    const r = await get('/api/v1/research/collaboration?a=DEU&b=GBR');
    const points = r.body.points as { source: string; programme: string | null; works: number }[];
    expect(points.find((p) => p.source === 'cordis' && p.programme === 'all')?.works).toBe(3776);
  });

  it('resolves Beihang University under both its names to one organisation', async () => {
    const a = await get('/api/v1/research/institution?name=Beihang%20University');
    const b = await get(
      `/api/v1/research/institution?name=${encodeURIComponent('Beijing University of Aeronautics and Astronautics (BUAA)')}`,
    );
    expect(a.body.resolution).toBe('found');
    expect((a.body.organisation as { rorId: string }).rorId).toBe('00wk2mp56');
    expect((b.body.organisation as { rorId: string }).rorId).toBe('00wk2mp56');
    // Without a restricted-party list, nothing is screened.
    expect((a.body.screening as { status: string }).status).toBe('unscreened');
  });

  it('ranks Germany’s AI partners with their reasons in numbers', async () => {
    const r = await get(
      '/api/v1/research/partners?member=Germany&field=ai&pool=USA,JPN,FRA,GBR,ITA,CAN,IND,AUS,KOR,CHN',
    );
    expect(r.status).toBe(200);
    const s = r.body.suggestions as { iso3: string; reasons: string[]; score: number }[];
    expect(s.length).toBeGreaterThan(3);
    expect(s.map((x) => x.iso3)).not.toContain('DEU');
    for (let i = 1; i < s.length; i++) expect(s[i - 1]!.score).toBeGreaterThanOrEqual(s[i]!.score);
    expect(s[0]!.reasons.join(' ')).toMatch(/\d/);
    // Specialisation in AI is known for the pool (measured over 2003–2022).
    expect(
      (s as unknown as { iso3: string; rca: number | null }[]).find((x) => x.iso3 === 'IND')?.rca,
    ).toBeCloseTo(2.26, 2);
  });

  it('measures AI over 2003–2022 against the 14 fields over the same years', async () => {
    const r = await get('/api/v1/research/strengths?field=ai');
    const items = r.body.items as { iso3: string; rca: number; year: number }[];
    expect(items.find((x) => x.iso3 === 'DEU')?.rca).toBeCloseTo(0.7, 2);
    expect(items.find((x) => x.iso3 === 'IND')?.rca).toBeCloseTo(2.26, 2);
  });

  it('suggests AI partners for one institution, counting links with it alone', async () => {
    const r = await get(
      `/api/v1/research/partners?member=${encodeURIComponent('Tsinghua University')}&field=ai&pool=USA,GBR,SGP`,
    );
    expect(r.status).toBe(200);
    expect(r.body.member).toBe('CHN');
    expect((r.body.institution as { name: string }).name).toBe('Tsinghua University');
    const institutions = r.body.institutions as { name: string; reasons: string[] }[];
    expect(institutions.length).toBeGreaterThan(0);
    expect(institutions.some((i) => /Tsinghua/.test(i.reasons.join(' ')))).toBe(true);
    const unknown = await get('/api/v1/research/partners?member=Nowhere%20Institute&field=ai');
    expect(unknown.status).toBe(400);
    expect((unknown.body.issues as { path: string }[])[0]!.path).toBe('member');
  });

  it('shows strengths by field and a coalition’s world share', async () => {
    const r = await get(
      '/api/v1/research/strengths?field=computer-information-sciences&coalition=G7',
    );
    expect(r.status).toBe(200);
    const shares = (r.body.coalition as { shares: { year: number; sharePct: number }[] }).shares;
    expect(shares.find((x) => x.year === 2022)?.sharePct).toBeCloseTo(23.96, 1);
    const trend = await get(
      '/api/v1/research/strengths?field=computer-information-sciences&trends=China,USA',
    );
    const trends = trend.body.trends as {
      iso3: string;
      points: { year: number }[];
      changePp: number;
    }[];
    expect(trends.map((t) => t.iso3)).toEqual(['CHN', 'USA']);
    expect(trends[0]!.points[0]!.year).toBe(2003);
    // China's share of computer science grew, the United States' fell, 2003–2022.
    expect(trends[0]!.changePp).toBeGreaterThan(0);
    expect(trends[1]!.changePp).toBeLessThan(0);
    expect((await get('/api/v1/research/strengths?field=ai&trends=CHN')).status).toBe(400);
  });

  it('answers bad input with 400 naming the parameter, never 500', async () => {
    const cases: [string, string][] = [
      ['/api/v1/research/strengths?field=alchemy', 'field'],
      ['/api/v1/research/strengths?year=1800', 'year'],
      ['/api/v1/research/collaboration?a=USA', 'b'],
      ['/api/v1/research/collaboration?a=USA&b=Atlantis', 'b'],
      ['/api/v1/research/collaboration?a=USA&b=USA', 'b'],
      ['/api/v1/research/partners?member=DEU', 'field'],
      ['/api/v1/research/network?coalition=G7&source=arxiv', 'source'],
      ['/api/v1/research/institution', 'name'],
    ];
    for (const [url, field] of cases) {
      const r = await get(url);
      expect([url, r.status]).toEqual([url, 400]);
      expect((r.body.issues as { path: string }[]).map((i) => i.path)).toContain(field);
    }
  });

  describe.skipIf(!existsSync(BIS_FILE))('with the BIS Entity List extract', () => {
    beforeAll(async () => {
      const r = await f.services.imports.run({ format: 'bis-extract', file: BIS_FILE });
      expect(r.written).toBe(true);
    });

    it('screens Harbin Institute of Technology to its Entity List entry, with why', async () => {
      const r = await get('/api/v1/research/institution?name=Harbin%20Institute%20of%20Technology');
      const screening = r.body.screening as {
        status: string;
        hits: { listId: string; name: string; why: string[] }[];
      };
      expect(screening.status).toBe('listed');
      expect(screening.hits[0]!.name).toMatch(/Harbin Institute of Technology/i);
      expect(screening.hits[0]!.why.length).toBeGreaterThan(0);
    });

    it('proposes a joint programme with the institution’s screening in the text', async () => {
      const post = (payload: object) =>
        f.app.inject({
          method: 'POST',
          url: '/api/v1/research/proposals',
          payload,
          headers: { authorization: `Bearer ${TOKEN}` },
        });
      const r = await post({
        member: 'DEU',
        institution: 'Harbin Institute of Technology',
        field: 'ai',
      });
      expect(r.statusCode, r.body).toBe(201);
      const { proposalId, screening } = r.json<{
        proposalId: string;
        screening: { status: string };
      }>();
      expect(screening.status).toBe('listed');
      const p = await f.app.inject({
        method: 'GET',
        url: `/api/v1/proposals/${proposalId}`,
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(JSON.stringify(p.json())).toMatch(/Screening: LISTED/);
      const unknown = await post({
        member: 'DEU',
        institution: 'No Such Institute of Nowhere',
        field: 'ai',
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('institution');
      const anonymous = await f.app.inject({
        method: 'POST',
        url: '/api/v1/research/proposals',
        payload: { member: 'DEU', institution: 'Harbin Institute of Technology', field: 'ai' },
      });
      expect(anonymous.statusCode).toBe(401);
    });

    it('flags it among the AI institutions suggested to Germany', async () => {
      const r = await get('/api/v1/research/partners?member=DEU&field=ai&pool=CHN,USA,JPN');
      const institutions = r.body.institutions as { name: string; screening: { status: string } }[];
      const hit = institutions.find((i) => /Harbin/.test(i.name));
      expect(hit?.screening.status).toBe('listed');
    });
  });
});
