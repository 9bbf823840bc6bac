// Name features: how two prepared names compare — which tokens pair up and how closely, how much
// of each name the pairs cover, and the edit, phonetic and initials evidence beside them.
import {
  patronymicStem,
  prepareToken,
  type PreparedName,
  type PreparedToken,
} from './prepared-name.ts';
import { damerauSimilarity, levenshteinSimilarity } from './string-similarity.ts';

/**
 * How two tokens were found alike:
 *
 * - `exact` — the same token;
 * - `edit` — close in spelling (Damerau–Levenshtein similarity at least {@link TOKEN_MATCH_FLOOR}),
 *   for tokens of {@link MIN_EDIT_LENGTH} letters or more;
 * - `phonetic` — the same Double Metaphone code ("Schulze", "Scholz");
 * - `skeleton` — the same consonant skeleton, for tokens transliterated from an abjad;
 * - `initial` — a single letter and a word it begins ("J", "John");
 * - `joined` — adjacent tokens of one name written as one word in the other ("Good Will",
 *   "Goodwill"); the pair shows the joined form.
 */
export type TokenMatchKind = 'exact' | 'edit' | 'phonetic' | 'skeleton' | 'initial' | 'joined';

/** Two tokens paired by the alignment. */
export interface TokenPair {
  query: string;
  candidate: string;
  /** In [{@link TOKEN_MATCH_FLOOR}, 1]. */
  similarity: number;
  how: TokenMatchKind;
}

/** The least similarity at which two tokens pair up: below it they count as different words. */
export const TOKEN_MATCH_FLOOR = 0.65;
/** Similarity of an initial and a word it begins. */
export const INITIAL_SIMILARITY = 0.8;
/** Similarity of two tokens with a common phonetic code (and at least half their letters alike). */
export const PHONETIC_SIMILARITY = 0.85;
/** Least edit similarity for a phonetic code to count: "Pol"/"Paul" yes, "Mohammed"/"Mahdi" no. */
export const PHONETIC_MIN_EDIT_SIMILARITY = 0.5;
/** Similarity of an unvocalised token and one with the same consonant skeleton. */
export const SKELETON_SIMILARITY = 0.85;
/** Tokens shorter than this pair only when equal or when they sound alike, not by spelling. */
export const MIN_EDIT_LENGTH = 4;
/** Least edit similarity at which adjacent tokens joined pair with one token of the other name. */
export const JOIN_MIN_SIMILARITY = 0.85;
/** Share of the better-covered name in the token overlap (the other name has the rest). */
export const BETTER_COVERAGE_SHARE = 0.6;
/**
 * Words a contained name must match for full credit: one name wholly inside the other counts for
 * more than the longer name's coverage only in proportion to the words matched, up to this many.
 * "Abdel" inside "Abdul Wali Seddiqi" is one word, and common; "Janan Agha" inside "Janan
 * Mohammad Ahmed Agha" is two.
 */
export const CONTAINMENT_FULL_WORDS = 2;

/** What a comparison of two names measured. Every number is in [0, 1] unless said otherwise. */
export interface NameFeatures {
  /**
   * Soft token overlap: each name's coverage (weighted share of its tokens paired, each pair
   * counted at its similarity) combined as {@link BETTER_COVERAGE_SHARE} × the better coverage
   * plus the rest × the worse one. "Janan Agha" against "Janan Mohammad Ahmed Agha" covers all of
   * the shorter name and half of the longer: 0.6 × 1 + 0.4 × 0.5 = 0.8. The better coverage's
   * lead over the worse one is scaled by the words it rests on (see
   * {@link CONTAINMENT_FULL_WORDS}): "Walijan" inside "Walijan Abdul Ghafoor Haqqani" gives
   * 0.23 + 0.6 × (1 − 0.23) × ½ = 0.46.
   */
  tokenOverlap: number;
  queryCoverage: number;
  candidateCoverage: number;
  /** Exact-token Jaccard index (shared tokens / all distinct tokens), for reference. */
  jaccard: number;
  /**
   * Levenshtein similarity of the names as sorted-token strings (the normalised forms), or of the
   * tokens run together in their order when that is higher ("VladimirPutin").
   */
  editSimilarity: number;
  /** Weighted share of the shorter name's tokens that sound like a token of the other name. */
  phonetic: number;
  /**
   * Single-letter tokens on either side: how many, how many begin the word they are paired with
   * ("J" and "John"), and how many are left unpaired while the other name has a word they could
   * have stood for ("A. Nazarbayev" against "Nursultan Nazarbayev").
   */
  initials: { total: number; agreeing: number; conflicting: number };
  /**
   * Weight (in words) of the tokens left unpaired on both sides: the smaller of the two unpaired
   * weights. 0 when one name is wholly contained in the other; 1 for one word swapped for another
   * ("Othman Ahmed Othman al-Harbi" against "… al-Ghamdi").
   */
  conflict: number;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
}

