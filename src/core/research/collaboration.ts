// Collaboration between economies: co-authored (or joint) output of a pair over time per source,
// the collaboration index (observed over what both sides' international output predicts), the
// network of a set of members (who is central, which pairs are under-connected), and concern
// dependence (the share of a member's international output co-authored with concern economies).
import {
  WORLD,
  type InternationalTotal,
  type PairCollaboration,
  type PairField,
  type ResearchSourceCode,
} from './research.ts';

/** What the collaboration analyses read. */
export interface CollaborationData {
  pairs: readonly PairCollaboration[];
  /** International totals of economies and of the world ({@link WORLD}), any sources. */
  totals: readonly InternationalTotal[];
}

/** Which counts a network or dependence is read from. */
export interface PairSelection {
  source: ResearchSourceCode;
  field: PairField;
  /** The last year of the counts' span. */
  year: number;
  /** CORDIS's programme part; `all` by default. */
  programme?: PairCollaboration['programme'];
}

/** Observed over expected, with what it was computed from. */
export interface IndexResult {
  /** Ca·Cb / Cw: the works the pair would have if each side chose partners in proportion. */
  expected: number | null;
  /** works / expected = Cab·Cw / (Ca·Cb); null when a total is missing or 0. */
  index: number | null;
  basis: { a: number | null; b: number | null; world: number | null };
}

/** The collaboration index from a pair's works and the three international totals. */
export function collaborationIndex(
  works: number,
  totalA: number | null,
  totalB: number | null,
  world: number | null,
): IndexResult {
  const basis = { a: totalA, b: totalB, world };
  if (totalA === null || totalB === null || world === null || world === 0)
    return { expected: null, index: null, basis };
  const expected = (totalA * totalB) / world;
  return { expected, index: expected === 0 ? null : works / expected, basis };
}

/** Finds an economy's (or the world's) international total for a source, field and span. */
export type TotalLookup = (
  iso3: string,
  source: ResearchSourceCode,
  field: PairField,
  firstYear: number,
  year: number,
) => number | null;

export function totalLookup(totals: readonly InternationalTotal[]): TotalLookup {
  const byKey = new Map<string, number>();
  for (const t of totals) {
    const key = `${t.iso3}|${t.source}|${t.field}|${t.firstYear}|${t.year}`;
    if (!byKey.has(key)) byKey.set(key, t.works);
  }
  return (iso3, source, field, firstYear, year) =>
    byKey.get(`${iso3}|${source}|${field}|${firstYear}|${year}`) ?? null;
}

/** One source's count of a pair for one span, with the index recomputed and as published. */
export interface PairPoint {
  source: ResearchSourceCode;
  field: PairField;
  programme: PairCollaboration['programme'];
  firstYear: number;
  year: number;
  works: number;
  /** The index the source prints (NSF, two decimals); null where it gives none. */
  publishedIndex: number | null;
  expected: number | null;
  /** Recomputed from the totals; null when one is missing (OpenAlex: no world total). */
  index: number | null;
  basis: IndexResult['basis'];
}

const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** A pair's point from its record and the totals. */
export function pairPoint(p: PairCollaboration, lookup: TotalLookup): PairPoint {
  const total = (iso3: string) => lookup(iso3, p.source, p.field, p.firstYear, p.year);
  const i = collaborationIndex(p.works, total(p.a), total(p.b), total(WORLD));
  return {
    source: p.source,
    field: p.field,
    programme: p.programme,
    firstYear: p.firstYear,
    year: p.year,
    works: p.works,
    publishedIndex: p.collaborationIndex,
    ...i,
  };
}

const SOURCE_ORDER: readonly ResearchSourceCode[] = ['nsf', 'openalex', 'cordis'];

/**
 * The co-authored (or joint) output of two economies as every source gives it, sorted by source
 * (NSF, OpenAlex, CORDIS), field, programme part and year. The order of `a` and `b` does not
 * matter; a pair a source does not list has no point (OpenAlex lists counts above 0 only).
 */
export function pairCollaboration(data: CollaborationData, a: string, b: string): PairPoint[] {
  const key = pairKey(a, b);
  const lookup = totalLookup(data.totals);
  return data.pairs
    .filter((p) => pairKey(p.a, p.b) === key)
    .map((p) => pairPoint(p, lookup))
    .sort(
      (x, y) =>
        SOURCE_ORDER.indexOf(x.source) - SOURCE_ORDER.indexOf(y.source) ||
        x.field.localeCompare(y.field) ||
        (x.programme ?? '').localeCompare(y.programme ?? '') ||
        x.year - y.year,
    );
}

const selected = (p: PairCollaboration, s: PairSelection): boolean =>
  p.source === s.source &&
  p.field === s.field &&
  p.year === s.year &&
  (p.source !== 'cordis' || p.programme === (s.programme ?? 'all'));

/** A link of the members' network. */
export interface NetworkLink extends PairPoint {
  a: string;
  b: string;
}

/** A member's place in the network. */
export interface NetworkMember {
  iso3: string;
  /** Members it has works with (> 0). */
  degree: number;
  /** Σ of its works with the other members. */
  strength: number;
  /** strength / Σ of every member's strength (weighted degree share; the shares add up to 1). */
  centrality: number | null;
  /** The member's international total (all partners, not only members); null when not given. */
  internationalWorks: number | null;
  /** 100 × strength / internationalWorks: how much of its international output stays within. */
  withinSharePct: number | null;
}

