// Full-text search and filters over the policy registry, in memory: an index built once per set of
// records (a service caches it for one data version) answers a query in well under a millisecond
// per thousand records.
//
// Text: the title, the original title, the description, the responsible body and the source's
// tags, cut into words after folding case and accents (`Régulation` = `regulation`); a plural `s`
// is dropped from words longer than four letters on both sides (`regulations` finds
// `regulation`). Every term of the query must match (AND); a quoted phrase (`"public sector"`)
// matches its words in a row within one field. Ranking: a term found in the title or the original
// title counts 3, in the tags 2, in the description or the body 1; the fields a term is found in
// add up, and a term repeated in a field adds a little (log of the count). Ties, and queries
// without text, order by year (newest first, undated last), then title.
//
// Filters: jurisdictions (codes), topics (a topic includes every topic below it), types,
// statuses, bindingness (`unknown` for none), source, a year range (an undated record is outside
// any range). Facets count the records that pass the filters and the text, before paging: by
// jurisdiction, type, topic (a record counts under each of its topics and their ancestors, once)
// and year (undated records are not counted).
import { DomainError, type ErrorIssue } from '../errors.ts';
import type {
  Bindingness,
  InstrumentSource,
  InstrumentStatus,
  InstrumentType,
  PolicyInstrument,
  PolicyTopic,
} from './instrument.ts';
import { foldText, topicWithDescendants } from './taxonomy.ts';

export interface PolicySearchQuery {
  q?: string;
  jurisdictions?: readonly string[];
  topics?: readonly string[];
  types?: readonly InstrumentType[];
  statuses?: readonly InstrumentStatus[];
  /** Bindingness; `unknown` matches records whose bindingness is not known. */
  binding?: readonly (Bindingness | 'unknown')[];
  source?: InstrumentSource;
  yearFrom?: number;
  yearTo?: number;
  /** At most this many items (default 50, at most 1000). */
  limit?: number;
  offset?: number;
}

export interface PolicySearchResult {
  total: number;
  items: { instrument: PolicyInstrument; score: number }[];
  facets: {
    jurisdiction: Record<string, number>;
    type: Record<string, number>;
    topic: Record<string, number>;
    year: Record<string, number>;
  };
}

export const DEFAULT_SEARCH_LIMIT = 50;
export const MAX_SEARCH_LIMIT = 1000;

const FIELD_WEIGHTS = { title: 3, originalTitle: 3, tags: 2, description: 1, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** A word as the index keeps it: a plural `s` dropped from words longer than four letters. */
function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !/(ss|us|is)$/.test(word)
    ? word.slice(0, -1)
    : word;
}

/** The words of a text, folded and stemmed, in order. */
export function tokenise(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ').map(stem);
}

/** A record's words per field, and where each word of the index occurs. */
export interface PolicyIndex {
  readonly instruments: readonly PolicyInstrument[];
  /** Per record, per field: the words joined by single spaces, padded (` a b c `), for phrases. */
  readonly texts: readonly Record<Field, string>[];
  /** Word → record position → the weighted score of the word in that record. */
  readonly postings: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** Per record, its place in the order by year (newest first, undated last), then title. */
  readonly rank: readonly number[];
  /** The record positions in that order. */
  readonly order: readonly number[];
}

const fieldTexts = (i: PolicyInstrument): Record<Field, string> => ({
  title: i.title,
  originalTitle: i.originalTitle ?? '',
  tags: i.sourceTags.join(' | '),
  description: i.description,
  body: i.responsibleBody,
});

