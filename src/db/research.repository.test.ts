// Contract of ResearchRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import { institutionResolver } from '../core/research/institutions.ts';
import type {
  AiInstitution,
  FieldOutput,
  HorizonParticipation,
  InternationalTotal,
  PairCollaboration,
  ResearchOrganisation,
} from '../core/research/research.ts';
import type { ResearchRecords } from '../core/research/stored.ts';

const none: ResearchRecords = {
  fieldOutputs: [],
  pairs: [],
  totals: [],
  participations: [],
  organisations: [],
  aiInstitutions: [],
  institutionPairs: [],
};

const output = (iso3: string, year: number, whole: number): FieldOutput => ({
  iso3,
  field: 'physics',
  year,
  wholeArticles: whole,
  fractionalArticles: whole / 3,
  source: 'nsf',
});

const pair = (a: string, b: string, year: number, works: number): PairCollaboration => ({
  a,
  b,
  firstYear: year,
  year,
  works,
  source: 'nsf',
  field: 'all',
  collaborationIndex: 1.04,
  programme: null,
});

const cordis = (
  a: string,
  b: string,
  programme: 'all' | 'fet',
  works: number,
): PairCollaboration => ({
  a,
  b,
  firstYear: 2014,
  year: 2020,
  works,
  source: 'cordis',
  field: 'all',
  collaborationIndex: null,
  programme,
});

const org = (
  rorId: string,
  name: string,
  more: Partial<ResearchOrganisation> = {},
): ResearchOrganisation => ({
  rorId,
  name,
  aliases: [],
  acronyms: [],
  labels: [],
  country: 'CHN',
  city: 'Beijing',
  types: ['education'],
  parents: [],
  successors: [],
  status: 'active',
  established: 1952,
  website: null,
  domains: [],
  wikidata: null,
  grid: null,
  isni: null,
  release: 'v2.7',
  ...more,
});

const BEIHANG = org('00wk2mp56', 'Beihang University', {
  aliases: ['Beijing University of Aeronautics and Astronautics'],
  acronyms: ['BUAA'],
  labels: [{ language: 'zh', name: '北京航空航天大学' }],
  domains: ['buaa.edu.cn'],
});
const HIT = org('01yqg2h08', 'Harbin Institute of Technology', {
  acronyms: ['HIT'],
  city: 'Harbin',
});
const MIT = org('042nb2s44', 'Massachusetts Institute of Technology', {
  country: 'USA',
  city: 'Cambridge',
  acronyms: ['MIT'],
});
/** Another organisation whose acronym reads like HIT's. */
const HIT_DE = org('03xyzab12', 'Hochschule für Informationstechnik', {
  country: 'DEU',
  acronyms: ['H.I.T.'],
});

const institution = (rank: number, name: string, rorId: string | null): AiInstitution => ({
  rank,
  name,
  region: 'Asia',
  rorId,
  country: rorId === null ? null : 'CHN',
  linkMethod: rorId === null ? 'none' : 'helper-reading',
  firstYear: 2003,
  year: 2022,
  articles: {
    whole: 7255,
    fractional: 6901.5,
    multiInstitution: 3000,
    domesticOnly: 2500,
    international: 500,
  },
});

const participation = (iso3: string, projects: number): HorizonParticipation => ({
  iso3,
  group: 'eu15',
  participations: projects * 2,
  distinctProjects: projects,
  projectsCoordinated: 10,
  byRole: { coordinator: 10, participant: projects * 2 - 12, partner: 2 },
  byOrganisationType: { hes: 1, rec: 2, prc: 3, pub: 4, oth: projects * 2 - 10 },
  ecContributionEur: 1234.5,
  projectsByPart: {
    leit: 1,
    fet: 2,
    'societal-challenges': 3,
    msca: 4,
    erc: 5,
    'innovation-in-smes': 6,
  },
});

