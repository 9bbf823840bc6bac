// A supplier's footprint — where the cases naming it happened, with which technologies and when —
// and its listing status: which jurisdictions' restricted-party lists name it (from screening hits
// and the analysts' decisions on them) and which members' lists do not, the divergence the
// divergence register collects.
import {
  caseYear,
  TECHNOLOGY_CATEGORIES,
  type MisuseCase,
  type TechnologyCategory,
} from './case.ts';

export interface FootprintCountry {
  iso3: string;
  /** In {@link TECHNOLOGY_CATEGORIES} order. */
  technologies: TechnologyCategory[];
  /** The years the country's cases are counted in ({@link caseYear}), ascending; undated left out. */
  years: number[];
  caseIds: string[];
}

export interface SupplierFootprint {
  supplierKey: string;
  /** The names as the sources print them, most frequent first (ties: alphabetical). */
  supplier: string[];
  /** Cases naming the supplier. */
  cases: number;
  /**
   * Of them, cases whose suppliers are named for the country as a whole (Carnegie's index): the
   * supplier is named in the country, not shown to have supplied that technology.
   */
  countryAttributed: number;
  /** Countries of the cases, by ISO3. A case naming several countries counts in each. */
  countries: FootprintCountry[];
  /** Per technology (in {@link TECHNOLOGY_CATEGORIES} order, only those with a case): its countries. */
  technologies: { technology: TechnologyCategory; countries: string[] }[];
  /** Cases per year, ascending. */
  years: { year: number; cases: number }[];
  /** Cases without any year. */
  undated: number;
  /** The sources cited by the cases, with the cases citing each, by source id. */
  sources: { sourceId: string; cases: number }[];
}

const byCount = <T>(counts: Map<T, number>, order: (a: T, b: T) => number): T[] =>
  [...counts].sort((a, b) => b[1] - a[1] || order(a[0], b[0])).map(([k]) => k);

const inc = <T>(m: Map<T, number>, k: T): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

const techOrder = (a: TechnologyCategory, b: TechnologyCategory): number =>
  TECHNOLOGY_CATEGORIES.indexOf(a) - TECHNOLOGY_CATEGORIES.indexOf(b);

/**
 * The footprint of the supplier whose key ({@link supplierKey}) is `supplierKey`: every case
 * that names a supplier with that key. A supplier named in no case has an empty footprint.
 */
export function supplierFootprint(
  cases: readonly MisuseCase[],
  supplierKey: string,
): SupplierFootprint {
  const names = new Map<string, number>();
  const countries = new Map<
    string,
    { technologies: Set<TechnologyCategory>; years: Set<number>; caseIds: string[] }
  >();
  const technologies = new Map<TechnologyCategory, Set<string>>();
  const years = new Map<number, number>();
  const sources = new Map<string, number>();
  let count = 0;
  let countryAttributed = 0;
  let undated = 0;
  for (const c of cases) {
    const mentions = c.suppliers.filter((s) => s.key === supplierKey);
    if (mentions.length === 0) continue;
    count++;
    if (c.supplierAttribution === 'country') countryAttributed++;
    for (const name of new Set(mentions.map((m) => m.name))) inc(names, name);
    const year = caseYear(c);
    if (year === null) undated++;
    else inc(years, year);
    for (const sourceId of new Set(c.evidence.map((e) => e.sourceId))) inc(sources, sourceId);
    const tech = technologies.get(c.technology) ?? new Set<string>();
    technologies.set(c.technology, tech);
    for (const iso3 of new Set(c.countries)) {
      tech.add(iso3);
      const country = countries.get(iso3) ?? {
        technologies: new Set<TechnologyCategory>(),
        years: new Set<number>(),
        caseIds: [],
      };
      countries.set(iso3, country);
      country.technologies.add(c.technology);
      if (year !== null) country.years.add(year);
      country.caseIds.push(c.id);
    }
  }
  return {
    supplierKey,
    supplier: byCount(names, (a, b) => a.localeCompare(b)),
    cases: count,
    countryAttributed,
    countries: [...countries]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([iso3, c]) => ({
        iso3,
        technologies: [...c.technologies].sort(techOrder),
        years: [...c.years].sort((a, b) => a - b),
        caseIds: c.caseIds,
      })),
    technologies: [...technologies]
      .sort(([a], [b]) => techOrder(a, b))
      .map(([technology, isos]) => ({ technology, countries: [...isos].sort() })),
    years: [...years].sort(([a], [b]) => a - b).map(([year, n]) => ({ year, cases: n })),
    undated,
    sources: [...sources]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([sourceId, n]) => ({ sourceId, cases: n })),
  };
}

/** A screening hit of the supplier's name on one restricted-party list, with its decision. */
export interface SupplierListingHit {
  listId: string;
  /** The list's jurisdiction (`US`, `EU`, `GB` …, as the restricted-party lists name them). */
  jurisdiction: string;
  entityId: string;
  entityName: string;
  /** The screening score, in [0, 1]. */
  score: number;
  /** The analysts' recorded decision on the hit; null when none is recorded. */
  decision: 'match' | 'no-match' | null;
}

