// Research strengths: each economy's articles and world share by field and year, its
// specialisation (revealed comparative advantage), its trend over years, and a coalition's share
// of the world by field. Fractional counts by default: they add up to the world's total.
import { NSF_FIELDS, WORLD, type FieldOutput, type ResearchField } from './research.ts';

/**
 * Which of NSF's counts to read:
 * - `fractional` (the default) — each article divided among economies by author addresses; the
 *   economies' counts add up to the world's, so shares and RCA are shares of one whole (NSF uses
 *   fractional counts for its shares);
 * - `whole` — each economy with an author gets 1 per article; shares then add up to more than
 *   100% and co-authoring economies look bigger.
 */
export type ArticleCount = 'fractional' | 'whole';

/** An economy's place in one field and year. */
export interface FieldStrength {
  iso3: string;
  field: ResearchField;
  year: number;
  /** In the count chosen. */
  articles: number;
  /** The world's articles in the field and year; null when the world's row is missing. */
  worldArticles: number | null;
  /** 100 × articles / worldArticles; null without a positive world count. */
  sharePct: number | null;
  /**
   * Revealed comparative advantage: (articles / the economy's articles in NSF's 14 fields) /
   * (world's articles in the field / world's articles in the 14 fields). Above 1: specialised.
   * Null when any of the four counts is missing or a denominator is 0.
   */
  rca: number | null;
}

export interface StrengthOptions {
  count?: ArticleCount;
  /** Only these economies (ISO3); all by default. The world ({@link WORLD}) is never listed. */
  economies?: readonly string[];
  fields?: readonly ResearchField[];
  years?: readonly number[];
}

const NSF_CODES: ReadonlySet<ResearchField> = new Set(NSF_FIELDS.map((f) => f.code));

const countOf = (o: FieldOutput, count: ArticleCount): number =>
  count === 'whole' ? o.wholeArticles : o.fractionalArticles;

const ratio = (x: number | null | undefined, y: number | null | undefined): number | null =>
  x === null || x === undefined || y === null || y === undefined || y === 0 ? null : x / y;

/** The counts of a set of outputs by economy, field and year, and each economy-year's total. */
export interface OutputTable {
  count: ArticleCount;
  get(iso3: string, field: ResearchField, year: number): number | undefined;
  /** Σ of NSF's 14 fields; undefined unless all 14 are given (AI is never added). */
  total(iso3: string, year: number): number | undefined;
  economies: string[];
  years: number[];
}

/** Indexes field outputs (the first record of an economy, field and year is kept). */
export function outputTable(
  outputs: readonly FieldOutput[],
  count: ArticleCount = 'fractional',
): OutputTable {
  const cells = new Map<string, number>();
  const sums = new Map<string, { sum: number; fields: number }>();
  const economies = new Set<string>();
  const years = new Set<number>();
  for (const o of outputs) {
    const key = `${o.iso3}|${o.field}|${o.year}`;
    if (cells.has(key)) continue;
    const n = countOf(o, count);
    cells.set(key, n);
    if (o.iso3 !== WORLD) economies.add(o.iso3);
    years.add(o.year);
    if (NSF_CODES.has(o.field)) {
      const t = sums.get(`${o.iso3}|${o.year}`) ?? { sum: 0, fields: 0 };
      t.sum += n;
      t.fields += 1;
      sums.set(`${o.iso3}|${o.year}`, t);
    }
  }
  return {
    count,
    get: (iso3, field, year) => cells.get(`${iso3}|${field}|${year}`),
    total: (iso3, year) => {
      const t = sums.get(`${iso3}|${year}`);
      return t && t.fields === NSF_CODES.size ? t.sum : undefined;
    },
    economies: [...economies].sort(),
    years: [...years].sort((x, y) => x - y),
  };
}

/** Share and RCA of given articles against the world's (shared by economies and coalitions). */
function place(
  table: OutputTable,
  field: ResearchField,
  year: number,
  articles: number,
  ownTotal: number | undefined,
): Pick<FieldStrength, 'worldArticles' | 'sharePct' | 'rca'> {
  const world = table.get(WORLD, field, year);
  const worldTotal = table.total(WORLD, year);
  const share = ratio(articles, world);
  const ownShare = ratio(articles, ownTotal);
  const worldShare = ratio(world, worldTotal);
  return {
    worldArticles: world ?? null,
    sharePct: share === null ? null : 100 * share,
    rca: ownShare === null ? null : ratio(ownShare, worldShare),
  };
}

/**
 * Each economy's articles, world share and RCA for every field and year it has a count in,
 * sorted by economy, field (in RESEARCH_FIELDS order) and year.
 */
export function fieldStrengths(
  outputs: readonly FieldOutput[],
  options: StrengthOptions = {},
): FieldStrength[] {
  const table = outputTable(outputs, options.count);
  const economies = options.economies ? [...new Set(options.economies)].sort() : table.economies;
  const fields = options.fields ?? [...NSF_CODES, 'ai' as const];
  const years = options.years ?? table.years;
  const result: FieldStrength[] = [];
  for (const iso3 of economies)
    for (const field of fields)
      for (const year of years) {
        const articles = table.get(iso3, field, year);
        if (articles === undefined || iso3 === WORLD) continue;
        result.push({
          iso3,
          field,
          year,
          articles,
          ...place(table, field, year, articles, table.total(iso3, year)),
        });
      }
  return result;
}