forEachDatabase('research repository', (ctx) => {
  it('replaces a dataset: inserts, updates, removes, leaves equal records and other datasets alone', async () => {
    const store = await ctx.open();
    const r = store.research;
    const first = {
      ...none,
      pairs: [pair('CHN', 'USA', 2022, 58546), pair('DEU', 'FRA', 2022, 12166)],
    };
    expect(await r.replaceDataset('nsf-coauthorship:pairs', first)).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
      removed: 0,
    });
    expect(await r.replaceDataset('nsf-coauthorship:pairs', first)).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 2,
      removed: 0,
    });
    const ai = {
      ...none,
      pairs: [{ ...pair('CHN', 'USA', 2022, 13631), field: 'ai' as const, firstYear: 2003 }],
    };
    await r.replaceDataset('nsf-coauthorship:ai-pairs', ai);
    const second = {
      ...none,
      pairs: [pair('CHN', 'USA', 2022, 58547), pair('CHN', 'USA', 2003, 5588)],
    };
    expect(await r.replaceDataset('nsf-coauthorship:pairs', second)).toEqual({
      inserted: 1,
      updated: 1,
      unchanged: 0,
      removed: 1,
    });
    expect(
      (await r.pairs({ source: 'nsf' })).map((p) => [p.field, p.a, p.b, p.year, p.works]),
    ).toEqual([
      ['ai', 'CHN', 'USA', 2022, 13631],
      ['all', 'CHN', 'USA', 2003, 5588],
      ['all', 'CHN', 'USA', 2022, 58547],
    ]);
    expect(await r.pairs({ a: 'USA', b: 'CHN', field: 'all', years: [2022] })).toEqual([
      { ...pair('CHN', 'USA', 2022, 58547) },
    ]);
    // A dataset's records of a kind it no longer gives are removed.
    expect(
      await r.replaceDataset('nsf-coauthorship:ai-pairs', { ...none, totals: [] }),
    ).toMatchObject({
      removed: 1,
    });
    expect(await r.pairs({ field: 'ai' })).toEqual([]);
  });

  it('reads pairs by economy, partners, source and Horizon 2020 part', async () => {
    const store = await ctx.open();
    const r = store.research;
    await r.replaceDataset('nsf-coauthorship:pairs', {
      ...none,
      pairs: [
        pair('CHN', 'USA', 2022, 58546),
        pair('DEU', 'FRA', 2022, 12166),
        pair('DEU', 'USA', 2022, 27299),
      ],
    });
    await r.replaceDataset('cordis-pairs:pairs', {
      ...none,
      pairs: [
        cordis('DEU', 'GBR', 'all', 3776),
        cordis('DEU', 'GBR', 'fet', 120),
        cordis('FRA', 'GBR', 'all', 2954),
      ],
    });
    const key = (ps: PairCollaboration[]) =>
      ps.map((p) => `${p.source}:${p.programme ?? '-'}:${p.a}-${p.b}`);
    expect(key(await r.pairs({ a: 'DEU' }))).toEqual([
      'cordis:all:DEU-GBR',
      'cordis:fet:DEU-GBR',
      'nsf:-:DEU-FRA',
      'nsf:-:DEU-USA',
    ]);
    expect(key(await r.pairs({ b: 'USA', economies: ['DEU', 'GBR'] }))).toEqual(['nsf:-:DEU-USA']);
    expect(key(await r.pairs({ economies: ['DEU', 'FRA', 'GBR'] }))).toEqual([
      'cordis:all:DEU-GBR',
      'cordis:all:FRA-GBR',
      'cordis:fet:DEU-GBR',
      'nsf:-:DEU-FRA',
    ]);
    expect(await r.pairs({ a: 'GBR', b: 'DEU', source: 'cordis', programme: 'all' })).toEqual([
      cordis('DEU', 'GBR', 'all', 3776),
    ]);
    expect(key(await r.pairs({ programme: null, economies: ['DEU', 'FRA'] }))).toEqual([
      'nsf:-:DEU-FRA',
    ]);
    expect(await r.pairs({ economies: [] })).toEqual([]);
  });

  it('stores output by field, totals and participation with their numbers intact', async () => {
    const store = await ctx.open();
    const r = store.research;
    const outputs = [
      output('USA', 2022, 45684),
      output('CHN', 2022, 112512),
      output('WLD', 2021, 346515),
    ];
    await r.replaceDataset('nsf-articles-by-field:fields', { ...none, fieldOutputs: outputs });
    expect(
      await r.fieldOutput({ field: 'physics', economies: ['USA', 'CHN'], years: [2022] }),
    ).toEqual([outputs[1], outputs[0]]);
    expect(await r.fieldOutput({ field: 'chemistry' })).toEqual([]);
    expect((await r.fieldOutput()).map((f) => f.iso3)).toEqual(['CHN', 'USA', 'WLD']);

    const year = (
      iso3: string,
      y: number,
      works: number,
      source: 'nsf' | 'openalex',
    ): InternationalTotal => ({ iso3, field: 'all', firstYear: y, year: y, works, source });
    const ai = (iso3: string, works: number): InternationalTotal => ({
      iso3,
      field: 'ai',
      firstYear: 2003,
      year: 2022,
      works,
      source: 'nsf',
    });
    await r.replaceDataset('openalex-pairs:totals', {
      ...none,
      totals: [year('USA', 2023, 405719, 'openalex'), year('CHN', 2023, 237887, 'openalex')],
    });
    await r.replaceDataset('nsf-coauthorship:pairs', {
      ...none,
      totals: [year('USA', 2022, 241823, 'nsf'), year('USA', 2003, 44400, 'nsf')],
    });
    // NSF's AI totals span 2003–2022: beside the all-field total of 2022, not in its place.
    await r.replaceDataset('nsf-ai-articles:economies', {
      ...none,
      totals: [ai('USA', 44356), ai('WLD', 153630)],
    });
    expect(await r.internationalTotals({ economies: ['USA'] })).toEqual([
      ai('USA', 44356),
      year('USA', 2003, 44400, 'nsf'),
      year('USA', 2022, 241823, 'nsf'),
      year('USA', 2023, 405719, 'openalex'),
    ]);
    expect(await r.internationalTotals({ field: 'ai' })).toEqual([
      ai('USA', 44356),
      ai('WLD', 153630),
    ]);
    expect(await r.internationalTotals({ field: 'all', source: 'nsf', years: [2022] })).toEqual([
      year('USA', 2022, 241823, 'nsf'),
    ]);
    expect((await r.internationalTotals({ source: 'openalex' })).map((t) => t.iso3)).toEqual([
      'CHN',
      'USA',
    ]);
    expect(
      await r.replaceDataset('nsf-ai-articles:economies', {
        ...none,
        totals: [ai('USA', 44356), ai('WLD', 153631)],
      }),
    ).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });

    const parts = [participation('DEU', 8728), participation('FRA', 7000)];
    await r.replaceDataset('cordis-pairs:participation', { ...none, participations: parts });
    expect(await r.participations({ economies: ['DEU'] })).toEqual([parts[0]]);
    expect(
      await r.replaceDataset('cordis-pairs:participation', { ...none, participations: parts }),
    ).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
  });

  it('finds organisations by id and by any of their names, reading only the matching ones', async () => {
    const store = await ctx.open();
    const r = store.research;
    const orgs = [BEIHANG, HIT, MIT, HIT_DE];
    expect(
      await r.replaceDataset('ror:organisations', { ...none, organisations: orgs }),
    ).toMatchObject({
      inserted: 4,
    });
    expect(await r.organisation('https://ror.org/00wk2mp56')).toEqual(BEIHANG);
    expect(await r.organisation('00wk2mp56')).toEqual(BEIHANG);
    expect(await r.organisation('0000000x0')).toBeUndefined();
    expect(await r.organisationsByName('  beihang   UNIVERSITY ')).toEqual([
      { organisation: BEIHANG, matchedBy: ['name'] },
    ]);
    expect(await r.organisationsByName('Beijing University of Aeronautics & Astronautics')).toEqual(
      [{ organisation: BEIHANG, matchedBy: ['alias'] }],
    );
    expect(await r.organisationsByName('北京航空航天大学')).toEqual([
      { organisation: BEIHANG, matchedBy: ['label'] },
    ]);
    expect(await r.organisationsByName('Beihang University', { country: 'USA' })).toEqual([]);
    expect(await r.organisationsByName('Nowhere University')).toEqual([]);

    // The resolver over the records a query finds answers as the one over every organisation.
    await r.replaceDataset('nsf-ai-institutions:institutions', {
      ...none,
      aiInstitutions: [
        institution(5, 'Harbin Inst. Tech.', HIT.rorId),
        institution(9, 'Beihang U.', BEIHANG.rorId),
      ],
    });
    const crosswalk = await r.crosswalk();
    expect(crosswalk).toEqual([
      { name: 'Beihang U.', rorId: BEIHANG.rorId },
      { name: 'Harbin Inst. Tech.', rorId: HIT.rorId },
    ]);
    const everything = institutionResolver(await r.allOrganisations(), crosswalk);
    for (const q of [
      'Beihang University',
      'Beijing University of Aeronautics and Astronautics (BUAA)',
      'Nowhere (BUAA)',
      'HIT',
      'Harbin Inst. Tech.',
      'https://ror.org/042nb2s44',
      '042nb2s44',
      'MIT',
      'Unknown Institute',
    ]) {
      const subset = await r.resolverRecords(q);
      expect(institutionResolver(subset.organisations, subset.crosswalk).resolve(q), q).toEqual(
        everything.resolve(q),
      );
      expect(subset.organisations.length).toBeLessThanOrEqual(2);
    }
    expect(everything.resolve('HIT').kind).toBe('ambiguous');

    // A changed organisation is found by its new names only; a removed one not at all.
    const renamed = { ...BEIHANG, aliases: ['BUAA University'] };
    expect(
      await r.replaceDataset('ror:organisations', { ...none, organisations: [renamed, HIT, MIT] }),
    ).toEqual({ inserted: 0, updated: 1, unchanged: 2, removed: 1 });
    expect(
      await r.organisationsByName('Beijing University of Aeronautics and Astronautics'),
    ).toEqual([]);
    expect(await r.organisationsByName('BUAA University')).toEqual([
      { organisation: renamed, matchedBy: ['alias'] },
    ]);
    expect(await r.organisation(HIT_DE.rorId)).toBeUndefined();
    expect(await r.organisations([MIT.rorId, HIT.rorId, 'zzz'])).toEqual([HIT, MIT]);
    expect(await r.counts()).toEqual({
      fieldOutputs: 0,
      pairs: 0,
      internationalTotals: 0,
      participations: 0,
      organisations: 3,
      // Beihang: name, alias, label, acronym; HIT: name, acronym; MIT: name, acronym.
      organisationNames: 8,
      aiInstitutions: 2,
      aiInstitutionPairs: 0,
    });
    expect((await r.aiInstitutions()).map((i) => [i.rank, i.name])).toEqual([
      [5, 'Harbin Inst. Tech.'],
      [9, 'Beihang U.'],
    ]);
    expect((await r.aiInstitutions())[0]).toEqual(institution(5, 'Harbin Inst. Tech.', HIT.rorId));
  });

  it("stores NSF's AI institution pairs as a dataset of their own, read by institution", async () => {
    const store = await ctx.open();
    const r = store.research;
    const pairs = [
      { a: 'Beihang U.', b: 'Chinese Academy of Sciences', works: 236 },
      { a: 'Chinese Academy of Sciences', b: 'U. Chinese Academy of Sciences', works: 5022 },
      { a: 'Beihang U.', b: 'Beijing Institute of Technology', works: 51 },
    ];
    await r.replaceDataset('nsf-ai-institutions:institutions', {
      ...none,
      aiInstitutions: [institution(5, 'Harbin Inst. Tech.', HIT.rorId)],
    });
    expect(
      await r.replaceDataset('nsf-ai-institutions:matrix', { ...none, institutionPairs: pairs }),
    ).toEqual({ inserted: 3, updated: 0, unchanged: 0, removed: 0 });
    expect(await r.aiInstitutionPairs()).toEqual([pairs[2], pairs[0], pairs[1]]);
    expect(await r.aiInstitutionPairs({ institution: 'Chinese Academy of Sciences' })).toEqual([
      pairs[0],
      pairs[1],
    ]);
    expect(await r.aiInstitutionPairs({ institution: 'Nowhere U.' })).toEqual([]);
    // Replacing the matrix leaves the institutions alone, and the other way round.
    expect(
      await r.replaceDataset('nsf-ai-institutions:matrix', {
        ...none,
        institutionPairs: [pairs[0]!, { ...pairs[1]!, works: 5023 }],
      }),
    ).toEqual({ inserted: 0, updated: 1, unchanged: 1, removed: 1 });
    expect((await r.aiInstitutions()).map((i) => i.name)).toEqual(['Harbin Inst. Tech.']);
    expect(await r.counts()).toMatchObject({ aiInstitutions: 1, aiInstitutionPairs: 2 });
    await r.replaceDataset('nsf-ai-institutions:institutions', none);
    expect(await r.aiInstitutionPairs()).toHaveLength(2);
  });

  it('bumps the data version with every write, not with a write of nothing new', async () => {
    const store = await ctx.open();
    const v0 = await store.dataVersion();
    const records = { ...none, organisations: [BEIHANG] };
    await store.research.replaceDataset('ror:organisations', records);
    const v1 = await store.dataVersion();
    expect(v1).toBeGreaterThan(v0);
    await store.research.replaceDataset('ror:organisations', records);
    expect(await store.dataVersion()).toBe(v1);
  });
});
