import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  damerauSimilarity,
  jaroWinkler,
  levenshtein,
  levenshteinSimilarity,
} from './string-similarity.ts';

/** The textbook dynamic programme, with or without adjacent transpositions. */
function reference(a: string, b: string, transpositions: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('levenshtein', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['assad', 'asasd', 2],
    ['scholz', 'schulze', 2],
    [
      'a very long organisation name over thirty-two characters',
      'a very long organization name',
      28,
    ],
  ])('%s → %s: %i', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
    expect(levenshtein(b, a)).toBe(d);
  });

  it('agrees with the textbook programme on random strings, short and long', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const word = (n: number): string =>
      Array.from({ length: n }, () => 'abcd '[Math.floor(next() * 5)]).join('');
    for (let k = 0; k < 500; k++) {
      const [a, b] = [word(Math.floor(next() * 40)), word(Math.floor(next() * 40))];
      expect(levenshtein(a, b)).toBe(reference(a, b, false));
      expect(damerauLevenshtein(a, b)).toBe(reference(a, b, true));
    }
  });

  it('compares characters beyond ASCII', () => {
    expect(levenshtein('ünï', 'uni')).toBe(2);
    expect(damerauLevenshtein('ünï', 'ïnü')).toBe(2);
  });
});

describe('damerauLevenshtein', () => {
  it('counts a transposition of adjacent letters as one edit', () => {
    expect(damerauLevenshtein('assad', 'asasd')).toBe(1);
    expect(damerauLevenshtein('macron', 'marcon')).toBe(1);
  });

  it('edits no character twice (optimal string alignment)', () => {
    expect(damerauLevenshtein('ca', 'abc')).toBe(3);
  });
});

describe('similarities', () => {
  it('gives 1 for equal strings, empty ones included', () => {
    expect(levenshteinSimilarity('', '')).toBe(1);
    expect(damerauSimilarity('putin', 'putin')).toBe(1);
    expect(jaroWinkler('putin', 'putin')).toBe(1);
  });

  it('divides the distance by the longer length', () => {
    expect(levenshteinSimilarity('scholz', 'scholze')).toBeCloseTo(6 / 7);
    expect(damerauSimilarity('assad', 'asasd')).toBeCloseTo(0.8);
  });

  it('gives the standard Jaro–Winkler values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', '')).toBe(0);
  });
});
