import { describe, expect, it } from 'vitest';
import {
  baselineResultFromRow,
  benchCaseFromRow,
  benchSplit,
  bestF1Threshold,
  compareWithBaseline,
  evaluateBench,
  metricsAt,
  type BaselineResult,
  type BenchCase,
  type ScoredCase,
} from './evaluate-bench.ts';

const row = (over: Record<string, string> = {}): Record<string, string> => ({
  case_group: 'nk_checks',
  schema: 'Person',
  name1: 'Olaf Scholze',
  name2: 'Olaf Scholz',
  is_match: 'true',
  quality: 'STRONG',
  category: '',
  notes: '',
  ...over,
});
const scored = (
  expected: BenchCase['expected'],
  score: number,
  left = `q${score}`,
): ScoredCase => ({
  group: 'g',
  schema: 'Person',
  left,
  right: 'r',
  expected,
  quality: 'MEDIUM',
  category: '',
  score,
});

describe('benchCaseFromRow', () => {
  it('reads a case of cases.csv', () => {
    expect(benchCaseFromRow(row())).toEqual({
      group: 'nk_checks',
      schema: 'Person',
      left: 'Olaf Scholze',
      right: 'Olaf Scholz',
      expected: 'match',
      quality: 'STRONG',
      category: '',
    });
  });

  it('reads a blank quality as MEDIUM', () => {
    expect(benchCaseFromRow(row({ quality: '' }))).toMatchObject({ quality: 'MEDIUM' });
  });

  it('gives a reason for a bad row', () => {
    expect(benchCaseFromRow(row({ is_match: 'yes' }))).toBe(
      "is_match must be true or false, not 'yes'",
    );
    expect(benchCaseFromRow(row({ name2: '' }))).toBe('schema, name1 and name2 are required');
  });
});

describe('metricsAt', () => {
  it('counts the confusion matrix and computes precision, recall and F1', () => {
    const m = metricsAt(
      [
        scored('match', 0.9),
        scored('match', 0.6),
        scored('no match', 0.8),
        scored('no match', 0.1),
      ],
      0.7,
    );
    expect(m).toEqual({
      threshold: 0.7,
      cases: 4,
      truePositives: 1,
      falsePositives: 1,
      trueNegatives: 1,
      falseNegatives: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      accuracy: 0.5,
    });
  });

  it('gives zeros rather than NaN when nothing is predicted or labelled a match', () => {
    expect(metricsAt([scored('no match', 0.1)], 0.7)).toMatchObject({
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(metricsAt([], 0.7)).toMatchObject({ cases: 0, accuracy: 0 });
  });
});

describe('bestF1Threshold', () => {
  it('finds the threshold with the best F1, the stricter one on ties', () => {
    const cases = [
      scored('match', 0.9),
      scored('match', 0.8),
      scored('no match', 0.7),
      scored('no match', 0.2),
    ];
    expect(bestF1Threshold(cases)).toMatchObject({ threshold: 0.8, f1: 1 });
  });

  it('gives null without cases', () => {
    expect(bestF1Threshold([])).toBeNull();
  });
});

describe('benchSplit', () => {
  it('puts a case always in the same half, and about half the cases in each', () => {
    const cases = Array.from({ length: 400 }, (_, i) => ({
      schema: 'Person',
      left: `name ${i}`,
      right: 'x',
    }));
    expect(cases.map(benchSplit)).toEqual(cases.map(benchSplit));
    const tune = cases.filter((c) => benchSplit(c) === 'tune').length;
    expect(tune).toBeGreaterThan(160);
    expect(tune).toBeLessThan(240);
  });
});

describe('evaluateBench', () => {
  it('scores with the given comparator and slices by group and quality', () => {
    const cases = [
      benchCaseFromRow(row()),
      benchCaseFromRow(row({ name1: 'Octavian Scholz', is_match: 'false' })),
    ] as BenchCase[];
    const e = evaluateBench(cases, 0.7, (c) => (c.left === 'Olaf Scholze' ? 0.9 : 0.3));
    expect(e.atThreshold).toMatchObject({ truePositives: 1, trueNegatives: 1, f1: 1 });
    expect(Object.keys(e.byGroup)).toEqual(['nk_checks']);
    expect(e.byQuality.STRONG).toMatchObject({ cases: 2 });
  });

  it('scores with the engine by default', () => {
    const e = evaluateBench([benchCaseFromRow(row()) as BenchCase], 0.7);
    expect(e.scored[0]!.score).toBeGreaterThan(0.9);
  });
});

describe('compareWithBaseline', () => {
  const baselineRow = (over: Record<string, string>): BaselineResult =>
    baselineResultFromRow({
      ...row(),
      score: '0.9',
      predicted_match: 'true',
      ...over,
    }) as BaselineResult;

  it('reads a row of a stored run', () => {
    expect(baselineRow({})).toMatchObject({ score: 0.9, predicted: true, expected: 'match' });
    expect(baselineResultFromRow({ ...row(), score: 'x', predicted_match: 'true' })).toBe(
      "score must be a number, not 'x'",
    );
  });

  it('compares on the cases both have, with the bench labels of today', () => {
    const bench = [
      { ...scored('match', 0.9, 'a') },
      { ...scored('no match', 0.2, 'b') },
      { ...scored('match', 0.8, 'new') },
    ];
    const baseline = [
      baselineRow({ name1: 'a', name2: 'r', score: '0.8', predicted_match: 'true' }),
      // Labelled a match when the baseline ran; no match today.
      baselineRow({
        name1: 'b',
        name2: 'r',
        score: '0.75',
        predicted_match: 'true',
        is_match: 'true',
      }),
    ];
    const c = compareWithBaseline(bench, baseline, 0.7);
    expect(c).toMatchObject({ common: 2, onlyInBench: 1, relabelled: 1 });
    expect(c.baselineAsRun).toMatchObject({ truePositives: 2, precision: 1 });
    expect(c.baseline).toMatchObject({ truePositives: 1, falsePositives: 1 });
    expect(c.engine).toMatchObject({ truePositives: 1, trueNegatives: 1, f1: 1 });
  });
});
