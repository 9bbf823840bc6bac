import { describe, expect, it } from 'vitest';
import {
  collaborationIndex,
  concernDependence,
  memberNetwork,
  pairCollaboration,
  type CollaborationData,
} from './collaboration.ts';
import { WORLD, type InternationalTotal, type PairCollaboration } from './research.ts';

const pair = (
  a: string,
  b: string,
  year: number,
  works: number,
  extra: Partial<PairCollaboration> = {},
): PairCollaboration => ({
  a,
  b,
  firstYear: year,
  year,
  works,
  source: 'nsf',
  field: 'all',
  collaborationIndex: null,
  programme: null,
  ...extra,
});
const total = (
  iso3: string,
  year: number,
  works: number,
  extra: Partial<InternationalTotal> = {},
): InternationalTotal => ({
  iso3,
  field: 'all',
  firstYear: year,
  year,
  works,
  source: 'nsf',
  ...extra,
});

describe('collaborationIndex', () => {
  it('is observed over Ca·Cb/Cw', () => {
    expect(collaborationIndex(30, 100, 60, 400)).toEqual({
      expected: 15,
      index: 2,
      basis: { a: 100, b: 60, world: 400 },
    });
    // NSF SEI 2024, US–China 2022: 58,546 · 755,894 / (241,823 · 182,305) = 1.004 (printed 1.0).
    expect(collaborationIndex(58546, 241823, 182305, 755894).index).toBeCloseTo(1.0038, 4);
  });

  it('is null when a total is missing or 0', () => {
    expect(collaborationIndex(30, null, 60, 400)).toMatchObject({ expected: null, index: null });
    expect(collaborationIndex(30, 100, 60, 0).index).toBeNull();
    expect(collaborationIndex(30, 0, 60, 400)).toMatchObject({ expected: 0, index: null });
  });
});

describe('pairCollaboration', () => {
  const data: CollaborationData = {
    pairs: [
      pair('CHN', 'USA', 2022, 58546, { collaborationIndex: 1 }),
      pair('CHN', 'USA', 2023, 72794, { source: 'openalex' }),
      pair('CHN', 'USA', 2003, 5588, { collaborationIndex: 0.84 }),
      pair('CHN', 'USA', 2022, 13631, { firstYear: 2003, field: 'ai', collaborationIndex: 1.08 }),
      pair('CHN', 'GBR', 2022, 24337),
    ],
    totals: [
      total('USA', 2022, 241823),
      total('CHN', 2022, 182305),
      total(WORLD, 2022, 755894),
      total('USA', 2023, 405719, { source: 'openalex' }),
      total('CHN', 2023, 237887, { source: 'openalex' }),
      total('USA', 2022, 44356, { field: 'ai', firstYear: 2003 }),
      total('CHN', 2022, 43814, { field: 'ai', firstYear: 2003 }),
      total(WORLD, 2022, 153630, { field: 'ai', firstYear: 2003 }),
    ],
  };

  it('lists the pair in either order, per source, field and year, with both indexes', () => {
    const points = pairCollaboration(data, 'USA', 'CHN');
    expect(points.map((p) => [p.source, p.field, p.year, p.works, p.publishedIndex])).toEqual([
      ['nsf', 'ai', 2022, 13631, 1.08],
      ['nsf', 'all', 2003, 5588, 0.84],
      ['nsf', 'all', 2022, 58546, 1],
      ['openalex', 'all', 2023, 72794, null],
    ]);
    expect(points[0]!.index).toBeCloseTo(1.0776, 4); // NSF's AI index, recomputed
    expect(points[1]!.index).toBeNull(); // no 2003 totals given
    expect(points[2]!.index).toBeCloseTo(1.0038, 4);
    expect(points[3]).toMatchObject({ index: null, basis: { a: 237887, b: 405719, world: null } });
  });

  it('finds nothing for a pair no source lists', () => {
    expect(pairCollaboration(data, 'USA', 'GBR')).toEqual([]);
  });
});