/** The members' network for one source, field and span. */
export interface MemberNetwork {
  selection: PairSelection;
  /** Every pair of members the source lists, sorted by a then b. */
  links: NetworkLink[];
  /** Pairs of members the source does not list (0 or not counted), sorted. */
  unlisted: [string, string][];
  members: NetworkMember[];
  /**
   * Pairs with an index below 1 where both members are strong in the field (RCA ≥ 1 in
   * `strongInField`), lowest index first: the partnerships worth building.
   */
  underConnected: NetworkLink[];
}

/**
 * The network of a set of members: per pair its works and index, per member its degree,
 * strength and centrality, and the under-connected pairs among those strong in the field.
 */
export function memberNetwork(
  data: CollaborationData,
  members: readonly string[],
  selection: PairSelection,
  strongInField: ReadonlySet<string> = new Set(),
): MemberNetwork {
  const economies = [...new Set(members)].sort();
  const inNetwork = new Set(economies);
  const lookup = totalLookup(data.totals);
  const byKey = new Map<string, PairCollaboration>();
  for (const p of data.pairs)
    if (selected(p, selection) && inNetwork.has(p.a) && inNetwork.has(p.b) && p.a !== p.b)
      if (!byKey.has(pairKey(p.a, p.b))) byKey.set(pairKey(p.a, p.b), p);
  const links: NetworkLink[] = [];
  const unlisted: [string, string][] = [];
  for (let i = 0; i < economies.length; i += 1)
    for (let j = i + 1; j < economies.length; j += 1) {
      const [a, b] = [economies[i]!, economies[j]!];
      const p = byKey.get(pairKey(a, b));
      if (p) links.push({ a, b, ...pairPoint(p, lookup) });
      else unlisted.push([a, b]);
    }
  const strengthOf = (e: string) =>
    links.filter((l) => l.a === e || l.b === e).reduce((s, l) => s + l.works, 0);
  const allStrength = links.reduce((s, l) => s + 2 * l.works, 0);
  const firstYear = links[0]?.firstYear ?? selection.year;
  const memberRows = economies.map((iso3) => {
    const strength = strengthOf(iso3);
    const internationalWorks = lookup(
      iso3,
      selection.source,
      selection.field,
      firstYear,
      selection.year,
    );
    return {
      iso3,
      degree: links.filter((l) => (l.a === iso3 || l.b === iso3) && l.works > 0).length,
      strength,
      centrality: allStrength === 0 ? null : strength / allStrength,
      internationalWorks,
      withinSharePct:
        internationalWorks === null || internationalWorks === 0
          ? null
          : (100 * strength) / internationalWorks,
    };
  });
  const underConnected = links
    .filter(
      (l) => l.index !== null && l.index < 1 && strongInField.has(l.a) && strongInField.has(l.b),
    )
    .sort((x, y) => x.index! - y.index! || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { selection, links, unlisted, members: memberRows, underConnected };
}

/** A member's co-authorship with concern economies over one span. */
export interface ConcernPoint {
  field: PairField;
  firstYear: number;
  year: number;
  /** The member's international works (all partners); null when the source gives none. */
  internationalWorks: number | null;
  /** Σ of its works with each concern economy listed for the span. */
  withConcern: number;
  byPartner: { iso3: string; works: number }[];
  /**
   * 100 × withConcern / internationalWorks; null without a total. An upper bound when there are
   * several concern economies: a work with two of them counts twice.
   */
  sharePct: number | null;
}

/**
 * Concern dependence: the share of a member's internationally co-authored output that is with
 * concern economies, per span (year) and field the source gives, oldest first.
 */
export function concernDependence(
  data: CollaborationData,
  member: string,
  concern: readonly string[],
  source: ResearchSourceCode,
): ConcernPoint[] {
  const partners = new Set(concern.filter((c) => c !== member));
  const lookup = totalLookup(data.totals);
  const spans = new Map<string, ConcernPoint>();
  for (const p of data.pairs) {
    if (p.source !== source || (p.source === 'cordis' && p.programme !== 'all')) continue;
    const other = p.a === member ? p.b : p.b === member ? p.a : null;
    const key = `${p.field}|${p.firstYear}|${p.year}`;
    if (other === null) continue;
    const point = spans.get(key) ?? {
      field: p.field,
      firstYear: p.firstYear,
      year: p.year,
      internationalWorks: lookup(member, source, p.field, p.firstYear, p.year),
      withConcern: 0,
      byPartner: [],
      sharePct: null,
    };
    spans.set(key, point);
    if (!partners.has(other)) continue;
    point.withConcern += p.works;
    point.byPartner.push({ iso3: other, works: p.works });
  }
  return [...spans.values()]
    .map((p) => ({
      ...p,
      byPartner: p.byPartner.sort((x, y) => y.works - x.works || x.iso3.localeCompare(y.iso3)),
      sharePct:
        p.internationalWorks === null || p.internationalWorks === 0
          ? null
          : (100 * p.withConcern) / p.internationalWorks,
    }))
    .sort((x, y) => x.year - y.year || x.field.localeCompare(y.field));
}
