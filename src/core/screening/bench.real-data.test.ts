// The matching engine on the nomenklatura name bench (../shared/data/screening/name_matching):
// precision, recall and F1 at the default threshold next to OpenSanctions' logic-v2 (its frozen
// run over the same cases), index recall on the bench's positive pairs, and the spellings of one
// name in many scripts (rigour's Putin list). Figures are printed; the floors asserted sit below
// them, so that a regression fails and noise does not.
// eslint-disable-next-line no-restricted-imports -- reads the shared bench data
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import {
  baselineResultFromRow,
  benchCaseFromRow,
  benchSplit,
  compareWithBaseline,
  evaluateBench,
  metricsAt,
  type BaselineResult,
  type BenchCase,
  type BenchMetrics,
} from './evaluate-bench.ts';
import { buildNameIndex, candidates } from './name-index.ts';
import { DEFAULT_THRESHOLD, scoreMatch } from './score-match.ts';

warnWithoutSharedData('screening bench tests on real data');

const file = (name: string): string => sharedFile('screening', 'name_matching', name);
const rows = (name: string): Record<string, string>[] =>
  parse<Record<string, string>>(readFileSync(file(name)), { columns: true, bom: true });
const figures = (m: BenchMetrics): string =>
  `P ${m.precision.toFixed(3)} R ${m.recall.toFixed(3)} F1 ${m.f1.toFixed(3)} (TP ${m.truePositives} FP ${m.falsePositives} FN ${m.falseNegatives} TN ${m.trueNegatives})`;

describe.skipIf(!hasSharedData)('screening on the nomenklatura name bench', () => {
  const cases = hasSharedData
    ? rows('nomenklatura_name_bench_cases.csv')
        .map(benchCaseFromRow)
        .filter((c): c is BenchCase => typeof c !== 'string')
    : [];
  const baseline = hasSharedData
    ? rows('nomenklatura_name_bench_logicv2_frozen_results.csv')
        .map(baselineResultFromRow)
        .filter((r): r is BaselineResult => typeof r !== 'string')
    : [];
  const evaluation = evaluateBench(cases, DEFAULT_THRESHOLD);

  it('reads every case and every row of the frozen logic-v2 run', () => {
    expect(cases.length).toBe(826);
    expect(baseline.length).toBe(812);
  });

  it('scores at least as well as logic-v2 on the same cases, and above a floor', () => {
    const comparison = compareWithBaseline(evaluation.scored, baseline, DEFAULT_THRESHOLD);
    const half = (split: string) => evaluation.scored.filter((c) => benchSplit(c) === split);
    const holdout = metricsAt(half('holdout'), DEFAULT_THRESHOLD);
    console.log(
      [
        `name bench, threshold ${DEFAULT_THRESHOLD}, ${cases.length} cases`,
        `  engine, all cases       ${figures(evaluation.atThreshold)}`,
        `  engine, tune half       ${figures(metricsAt(half('tune'), DEFAULT_THRESHOLD))}`,
        `  engine, held-out half   ${figures(holdout)}`,
        `  best-F1 threshold ${evaluation.best!.threshold.toFixed(3)} (F1 ${evaluation.best!.f1.toFixed(3)})`,
        `  logic-v2 as run (${baseline.length} cases, its labels) ${figures(comparison.baselineAsRun)}`,
        `  on the ${comparison.common} cases both have, today's labels:`,
        `    logic-v2  ${figures(comparison.baseline)}`,
        `    engine    ${figures(comparison.engine)}`,
        ...Object.entries(evaluation.byQuality).map(([q, m]) => `  ${q.padEnd(7)} ${figures(m)}`),
      ].join('\n'),
    );
    expect(comparison.engine.f1).toBeGreaterThanOrEqual(comparison.baseline.f1);
    expect(evaluation.atThreshold.f1).toBeGreaterThanOrEqual(0.86);
    expect(holdout.f1).toBeGreaterThanOrEqual(0.84);
    expect(evaluation.byQuality.STRONG!.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the listed name of almost every positive pair among its candidates', () => {
    const positives = cases.filter((c) => c.expected === 'match');
    const index = buildNameIndex(positives.map((c, i) => ({ id: String(i), names: [c.right] })));
    const found = positives.filter((c, i) =>
      candidates(index, { name: c.left }).includes(String(i)),
    );
    const recall = found.length / positives.length;
    console.log(`index recall on the ${positives.length} positive pairs: ${recall.toFixed(3)}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('matches most spellings of Vladimir Putin in rigour_putin_names.txt', () => {
    const spellings = readFileSync(file('rigour_putin_names.txt'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const putin = { id: 'putin', names: ['Vladimir Vladimirovich Putin'], type: 'person' as const };
    const matched = spellings.filter((name) => scoreMatch({ name, type: 'person' }, putin).isMatch);
    console.log(`Putin spellings matched: ${matched.length} of ${spellings.length}`);
    expect(matched.length / spellings.length).toBeGreaterThanOrEqual(0.7);
  });
});