describe('memberNetwork', () => {
  const data: CollaborationData = {
    pairs: [
      pair('AAA', 'BBB', 2022, 10),
      pair('AAA', 'CCC', 2022, 30),
      pair('AAA', 'CCC', 2022, 99, { source: 'openalex' }),
      pair('AAA', 'ZZZ', 2022, 500),
    ],
    totals: [
      total('AAA', 2022, 100),
      total('BBB', 2022, 50),
      total('CCC', 2022, 100),
      total(WORLD, 2022, 1000),
    ],
  };
  const network = memberNetwork(
    data,
    ['CCC', 'BBB', 'AAA'],
    { source: 'nsf', field: 'all', year: 2022 },
    new Set(['AAA', 'BBB']),
  );

  it('gives per pair its works and index, and the pairs the source does not list', () => {
    expect(network.links.map((l) => [l.a, l.b, l.works, l.expected, l.index])).toEqual([
      ['AAA', 'BBB', 10, 5, 2],
      ['AAA', 'CCC', 30, 10, 3],
    ]);
    expect(network.unlisted).toEqual([['BBB', 'CCC']]);
  });

  it('gives per member its degree, strength and weighted degree share, within the members only', () => {
    expect(network.members).toEqual([
      {
        iso3: 'AAA',
        degree: 2,
        strength: 40,
        centrality: 0.5,
        internationalWorks: 100,
        withinSharePct: 40,
      },
      {
        iso3: 'BBB',
        degree: 1,
        strength: 10,
        centrality: 0.125,
        internationalWorks: 50,
        withinSharePct: 20,
      },
      {
        iso3: 'CCC',
        degree: 1,
        strength: 30,
        centrality: 0.375,
        internationalWorks: 100,
        withinSharePct: 30,
      },
    ]);
  });

  it('names the under-connected pairs among members strong in the field, lowest index first', () => {
    expect(network.underConnected).toEqual([]);
    const weak = memberNetwork(
      { ...data, totals: [...data.totals.slice(0, 3), total(WORLD, 2022, 200)] },
      ['AAA', 'BBB', 'CCC'],
      { source: 'nsf', field: 'all', year: 2022 },
      new Set(['AAA', 'BBB', 'CCC']),
    );
    // AAA–BBB: 10 / (100·50/200) = 0.4; AAA–CCC: 30 / 50 = 0.6
    expect(weak.underConnected.map((l) => [l.a, l.b, l.index])).toEqual([
      ['AAA', 'BBB', 0.4],
      ['AAA', 'CCC', 0.6],
    ]);
    const oneStrong = memberNetwork(
      data,
      ['AAA', 'BBB'],
      { source: 'nsf', field: 'all', year: 2022 },
      new Set(['AAA']),
    );
    expect(oneStrong.underConnected).toEqual([]);
  });

  it('has no centrality without any works', () => {
    const empty = memberNetwork(data, ['BBB', 'CCC'], { source: 'nsf', field: 'all', year: 2022 });
    expect(empty.members.map((m) => m.centrality)).toEqual([null, null]);
  });
});

describe('concernDependence', () => {
  it("gives the share of a member's international works with concern economies, per span and field", () => {
    const data: CollaborationData = {
      pairs: [
        pair('CHN', 'USA', 2022, 20),
        pair('RUS', 'USA', 2022, 5),
        pair('GBR', 'USA', 2022, 50),
        pair('CHN', 'USA', 2003, 4),
        pair('CHN', 'USA', 2022, 7, { field: 'ai', firstYear: 2003 }),
        pair('CHN', 'RUS', 2022, 900),
      ],
      totals: [total('USA', 2022, 100), total('USA', 2022, 70, { field: 'ai', firstYear: 2003 })],
    };
    expect(concernDependence(data, 'USA', ['CHN', 'RUS'], 'nsf')).toEqual([
      {
        field: 'all',
        firstYear: 2003,
        year: 2003,
        internationalWorks: null,
        withConcern: 4,
        byPartner: [{ iso3: 'CHN', works: 4 }],
        sharePct: null,
      },
      {
        field: 'ai',
        firstYear: 2003,
        year: 2022,
        internationalWorks: 70,
        withConcern: 7,
        byPartner: [{ iso3: 'CHN', works: 7 }],
        sharePct: 10,
      },
      {
        field: 'all',
        firstYear: 2022,
        year: 2022,
        internationalWorks: 100,
        withConcern: 25,
        byPartner: [
          { iso3: 'CHN', works: 20 },
          { iso3: 'RUS', works: 5 },
        ],
        sharePct: 25,
      },
    ]);
  });
});
