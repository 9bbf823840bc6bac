// Text diff: the line-by-line differences between two versions of a proposal's text (Myers'
// O(ND) algorithm in linear space), the word-level changes within a replaced line, and a
// unified-diff rendering.

/** What a hunk holds: lines in both versions, only in the new one, or only in the old one. */
export type DiffKind = 'same' | 'added' | 'removed';
export const DIFF_KINDS = ['same', 'added', 'removed'] as const satisfies readonly DiffKind[];

/** A run of lines of one kind. */
export interface DiffHunk {
  kind: DiffKind;
  lines: string[];
  /**
   * 1-based number in the old text of the hunk's first line. An `added` hunk has no line there:
   * its `aLine` is that of the old line it goes before (the old text's length + 1 at the end).
   */
  aLine: number;
  /** The same in the new text; a `removed` hunk's `bLine` is that of the new line it was before. */
  bLine: number;
}

/** A run of words (or spaces, or punctuation) within a changed line. */
export interface WordSegment {
  kind: DiffKind;
  text: string;
}

/** A line replaced by another: the `i`-th line of a removed run paired with the `i`-th added. */
export interface ChangedLinePair {
  aLine: number;
  bLine: number;
  a: string;
  b: string;
  words: WordSegment[];
}

export interface UnifiedDiffOptions {
  /** Unchanged lines shown around each change; default 3. */
  context?: number;
  /** Names on the `---` and `+++` lines; default `a` and `b`. */
  aName?: string;
  bName?: string;
}

/**
 * The lines of a text. CRLF and lone CR count as line breaks like LF, so a text saved on Windows
 * equals its LF copy; a final line break ends the last line rather than starting an empty one, so
 * `"a\n"` and `"a"` are both one line `a`. The empty text has no lines.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * The differences between two texts, line by line, as hunks in order: every line of `a` is in a
 * `same` or `removed` hunk, every line of `b` in a `same` or `added` one, and the `same` lines are
 * a longest common subsequence (the diff is minimal). In a change, the removed lines come before
 * the added ones. Identical texts give one `same` hunk; two empty texts give none.
 */
export function diffLines(a: string, b: string): DiffHunk[] {
  const aLines = splitLines(a);
  const bLines = splitLines(b);
  return hunksFrom(aLines, bLines, commonPairs(aLines, bLines));
}

