// Bench evaluation: precision, recall and F1 of a name comparator over labelled name pairs (the
// nomenklatura name bench), at a threshold and at the threshold that gives the best F1.
import { prepareQuery } from './prepared-subject.ts';
import { scoreMatch } from './score-match.ts';
import { entityTypeOf } from './screening-entity.ts';

/**
 * A labelled pair, as in nomenklatura's `cases.csv`: `case_group`, `schema`, `name1` (the query),
 * `name2` (the candidate), `is_match`, `quality`, `category`.
 */
export interface BenchCase {
  group: string;
  /** FollowTheMoney schema of both names: Person, Company, Organization, LegalEntity, Vessel. */
  schema: string;
  left: string;
  right: string;
  expected: 'match' | 'no match';
  /**
   * Strength of the label: `STRONG` (must get right), `MEDIUM` (the default when blank), `WEAK`
   * (borderline; the label is a tiebreaker).
   */
  quality: 'STRONG' | 'MEDIUM' | 'WEAK';
  category: string;
}

/** A case with the comparator's score. */
export interface ScoredCase extends BenchCase {
  score: number;
}

/** Precision, recall and F1 at one threshold. */
export interface BenchMetrics {
  threshold: number;
  cases: number;
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
  /** TP / (TP + FP); 0 when nothing is predicted a match. */
  precision: number;
  /** TP / (TP + FN); 0 when nothing is labelled a match. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
  /** (TP + TN) / cases. */
  accuracy: number;
}

/** Which half of the bench a case belongs to: `tune` (choose weights, threshold) or `holdout`. */
export type BenchSplit = 'tune' | 'holdout';

/**
 * Reads a row of `cases.csv` (columns by name); a reason when a required column is missing or
 * `is_match` is neither `true` nor `false`.
 */
export function benchCaseFromRow(
  row: Readonly<Record<string, string | undefined>>,
): BenchCase | string {
  const { case_group: group, schema, name1, name2, is_match: isMatch } = row;
  if (!schema || !name1 || !name2) return 'schema, name1 and name2 are required';
  if (isMatch !== 'true' && isMatch !== 'false')
    return `is_match must be true or false, not '${isMatch ?? ''}'`;
  const q = (row.quality ?? '').trim().toUpperCase();
  return {
    group: group ?? '',
    schema,
    left: name1,
    right: name2,
    expected: isMatch === 'true' ? 'match' : 'no match',
    quality: q === 'STRONG' || q === 'WEAK' ? q : 'MEDIUM',
    category: row.category ?? '',
  };
}

/** The stable key of a case for joining runs: schema, query and candidate (not the group). */
export const caseKey = (c: Pick<BenchCase, 'schema' | 'left' | 'right'>): string =>
  `${c.schema}\u0000${c.left}\u0000${c.right}`;

/**
 * A fixed half of the cases, by a hash (FNV-1a) of the case key: weights and the threshold are
 * chosen on `tune` and reported on `holdout` too, so that the figures are not those of a model fit
 * to every case.
 */
export function benchSplit(c: Pick<BenchCase, 'schema' | 'left' | 'right'>): BenchSplit {
  let h = 0x811c9dc5;
  const key = caseKey(c);
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 === 0 ? 'tune' : 'holdout';
}

/** Metrics of yes/no predictions; `threshold` is recorded as given. */
export function metricsOfPredictions(
  predictions: readonly { expected: BenchCase['expected']; predicted: boolean }[],
  threshold: number,
): BenchMetrics {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const c of predictions) {
    if (c.expected === 'match') {
      if (c.predicted) tp++;
      else fn++;
    } else if (c.predicted) fp++;
    else tn++;
  }
  const cases = predictions.length;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    threshold,
    cases,
    truePositives: tp,
    falsePositives: fp,
    trueNegatives: tn,
    falseNegatives: fn,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: cases === 0 ? 0 : (tp + tn) / cases,
  };
}

/** Metrics of scores: a score at or above `threshold` predicts "match". */
export function metricsAt(
  scored: readonly Pick<ScoredCase, 'expected' | 'score'>[],
  threshold: number,
): BenchMetrics {
  return metricsOfPredictions(
    scored.map((c) => ({ expected: c.expected, predicted: c.score >= threshold })),
    threshold,
  );
}

/**
 * The threshold with the best F1 among the scores that occur (ties: the highest threshold, the
 * stricter one). Null when there are no cases.
 */
export function bestF1Threshold(
  scored: readonly Pick<ScoredCase, 'expected' | 'score'>[],
): BenchMetrics | null {
  let best: BenchMetrics | null = null;
  for (const t of [...new Set(scored.map((c) => c.score))].sort((a, b) => b - a)) {
    const m = metricsAt(scored, t);
    if (best === null || m.f1 > best.f1) best = m;
  }
  return best;
}

