// Imports of research data through the shared guarantees, on a platform opened with the starter
// dataset and the real files of ../shared/data/research/collaboration: the counts per file, the
// published figures through the repository's readers, a second import that changes nothing, a
// copy without one pair that removes its records, and a file with a bad row refused whole with
// nothing written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { institutionResolver } from '../core/research/institutions.ts';
import {
  hasResearchData,
  importResearchFiles,
  researchDataFile,
  warnWithoutResearchData,
} from '../../test/research-data.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

warnWithoutResearchData('research imports on real data');

const CORDIS_PAIRS = researchDataFile('cordis_h2020_country_pair_joint_projects_2014_2020.csv');
const ROR = researchDataFile('ror_records_research_orgs_subset.csv');

describe.skipIf(!hasResearchData)('research imports', () => {
  let f: Fixture;
  let store: Fixture['platform']['store'];
  let services: Fixture['services'];
  const dir = mkdtempSync(join(tmpdir(), 'ta-research-'));
  beforeAll(async () => {
    f = await openStarterFixture();
    ({ services } = f);
    store = f.platform.store;
  }, 60_000);
  afterAll(async () => {
    await f?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports every file, each with its counts', async () => {
    const summaries = await importResearchFiles(services);
    expect(
      summaries.map((s) => [s.format, s.written, s.rowsRead, s.inserted, s.rejected, s.issues]),
    ).toEqual([
      ['ror', true, 22021, 22021, 0, []],
      // 2,070 pairs (both directions of 4,140 rows) and 94 international totals (46 economies
      // and the world, 2003 and 2022).
      ['nsf-coauthorship', true, 4140, 2070 + 94, 0, []],
      ['nsf-coauthorship', true, 3540, 1770, 0, []],
      // 201 entities × 20 years × 14 fields; regions and aggregates set aside.
      ['nsf-articles-by-field', true, 4340, 201 * 20 * 14, 0, []],
      // SPBS-91: 176 economies and the world, each an AI total and an AI output; 4 set aside.
      ['nsf-ai-articles', true, 181, 177 * 2, 0, []],
      // The table and its crosswalk, 100 rows each.
      ['nsf-ai-institutions', true, 200, 100, 0, []],
      // SPBS-97: 84 institutions, 226 pairs with at least 50 co-authored AI articles.
      ['nsf-ai-institutions', true, 84, 226, 0, []],
      ['openalex-pairs', true, 167979, 167979, 0, []],
      ['openalex-pairs', true, 7735, 7735, 0, []],
      // One record per pair and programme part (all and six parts).
      ['cordis-pairs', true, 4688, 4688 * 7, 0, []],
      ['cordis-pairs', true, 168, 168, 0, []],
    ]);
    expect(summaries[3]!.setAside).toEqual({
      'region, aggregate or unit without an ISO3 code (EU-27, Gaza Strip, Unassigned …)': 16 * 20,
    });
    expect(await store.research.counts()).toMatchObject({
      fieldOutputs: 56280 + 177,
      pairs: 2070 + 1770 + 167979 + 4688 * 7,
      internationalTotals: 94 + 177 + 7735,
      participations: 168,
      organisations: 22021,
      aiInstitutions: 100,
      aiInstitutionPairs: 226,
    });
    const runs = await store.importRuns.list();
    expect(runs.filter((r) => r.format === 'openalex-pairs')).toHaveLength(2);
    expect(runs.filter((r) => r.format === 'nsf-ai-institutions')).toHaveLength(2);
    for (const id of [
      'nsf-sei-2024-publications',
      'openalex-country-coauthorship-2024',
      'cordis-h2020-eunets-2020',
      'ror-research-orgs-subset-v2.9',
    ])
      expect(await store.sources.get(id), id).toBeDefined();
  }, 120_000);

  it('finds the published figures through the readers', async () => {
    const r = store.research;
    const nsf = await r.pairs({ a: 'USA', b: 'CHN', source: 'nsf', field: 'all' });
    expect(nsf.map((p) => [p.year, p.works, p.collaborationIndex])).toEqual([
      [2003, 5588, 0.84],
      [2022, 58546, 1],
    ]);
    const ai = await r.pairs({ a: 'USA', b: 'CHN', source: 'nsf', field: 'ai' });
    expect(ai).toEqual([
      expect.objectContaining({
        firstYear: 2003,
        year: 2022,
        works: 13631,
        collaborationIndex: 1.08,
      }),
    ]);
    const openalex = await r.pairs({ a: 'USA', b: 'CHN', source: 'openalex' });
    expect(openalex.filter((p) => p.year >= 2019).map((p) => [p.year, p.works])).toEqual([
      [2019, 73485],
      [2020, 84025],
      [2021, 78604],
      [2022, 77370],
      [2023, 72794],
    ]);
    expect(await r.pairs({ a: 'DEU', b: 'GBR', source: 'cordis', programme: 'all' })).toEqual([
      {
        a: 'DEU',
        b: 'GBR',
        firstYear: 2014,
        year: 2020,
        works: 3776,
        source: 'cordis',
        field: 'all',
        collaborationIndex: null,
        programme: 'all',
      },
    ]);
    const usPartners2022 = await r.pairs({ a: 'USA', source: 'nsf', field: 'all', years: [2022] });
    expect(usPartners2022).toHaveLength(45);

    const cs = await r.fieldOutput({
      field: 'computer-information-sciences',
      economies: ['WLD', 'CHN', 'USA'],
      years: [2022],
    });
    expect(cs.map((o) => [o.iso3, o.wholeArticles])).toEqual([
      ['CHN', 112512],
      ['USA', 45684],
      ['WLD', 346515],
    ]);
    expect(
      (await r.internationalTotals({ economies: ['USA'] }))
        .filter((t) => (t.source === 'nsf' ? t.year === 2022 : t.year === 2023))
        .map((t) => [t.source, t.field, t.firstYear, t.works]),
    ).toEqual([
      ['nsf', 'ai', 2003, 44356],
      ['nsf', 'all', 2022, 241823],
      ['openalex', 'all', 2023, 405719],
    ]);
    // The AI index's totals (SPBS-91): US–China 13,631 · 153,630 / (44,356 · 43,814) = 1.08.
    expect(
      (await r.internationalTotals({ field: 'ai', economies: ['WLD', 'CHN', 'USA'] })).map((t) => [
        t.iso3,
        t.works,
      ]),
    ).toEqual([
      ['CHN', 43814],
      ['USA', 44356],
      ['WLD', 153630],
    ]);
    expect(await r.fieldOutput({ field: 'ai', economies: ['DEU'] })).toEqual([
      expect.objectContaining({ year: 2022, wholeArticles: 39479, fractionalArticles: 31083.7 }),
    ]);
    expect(
      await r.aiInstitutionPairs({ institution: 'U. Chinese Academy of Sciences' }),
    ).toContainEqual({
      a: 'Chinese Academy of Sciences',
      b: 'U. Chinese Academy of Sciences',
      works: 5022,
    });
    expect(await r.participations({ economies: ['DEU'] })).toEqual([
      expect.objectContaining({ participations: 17341, distinctProjects: 8728 }),
    ]);

    const beihang = await r.organisationsByName('Beihang University');
    expect(beihang.map((m) => [m.organisation.rorId, m.organisation.country, m.matchedBy])).toEqual(
      [['00wk2mp56', 'CHN', ['name']]],
    );
    const buaa = 'Beijing University of Aeronautics and Astronautics (BUAA)';
    const subset = await r.resolverRecords(buaa);
    const resolved = institutionResolver(subset.organisations, subset.crosswalk).resolve(buaa);
    expect(resolved).toMatchObject({ kind: 'found', organisation: { rorId: '00wk2mp56' } });
    expect(subset.organisations.length).toBeLessThan(5);

    const hit = (await r.aiInstitutions()).find((i) => i.rank === 5);
    expect(hit).toMatchObject({ name: 'Harbin Institute of Technology', rorId: '01yqg2h08' });
    expect((await r.organisation(hit!.rorId!))?.acronyms).toContain('HIT');
  });

  it('changes nothing when every file is imported again', async () => {
    const before = await store.research.counts();
    const pairs = await store.research.pairs({ a: 'DEU' });
    const summaries = await importResearchFiles(services);
    for (const s of summaries) expect(s).toMatchObject({ written: true, inserted: 0, updated: 0 });
    expect(summaries.map((s) => s.unchanged)).toEqual([
      22021,
      2164,
      1770,
      56280,
      177 * 2,
      100,
      226,
      167979,
      7735,
      4688 * 7,
      168,
    ]);
    expect(await store.research.counts()).toEqual(before);
    expect(await store.research.pairs({ a: 'DEU' })).toEqual(pairs);
  }, 120_000);

  it('removes the records of a pair no longer in the file, and brings them back', async () => {
    const lines = readFileSync(CORDIS_PAIRS, 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const [ia, ib] = [header.indexOf('iso2_a'), header.indexOf('iso2_b')];
    const chnUsa = lines.findIndex((l) => {
      const c = l.split(',');
      return [c[ia], c[ib]].sort().join('-') === 'CN-US';
    });
    expect(chnUsa).toBeGreaterThan(0);
    const copy = join(dir, 'cordis-pairs.csv');
    writeFileSync(copy, lines.filter((_, i) => i !== chnUsa).join('\n'));

    const s = await services.imports.run({ format: 'cordis-pairs', file: copy });
    expect(s).toMatchObject({ written: true, inserted: 0, updated: 7, unchanged: 4687 * 7 });
    expect(s.warnings).toContain('7 cordis-pairs:pairs records no longer in the file removed');
    expect(await store.research.pairs({ a: 'CHN', b: 'USA', source: 'cordis' })).toEqual([]);
    // The participation file is another dataset: untouched.
    expect((await store.research.participations()).length).toBe(168);

    const back = await services.imports.run({ format: 'cordis-pairs', file: CORDIS_PAIRS });
    expect(back).toMatchObject({ inserted: 7, updated: 0, unchanged: 4687 * 7 });
    expect(
      (await store.research.pairs({ a: 'CHN', b: 'USA', source: 'cordis', programme: 'all' }))[0]
        ?.works,
    ).toBe(56);
  });

  it('refuses a file with a bad row whole: nothing is written', async () => {
    const lines = readFileSync(CORDIS_PAIRS, 'utf8').split('\n');
    const header = lines[0]!.split(',');
    const all = header.indexOf('joint_projects_all');
    const line = lines.findIndex((l, i) => i > 0 && l.includes(',DE,') && l.includes(',GB,'));
    expect(line).toBeGreaterThan(0);
    const cells = lines[line]!.split(',');
    expect(cells[all]).toBe('3776');
    cells[all] = 'many';
    lines[line] = cells.join(',');
    const bad = join(dir, 'cordis-bad.csv');
    writeFileSync(bad, lines.join('\n'));
    const version = await store.dataVersion();
    const runs = (await store.importRuns.list()).length;

    const s = await services.imports.run({ format: 'cordis-pairs', file: bad });
    expect(s).toMatchObject({ written: false, inserted: 0, updated: 0, unchanged: 0, rejected: 1 });
    expect(s.issues).toEqual([
      expect.objectContaining({ file: bad, line: line + 1, field: 'joint_projects_all' }),
    ]);
    expect(await store.dataVersion()).toBe(version);
    expect((await store.importRuns.list()).length).toBe(runs);
    expect(
      (await store.research.pairs({ a: 'DEU', b: 'GBR', source: 'cordis', programme: 'all' }))[0]
        ?.works,
    ).toBe(3776);
  });

  it('refuses options a format does not take, and a file without a record', async () => {
    await expect(
      services.imports.run({ format: 'ror', file: ROR, options: { crosswalk: ROR } }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const empty = join(dir, 'ror-empty.csv');
    writeFileSync(empty, readFileSync(ROR, 'utf8').split('\n')[0] + '\n');
    await expect(services.imports.run({ format: 'ror', file: empty })).rejects.toMatchObject({
      code: 'bad_file',
    });
    expect((await store.research.counts()).organisations).toBe(22021);
  });
});