/** The word-level differences between two lines: words, runs of spaces and punctuation marks. */
export function wordDiff(a: string, b: string): WordSegment[] {
  const aTokens = tokens(a);
  const bTokens = tokens(b);
  const segments: WordSegment[] = [];
  const push = (kind: DiffKind, text: string): void => {
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  for (const hunk of hunksFrom(aTokens, bTokens, commonPairs(aTokens, bTokens)))
    push(hunk.kind, hunk.lines.join(''));
  return segments;
}

/**
 * The replaced lines of a diff with their word-level differences: where a `removed` hunk is
 * followed by an `added` one, their lines are paired in order; the lines beyond the shorter of
 * the two are plain removals or additions and are not paired.
 */
export function changedLinePairs(hunks: readonly DiffHunk[]): ChangedLinePair[] {
  const pairs: ChangedLinePair[] = [];
  hunks.forEach((removed, h) => {
    const added = hunks[h + 1];
    if (removed.kind !== 'removed' || added?.kind !== 'added') return;
    const n = Math.min(removed.lines.length, added.lines.length);
    for (let i = 0; i < n; i++) {
      const a = removed.lines[i]!;
      const b = added.lines[i]!;
      pairs.push({ aLine: removed.aLine + i, bLine: added.bLine + i, a, b, words: wordDiff(a, b) });
    }
  });
  return pairs;
}

/**
 * A diff as text in the unified format of `diff -u` and `git diff`: `---`/`+++` lines, then
 * `@@ -start,count +start,count @@` hunks with `context` unchanged lines around each change
 * (changes closer than twice that share a hunk). A count of 1 is left out, and an empty range
 * starts at the line before it, as GNU diff writes them. No differences: the empty string.
 */
export function unifiedDiff(hunks: readonly DiffHunk[], options: UnifiedDiffOptions = {}): string {
  const context = Math.max(0, Math.floor(options.context ?? 3));
  const ops: { mark: ' ' | '-' | '+'; text: string; aBefore: number; bBefore: number }[] = [];
  for (const h of hunks) {
    const mark = h.kind === 'same' ? ' ' : h.kind === 'removed' ? '-' : '+';
    h.lines.forEach((text, i) => {
      ops.push({
        mark,
        text,
        aBefore: h.aLine - 1 + (h.kind === 'added' ? 0 : i),
        bBefore: h.bLine - 1 + (h.kind === 'removed' ? 0 : i),
      });
    });
  }
  const changes = ops.flatMap((op, i) => (op.mark === ' ' ? [] : [i]));
  if (changes.length === 0) return '';
  const out = [`--- ${options.aName ?? 'a'}`, `+++ ${options.bName ?? 'b'}`];
  let g = 0;
  while (g < changes.length) {
    let last = g;
    while (last + 1 < changes.length && changes[last + 1]! - changes[last]! - 1 <= 2 * context)
      last++;
    const start = Math.max(0, changes[g]! - context);
    const end = Math.min(ops.length, changes[last]! + context + 1);
    const slice = ops.slice(start, end);
    const aCount = slice.filter((op) => op.mark !== '+').length;
    const bCount = slice.filter((op) => op.mark !== '-').length;
    out.push(
      `@@ -${range(slice[0]!.aBefore, aCount)} +${range(slice[0]!.bBefore, bCount)} @@`,
      ...slice.map((op) => op.mark + op.text),
    );
    g = last + 1;
  }
  return `${out.join('\n')}\n`;
}

function range(before: number, count: number): string {
  if (count === 0) return `${before},0`;
  return count === 1 ? `${before + 1}` : `${before + 1},${count}`;
}

/** Words (letters, digits, `_`), runs of white space, and each other character on its own. */
function tokens(line: string): string[] {
  return line.match(/[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu) ?? [];
}

function hunksFrom(a: readonly string[], b: readonly string[], pairs: Int32Array): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  const push = (kind: DiffKind, from: readonly string[], lo: number, hi: number, at: number[]) => {
    if (hi <= lo) return;
    let last = hunks.at(-1);
    if (last?.kind !== kind) {
      last = { kind, lines: [], aLine: at[0]!, bLine: at[1]! };
      hunks.push(last);
    }
    for (let i = lo; i < hi; i++) last.lines.push(from[i]!);
  };
  let i = 0;
  let j = 0;
  for (let p = 0; p <= pairs.length; p += 2) {
    // Past the last pair, flush the lines after it as if matched at the end of both texts.
    const pi = p < pairs.length ? pairs[p]! : a.length;
    const pj = p < pairs.length ? pairs[p + 1]! : b.length;
    push('removed', a, i, pi, [i + 1, j + 1]);
    push('added', b, j, pj, [pi + 1, j + 1]);
    if (p < pairs.length) push('same', a, pi, pi + 1, [pi + 1, pj + 1]);
    i = pi + 1;
    j = pj + 1;
  }
  return hunks;
}

/**
 * The index pairs (i, j), flattened, of a longest common subsequence of `a` and `b`. Lines that
 * occur in only one of the texts can never match, so they are left out of the search (as GNU diff
 * does): a text rewritten from scratch is diffed in linear time.
 */
function commonPairs(a: readonly string[], b: readonly string[]): Int32Array {
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
  const aIds = a.map(id);
  const bIds = b.map(id);
  const inA = new Uint8Array(ids.size);
  const inB = new Uint8Array(ids.size);
  for (const v of aIds) inA[v] = 1;
  for (const v of bIds) inB[v] = 1;
  const aKeep = aIds.flatMap((v, i) => (inB[v] ? [i] : []));
  const bKeep = bIds.flatMap((v, j) => (inA[v] ? [j] : []));
  const found = myers(
    Int32Array.from(aKeep, (i) => aIds[i]!),
    Int32Array.from(bKeep, (j) => bIds[j]!),
  );
  const pairs = new Int32Array(found.length);
  for (let p = 0; p < found.length; p += 2) {
    pairs[p] = aKeep[found[p]!]!;
    pairs[p + 1] = bKeep[found[p + 1]!]!;
  }
  return pairs;
}

/**
 * Myers, "An O(ND) difference algorithm and its variations" (Algorithmica 1, 1986), section 4b:
 * find the middle snake of an optimal path by searching from both ends, then solve the two halves
 * the same way. Time O((N + M) D), space O(N + M). Returns the matched (i, j) pairs, flattened,
 * in order.
 */
function myers(a: Int32Array, b: Int32Array): number[] {
  const out: number[] = [];
  // Shared by every call of middleSnake, which finishes before the next one starts.
  const search = {
    fwd: new Int32Array(a.length + b.length + 3),
    bwd: new Int32Array(a.length + b.length + 3),
    snake: new Int32Array(4),
  };
  const diff = (aLo: number, aHi: number, bLo: number, bHi: number): void => {
    while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) out.push(aLo++, bLo++);
    let aEnd = aHi;
    let bEnd = bHi;
    while (aEnd > aLo && bEnd > bLo && a[aEnd - 1] === b[bEnd - 1]) {
      aEnd--;
      bEnd--;
    }
    // Both sides non-empty and differing at both ends: D ≥ 2, so each half below is smaller.
    if (aLo < aEnd && bLo < bEnd) {
      middleSnake(a, b, aLo, aEnd, bLo, bEnd, search);
      const { snake } = search;
      const [x, y, u, v] = [snake[0]!, snake[1]!, snake[2]!, snake[3]!];
      diff(aLo, x, bLo, y);
      for (let i = x, j = y; i < u; i++, j++) out.push(i, j);
      diff(u, aEnd, v, bEnd);
    }
    for (let i = aEnd, j = bEnd; i < aHi; i++, j++) out.push(i, j);
  };
  diff(0, a.length, 0, b.length);
  return out;
}