const byYearThenTitle = (a: PolicyInstrument, b: PolicyInstrument): number =>
  (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
  a.title.localeCompare(b.title) ||
  a.id.localeCompare(b.id);

/** Builds the search index of a set of records (cache it with the records it was built from). */
export function indexInstruments(instruments: readonly PolicyInstrument[]): PolicyIndex {
  const texts: Record<Field, string>[] = [];
  const postings = new Map<string, Map<number, number>>();
  instruments.forEach((instrument, n) => {
    const raw = fieldTexts(instrument);
    const text = {} as Record<Field, string>;
    const counts = new Map<string, number>();
    for (const field of FIELDS) {
      const words = tokenise(raw[field]);
      text[field] = ` ${words.join(' ')} `;
      const tf = new Map<string, number>();
      for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const [w, c] of tf)
        counts.set(w, (counts.get(w) ?? 0) + FIELD_WEIGHTS[field] * (1 + Math.log(c) / 4));
    }
    texts.push(text);
    for (const [w, score] of counts) {
      let p = postings.get(w);
      if (!p) postings.set(w, (p = new Map<number, number>()));
      p.set(n, score);
    }
  });
  const order = instruments
    .map((_, n) => n)
    .sort((a, b) => byYearThenTitle(instruments[a]!, instruments[b]!));
  const rank: number[] = new Array<number>(instruments.length);
  order.forEach((n, place) => (rank[n] = place));
  return { instruments, texts, postings, rank, order };
}

/** A query's text: single words and quoted phrases, each as its stemmed words. */
export function parseQueryText(q: string): { terms: string[]; phrases: string[][] } {
  const terms: string[] = [];
  const phrases: string[][] = [];
  const rest = q.replace(/["“”]([^"“”]*)["“”]?/g, (_, phrase: string) => {
    const words = tokenise(phrase);
    if (words.length === 1) terms.push(words[0]!);
    else if (words.length > 1) phrases.push(words);
    return ' ';
  });
  terms.push(...tokenise(rest));
  return { terms: [...new Set(terms)], phrases };
}

const cache = new WeakMap<readonly PolicyInstrument[], PolicyIndex>();

const isIndex = (x: readonly PolicyInstrument[] | PolicyIndex): x is PolicyIndex =>
  !Array.isArray(x);

function checkQuery(query: PolicySearchQuery, topics: readonly PolicyTopic[]): void {
  const issues: ErrorIssue[] = [];
  const whole = (name: 'limit' | 'offset' | 'yearFrom' | 'yearTo', min: number, max: number) => {
    const v = query[name];
    if (v !== undefined && (!Number.isInteger(v) || v < min || v > max))
      issues.push({ path: name, message: `must be a whole number from ${min} to ${max}` });
  };
  whole('limit', 0, MAX_SEARCH_LIMIT);
  whole('offset', 0, Number.MAX_SAFE_INTEGER);
  whole('yearFrom', 1000, 9999);
  whole('yearTo', 1000, 9999);
  if (query.yearFrom !== undefined && query.yearTo !== undefined && query.yearFrom > query.yearTo)
    issues.push({ path: 'yearFrom', message: 'must not be after yearTo' });
  const known = new Set(topics.map((t) => t.code));
  for (const t of query.topics ?? [])
    if (!known.has(t)) issues.push({ path: 'topics', message: `unknown topic '${t}'` });
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `bad policy search: ${issues[0]!.path} ${issues[0]!.message}`,
      issues,
    );
}

/** Whether a record's field holds the phrase (its words in a row). */
const hasPhrase = (text: Record<Field, string>, phrase: readonly string[]): boolean => {
  const needle = ` ${phrase.join(' ')} `;
  return FIELDS.some((f) => text[f].includes(needle));
};

/**
 * Searches the records (or their index, built with indexInstruments) by text and filters; throws
 * DomainError('validation_failed') naming a bad limit, offset, year or unknown topic.
 */
