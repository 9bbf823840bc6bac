// String similarity: edit distances (Levenshtein, and Damerau's variant with transpositions) and
// Jaro–Winkler, the edit measures of name screening. All compare UTF-16 code units, which is
// exact for the ASCII strings that normalised names are.

// Reusable rows and match masks: names are short, and allocating per call would dominate.
let before = new Uint16Array(64);
let previous = new Uint16Array(64);
let current = new Uint16Array(64);
const masks = new Int32Array(128);

/** Myers' bit-parallel Levenshtein distance, for a pattern of 1 to 32 ASCII characters. */
function myers(pattern: string, text: string): number {
  const m = pattern.length;
  for (let i = 0; i < m; i++) masks[pattern.charCodeAt(i)]! |= 1 << i;
  const last = 1 << (m - 1);
  let positive = -1;
  let negative = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? masks[c]! : 0;
    const xv = eq | negative;
    const xh = (((eq & positive) + positive) ^ positive) | eq;
    let ph = negative | ~(xh | positive);
    let mh = positive & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    positive = mh | ~(xv | ph);
    negative = ph & xv;
  }
  for (let i = 0; i < m; i++) masks[pattern.charCodeAt(i)] = 0;
  return score;
}

/**
 * Hyyrö's bit-parallel "optimal string alignment" distance (Levenshtein plus transpositions of
 * adjacent characters), for a pattern of 1 to 32 ASCII characters.
 */
function hyyro(pattern: string, text: string): number {
  const m = pattern.length;
  for (let i = 0; i < m; i++) masks[pattern.charCodeAt(i)]! |= 1 << i;
  const last = 1 << (m - 1);
  let positive = -1;
  let negative = 0;
  let diagonal = 0;
  let previousEq = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? masks[c]! : 0;
    const transposed = ((~diagonal & eq) << 1) & previousEq;
    diagonal = (((eq & positive) + positive) ^ positive) | eq | negative | transposed;
    let ph = negative | ~(diagonal | positive);
    let mh = diagonal & positive;
    if (ph & last) score++;
    else if (mh & last) score--;
    ph = (ph << 1) | 1;
    mh <<= 1;
    positive = mh | ~(diagonal | ph);
    negative = ph & diagonal;
    previousEq = eq;
  }
  for (let i = 0; i < m; i++) masks[pattern.charCodeAt(i)] = 0;
  return score;
}

const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
};

/**
 * Edit distance by dynamic programming over three rows: Levenshtein's, plus — when
 * `transpositions` — a swap of two adjacent characters as one edit ("optimal string alignment":
 * no character is edited twice).
 */
function dynamicDistance(a: string, b: string, transpositions: boolean): number {
  if (a.length < b.length) [a, b] = [b, a];
  const n = b.length;
  if (current.length <= n) {
    before = new Uint16Array(2 * n + 2);
    previous = new Uint16Array(2 * n + 2);
    current = new Uint16Array(2 * n + 2);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ca === cb ? 0 : 1),
      );
      if (
        transpositions &&
        i > 1 &&
        j > 1 &&
        ca !== cb &&
        ca === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === cb
      )
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[n]!;
}

/**
 * The Levenshtein distance: the least number of single-character insertions, deletions and
 * substitutions that turn one string into the other. Bit-parallel (Myers) when the shorter string
 * is ASCII of up to 32 characters.
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  if (a.length === 0) return b.length;
  if (a.length <= 32 && isAscii(a)) return myers(a, b);
  return dynamicDistance(a, b, false);
}

/**
 * The Damerau–Levenshtein distance in its "optimal string alignment" form: Levenshtein's edits
 * plus the transposition of two adjacent characters, no character edited twice. "Asasd" is one
 * edit from "Assad", as a typist sees it (Levenshtein counts two). Bit-parallel (Hyyrö) when the
 * shorter string is ASCII of up to 32 characters.
 */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  if (a.length === 0) return b.length;
  if (a.length <= 32 && isAscii(a)) return hyyro(a, b);
  return dynamicDistance(a, b, true);
}

/** 1 − Levenshtein distance / length of the longer string: 1 for equal strings. */
export function levenshteinSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}

/** 1 − Damerau–Levenshtein distance / length of the longer string: 1 for equal strings. */
export function damerauSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - damerauLevenshtein(a, b) / longer;
}

/**
 * Jaro–Winkler similarity in [0, 1]: the Jaro similarity (matching characters within a window,
 * transpositions) raised for a common prefix of up to four characters by `prefixScale` (0.1, the
 * standard value). Lenient with short strings; the screening score does not use it, the bench
 * tests compare against it.
 */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedA = new Uint8Array(la);
  const matchedB = new Uint8Array(lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * prefixScale * (1 - jaro);
}