/**
 * Sets `snake` to the middle snake [x, y, u, v] (absolute): it runs from (x, y) to (u, v) and lies
 * on an optimal path. `fwd[k]` is the furthest x reached on diagonal k = x − y from the top left,
 * `bwd[c]` the same from the bottom right on the reversed texts; -1: not reached. A step comes
 * from the diagonal above (one step down) or below (one step right), whichever goes further
 * without leaving the grid, then runs along the diagonal while the lines match. Paths never leave
 * the grid, so only diagonals −m … n are searched. A diagonal neither neighbour reaches keeps
 * the point it had: reached in fewer steps, it cannot be the first overlap.
 */
function middleSnake(
  a: Int32Array,
  b: Int32Array,
  aLo: number,
  aHi: number,
  bLo: number,
  bHi: number,
  { fwd, bwd, snake }: { fwd: Int32Array; bwd: Int32Array; snake: Int32Array },
): void {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const off = m + 1;
  fwd.fill(-1, 0, n + m + 3);
  bwd.fill(-1, 0, n + m + 3);
  for (let d = 0, max = (n + m + 1) >> 1; d <= max; d++) {
    // The diagonals a d-path can reach: −d … d, within −m … n, of d's parity.
    const lo = -d >= -m ? -d : -m + ((m + d) & 1);
    const hi = d <= n ? d : n - ((d - n) & 1);
    for (let k = lo; k <= hi; k += 2) {
      const i = off + k;
      const x0 = d === 0 ? 0 : furthest(fwd, i, k, n, m);
      if (x0 < 0) continue;
      let x = x0;
      let y = x0 - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      if (x < fwd[i]!) continue;
      fwd[i] = x;
      const back = bwd[off + delta - k]!;
      if (odd && back >= 0 && x + back >= n) {
        snake.set([aLo + x0, bLo + x0 - k, aLo + x, bLo + y]);
        return;
      }
    }
    for (let c = lo; c <= hi; c += 2) {
      const i = off + c;
      const x0 = d === 0 ? 0 : furthest(bwd, i, c, n, m);
      if (x0 < 0) continue;
      let x = x0;
      let y = x0 - c;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      if (x < bwd[i]!) continue;
      bwd[i] = x;
      const ahead = fwd[off + delta - c]!;
      if (!odd && ahead >= 0 && x + ahead >= n) {
        snake.set([aHi - x, bHi - y, aHi - x0, bHi - (x0 - c)]);
        return;
      }
    }
  }
  throw new Error('text diff: no middle snake found (unreachable)');
}

/** The furthest x a step onto diagonal k (at index i of v) reaches before its snake; -1: none. */
function furthest(v: Int32Array, i: number, k: number, n: number, m: number): number {
  const down = v[i + 1]!;
  const right = v[i - 1]!;
  const x = down >= 0 && down - k < m + 1 ? down : -1;
  return right >= 0 && right < n && right + 1 > x ? right + 1 : x;
}