export function searchInstruments(
  instruments: readonly PolicyInstrument[] | PolicyIndex,
  query: PolicySearchQuery,
  topics: readonly PolicyTopic[],
): PolicySearchResult {
  checkQuery(query, topics);
  let index: PolicyIndex;
  if (isIndex(instruments)) index = instruments;
  else {
    index = cache.get(instruments) ?? indexInstruments(instruments);
    cache.set(instruments, index);
  }
  const all = index.instruments;

  // Text first: the records holding every term (smallest posting list first) and every phrase.
  const { terms, phrases } = parseQueryText(query.q ?? '');
  const words = [...new Set([...terms, ...phrases.flat()])];
  let candidates: number[] | null = null;
  const scores = new Map<number, number>();
  if (words.length > 0) {
    const lists = words.map((w) => index.postings.get(w));
    if (lists.some((l) => l === undefined)) candidates = [];
    else {
      const sorted = (lists as ReadonlyMap<number, number>[]).sort((a, b) => a.size - b.size);
      candidates = [...sorted[0]!.keys()].filter((n) => sorted.every((l) => l.has(n)));
      candidates = candidates.filter((n) => phrases.every((p) => hasPhrase(index.texts[n]!, p)));
      for (const n of candidates) {
        let s = 0;
        for (const l of sorted) s += l.get(n)!;
        // A phrase found in the title counts once more, as a whole.
        for (const p of phrases) if (index.texts[n]!.title.includes(` ${p.join(' ')} `)) s += 3;
        scores.set(n, Math.round(s * 100) / 100);
      }
    }
  }

  const jurisdictions = query.jurisdictions?.length
    ? new Set(query.jurisdictions.map((j) => j.trim().toUpperCase()))
    : null;
  let topicSet: Set<string> | null = null;
  if (query.topics?.length) {
    topicSet = new Set();
    for (const t of query.topics) for (const c of topicWithDescendants(topics, t)) topicSet.add(c);
  }
  const types = query.types?.length ? new Set<string>(query.types) : null;
  const statuses = query.statuses?.length ? new Set<string>(query.statuses) : null;
  const binding = query.binding?.length ? new Set<string>(query.binding) : null;
  const ranged = query.yearFrom !== undefined || query.yearTo !== undefined;
  const keep = (i: PolicyInstrument): boolean =>
    (jurisdictions === null || jurisdictions.has(i.jurisdiction.toUpperCase())) &&
    (topicSet === null || i.topics.some((t) => topicSet.has(t))) &&
    (types === null || types.has(i.type)) &&
    (statuses === null || statuses.has(i.status)) &&
    (binding === null || binding.has(i.binding ?? 'unknown')) &&
    (query.source === undefined || i.source === query.source) &&
    (!ranged ||
      (i.year !== null &&
        (query.yearFrom === undefined || i.year >= query.yearFrom) &&
        (query.yearTo === undefined || i.year <= query.yearTo)));

  // Without text, the records in the index's order need no sorting; with text, the few matches do.
  const positions = candidates ?? index.order;
  const matched = positions.filter((n) => keep(all[n]!));
  if (candidates !== null)
    matched.sort((a, b) => scores.get(b)! - scores.get(a)! || index.rank[a]! - index.rank[b]!);

  // A topic with its ancestors, once per topic of the tree.
  const parentOf = new Map(topics.map((t) => [t.code, t.parent]));
  const lineage = new Map<string, string[]>();
  const lineageOf = (code: string): string[] => {
    let l = lineage.get(code);
    if (!l) {
      l = [];
      for (
        let c: string | null | undefined = code;
        c != null && !l.includes(c);
        c = parentOf.get(c)
      )
        l.push(c);
      lineage.set(code, l);
    }
    return l;
  };
  const facets: PolicySearchResult['facets'] = { jurisdiction: {}, type: {}, topic: {}, year: {} };
  const add = (r: Record<string, number>, k: string): void => {
    r[k] = (r[k] ?? 0) + 1;
  };
  for (const n of matched) {
    const i = all[n]!;
    add(facets.jurisdiction, i.jurisdiction);
    add(facets.type, i.type);
    if (i.year !== null) add(facets.year, String(i.year));
    if (i.topics.length === 1) for (const c of lineageOf(i.topics[0]!)) add(facets.topic, c);
    else if (i.topics.length > 1) {
      const under = new Set<string>();
      for (const t of i.topics) for (const c of lineageOf(t)) under.add(c);
      for (const c of under) add(facets.topic, c);
    }
  }

  const offset = query.offset ?? 0;
  const limit = query.limit ?? DEFAULT_SEARCH_LIMIT;
  return {
    total: matched.length,
    items: matched
      .slice(offset, offset + limit)
      .map((n) => ({ instrument: all[n]!, score: scores.get(n) ?? 0 })),
    facets,
  };
}
