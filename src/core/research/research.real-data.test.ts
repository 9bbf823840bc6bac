// The research analyses on the real files of ../shared/data/research/collaboration, read by the
// research parsers: NSF SEI 2024 pairs, AI pairs and articles by field, OpenAlex pairs and totals,
// NSF's AI articles by economy (SPBS-91), NSF's top-100 AI institutions and their co-authorship
// matrix (SPBS-96, SPBS-97).
/* eslint-disable no-restricted-imports -- a test on real data reads ../shared/data with the
   importers; the modules under test import only core. */
import { describe, expect, it } from 'vitest';
import { starterEconomies } from '../../importers/restricted-parties/restricted-lists.test-support.ts';
import { RESEARCH_FORMATS } from '../../importers/research/research-formats.ts';
/* eslint-enable no-restricted-imports */
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import {
  concernDependence,
  memberNetwork,
  pairCollaboration,
  pairPoint,
  totalLookup,
  type CollaborationData,
} from './collaboration.ts';
import { suggestAiInstitutions, suggestPartners } from './partners.ts';
import { WORLD, type FieldOutput } from './research.ts';
import { coalitionFieldShares, fieldStrengths } from './strengths.ts';

warnWithoutSharedData('research analyses on real data');
const file = (name: string) => sharedFile('research', 'collaboration', name);
const G7 = ['USA', 'JPN', 'DEU', 'FRA', 'GBR', 'ITA', 'CAN'];

/** Reads every file once (only with the shared data). */
function load() {
  const economies = starterEconomies();
  const parse = (format: keyof typeof RESEARCH_FORMATS, name: string, crosswalk?: string) =>
    RESEARCH_FORMATS[format].parse(file(name), { economies, crosswalk });
  const nsfPairs = parse(
    'nsf-coauthorship',
    'nsf_sei2024_spbs35_38_intl_coauthorship_country_pairs_2003_2022.csv',
  );
  const aiPairs = parse(
    'nsf-coauthorship',
    'nsf_sei2024_spbs92_94_ai_intl_coauthorship_country_pairs_2003_2022.csv',
  );
  const oaPairs = parse('openalex-pairs', 'openalex_country_pair_coauthored_works_2010_2023.csv');
  const oaTotals = parse('openalex-pairs', 'openalex_country_intl_coauthored_works_1990_2023.csv');
  const fields = parse(
    'nsf-articles-by-field',
    'nsf_sei2024_spbs3_31_se_articles_by_field_economy_2003_2022.csv',
  );
  const institutions = parse(
    'nsf-ai-institutions',
    'nsf_sei2024_spbs96_ai_articles_by_institution_top100_2003_2022.csv',
    file('nsf_sei2024_ai_top100_institutions_ror_crosswalk_DERIVED.csv'),
  ).aiInstitutions;

  // SPBS-91: each economy's AI articles 2003–2022 (AI output, filed under 2022) and its
  // international AI articles (totals, field ai, 2003–2022), the world under WLD.
  const aiArticles = parse(
    'nsf-ai-articles',
    'nsf_sei2024_spbs91_ai_articles_by_coauthorship_by_economy_2003_2022.csv',
  );
  const aiTotals = aiArticles.totals;
  // The 14 fields summed over 2003–2022, filed under 2022 like the AI span, to measure AI against.
  const span = new Map<string, FieldOutput>();
  for (const o of fields.fieldOutputs) {
    const key = `${o.iso3}|${o.field}`;
    const s = span.get(key) ?? { ...o, year: 2022, wholeArticles: 0, fractionalArticles: 0 };
    s.wholeArticles += o.wholeArticles;
    s.fractionalArticles += o.fractionalArticles;
    span.set(key, s);
  }
  const aiSpanOutputs = [...span.values(), ...aiArticles.fieldOutputs];

  // SPBS-97: AI articles co-authored by two of 84 institutions (pairs with ≥ 50 only).
  const matrix = parse(
    'nsf-ai-institutions',
    'nsf_sei2024_spbs97_ai_coauthored_articles_institution_matrix_2003_2022.csv',
  );
  const institutionPairs = matrix.institutionPairs;

  const data: CollaborationData = {
    pairs: [...nsfPairs.pairs, ...aiPairs.pairs, ...oaPairs.pairs],
    totals: [...nsfPairs.totals, ...oaTotals.totals, ...aiTotals],
  };

  return {
    nsfPairs,
    aiPairs,
    oaPairs,
    oaTotals,
    fields,
    institutions,
    aiArticles,
    aiTotals,
    aiSpanOutputs,
    matrix,
    institutionPairs,
    data,
  };
}
const loaded = hasSharedData ? load() : undefined;

