// The name index: blocking keys (tokens, their one-deletion variants, phonetic codes, consonant
// skeletons) of every name of every entity, so that a query is scored against a few candidates
// instead of the whole list.
import { type PreparedName, type PreparedToken } from './prepared-name.ts';
import { prepareEntity, prepareQuery, type PreparedSubject } from './prepared-subject.ts';
import type { ScreeningEntity, ScreeningQuery } from './screening-entity.ts';

/**
 * The kinds of blocking key, each with the weight a shared key of that kind gives a candidate
 * (times the key's inverse document frequency):
 *
 * - `token` — the token itself, or two adjacent tokens run together ("goodwill" finds "Good
 *   Will"): 1;
 * - `deletion` — the token with one letter deleted, for tokens of {@link MIN_DELETION_LENGTH} to
 *   {@link MAX_DELETION_LENGTH} letters (SymSpell): two tokens one edit apart share one, so
 *   "Lukashnko" finds "Lukashenko" and "Tayota" finds "Toyota": 0.8;
 * - `phonetic` — a Double Metaphone code ("Scholz", "Schulze"): 0.6;
 * - `skeleton` — the consonant skeleton of an unvocalised token (Arabic, Hebrew) against every
 *   token's skeleton, and the reverse: 0.5;
 * - `split` — for a query token of {@link MIN_SPLIT_LENGTH} letters or more, each way of cutting
 *   it in two, the parts looked up as tokens (names run together with a typo:
 *   "FridrichBuchenberg" finds "Buchenberg"): 0.6.
 */
export type BlockingKeyKind = 'token' | 'deletion' | 'phonetic' | 'skeleton' | 'split';

export const BLOCKING_KEY_WEIGHTS: Readonly<Record<BlockingKeyKind, number>> = {
  token: 1,
  deletion: 0.8,
  phonetic: 0.6,
  skeleton: 0.5,
  split: 0.6,
};
export const MIN_SPLIT_LENGTH = 10;
export const MIN_DELETION_LENGTH = 4;
export const MAX_DELETION_LENGTH = 16;
/** How many candidate entities a query is scored against by default. */
export const DEFAULT_CANDIDATE_LIMIT = 20;
/**
 * Keys other than `token` keys shared by more than this share of all names are not followed:
 * they would make every name a candidate and carry almost no weight.
 */
export const MAX_FUZZY_KEY_SHARE = 0.02;
/**
 * A candidate must share at least this much of the query's blocking weight (the sum, over the
 * query's tokens, of the best key each has in the index): names that share only one common word
 * of a long query are not scored.
 */
export const MIN_BLOCKING_SHARE = 0.2;
/** How much a name's length discounts its blocking score (BM25's b; 0: not at all). */
export const LENGTH_NORMALISATION = 0.5;

/** An index of entities by their names. Build once with {@link buildNameIndex}; read-only. */
export interface NameIndex {
  /** The entities, in the order given, with their prepared names. */
  entities: readonly { id: string; subject: PreparedSubject }[];
  /** Per name variant (every name of every entity): the entity's position. */
  variantEntity: Int32Array;
  /** Per name variant: its position among the entity's names (0: the primary name). */
  variantName: Int32Array;
  /** Blocking key → the name variants that have it, ascending. */
  postings: ReadonlyMap<string, Int32Array>;
  /** Number of name variants. */
  variants: number;
  /** Per name variant: its weight in words over the mean (blocking favours short names a little). */
  variantLength: Float32Array;
}

const key = (kind: BlockingKeyKind, text: string): string => `${kind[0]}:${text}`;

/** One-deletion variants of a token, the token itself included. */
function deletions(text: string): string[] {
  const out = new Set([text]);
  for (let i = 0; i < text.length; i++) out.add(text.slice(0, i) + text.slice(i + 1));
  return [...out];
}

const distinctive = (t: PreparedToken): boolean => t.kind === 'word' || t.kind === 'generic';

/** The blocking keys of one token, with their kinds; `forQuery` adds the abjad cross-keys. */
function tokenKeys(t: PreparedToken, forQuery: boolean): [string, BlockingKeyKind][] {
  const keys: [string, BlockingKeyKind][] = [[key('token', t.text), 'token']];
  if (!distinctive(t)) return keys;
  if (t.text.length >= MIN_DELETION_LENGTH && t.text.length <= MAX_DELETION_LENGTH && !t.syllables)
    for (const d of deletions(t.text)) keys.push([key('deletion', d), 'deletion']);
  for (const code of t.codes) keys.push([key('phonetic', code), 'phonetic']);
  if (t.skeleton.length >= 2) {
    // Names file their skeletons as vocalised (`k:`) or not (`u:`). An unvocalised query token
    // looks up both; a vocalised one only the unvocalised names, which its spelling cannot find.
    const [vocalised, unvocalised] = [`k:${t.skeleton}`, `u:${t.skeleton}`];
    if (!forQuery) keys.push([t.unvocalised ? unvocalised : vocalised, 'skeleton']);
    else if (t.unvocalised) keys.push([vocalised, 'skeleton'], [unvocalised, 'skeleton']);
    else keys.push([unvocalised, 'skeleton']);
  }
  if (forQuery && t.text.length >= MIN_SPLIT_LENGTH && !t.syllables)
    for (let i = 4; i <= t.text.length - 4; i++)
      keys.push(
        [key('token', t.text.slice(0, i)), 'split'],
        [key('token', t.text.slice(i)), 'split'],
      );
  return keys;
}

