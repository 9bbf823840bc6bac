import { describe, expect, it } from 'vitest';
import {
  changedLinePairs,
  diffLines,
  splitLines,
  unifiedDiff,
  wordDiff,
  type DiffHunk,
} from './text-diff.ts';

/** A seeded pseudo-random generator (mulberry32), so that every run checks the same texts. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The length of a longest common subsequence, by the textbook dynamic programme (two rows). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

const sameCount = (hunks: readonly DiffHunk[]): number =>
  hunks.filter((h) => h.kind === 'same').reduce((n, h) => n + h.lines.length, 0);

/**
 * What is wrong with a diff of `a` and `b`: hunks that do not rebuild both texts, that number
 * their lines inconsistently, that are empty or repeat the kind before them. Empty: nothing.
 */
function problemsOf(hunks: readonly DiffHunk[], a: readonly string[], b: readonly string[]) {
  const problems: string[] = [];
  const rebuilt = (skip: DiffHunk['kind']) =>
    hunks.filter((h) => h.kind !== skip).flatMap((h) => h.lines);
  if (rebuilt('added').join('\n') !== a.join('\n')) problems.push('does not rebuild a');
  if (rebuilt('removed').join('\n') !== b.join('\n')) problems.push('does not rebuild b');
  let aLine = 1;
  let bLine = 1;
  hunks.forEach((h, i) => {
    if (h.lines.length === 0) problems.push(`hunk ${i} is empty`);
    if (h.aLine !== aLine || h.bLine !== bLine)
      problems.push(`hunk ${i} at ${h.aLine}/${h.bLine}, expected ${aLine}/${bLine}`);
    if (i > 0 && hunks[i - 1]!.kind === h.kind) problems.push(`hunk ${i} repeats ${h.kind}`);
    if (h.kind !== 'added') aLine += h.lines.length;
    if (h.kind !== 'removed') bLine += h.lines.length;
  });
  return problems;
}

/** Diffs the two lists of lines and checks the result against the textbook programme. */
function check(a: readonly string[], b: readonly string[], eol = '\n'): string[] {
  const hunks = diffLines(a.join(eol), b.join(eol));
  const problems = problemsOf(hunks, a, b);
  const same = sameCount(hunks);
  const lcs = lcsLength(a, b);
  if (same !== lcs)
    problems.push(`${same} lines unchanged, a longest common subsequence has ${lcs}`);
  return problems;
}

const lines = (...ls: string[]) => `${ls.join('\n')}\n`;

describe('splitLines', () => {
  it.each<[string, string, string[]]>([
    ['the empty text', '', []],
    ['a text without a final line break', 'a\nb', ['a', 'b']],
    ['a final line break, which ends the last line', 'a\nb\n', ['a', 'b']],
    ['CRLF line breaks', 'a\r\nb\r\n', ['a', 'b']],
    ['lone CR line breaks', 'a\rb', ['a', 'b']],
    ['empty lines', '\n\na\n\n', ['', '', 'a', '']],
    ['a single line break', '\n', ['']],
  ])('splits %s', (_, text, expected) => {
    expect(splitLines(text)).toEqual(expected);
  });
});

