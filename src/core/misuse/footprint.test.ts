import { describe, expect, it } from 'vitest';
import {
  LISTING_SCORE_THRESHOLD,
  listingStatus,
  supplierDivergence,
  supplierFootprint,
  type SupplierListingHit,
} from './footprint.ts';
import { evidence, misuseCase, supplier } from './misuse.test-support.ts';
import { supplierKey } from './supplier-name.ts';

const HIK = supplierKey('Hikvision');

const cases = [
  misuseCase('a:KEN:safe-city', ['KEN'], {
    suppliers: [supplier('Hikvision'), supplier('Huawei')],
    supplierAttribution: 'country',
    technology: 'safe-city',
    evidence: [evidence('carnegie', '2022-03')],
  }),
  misuseCase('a:KEN:facial', ['KEN'], {
    suppliers: [supplier('Hikvsion')],
    supplierAttribution: 'country',
    technology: 'facial-recognition',
    evidence: [evidence('carnegie', '2022-03')],
  }),
  misuseCase('b:ARE:2019', ['ARE', 'SAU'], {
    kind: 'technology-transfer',
    suppliers: [supplier('HIKVISION', 'CHN')],
    technology: 'facial-recognition',
    period: { start: '2019-05', end: null },
    evidence: [evidence('pi'), evidence('pi'), evidence('news')],
  }),
  misuseCase('c:undated', ['ARE'], { suppliers: [supplier('Hikvision')], evidence: [] }),
  misuseCase('d:other', ['KEN'], { suppliers: [supplier('Huawei')] }),
];

describe('supplierFootprint', () => {
  const f = supplierFootprint(cases, HIK);

  it('collects the cases naming the supplier under any spelling of its key', () => {
    expect(f.cases).toBe(4);
    expect(f.countryAttributed).toBe(2);
    // Printed twice "Hikvision"; once each "HIKVISION" and the misprint.
    expect(f.supplier).toEqual(['Hikvision', 'HIKVISION', 'Hikvsion']);
  });

  it('gives per country its technologies, years and cases; a regional case counts in each', () => {
    expect(f.countries).toEqual([
      {
        iso3: 'ARE',
        technologies: ['safe-city', 'facial-recognition'],
        years: [2019],
        caseIds: ['b:ARE:2019', 'c:undated'],
      },
      {
        iso3: 'KEN',
        technologies: ['safe-city', 'facial-recognition'],
        years: [2022],
        caseIds: ['a:KEN:safe-city', 'a:KEN:facial'],
      },
      { iso3: 'SAU', technologies: ['facial-recognition'], years: [2019], caseIds: ['b:ARE:2019'] },
    ]);
  });

  it('gives per technology its countries, cases per year, undated cases and sources', () => {
    expect(f.technologies).toEqual([
      { technology: 'safe-city', countries: ['ARE', 'KEN'] },
      { technology: 'facial-recognition', countries: ['ARE', 'KEN', 'SAU'] },
    ]);
    expect(f.years).toEqual([
      { year: 2019, cases: 1 },
      { year: 2022, cases: 2 },
    ]);
    expect(f.undated).toBe(1);
    expect(f.sources).toEqual([
      { sourceId: 'carnegie', cases: 2 },
      { sourceId: 'news', cases: 1 },
      { sourceId: 'pi', cases: 1 },
    ]);
  });

  it('is empty for a supplier no case names', () => {
    expect(supplierFootprint(cases, supplierKey('Palantir'))).toEqual({
      supplierKey: supplierKey('Palantir'),
      supplier: [],
      cases: 0,
      countryAttributed: 0,
      countries: [],
      technologies: [],
      years: [],
      undated: 0,
      sources: [],
    });
  });
});

const hit = (
  listId: string,
  jurisdiction: string,
  entityId: string,
  score: number,
  decision: SupplierListingHit['decision'] = null,
): SupplierListingHit => ({
  listId,
  jurisdiction,
  entityId,
  entityName: `name of ${entityId}`,
  score,
  decision,
});