/** What {@link evaluateBench} reports. */
export interface BenchEvaluation {
  scored: ScoredCase[];
  atThreshold: BenchMetrics;
  best: BenchMetrics | null;
  /** Metrics at the threshold per case group and per quality tier. */
  byGroup: Record<string, BenchMetrics>;
  byQuality: Record<string, BenchMetrics>;
}

/** The engine's comparator on a case: name1 against name2, both of the case's schema. */
export function scoreBenchCase(c: BenchCase): number {
  const type = entityTypeOf(c.schema);
  const query = prepareQuery({ name: c.left, ...(type ? { type } : {}) });
  return scoreMatch(query, { id: 'right', names: [c.right], ...(type ? { type } : {}) }).score;
}

const slice = (
  scored: readonly ScoredCase[],
  key: (c: ScoredCase) => string,
  threshold: number,
): Record<string, BenchMetrics> => {
  const groups = new Map<string, ScoredCase[]>();
  for (const c of scored) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return Object.fromEntries(
    [...groups]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, cs]) => [k, metricsAt(cs, threshold)]),
  );
};

/**
 * Evaluates a comparator (default: the engine's, {@link scoreBenchCase}) over labelled cases:
 * the metrics at `threshold`, the best-F1 threshold, and the metrics per group and quality tier.
 */
export function evaluateBench(
  cases: readonly BenchCase[],
  threshold: number,
  score: (c: BenchCase) => number = scoreBenchCase,
): BenchEvaluation {
  const scored = cases.map((c) => ({ ...c, score: score(c) }));
  return {
    scored,
    atThreshold: metricsAt(scored, threshold),
    best: bestF1Threshold(scored),
    byGroup: slice(scored, (c) => c.group, threshold),
    byQuality: slice(scored, (c) => c.quality, threshold),
  };
}

/**
 * A row of a stored run of another comparator (nomenklatura's `run_data/*-frozen.csv`: the case
 * columns plus `score` and `predicted_match`).
 */
export interface BaselineResult {
  schema: string;
  left: string;
  right: string;
  /** The label the run was made with (labels may have been corrected since). */
  expected: BenchCase['expected'];
  score: number;
  predicted: boolean;
}

/** Reads a row of a stored run; a reason when a column is missing or unreadable. */
export function baselineResultFromRow(
  row: Readonly<Record<string, string | undefined>>,
): BaselineResult | string {
  const c = benchCaseFromRow(row);
  if (typeof c === 'string') return c;
  const score = Number(row.score);
  const predicted = row.predicted_match;
  if (row.score === undefined || row.score === '' || !Number.isFinite(score))
    return `score must be a number, not '${row.score ?? ''}'`;
  if (predicted !== 'true' && predicted !== 'false')
    return `predicted_match must be true or false, not '${predicted ?? ''}'`;
  return {
    schema: c.schema,
    left: c.left,
    right: c.right,
    expected: c.expected,
    score,
    predicted: predicted === 'true',
  };
}

/** The engine and a baseline run side by side. */
export interface BaselineComparison {
  /** The baseline's metrics over its own rows and labels, as it was run. */
  baselineAsRun: BenchMetrics;
  /** Cases present in both (joined by schema, query and candidate), with today's labels. */
  common: number;
  baseline: BenchMetrics;
  engine: BenchMetrics;
  /** Cases of the bench that the baseline run does not have (added since). */
  onlyInBench: number;
  /** Common cases whose label changed since the baseline was run. */
  relabelled: number;
}

/**
 * Compares the engine's scores with a stored baseline run on the cases both have, with the bench's
 * current labels (the baseline's own figures, on its own labels, are given too).
 */
export function compareWithBaseline(
  scored: readonly ScoredCase[],
  baseline: readonly BaselineResult[],
  threshold: number,
): BaselineComparison {
  const byKey = new Map(baseline.map((b) => [caseKey(b), b]));
  const common = scored.flatMap((c) => {
    const b = byKey.get(caseKey(c));
    return b ? [{ c, b }] : [];
  });
  const baselineThreshold = Math.min(...baseline.filter((b) => b.predicted).map((b) => b.score));
  return {
    baselineAsRun: metricsOfPredictions(baseline, baselineThreshold),
    common: common.length,
    baseline: metricsOfPredictions(
      common.map(({ c, b }) => ({ expected: c.expected, predicted: b.predicted })),
      baselineThreshold,
    ),
    engine: metricsAt(
      common.map(({ c }) => c),
      threshold,
    ),
    onlyInBench: scored.length - common.length,
    relabelled: common.filter(({ c, b }) => c.expected !== b.expected).length,
  };
}