describe('diffLines', () => {
  it('gives one unchanged hunk for identical texts', () => {
    const text = lines('Article 1', 'Article 2');
    expect(diffLines(text, text)).toEqual([
      { kind: 'same', lines: ['Article 1', 'Article 2'], aLine: 1, bLine: 1 },
    ]);
  });

  it('gives no hunks for two empty texts', () => {
    expect(diffLines('', '')).toEqual([]);
  });

  it('adds every line to an empty text, and removes every line to empty it', () => {
    expect(diffLines('', lines('a', 'b'))).toEqual([
      { kind: 'added', lines: ['a', 'b'], aLine: 1, bLine: 1 },
    ]);
    expect(diffLines(lines('a', 'b'), '')).toEqual([
      { kind: 'removed', lines: ['a', 'b'], aLine: 1, bLine: 1 },
    ]);
  });

  it('inserts at the start', () => {
    expect(diffLines(lines('b', 'c'), lines('a', 'b', 'c'))).toEqual([
      { kind: 'added', lines: ['a'], aLine: 1, bLine: 1 },
      { kind: 'same', lines: ['b', 'c'], aLine: 1, bLine: 2 },
    ]);
  });

  it('inserts at the end, numbering the insertion after the last old line', () => {
    expect(diffLines(lines('a', 'b'), lines('a', 'b', 'c', 'd'))).toEqual([
      { kind: 'same', lines: ['a', 'b'], aLine: 1, bLine: 1 },
      { kind: 'added', lines: ['c', 'd'], aLine: 3, bLine: 3 },
    ]);
  });

  it('replaces a line: the removal first, then the addition', () => {
    expect(diffLines(lines('a', 'b', 'c'), lines('a', 'B', 'c'))).toEqual([
      { kind: 'same', lines: ['a'], aLine: 1, bLine: 1 },
      { kind: 'removed', lines: ['b'], aLine: 2, bLine: 2 },
      { kind: 'added', lines: ['B'], aLine: 3, bLine: 2 },
      { kind: 'same', lines: ['c'], aLine: 3, bLine: 3 },
    ]);
  });

  it('deletes from the middle', () => {
    expect(diffLines(lines('a', 'b', 'c', 'd'), lines('a', 'd'))).toEqual([
      { kind: 'same', lines: ['a'], aLine: 1, bLine: 1 },
      { kind: 'removed', lines: ['b', 'c'], aLine: 2, bLine: 2 },
      { kind: 'same', lines: ['d'], aLine: 4, bLine: 2 },
    ]);
  });

  it('treats CRLF and LF versions of a text as identical', () => {
    expect(diffLines('a\r\nb\r\n', 'a\nb')).toEqual([
      { kind: 'same', lines: ['a', 'b'], aLine: 1, bLine: 1 },
    ]);
  });

  it('keeps a changed line with CRLF endings free of carriage returns', () => {
    expect(diffLines('a\r\nb\r\n', 'a\nc\n').flatMap((h) => h.lines)).toEqual(['a', 'b', 'c']);
  });

  it('finds a longest common subsequence, as the textbook programme does, on 2,000 small inputs', () => {
    const next = random(42);
    const pick = (n: number, alphabet: number) =>
      Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(next() * alphabet)));
    const failures: string[] = [];
    for (let t = 0; t < 2000; t++) {
      const alphabet = 1 + Math.floor(next() * 5);
      const a = pick(Math.floor(next() * 14), alphabet);
      const b = pick(Math.floor(next() * 14), alphabet);
      for (const p of check(a, b)) failures.push(`${a.join('')} → ${b.join('')}: ${p}`);
    }
    expect(failures).toEqual([]);
  });

  it('diffs two 5,000-line versions exactly', () => {
    const next = random(7);
    const clause = () => `Clause ${Math.floor(next() * 400)}: the members shall cooperate.`;
    const a = Array.from({ length: 5000 }, clause);
    const b: string[] = [];
    for (const line of a) {
      const r = next();
      if (r < 0.05) continue; // deleted
      if (r < 0.1)
        b.push(clause()); // replaced
      else b.push(line);
      if (next() < 0.05) b.push(clause()); // inserted
    }
    expect(check(a, b, '\r\n')).toEqual([]);
  });

  it('diffs two unrelated 5,000-line texts with many repeated lines exactly', () => {
    const next = random(11);
    const text = () => Array.from({ length: 5000 }, () => `line ${Math.floor(next() * 8)}`);
    expect(check(text(), text())).toEqual([]);
  });

  it('diffs two 5,000-line texts with no line in common', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `old ${i}`);
    const b = Array.from({ length: 5000 }, (_, i) => `new ${i}`);
    expect(diffLines(a.join('\n'), b.join('\n'))).toEqual([
      { kind: 'removed', lines: a, aLine: 1, bLine: 1 },
      { kind: 'added', lines: b, aLine: 5001, bLine: 1 },
    ]);
  });
});

