import { describe, expect, it } from 'vitest';
import type { CollaborationData } from './collaboration.ts';
import { suggestAiInstitutions, suggestPartners, UNSCREENED } from './partners.ts';
import { WORLD, type AiInstitution, type PairCollaboration } from './research.ts';
import type { FieldStrength } from './strengths.ts';

const strength = (iso3: string, rca: number | null, sharePct: number | null): FieldStrength => ({
  iso3,
  field: 'physics',
  year: 2022,
  articles: 1,
  worldArticles: 100,
  sharePct,
  rca,
});
const pair = (a: string, b: string, works: number): PairCollaboration => ({
  a,
  b,
  firstYear: 2022,
  year: 2022,
  works,
  source: 'nsf',
  field: 'all',
  collaborationIndex: null,
  programme: null,
});
const collaboration: CollaborationData = {
  pairs: [
    pair('DEU', 'FRA', 2),
    pair('FRA', 'GBR', 300), // between two candidates: not the member's
    pair('DEU', 'GBR', 4),
    pair('DEU', 'JPN', 10),
  ],
  totals: [
    ['DEU', 100],
    ['FRA', 50],
    ['GBR', 80],
    ['JPN', 40],
    ['ITA', 10],
    [WORLD, 1000],
  ].map(([iso3, works]) => ({
    iso3: iso3 as string,
    field: 'all' as const,
    firstYear: 2022,
    year: 2022,
    works: works as number,
    source: 'nsf' as const,
  })),
};

describe('suggestPartners', () => {
  const result = suggestPartners({
    member: 'DEU',
    field: 'physics',
    candidates: ['FRA', 'GBR', 'JPN', 'DEU', 'ITA'],
    strengths: [
      strength('DEU', 0.8, 5),
      strength('FRA', 1.5, 4),
      strength('GBR', 3, 6),
      strength('ITA', 1.2, 2),
      { ...strength('JPN', 9, 9), field: 'chemistry' },
    ],
    collaboration,
    pairs: { source: 'nsf', field: 'all', year: 2022 },
  });

  it('ranks by min(RCA, 2) × the works short of expected, and leaves the member out', () => {
    expect(result).toMatchObject({ member: 'DEU', memberRca: 0.8, memberSharePct: 5 });
    expect(
      result.suggestions.map((s) => [
        s.iso3,
        s.rca,
        s.works,
        s.expected,
        s.index,
        s.untappedWorks,
        s.score,
      ]),
    ).toEqual([
      ['GBR', 3, 4, 8, 0.5, 4, 8],
      ['FRA', 1.5, 2, 5, 0.4, 3, 4.5],
      ['ITA', 1.2, null, null, null, null, 0],
      ['JPN', null, 10, 4, 2.5, 0, 0],
    ]);
  });

  it('explains each suggestion in numbers', () => {
    expect(result.suggestions[1]!.reasons).toEqual([
      'complements: FRA is specialised in physics (RCA 1.50), DEU is not (RCA 0.80)',
      "4.00% of the world's physics articles",
      'untapped: 2 co-authored works with DEU, 5 expected (index 0.40 < 1): 3 more to reach expected',
    ]);
    expect(result.suggestions[2]!.reasons[2]).toBe(
      'the source lists no co-authored works with DEU',
    );
    expect(result.suggestions[3]!.reasons).toEqual([
      'no physics output for JPN in the year used',
      'already collaborating: 10 works, 4 expected (index 2.50 ≥ 1)',
    ]);
  });
});

const institution = (rank: number, name: string, country: string | null): AiInstitution => ({
  rank,
  name,
  region: 'Europe',
  rorId: country === null ? null : `0${rank}aaaaa11`,
  country,
  linkMethod: country === null ? 'none' : 'automatic',
  firstYear: 2003,
  year: 2022,
  articles: {
    whole: 1000,
    fractional: 400,
    multiInstitution: 800,
    domesticOnly: 600,
    international: 250,
  },
});

describe('suggestAiInstitutions', () => {
  const institutions = [
    institution(3, 'Technical U. Munich', 'DEU'),
    institution(1, 'CNRS', 'FRA'),
    institution(2, 'Chinese Academy of Sciences', 'CHN'),
    institution(4, 'IBM', null),
    institution(5, 'U. C. London', 'GBR'),
  ];
  const suggestions = suggestAiInstitutions('DEU', ['DEU', 'FRA', 'GBR'], institutions, [
    { a: 'CNRS', b: 'Technical U. Munich', works: 60 },
    { a: 'CNRS', b: 'U. C. London', works: 70 },
  ]);

  it("suggests the candidates' institutions by NSF rank, with their links to the member's", () => {
    expect(suggestions.map((s) => [s.nsfRank, s.name, s.worksWithMember])).toEqual([
      [1, 'CNRS', 60],
      [5, 'U. C. London', 0],
    ]);
    expect(suggestions[0]!.linksWithMember).toEqual([{ name: 'Technical U. Munich', works: 60 }]);
    expect(suggestions[0]!.internationalSharePct).toBe(25);
    expect(suggestions[0]!.reasons[2]).toBe(
      "60 co-authored AI articles with DEU's top-100 institutions (Technical U. Munich 60)",
    );
  });

  it('leaves every suggestion unscreened for the service to fill', () => {
    expect(suggestions.every((s) => s.screening === UNSCREENED)).toBe(true);
    expect(UNSCREENED).toEqual({ status: 'unscreened', hits: [] });
  });
});