/**
 * The least score of a hit counted as a listing without a decision: the name is the listed
 * name or one of its aliases, or differs from it by little more than a legal form ("Hikvision"
 * is an alias on the DoD 1260H list: 1; "Intellexa" against "Intellexa S.A.": 1). Short forms
 * of a longer listed name score less ("Huawei" against "Huawei Technologies Co., Ltd.": 0.74;
 * "Huawei" against "Huawei Marine Networks": 0.57) and count only once confirmed.
 */
export const LISTING_SCORE_THRESHOLD = 0.9;

export interface SupplierListing {
  list: string;
  jurisdiction: string;
  entityId: string;
  entityName: string;
  score: number;
  /** True when an analyst recorded the hit as a match; false when it counts by its score. */
  confirmed: boolean;
}

export interface ListingStatus {
  /** The hits counted as listings: confirmed, or scoring at least the threshold and undecided. */
  listings: SupplierListing[];
  /** Undecided hits below the threshold: shown for review, not counted. */
  toReview: SupplierListing[];
  /** Hits an analyst rejected (`no-match`): left out. */
  rejected: number;
  /** Jurisdictions with at least one counted listing, sorted. */
  listedBy: string[];
  /**
   * Members' jurisdictions (of `memberLists`) with no counted listing and no hit to review,
   * sorted: their imported lists do not name the supplier.
   */
  notListedBy: string[];
  /** Members' jurisdictions whose only hits are to review: neither listed nor not listed yet. */
  undecided: string[];
  /** The threshold applied. */
  threshold: number;
}

const listingOf = (h: SupplierListingHit): SupplierListing => ({
  list: h.listId,
  jurisdiction: h.jurisdiction,
  entityId: h.entityId,
  entityName: h.entityName,
  score: h.score,
  confirmed: h.decision === 'match',
});

const listingOrder = (a: SupplierListing, b: SupplierListing): number =>
  a.jurisdiction.localeCompare(b.jurisdiction) ||
  a.list.localeCompare(b.list) ||
  b.score - a.score ||
  a.entityId.localeCompare(b.entityId);

/**
 * The listing status of a supplier from the screening hits of its name on every imported
 * restricted-party list. A hit decided `no-match` is dropped; one decided `match` counts whatever
 * its score; an undecided hit counts when its score is at least `threshold` (default
 * {@link LISTING_SCORE_THRESHOLD}), else it is only shown for review. `memberLists` are the
 * members' lists: a member's jurisdiction with none of its lists naming the supplier is "not
 * listed by" it. Only imported lists are seen: a jurisdiction whose lists are not imported is in
 * neither `listedBy` nor `notListedBy`.
 */
export function listingStatus(
  listings: readonly SupplierListingHit[],
  memberLists: readonly { listId: string; jurisdiction: string }[],
  threshold: number = LISTING_SCORE_THRESHOLD,
): ListingStatus {
  const counted: SupplierListing[] = [];
  const toReview: SupplierListing[] = [];
  let rejected = 0;
  for (const h of listings) {
    if (h.decision === 'no-match') rejected++;
    else if (h.decision === 'match' || h.score >= threshold) counted.push(listingOf(h));
    else toReview.push(listingOf(h));
  }
  const listedBy = new Set(counted.map((l) => l.jurisdiction));
  const reviewing = new Set(toReview.map((l) => l.jurisdiction));
  const members = [...new Set(memberLists.map((l) => l.jurisdiction))].filter(
    (j) => !listedBy.has(j),
  );
  return {
    listings: counted.sort(listingOrder),
    toReview: toReview.sort(listingOrder),
    rejected,
    listedBy: [...listedBy].sort(),
    notListedBy: members.filter((j) => !reviewing.has(j)).sort(),
    undecided: members.filter((j) => reviewing.has(j)).sort(),
    threshold,
  };
}

/**
 * A divergence between members over a supplier: some members' lists name it, others' do not.
 * The shape the divergence register collects.
 */
export interface SupplierDivergence {
  supplierKey: string;
  /** Members' jurisdictions listing the supplier, sorted. */
  listedBy: string[];
  /** Members' jurisdictions not listing it, sorted. */
  notListedBy: string[];
}

/**
 * The divergence in a listing status among the members (`memberLists`' jurisdictions), or null
 * when there is none: no member lists the supplier, or every member whose lists are imported
 * does (jurisdictions still to review count on neither side).
 */
export function supplierDivergence(
  supplierKey: string,
  status: Pick<ListingStatus, 'listedBy' | 'notListedBy'>,
  memberLists: readonly { listId: string; jurisdiction: string }[],
): SupplierDivergence | null {
  const members = new Set(memberLists.map((l) => l.jurisdiction));
  const listedBy = status.listedBy.filter((j) => members.has(j));
  if (listedBy.length === 0 || status.notListedBy.length === 0) return null;
  return { supplierKey, listedBy, notListedBy: [...status.notListedBy] };
}
