// A country's profile in the case registry — its cases over time by kind, the technologies used,
// the suppliers named and where they come from — and the map of surveillance supply: per country,
// whether its surveillance deployments name Chinese suppliers, US suppliers, both, or others.
import {
  CASE_KINDS,
  caseYear,
  TECHNOLOGY_CATEGORIES,
  type CaseKind,
  type MisuseCase,
  type TechnologyCategory,
} from './case.ts';

/** The origin groups a profile sorts suppliers into. */
export type OriginGroup = 'china' | 'united-states' | 'other' | 'unknown';

export const ORIGIN_GROUPS: readonly OriginGroup[] = ['china', 'united-states', 'other', 'unknown'];

/** The group of a seat (ISO3): CHN → china, USA → united-states, any other → other, none → unknown. */
export const originGroup = (iso3: string | null): OriginGroup =>
  iso3 === null ? 'unknown' : iso3 === 'CHN' ? 'china' : iso3 === 'USA' ? 'united-states' : 'other';

const zeroKinds = (): Record<CaseKind, number> =>
  Object.fromEntries(CASE_KINDS.map((k) => [k, 0])) as Record<CaseKind, number>;

/** The supply origins a case states: its suppliers' own seats and the case's origins, sorted. */
export function caseOrigins(c: Pick<MisuseCase, 'suppliers' | 'supplierOrigins'>): string[] {
  const out = new Set(c.supplierOrigins);
  for (const s of c.suppliers) if (s.origin) out.add(s.origin);
  return [...out].sort();
}

export interface ProfileSupplier {
  key: string;
  /** Names as printed, most frequent first (ties: alphabetical). */
  names: string[];
  /** Cases in the country naming it. */
  cases: number;
  technologies: TechnologyCategory[];
  /** The supplier's seat: its own where a source gives it, else inferred (see `originInferred`). */
  origin: string | null;
  /**
   * True when no source gives the supplier's own seat and it is taken from cases that state a
   * single origin for all their suppliers (Carnegie: `China Tech` only → CHN).
   */
  originInferred: boolean;
  group: OriginGroup;
}

export interface CountryProfile {
  iso3: string;
  cases: number;
  /** Cases per year ({@link caseYear}) and kind, ascending; years without a case left out. */
  years: { year: number; total: number; byKind: Record<CaseKind, number> }[];
  /** Cases without a year, by kind. */
  undated: Record<CaseKind, number>;
  /** Cases per kind (all years). */
  kinds: Record<CaseKind, number>;
  /** Cases per technology, in {@link TECHNOLOGY_CATEGORIES} order, only those with a case. */
  technologies: { technology: TechnologyCategory; cases: number }[];
  /**
   * Per origin group (every group, in {@link ORIGIN_GROUPS} order): the cases naming a supplier
   * or an origin of that group (a case counts in each group it names), the distinct suppliers of
   * the group, and the seats (ISO3) behind `other`. `unknown`: cases naming suppliers without
   * any origin.
   */
  origins: { group: OriginGroup; cases: number; suppliers: number; iso3: string[] }[];
  /** Cases naming neither a supplier nor an origin (shutdowns, most blockings). */
  withoutSupplier: number;
  /** The suppliers named, most cases first (ties: by key). */
  suppliers: ProfileSupplier[];
}

/**
 * The profile of the country `iso3` from every case naming it (a case naming several countries
 * counts in each; unlike the `internet_shutdowns` indicator, which counts single-country events
 * only).
 */