/** 1 − the edit distance between two syllable sequences / the longer one's length. */
function syllableSimilarity(a: readonly string[], b: readonly string[]): number {
  const code = new Map<string, string>();
  const encode = (xs: readonly string[]): string =>
    xs
      .map((x) => {
        if (!code.has(x)) code.set(x, String.fromCharCode(65 + code.size));
        return code.get(x)!;
      })
      .join('');
  return levenshteinSimilarity(encode(a), encode(b));
}

/**
 * How alike two tokens are, and why. The similarity is exact from {@link TOKEN_MATCH_FLOOR} up;
 * below it, where tokens do not pair, it may be given as 0 without computing it (tokens whose
 * lengths alone rule out a pairing).
 */
export function tokenSimilarity(
  a: PreparedToken,
  b: PreparedToken,
): { similarity: number; how: TokenMatchKind } {
  if (a.text === b.text) return { similarity: 1, how: 'exact' };
  if (a.kind === 'initial' || b.kind === 'initial') {
    const [initial, word] = a.kind === 'initial' ? [a, b] : [b, a];
    const begins =
      word.kind !== 'initial' && word.kind !== 'number' && word.text[0] === initial.text;
    return { similarity: begins ? INITIAL_SIMILARITY : 0, how: 'initial' };
  }
  if (a.kind === 'number' || b.kind === 'number') return { similarity: 0, how: 'edit' };
  // Two tokens written in Han or Hangul differ by whole characters: one syllable of two is half.
  if (a.syllables && b.syllables)
    return { similarity: syllableSimilarity(a.syllables, b.syllables), how: 'edit' };
  const soundAlike = a.codes.some((c) => b.codes.includes(c));
  const unvocalised = a.unvocalised || b.unvocalised;
  const lengthBound =
    1 - Math.abs(a.text.length - b.text.length) / Math.max(a.text.length, b.text.length);
  // Patronymics end as each language transliterates them: compare what comes before the ending.
  if (a.kind === 'patronymic' && b.kind === 'patronymic') {
    const stems = damerauSimilarity(patronymicStem(a.text), patronymicStem(b.text));
    const edit = Math.max(stems, damerauSimilarity(a.text, b.text));
    return { similarity: edit, how: 'edit' };
  }
  if (!unvocalised && lengthBound < (soundAlike ? PHONETIC_MIN_EDIT_SIMILARITY : TOKEN_MATCH_FLOOR))
    return { similarity: 0, how: 'edit' };
  const edit = damerauSimilarity(a.text, b.text);
  if (soundAlike && edit >= PHONETIC_MIN_EDIT_SIMILARITY && edit < PHONETIC_SIMILARITY)
    return { similarity: PHONETIC_SIMILARITY, how: 'phonetic' };
  if (
    unvocalised &&
    edit < SKELETON_SIMILARITY &&
    a.skeleton.length >= 2 &&
    a.skeleton === b.skeleton
  )
    return { similarity: SKELETON_SIMILARITY, how: 'skeleton' };
  // In a word of two or three letters one edit is a different word ("Ri", "Rui"; "Bo", "Bob").
  if (Math.max(a.text.length, b.text.length) < MIN_EDIT_LENGTH)
    return { similarity: 0, how: 'edit' };
  return { similarity: edit, how: 'edit' };
}