describe.runIf(hasSharedData)('research analyses on the real data', () => {
  const {
    nsfPairs,
    aiPairs,
    oaPairs,
    oaTotals,
    fields,
    institutions,
    aiArticles,
    aiTotals,
    aiSpanOutputs,
    matrix,
    institutionPairs,
    data,
  } = loaded ?? ({} as ReturnType<typeof load>);
  const totals = totalLookup(data?.totals ?? []);

  it('reads the files without a rejected row', () => {
    for (const parsed of [nsfPairs, aiPairs, oaPairs, oaTotals, fields, aiArticles, matrix])
      expect(parsed.issues).toEqual([]);
    // SPBS-91: 176 economies and the world; four units without a code (Gaza Strip, West Bank,
    // Serbia and Montenegro, Unassigned) set aside. Every economy of the AI pairs has its total.
    expect(aiTotals).toHaveLength(177);
    expect(Object.values(aiArticles.counts.setAside)).toEqual([4]);
    const withTotal = new Set(aiTotals.map((t) => t.iso3));
    expect(aiPairs.pairs.filter((p) => !withTotal.has(p.a) || !withTotal.has(p.b))).toEqual([]);
    expect(aiTotals.every((t) => t.field === 'ai' && t.firstYear === 2003 && t.year === 2022)).toBe(
      true,
    );
    expect(aiArticles.fieldOutputs.find((o) => o.iso3 === WORLD)).toMatchObject({
      field: 'ai',
      wholeArticles: 957932,
      fractionalArticles: 957932,
    });
    expect(institutionPairs).toHaveLength(226); // 84 institutions, pairs with ≥ 50 articles
    expect(
      institutionPairs.find(
        (p) => p.a === 'Chinese Academy of Sciences' && p.b === 'U. Chinese Academy of Sciences',
      )?.works,
    ).toBe(5022);
  });

  it('brings United States–China through: 58,546 articles in 2022 (NSF) and 72,794 works in 2023 (OpenAlex)', () => {
    const points = pairCollaboration(data, 'USA', 'CHN');
    const at = (source: string, field: string, year: number) =>
      points.find((p) => p.source === source && p.field === field && p.year === year);
    expect(at('nsf', 'all', 2022)).toMatchObject({
      works: 58546,
      publishedIndex: 1,
      basis: { a: 182305, b: 241823, world: 755894 },
    });
    expect(at('nsf', 'all', 2022)!.index).toBeCloseTo(1.0038, 4);
    expect(at('nsf', 'all', 2003)).toMatchObject({ works: 5588, publishedIndex: 0.84 });
    expect(at('openalex', 'all', 2023)).toMatchObject({
      works: 72794,
      index: null,
      basis: { a: 237887, b: 405719, world: null },
    });
    // OpenAlex by year (PROVENANCE.md): 2019 73,485; 2020 84,025 (peak); 2021 78,604; 2022 77,370.
    const openAlex = points.filter((p) => p.source === 'openalex' && p.year >= 2019);
    expect(openAlex.map((p) => p.works)).toEqual([73485, 84025, 78604, 77370, 72794]);
  });

  it("recomputes NSF's published all-field index for every pair, 2003 and 2022, within rounding", () => {
    const lookup = data.pairs.filter((p) => p.source === 'nsf' && p.field === 'all');
    const off = lookup
      .map((p) => pairPoint(p, totals))
      .filter((q) => q.index === null || Math.abs(q.index - q.publishedIndex!) > 0.005 + 1e-9);
    expect(lookup).toHaveLength(2070);
    expect(off).toEqual([]);
  });

  it("recomputes NSF's published AI index from SPBS-91's international AI articles within rounding", () => {
    const ai = aiPairs.pairs.map((p) => pairPoint(p, totals));
    expect(ai).toHaveLength(1770);
    const usChina = ai.find((q) => q.works === 13631)!;
    expect(usChina).toMatchObject({ publishedIndex: 1.08, basis: { world: 153630 } });
    expect(usChina.index).toBeCloseTo(1.0776, 4); // 13,631 · 153,630 / (44,356 · 43,814)
    const off = ai.filter(
      (q) => q.index === null || Math.abs(q.index - q.publishedIndex!) > 0.005 + 1e-9,
    );
    expect(off).toEqual([]);
  });

  it("gives the G7's share of the world's computer and information sciences articles (fractional, 2022)", () => {
    const [share] = coalitionFieldShares(fields.fieldOutputs, G7, {
      fields: ['computer-information-sciences'],
      years: [2022],
    });
    expect(share!.counted).toEqual([...G7].sort());
    expect(share!.worldArticles).toBeCloseTo(346515, -1); // world: whole = fractional
    const members = fieldStrengths(fields.fieldOutputs, {
      economies: G7,
      fields: ['computer-information-sciences'],
      years: [2022],
    });
    expect(share!.sharePct).toBeCloseTo(
      members.reduce((s, m) => s + m.sharePct!, 0),
      9,
    );
    // Fractional shares are below whole-count shares: US 45,684 + DE 15,718 + UK 15,239 + JP 11,120
    // alone are 25.4% of the world's 346,515 in whole counts.
    expect(share!.sharePct).toBeGreaterThan(15);
    expect(share!.sharePct).toBeLessThan(25.4);
    expect(share!.sharePct).toBeCloseTo(23.96, 2); // 83,009 of 346,515
    expect(share!.rca).toBeCloseTo(0.796, 3); // not specialised in CIS (China is: RCA 1.10)
    const [in2003] = coalitionFieldShares(fields.fieldOutputs, G7, {
      fields: ['computer-information-sciences'],
      years: [2003],
    });
    expect(in2003!.sharePct).toBeCloseTo(56.08, 2); // 49,471 of 88,221
  });

  it('suggests AI partners for Germany among members, each with its reasons in numbers', () => {
    const members = ['DEU', 'USA', 'JPN', 'FRA', 'GBR', 'ITA', 'CAN', 'KOR', 'AUS', 'NLD', 'IND'];
    const strengths = fieldStrengths(aiSpanOutputs, {
      fields: ['ai'],
      economies: members,
      years: [2022],
    });
    const result = suggestPartners({
      member: 'DEU',
      field: 'ai',
      candidates: members,
      strengths,
      collaboration: data,
      pairs: { source: 'nsf', field: 'ai', year: 2022 },
    });
    expect(result.suggestions).toHaveLength(members.length - 1);
    expect(result.memberRca).not.toBeNull();
    // Germany's AI articles with each, 2003–2022 (SPBS-92), and NSF's index (SPBS-94).
    const byIso3 = new Map(result.suggestions.map((s) => [s.iso3, s]));
    expect(byIso3.get('USA')).toMatchObject({ works: 2870 });
    expect(byIso3.get('GBR')).toMatchObject({ works: 2166 });
    expect(byIso3.get('FRA')).toMatchObject({ works: 1041 });
    expect(byIso3.get('CAN')).toMatchObject({ works: 490 });
    expect(byIso3.get('USA')!.index).toBeCloseTo(0.67, 2);
    expect(byIso3.get('GBR')!.index).toBeCloseTo(0.9, 2);
    // India: specialised (RCA 2.26) and far below expected (266 of 925, index 0.29) comes first.
    expect(result.suggestions.slice(0, 3).map((s) => s.iso3)).toEqual(['IND', 'USA', 'AUS']);
    expect(result.memberRca).toBeCloseTo(0.699, 3);
    for (const s of result.suggestions) {
      expect(s.rca).not.toBeNull();
      expect(s.index).not.toBeNull();
      expect(s.reasons.join(' ')).toContain(`RCA ${s.rca!.toFixed(2)}`);
      expect(s.reasons.join(' ')).toContain(`index ${s.index!.toFixed(2)}`);
    }
    const scores = result.suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(result.suggestions[0]!.score).toBeGreaterThan(0);
  });

  it('suggests AI institutions of the candidates with their links to German institutions, unscreened', () => {
    const suggested = suggestAiInstitutions(
      'DEU',
      ['FRA', 'CHN', 'GBR'],
      institutions,
      institutionPairs,
    );
    expect(suggested[0]).toMatchObject({
      nsfRank: 1,
      name: 'CNRS',
      country: 'FRA',
      screening: { status: 'unscreened' },
    });
    const hit = suggested.find((s) => s.name === 'Harbin Institute of Technology')!;
    expect(hit).toMatchObject({ nsfRank: 5, country: 'CHN', articles: { whole: 7255 } });
    expect(suggested.map((s) => s.nsfRank)).toEqual(
      [...suggested.map((s) => s.nsfRank)].sort((x, y) => x - y),
    );
  });

  it("measures the United States' international output co-authored with China (NSF, 2003 and 2022)", () => {
    const all = concernDependence(data, 'USA', ['CHN', 'RUS'], 'nsf');
    const ai = all.find((p) => p.field === 'ai')!;
    expect(ai.byPartner[0]).toEqual({ iso3: 'CHN', works: 13631 });
    expect(ai.internationalWorks).toBe(44356); // AI 2003–2022: 13,631 / 44,356 = 30.7% with China
    const points = all.filter((p) => p.field === 'all');
    expect(points.map((p) => p.year)).toEqual([2003, 2022]);
    // 2022: (58,546 + Russia's) / 241,823
    expect(points[1]!.byPartner[0]).toEqual({ iso3: 'CHN', works: 58546 });
    expect(points[1]!.sharePct).toBeCloseTo((100 * points[1]!.withConcern) / 241823, 9);
    expect(points[1]!.sharePct).toBeGreaterThan(24.2);
  });

  it('builds the G7 network from NSF 2022', () => {
    const network = memberNetwork(data, G7, { source: 'nsf', field: 'all', year: 2022 });
    expect(network.links).toHaveLength(21);
    expect(network.members.find((m) => m.iso3 === 'USA')!.degree).toBe(6);
    expect(network.members.reduce((s, m) => s + m.centrality!, 0)).toBeCloseTo(1, 12);
  });
});