describe('wordDiff', () => {
  it('marks an inserted word and a changed punctuation mark', () => {
    expect(wordDiff('The members adopt the list.', 'The members adopt the annexed list!')).toEqual([
      { kind: 'same', text: 'The members adopt the ' },
      { kind: 'added', text: 'annexed ' },
      { kind: 'same', text: 'list' },
      { kind: 'removed', text: '.' },
      { kind: 'added', text: '!' },
    ]);
  });

  it('replaces a whole word, not letters within it', () => {
    expect(wordDiff('shall notify', 'may notify')).toEqual([
      { kind: 'removed', text: 'shall' },
      { kind: 'added', text: 'may' },
      { kind: 'same', text: ' notify' },
    ]);
  });

  it('keeps words with diacritics whole', () => {
    expect(wordDiff('Coopération étroite', 'Coopération renforcée')).toEqual([
      { kind: 'same', text: 'Coopération ' },
      { kind: 'removed', text: 'étroite' },
      { kind: 'added', text: 'renforcée' },
    ]);
  });

  it('gives one unchanged segment for equal lines, and none for two empty ones', () => {
    expect(wordDiff('same line', 'same line')).toEqual([{ kind: 'same', text: 'same line' }]);
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });
});

describe('changedLinePairs', () => {
  it('pairs the replaced lines in order, leaving the surplus unpaired', () => {
    const hunks = diffLines(lines('a', 'old one', 'old two', 'z'), lines('a', 'new one', 'z'));
    expect(changedLinePairs(hunks)).toEqual([
      {
        aLine: 2,
        bLine: 2,
        a: 'old one',
        b: 'new one',
        words: [
          { kind: 'removed', text: 'old' },
          { kind: 'added', text: 'new' },
          { kind: 'same', text: ' one' },
        ],
      },
    ]);
  });

  it('pairs nothing when lines are only added or removed', () => {
    expect(changedLinePairs(diffLines(lines('a'), lines('a', 'b')))).toEqual([]);
    expect(changedLinePairs(diffLines(lines('a', 'b'), lines('a')))).toEqual([]);
  });
});

describe('unifiedDiff', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => String(i + 1));

  it('renders hunks as diff -u does, splitting changes far apart', () => {
    const b = twenty.map((l) => (l === '2' ? 'two' : l)).filter((l) => l !== '18');
    // The expected text is GNU diff's output for the same two files.
    expect(unifiedDiff(diffLines(lines(...twenty), lines(...b)))).toBe(
      [
        '--- a',
        '+++ b',
        '@@ -1,5 +1,5 @@',
        ' 1',
        '-2',
        '+two',
        ' 3',
        ' 4',
        ' 5',
        '@@ -15,6 +15,5 @@',
        ' 15',
        ' 16',
        ' 17',
        '-18',
        ' 19',
        ' 20',
        '',
      ].join('\n'),
    );
  });

  it('merges changes closer than twice the context into one hunk', () => {
    const b = twenty.map((l) => (l === '5' || l === '11' ? `${l}!` : l));
    const text = unifiedDiff(diffLines(lines(...twenty), lines(...b)));
    expect(text.split('\n').filter((l) => l.startsWith('@@'))).toEqual(['@@ -2,13 +2,13 @@']);
  });

  it('writes an empty range as starting at the line before it, and leaves out a count of 1', () => {
    expect(unifiedDiff(diffLines('', 'x\n'))).toBe('--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n');
    expect(unifiedDiff(diffLines('x\n', ''))).toBe('--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n');
    expect(unifiedDiff(diffLines(lines('1', '2'), lines('new', '1', '2')), { context: 1 })).toBe(
      '--- a\n+++ b\n@@ -1 +1,2 @@\n+new\n 1\n',
    );
  });

  it('takes the file names and the context from the options', () => {
    expect(
      unifiedDiff(diffLines(lines('a', 'b', 'c'), lines('a', 'B', 'c')), {
        context: 0,
        aName: 'P-1 v1',
        bName: 'P-1 v2',
      }),
    ).toBe('--- P-1 v1\n+++ P-1 v2\n@@ -2 +2 @@\n-b\n+B\n');
  });

  it('is empty when nothing changed', () => {
    expect(unifiedDiff(diffLines('a\r\n', 'a\n'))).toBe('');
    expect(unifiedDiff([])).toBe('');
  });
});