export function countryProfile(cases: readonly MisuseCase[], iso3: string): CountryProfile {
  const mine = cases.filter((c) => c.countries.includes(iso3));
  const years = new Map<number, Record<CaseKind, number>>();
  const undated = zeroKinds();
  const kinds = zeroKinds();
  const technologies = new Map<TechnologyCategory, number>();
  const groupCases = new Map<OriginGroup, number>();
  const otherSeats = new Set<string>();
  let withoutSupplier = 0;
  const suppliers = new Map<
    string,
    {
      names: Map<string, number>;
      cases: number;
      technologies: Set<TechnologyCategory>;
      own: Map<string, number>;
      inferred: Map<string, number>;
    }
  >();
  for (const c of mine) {
    kinds[c.kind]++;
    const year = caseYear(c);
    if (year === null) undated[c.kind]++;
    else {
      const y = years.get(year) ?? zeroKinds();
      years.set(year, y);
      y[c.kind]++;
    }
    technologies.set(c.technology, (technologies.get(c.technology) ?? 0) + 1);

    const origins = caseOrigins(c);
    if (origins.length === 0 && c.suppliers.length === 0) withoutSupplier++;
    const groups = new Set(origins.map(originGroup));
    if (origins.length === 0 && c.suppliers.length > 0) groups.add('unknown');
    for (const g of groups) groupCases.set(g, (groupCases.get(g) ?? 0) + 1);
    for (const o of origins) if (originGroup(o) === 'other') otherSeats.add(o);

    const single = c.supplierOrigins.length === 1 ? c.supplierOrigins[0]! : null;
    for (const s of new Map(c.suppliers.map((m) => [m.key, m])).values()) {
      if (s.key === '') continue;
      const entry = suppliers.get(s.key) ?? {
        names: new Map<string, number>(),
        cases: 0,
        technologies: new Set<TechnologyCategory>(),
        own: new Map<string, number>(),
        inferred: new Map<string, number>(),
      };
      suppliers.set(s.key, entry);
      entry.cases++;
      entry.technologies.add(c.technology);
      for (const name of new Set(c.suppliers.filter((m) => m.key === s.key).map((m) => m.name)))
        entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
      if (s.origin) entry.own.set(s.origin, (entry.own.get(s.origin) ?? 0) + 1);
      else if (single) entry.inferred.set(single, (entry.inferred.get(single) ?? 0) + 1);
    }
  }

  const mostFrequent = (m: Map<string, number>): string[] =>
    [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const profileSuppliers = [...suppliers]
    .map(([key, s]): ProfileSupplier => {
      const own = mostFrequent(s.own)[0] ?? null;
      // An inferred seat only when every case that states a single origin agrees.
      const inferred = s.inferred.size === 1 ? mostFrequent(s.inferred)[0]! : null;
      const origin = own ?? inferred;
      return {
        key,
        names: mostFrequent(s.names),
        cases: s.cases,
        technologies: [...s.technologies].sort(
          (a, b) => TECHNOLOGY_CATEGORIES.indexOf(a) - TECHNOLOGY_CATEGORIES.indexOf(b),
        ),
        origin,
        originInferred: own === null && inferred !== null,
        group: originGroup(origin),
      };
    })
    .sort((a, b) => b.cases - a.cases || a.key.localeCompare(b.key));

  return {
    iso3,
    cases: mine.length,
    years: [...years]
      .sort(([a], [b]) => a - b)
      .map(([year, byKind]) => ({
        year,
        total: Object.values(byKind).reduce((t, n) => t + n, 0),
        byKind,
      })),
    undated,
    kinds,
    technologies: TECHNOLOGY_CATEGORIES.filter((t) => technologies.has(t)).map((technology) => ({
      technology,
      cases: technologies.get(technology)!,
    })),
    origins: ORIGIN_GROUPS.map((group) => ({
      group,
      cases: groupCases.get(group) ?? 0,
      suppliers: profileSuppliers.filter((s) => s.group === group).length,
      iso3: group === 'other' ? [...otherSeats].sort() : [],
    })),
    withoutSupplier,
    suppliers: profileSuppliers,
  };
}

/**
 * How a country's surveillance supply is coloured on the map: `both` when its deployments name
 * Chinese and US supply, `china-only` Chinese and not US (other origins may be present),
 * `us-only` US and not Chinese, `other` neither but some other origin, `none` no origin stated.
 */
export type SupplyColour = 'china-only' | 'us-only' | 'both' | 'other' | 'none';

export const SUPPLY_COLOURS: readonly SupplyColour[] = [
  'china-only',
  'us-only',
  'both',
  'other',
  'none',
];

export interface SupplyMapCountry {
  iso3: string;
  colour: SupplyColour;
  /** Surveillance-deployment cases in the country. */
  cases: number;
  /** Of them, those naming Chinese supply, US supply, other supply; a case may count in several. */
  china: number;
  unitedStates: number;
  other: number;
  /** Of them, those naming no origin (suppliers unknown or not named). */
  none: number;
  /** Every origin stated (ISO3), sorted. */
  origins: string[];
}

export interface SurveillanceSupplyMap {
  /** Countries with at least one surveillance-deployment case, by ISO3. */
  countries: SupplyMapCountry[];
  /** Countries per colour. */
  totals: Record<SupplyColour, number>;
}

export const supplyColour = (origins: readonly string[]): SupplyColour => {
  const cn = origins.includes('CHN');
  const us = origins.includes('USA');
  if (cn && us) return 'both';
  if (cn) return 'china-only';
  if (us) return 'us-only';
  return origins.length > 0 ? 'other' : 'none';
};

/**
 * Per country, the supplier origins of its `surveillance-deployment` cases
 * ({@link caseOrigins}: the suppliers' seats and the origins the case states), and the colour of
 * the union. Countries without such a case are absent (no case recorded, not "no supply").
 */
export function surveillanceSupplyMap(cases: readonly MisuseCase[]): SurveillanceSupplyMap {
  const per = new Map<string, Omit<SupplyMapCountry, 'colour' | 'origins'> & { o: Set<string> }>();
  for (const c of cases) {
    if (c.kind !== 'surveillance-deployment') continue;
    const origins = caseOrigins(c);
    for (const iso3 of new Set(c.countries)) {
      const row = per.get(iso3) ?? {
        iso3,
        cases: 0,
        china: 0,
        unitedStates: 0,
        other: 0,
        none: 0,
        o: new Set<string>(),
      };
      per.set(iso3, row);
      row.cases++;
      if (origins.includes('CHN')) row.china++;
      if (origins.includes('USA')) row.unitedStates++;
      if (origins.some((o) => o !== 'CHN' && o !== 'USA')) row.other++;
      if (origins.length === 0) row.none++;
      origins.forEach((o) => row.o.add(o));
    }
  }
  const totals = Object.fromEntries(SUPPLY_COLOURS.map((c) => [c, 0])) as Record<
    SupplyColour,
    number
  >;
  const countries = [...per.values()]
    .sort((a, b) => a.iso3.localeCompare(b.iso3))
    .map(({ o, ...row }): SupplyMapCountry => {
      const origins = [...o].sort();
      const colour = supplyColour(origins);
      totals[colour]++;
      return { ...row, colour, origins };
    });
  return { countries, totals };
}