/** Tokens of a name plus adjacent word pairs run together ("good" "will" → `goodwill`). */
function runTogetherKeys(name: PreparedName): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < name.tokens.length; i++) {
    const [a, b] = [name.tokens[i]!, name.tokens[i + 1]!];
    if (distinctive(a) && distinctive(b)) out.push(key('token', a.text + b.text));
  }
  return out;
}

/**
 * Builds the index: prepares every name of every entity (normalisation, phonetic codes) and files
 * each name under its blocking keys (see {@link BlockingKeyKind}). Entities keep their order;
 * ids must be unique.
 */
export function buildNameIndex(entities: readonly ScreeningEntity[]): NameIndex {
  const lists = new Map<string, number[]>();
  const variantEntity: number[] = [];
  const variantWeight: number[] = [];
  const variantName: number[] = [];
  const prepared = entities.map((entity, e) => {
    const subject = prepareEntity(entity);
    subject.names.forEach((name, n) => {
      const v = variantEntity.length;
      variantEntity.push(e);
      variantName.push(n);
      variantWeight.push(Math.max(1, name.totalWeight));
      const keys = new Set([
        ...name.tokens.flatMap((t) => tokenKeys(t, false).map(([k]) => k)),
        ...runTogetherKeys(name),
      ]);
      for (const k of keys) {
        const list = lists.get(k);
        if (list) list.push(v);
        else lists.set(k, [v]);
      }
    });
    return { id: entity.id, subject };
  });
  const postings = new Map<string, Int32Array>();
  for (const [k, list] of lists) postings.set(k, Int32Array.from(list));
  return {
    entities: prepared,
    variantEntity: Int32Array.from(variantEntity),
    variantName: Int32Array.from(variantName),
    postings,
    variants: variantEntity.length,
    variantLength: Float32Array.from(
      variantWeight,
      (w) => w / (variantWeight.reduce((s, x) => s + x, 0) / Math.max(1, variantWeight.length)),
    ),
  };
}

// Scratch accumulators, grown with the largest index queried; reset after each query.
let score = new Float64Array(0);
let best = new Float64Array(0);
let stamp = new Int32Array(0);

/** A candidate entity, by position, with the names of it that share enough blocking weight. */
export interface Candidate {
  entity: number;
  /** Positions among the entity's names, best blocking score first. */
  names: number[];
}

/**
 * The candidate entities of a prepared query, best blocking score first, at most `limit`, each
 * with the names that reached the blocking cutoff (its other names share too little with the
 * query to score well, and are not scored).
 */
export function candidatesOf(
  index: NameIndex,
  query: PreparedSubject,
  limit: number,
  minShare = MIN_BLOCKING_SHARE,
): Candidate[] {
  if (score.length < index.variants) {
    score = new Float64Array(index.variants);
    best = new Float64Array(index.variants);
    stamp = new Int32Array(index.variants);
  }
  const touched: number[] = [];
  const maxFuzzy = Math.max(50, MAX_FUZZY_KEY_SHARE * index.variants);
  let group = 0;
  let potential = 0;
  for (const name of query.names) {
    const groups: [string, BlockingKeyKind][][] = [
      ...name.tokens.map((t) => tokenKeys(t, true)),
      ...runTogetherKeys(name).map((k): [string, BlockingKeyKind][] => [[k, 'token']]),
    ];
    for (const keys of groups) {
      group++;
      let groupBest = 0;
      for (const [k, kind] of keys) {
        const list = index.postings.get(k);
        if (!list || (kind !== 'token' && list.length > maxFuzzy)) continue;
        const w = BLOCKING_KEY_WEIGHTS[kind] * Math.log(1 + index.variants / list.length);
        groupBest = Math.max(groupBest, w);
        for (let i = 0; i < list.length; i++) {
          const v = list[i]!;
          if (stamp[v] === 0) touched.push(v);
          if (stamp[v] !== group) {
            stamp[v] = group;
            best[v] = w;
            score[v]! += w;
          } else if (w > best[v]!) {
            score[v]! += w - best[v]!;
            best[v] = w;
          }
        }
      }
      potential += groupBest;
    }
  }
  // Only names with enough of the query's weight are ranked; shorter names rank a little higher
  // at equal shared weight (BM25's length normalisation). `best` now holds the ranking score.
  const cutoff = minShare * potential;
  const ranked: number[] = [];
  for (const v of touched) {
    if (score[v]! >= cutoff) {
      best[v] =
        score[v]! / (1 - LENGTH_NORMALISATION + LENGTH_NORMALISATION * index.variantLength[v]!);
      ranked.push(v);
    }
    score[v] = 0;
    stamp[v] = 0;
  }
  ranked.sort((a, b) => best[b]! - best[a]! || a - b);
  const out: Candidate[] = [];
  const byEntity = new Map<number, Candidate>();
  for (const v of ranked) {
    const e = index.variantEntity[v]!;
    const known = byEntity.get(e);
    if (known) known.names.push(index.variantName[v]!);
    else if (out.length < limit) {
      const candidate = { entity: e, names: [index.variantName[v]!] };
      byEntity.set(e, candidate);
      out.push(candidate);
    }
  }
  for (const v of touched) best[v] = 0;
  return out;
}

/**
 * The ids of the entities whose names share blocking keys with the query, most keys (weighted by
 * rarity) first, at most `limit` (default {@link DEFAULT_CANDIDATE_LIMIT}). Exact scoring is for
 * these only.
 */
export function candidates(
  index: NameIndex,
  query: ScreeningQuery | PreparedSubject,
  limit = DEFAULT_CANDIDATE_LIMIT,
): string[] {
  const q = 'name' in query ? prepareQuery(query) : query;
  return candidatesOf(index, q, limit).map((c) => index.entities[c.entity]!.id);
}