const MEMBERS = [
  { listId: 'us-dod-1260h', jurisdiction: 'US' },
  { listId: 'us-ndaa-889', jurisdiction: 'US' },
  { listId: 'eu-833-annex-iv', jurisdiction: 'EU' },
  { listId: 'gb-sanctions', jurisdiction: 'GB' },
  { listId: 'jp-meti', jurisdiction: 'JP' },
];

describe('listingStatus', () => {
  it('counts a hit at or above the threshold, and a confirmed hit whatever its score', () => {
    const s = listingStatus(
      [
        hit('us-ndaa-889', 'US', 'n1', 0.74, 'match'),
        hit('us-dod-1260h', 'US', 'd1', 1),
        hit('gb-sanctions', 'GB', 'g1', LISTING_SCORE_THRESHOLD),
      ],
      MEMBERS,
    );
    expect(s.listings).toEqual([
      {
        list: 'gb-sanctions',
        jurisdiction: 'GB',
        entityId: 'g1',
        entityName: 'name of g1',
        score: 0.9,
        confirmed: false,
      },
      {
        list: 'us-dod-1260h',
        jurisdiction: 'US',
        entityId: 'd1',
        entityName: 'name of d1',
        score: 1,
        confirmed: false,
      },
      {
        list: 'us-ndaa-889',
        jurisdiction: 'US',
        entityId: 'n1',
        entityName: 'name of n1',
        score: 0.74,
        confirmed: true,
      },
    ]);
    expect(s.listedBy).toEqual(['GB', 'US']);
    expect(s.notListedBy).toEqual(['EU', 'JP']);
    expect(s.undecided).toEqual([]);
    expect(s.threshold).toBe(0.9);
  });

  it('drops a rejected hit, even a perfect one, and holds an undecided weak hit for review', () => {
    const s = listingStatus(
      [
        hit('us-dod-1260h', 'US', 'd1', 1, 'no-match'),
        hit('eu-833-annex-iv', 'EU', 'e1', 0.8),
        hit('jp-meti', 'JP', 'j1', 0.89),
        hit('jp-meti', 'JP', 'j2', 0.95),
      ],
      MEMBERS,
    );
    expect(s.rejected).toBe(1);
    expect(s.listings.map((l) => l.entityId)).toEqual(['j2']);
    expect(s.toReview.map((l) => l.entityId)).toEqual(['e1', 'j1']);
    expect(s.listedBy).toEqual(['JP']);
    // EU has only a hit to review: neither listed nor not listed.
    expect(s.undecided).toEqual(['EU']);
    expect(s.notListedBy).toEqual(['GB', 'US']);
  });

  it('lists a non-member jurisdiction as listing, and never as not listing', () => {
    const s = listingStatus([hit('cn-unreliable', 'CN', 'c1', 1)], MEMBERS.slice(0, 1));
    expect(s.listedBy).toEqual(['CN']);
    expect(s.notListedBy).toEqual(['US']);
  });

  it('takes another threshold when given', () => {
    expect(listingStatus([hit('jp-meti', 'JP', 'j1', 0.8)], MEMBERS, 0.75).listedBy).toEqual([
      'JP',
    ]);
  });
});

describe('supplierDivergence', () => {
  it('is the members listing the supplier against those not listing it', () => {
    const s = listingStatus([hit('us-dod-1260h', 'US', 'd1', 1)], MEMBERS);
    expect(supplierDivergence(HIK, s, MEMBERS)).toEqual({
      supplierKey: HIK,
      listedBy: ['US'],
      notListedBy: ['EU', 'GB', 'JP'],
    });
  });

  it('is none when no member lists it, or every member does, or only non-members do', () => {
    expect(supplierDivergence(HIK, listingStatus([], MEMBERS), MEMBERS)).toBeNull();
    const both = [MEMBERS[0]!, MEMBERS[2]!];
    const all = listingStatus(
      [hit('us-dod-1260h', 'US', 'd1', 1), hit('eu-833-annex-iv', 'EU', 'e1', 1)],
      both,
    );
    expect(supplierDivergence(HIK, all, both)).toBeNull();
    const cn = listingStatus([hit('cn-unreliable', 'CN', 'c1', 1)], MEMBERS);
    expect(supplierDivergence(HIK, cn, MEMBERS)).toBeNull();
  });
});
