import { describe, expect, it } from 'vitest';
import { controlCoverage, DEFAULT_CONTROL_THRESHOLDS, verdict } from './control-coverage.ts';
import { chainOf } from './test-chains.ts';

const chain = chainOf({
  inputs: [
    { id: 'L', name: 'Lithography tools' },
    { id: 'LE', name: 'EUV lithography tools' },
    { id: 'LD', name: 'DUV lithography tools' },
    { id: 'GA', name: 'Gallium' },
    { id: 'D', name: 'EDA' },
    { id: 'X', name: 'Unknown tools' },
  ],
  shares: {
    L: { NLD: 80, JPN: 15, 'Various countries': 5 },
    LE: { NLD: 100 },
    LD: { NLD: 60, JPN: 30, CHN: 10 },
    GA: { CHN: 98, JPN: 1, RUS: 1 },
    D: { USA: 80, EUR: 10, CHN: 10 },
    X: { USA: null },
  },
});
const K = { code: 'K', economies: ['USA', 'NLD', 'JPN'] };
const T = { code: 'T', economies: ['CHN'] };

describe('controlCoverage', () => {
  it('has the thresholds of the issue', () => {
    expect(DEFAULT_CONTROL_THRESHOLDS).toEqual({ effectivePct: 90, ineffectivePct: 50 });
  });

  it.each([
    [90, 'effective'],
    [89.9, 'partial'],
    [50, 'partial'],
    [49.9, 'ineffective'],
  ])('calls %s%% covered %s', (covered, expected) => {
    expect(verdict(covered, DEFAULT_CONTROL_THRESHOLDS)).toBe(expected);
  });

  const r = controlCoverage(chain, {
    controlling: K,
    target: T,
    inputs: ['Lithography tools', 'LE', 'LD', 'GA'],
  });
  const row = (id: string) => r.inputs.find((i) => i.input === id)!;

  it('splits supply into covered, target and foreign', () => {
    expect(
      r.inputs.map((i) => [
        i.input,
        i.coveredPct,
        i.targetPct,
        i.foreignAvailabilityPct,
        i.verdict,
      ]),
    ).toEqual([
      ['L', 95, 0, 5, 'effective'],
      ['LE', 100, 0, 0, 'effective'],
      ['LD', 90, 10, 0, 'effective'],
      ['GA', 1, 98, 1, 'ineffective'],
    ]);
  });

  it('counts pseudo-providers and the unattributed rest as foreign availability', () => {
    expect([row('L').foreignAvailabilityPct, row('L').foreignHolders]).toEqual([5, []]);
  });

  it('needs no addition where the goal is reached', () => {
    expect([row('L').addToReachGoal, row('L').coveredPctWithAdditions]).toEqual([[], 95]);
  });

  it('gives null and a warning where no economy can close the gap', () => {
    expect([row('GA').addToReachGoal, row('GA').coveredPctWithAdditions]).toEqual([null, null]);
    expect(r.warnings.map((w) => [w.code, w.ids])).toEqual([['goal_unreachable', ['GA']]]);
    expect(r.jointAddition).toBeNull();
  });

  it('finds who would close the gap for each item and for all at once', () => {
    const us = controlCoverage(chain, {
      controlling: { code: 'US', economies: ['USA'] },
      target: T,
      inputs: ['L', 'LD'],
    });
    expect(us.inputs.map((i) => [i.input, i.addToReachGoal, i.coveredPctWithAdditions])).toEqual([
      ['L', ['NLD', 'JPN'], 95],
      ['LD', ['NLD', 'JPN'], 90],
    ]);
    expect(us.jointAddition).toMatchObject({
      economies: ['NLD', 'JPN'],
      method: 'exact',
      optimal: true,
    });
  });

  it('uses the goal given by the caller', () => {
    const r70 = controlCoverage(chain, {
      controlling: { code: 'N', economies: ['NLD'] },
      target: T,
      inputs: ['LD'],
      goalPct: 70,
    });
    expect(r70.inputs[0]!.addToReachGoal).toEqual(['JPN']);
  });

  it('counts EUR as covered only when eurCountsFor names the controlling coalition', () => {
    const plain = controlCoverage(chain, { controlling: K, target: T, inputs: ['D'] });
    const withEur = controlCoverage(chain, {
      controlling: K,
      target: T,
      inputs: ['D'],
      eurCountsFor: 'K',
    });
    expect([plain.inputs[0]!.coveredPct, withEur.inputs[0]!.coveredPct]).toEqual([80, 90]);
    expect([plain.inputs[0]!.verdict, withEur.inputs[0]!.verdict]).toEqual([
      'partial',
      'effective',
    ]);
  });

  it('gives no verdict for an item without known shares, and warns of the unknown share', () => {
    const x = controlCoverage(chain, { controlling: K, target: T, inputs: ['X'] });
    expect(x.inputs[0]!.verdict).toBe('no_data');
    expect(x.warnings.map((w) => w.code)).toEqual(['no_known_shares', 'share_unknown']);
  });

  it('covers every input when none is named', () => {
    expect(controlCoverage(chain, { controlling: K, target: T }).inputs).toHaveLength(6);
  });

  it.each([
    ['an unknown input', { inputs: ['Helium'] }, "unknown input 'Helium' in chain test"],
    [
      'a target inside the coalition',
      { target: { code: 'T', economies: ['CHN', 'JPN'] } },
      'JPN is both in K and in the target T',
    ],
    ['a goal over 100', { goalPct: 120 }, 'goal 120 is not a percentage above 0'],
    [
      'thresholds in the wrong order',
      { thresholds: { ineffectivePct: 95 } },
      'thresholds 95/90 must be percentages with ineffective ≤ effective',
    ],
  ])('rejects %s, naming it', (_, over, message) => {
    expect(() => controlCoverage(chain, { controlling: K, target: T, ...over })).toThrow(message);
  });
});