/**
 * Joins adjacent tokens of `side` (three or two, in the name's order) that the other name writes
 * as one word: "Pricewaterhouse Coopers" against "PricewaterhouseCoopers", "van der bilt" against
 * "vanderbilt". Tokens that have an exact partner, and numbers, stay apart.
 */
function joinAdjacent(side: PreparedToken[], other: readonly PreparedToken[]): PreparedToken[] {
  if (side.length < 2) return side;
  let out = side;
  for (const size of [3, 2])
    for (let i = 0; i + size <= out.length; i++) {
      let length = 0;
      for (let k = i; k < i + size; k++) length += out[k]!.text.length;
      // Lengths first (a joined form and its target differ by 15% at most): no strings built.
      let near = false;
      for (const o of other) {
        const longer = Math.max(length, o.text.length);
        if (o.text.length >= 4 && Math.abs(o.text.length - length) <= 0.15 * longer) near = true;
      }
      if (!near) continue;
      const window = out.slice(i, i + size);
      if (window.some((t) => t.kind === 'number' || other.some((o) => o.text === t.text))) continue;
      const joined = window.map((t) => t.text).join('');
      const target = other.find(
        (o) => o.text.length >= 4 && levenshteinSimilarity(joined, o.text) >= JOIN_MIN_SIMILARITY,
      );
      if (!target) continue;
      const alone = Math.max(...window.map((t) => tokenSimilarity(t, target).similarity));
      if (levenshteinSimilarity(joined, target.text) <= alone) continue;
      out = [...out.slice(0, i), { ...prepareToken(joined), joined: true }, ...out.slice(i + size)];
    }
  return out;
}

/** Weighted share of `side`'s tokens that sound like one of `other`'s. */
function soundAlikeShare(side: readonly PreparedToken[], other: readonly PreparedToken[]): number {
  let total = 0;
  let alike = 0;
  for (const t of side) {
    total += t.weight;
    const hit = other.some(
      (o) =>
        o.text === t.text ||
        t.codes.some((c) => o.codes.includes(c)) ||
        ((t.unvocalised || o.unvocalised) && t.skeleton.length >= 2 && t.skeleton === o.skeleton),
    );
    if (hit) alike += t.weight;
  }
  return total === 0 ? 0 : alike / total;
}

interface Alignment {
  pairs: TokenPair[];
  /** Per token: the similarity it was paired at, 0 when unpaired. */
  pairedQ: Float64Array;
  pairedC: Float64Array;
}

/** Pairs tokens greedily, most similar first (ties: heavier tokens, then earlier ones). */
function align(q: readonly PreparedToken[], c: readonly PreparedToken[]): Alignment {
  const options: { i: number; j: number; similarity: number; how: TokenMatchKind }[] = [];
  for (let i = 0; i < q.length; i++)
    for (let j = 0; j < c.length; j++) {
      const s = tokenSimilarity(q[i]!, c[j]!);
      if (s.similarity >= TOKEN_MATCH_FLOOR) options.push({ i, j, ...s });
    }
  options.sort(
    (x, y) =>
      y.similarity - x.similarity ||
      q[y.i]!.weight + c[y.j]!.weight - (q[x.i]!.weight + c[x.j]!.weight) ||
      x.i - y.i ||
      x.j - y.j,
  );
  const pairedQ = new Float64Array(q.length);
  const pairedC = new Float64Array(c.length);
  const pairs: TokenPair[] = [];
  for (const o of options) {
    if (pairedQ[o.i]! > 0 || pairedC[o.j]! > 0) continue;
    pairedQ[o.i] = o.similarity;
    pairedC[o.j] = o.similarity;
    const joined = q[o.i]!.joined === true || c[o.j]!.joined === true;
    pairs.push({
      query: q[o.i]!.text,
      candidate: c[o.j]!.text,
      similarity: o.similarity,
      how: joined && o.how === 'edit' ? 'joined' : o.how,
    });
  }
  return { pairs, pairedQ, pairedC };
}

const coverage = (tokens: readonly PreparedToken[], paired: Float64Array): number => {
  let total = 0;
  let covered = 0;
  tokens.forEach((t, k) => {
    total += t.weight;
    covered += t.weight * paired[k]!;
  });
  return total === 0 ? 0 : covered / total;
};