/** One year of a trend; nulls where the year has no count. */
export interface TrendPoint {
  year: number;
  articles: number | null;
  sharePct: number | null;
  rca: number | null;
}

/** An economy's share of the world in one field over a span of years. */
export interface FieldTrend {
  iso3: string;
  field: ResearchField;
  /** Every year from `fromYear` to `toYear`. */
  points: TrendPoint[];
  /** Years of the span without a share (no count, or no world count). */
  missingYears: number[];
  /** The first and last years with a share; null when none has. */
  first: { year: number; sharePct: number } | null;
  last: { year: number; sharePct: number } | null;
  /** last.sharePct − first.sharePct, in percentage points; null with fewer than two shares. */
  changePp: number | null;
}

/** The share and RCA of an economy in a field, year by year from `fromYear` to `toYear`. */
export function fieldTrend(
  outputs: readonly FieldOutput[],
  iso3: string,
  field: ResearchField,
  fromYear: number,
  toYear: number,
  count: ArticleCount = 'fractional',
): FieldTrend {
  const table = outputTable(outputs, count);
  const points: TrendPoint[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const articles = table.get(iso3, field, year);
    points.push(
      articles === undefined
        ? { year, articles: null, sharePct: null, rca: null }
        : { year, articles, ...pick(place(table, field, year, articles, table.total(iso3, year))) },
    );
  }
  const shared = points.filter((p): p is TrendPoint & { sharePct: number } => p.sharePct !== null);
  const first = shared[0] ? { year: shared[0].year, sharePct: shared[0].sharePct } : null;
  const lastPoint = shared[shared.length - 1];
  const last = lastPoint ? { year: lastPoint.year, sharePct: lastPoint.sharePct } : null;
  return {
    iso3,
    field,
    points,
    missingYears: points.filter((p) => p.sharePct === null).map((p) => p.year),
    first,
    last,
    changePp: first && last && shared.length > 1 ? last.sharePct - first.sharePct : null,
  };
}

const pick = (p: Pick<FieldStrength, 'sharePct' | 'rca'>) => ({ sharePct: p.sharePct, rca: p.rca });

/** A coalition's share of the world's articles in one field and year. */
export interface CoalitionFieldShare {
  field: ResearchField;
  year: number;
  /** Σ of the members' fractional articles (members without a count add nothing). */
  articles: number;
  worldArticles: number | null;
  sharePct: number | null;
  /** The coalition's RCA: its field share of its own output over the world's; null as above. */
  rca: number | null;
  /** Members with a count in the field and year, sorted. */
  counted: string[];
  /** Members without one: the share is understated by their articles. */
  missing: string[];
}

/**
 * A coalition's share of the world by field and year: the sum of its members' fractional counts
 * over the world's. Always fractional: whole counts would count an article co-authored by two
 * members twice. One record per field and year with a world count.
 */
export function coalitionFieldShares(
  outputs: readonly FieldOutput[],
  members: readonly string[],
  options: Pick<StrengthOptions, 'fields' | 'years'> = {},
): CoalitionFieldShare[] {
  const table = outputTable(outputs, 'fractional');
  const economies = [...new Set(members)].filter((m) => m !== WORLD).sort();
  const fields = options.fields ?? [...NSF_CODES, 'ai' as const];
  const years = options.years ?? table.years;
  const result: CoalitionFieldShare[] = [];
  for (const field of fields)
    for (const year of years) {
      if (table.get(WORLD, field, year) === undefined) continue;
      const counted = economies.filter((e) => table.get(e, field, year) !== undefined);
      const articles = counted.reduce((s, e) => s + table.get(e, field, year)!, 0);
      const totals = economies.map((e) => table.total(e, year));
      const ownTotal = totals.every((t) => t === undefined)
        ? undefined
        : totals.reduce<number>((s, t) => s + (t ?? 0), 0);
      result.push({
        field,
        year,
        articles,
        ...place(table, field, year, articles, ownTotal),
        counted,
        missing: economies.filter((e) => !counted.includes(e)),
      });
    }
  return result;
}

/**
 * What AI is measured against. NSF gives AI per economy only as one figure for a span
 * (2003–2022, filed under its last year): its share and RCA must be read against the 14 fields
 * summed over the same span, never against the last year alone. Returns the AI outputs of the
 * latest span and, for every economy and the world, each of the 14 fields summed over
 * `firstYear`…that year, filed under it; empty without AI outputs.
 */
export function aiSpanOutputs(outputs: readonly FieldOutput[], firstYear: number): FieldOutput[] {
  const ai = outputs.filter((o) => o.field === 'ai');
  if (ai.length === 0) return [];
  const year = Math.max(...ai.map((o) => o.year));
  const span = new Map<string, FieldOutput>();
  for (const o of outputs) {
    if (o.field === 'ai' || o.year < firstYear || o.year > year) continue;
    const key = `${o.iso3}|${o.field}`;
    const s = span.get(key) ?? { ...o, year, wholeArticles: 0, fractionalArticles: 0 };
    s.wholeArticles += o.wholeArticles;
    s.fractionalArticles += o.fractionalArticles;
    span.set(key, s);
  }
  return [...span.values(), ...ai.filter((o) => o.year === year)];
}