const unpairedWeight = (tokens: readonly PreparedToken[], paired: Float64Array): number =>
  tokens.reduce((s, t, k) => s + (paired[k]! > 0 ? 0 : t.conflictWeight), 0);

/** Whether a side has an unpaired token that an initial could have stood for. */
function hasFreeWord(side: readonly PreparedToken[], paired: Float64Array): boolean {
  for (let k = 0; k < side.length; k++) {
    const t = side[k]!;
    if (paired[k] === 0 && t.kind !== 'particle' && t.kind !== 'number') return true;
  }
  return false;
}

/** Adds one side's initials to the count: agreeing when paired, conflicting when the other side has a free word. */
function countSide(
  initials: NameFeatures['initials'],
  side: readonly PreparedToken[],
  paired: Float64Array,
  otherFree: boolean,
): void {
  for (let k = 0; k < side.length; k++) {
    if (side[k]!.kind !== 'initial') continue;
    initials.total++;
    if (paired[k]! > 0) initials.agreeing++;
    else if (otherFree) initials.conflicting++;
  }
}

/** The initials of both names (see `NameFeatures.initials`). */
function countInitials(
  q: readonly PreparedToken[],
  c: readonly PreparedToken[],
  a: Alignment,
): NameFeatures['initials'] {
  const initials = { total: 0, agreeing: 0, conflicting: 0 };
  countSide(initials, q, a.pairedQ, hasFreeWord(c, a.pairedC));
  countSide(initials, c, a.pairedC, hasFreeWord(q, a.pairedQ));
  return initials;
}

/** Distinct tokens shared by two names, and all distinct tokens of both. */
function sharedTokens(
  a: readonly string[],
  b: readonly string[],
): { shared: number; union: number } {
  const setA = new Set(a);
  const setB = new Set(b);
  let shared = 0;
  for (const t of setA) if (setB.has(t)) shared++;
  return { shared, union: setA.size + setB.size - shared };
}

/** Weighted words paired on one side, each counted at its pair's similarity. */
const pairedWeight = (tokens: readonly PreparedToken[], paired: Float64Array): number =>
  tokens.reduce((s, t, k) => s + t.weight * paired[k]!, 0);

/** Compares two prepared names: the token alignment and every name feature. */
export function nameFeatures(query: PreparedName, candidate: PreparedName): NameFeatures {
  const q = joinAdjacent(query.tokens, candidate.tokens);
  const c = joinAdjacent(candidate.tokens, q);
  const alignment = align(q, c);
  const { pairedQ, pairedC } = alignment;

  const queryCoverage = coverage(q, pairedQ);
  const candidateCoverage = coverage(c, pairedC);
  const better = Math.max(queryCoverage, candidateCoverage);
  const worse = Math.min(queryCoverage, candidateCoverage);
  const contained =
    queryCoverage >= candidateCoverage ? pairedWeight(q, pairedQ) : pairedWeight(c, pairedC);
  const lead = (better - worse) * Math.min(1, contained / CONTAINMENT_FULL_WORDS);

  const { shared, union } = sharedTokens(query.name.tokens, candidate.name.tokens);
  const editSimilarity = Math.max(
    levenshteinSimilarity(query.name.normalised, candidate.name.normalised),
    levenshteinSimilarity(query.name.tokens.join(''), candidate.name.tokens.join('')),
  );
  const [shorter, longer] = query.totalWeight <= candidate.totalWeight ? [q, c] : [c, q];

  return {
    tokenOverlap: worse + BETTER_COVERAGE_SHARE * lead,
    queryCoverage,
    candidateCoverage,
    jaccard: union === 0 ? 0 : shared / union,
    editSimilarity,
    phonetic: soundAlikeShare(shorter, longer),
    initials: countInitials(q, c, alignment),
    conflict: Math.min(unpairedWeight(q, pairedQ), unpairedWeight(c, pairedC)),
    pairs: alignment.pairs,
    unmatchedQuery: q.filter((_, k) => pairedQ[k] === 0).map((t) => t.text),
    unmatchedCandidate: c.filter((_, k) => pairedC[k] === 0).map((t) => t.text),
  };
}
