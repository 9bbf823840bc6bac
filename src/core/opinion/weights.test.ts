import { describe, expect, it } from 'vitest';
import { stratificationWeights } from './weights.ts';
import type { ConversationParticipant } from './conversation.ts';

const people = (rows: [string | null, ConversationParticipant['constituency']][]) =>
  rows.map(([economy, constituency], i) => ({ id: `p${i}`, economy, constituency }));

const totals = (keys: (string | null)[], weights: number[]) => {
  const t = new Map<string | null, number>();
  keys.forEach((k, i) => t.set(k, (t.get(k) ?? 0) + weights[i]!));
  return t;
};

describe('stratificationWeights', () => {
  const ps = people([
    ['FRA', 'industry'],
    ['FRA', 'industry'],
    ['FRA', 'ngo'],
    ['DEU', 'ngo'],
    [null, 'academia'],
  ]);

  it('gives every economy (the unknown one too) the same total, with a mean weight of 1', () => {
    const { weights } = stratificationWeights(ps, 'economy');
    expect(weights[0]).toBeCloseTo(5 / 9, 12);
    expect(weights[3]).toBeCloseTo(5 / 3, 12);
    const t = totals(
      ps.map((p) => p.economy),
      weights,
    );
    for (const v of t.values()) expect(v).toBeCloseTo(5 / 3, 12);
  });

  it('none is all ones; constituency equalises constituencies', () => {
    expect(stratificationWeights(ps, 'none').weights).toEqual([1, 1, 1, 1, 1]);
    const { weights } = stratificationWeights(ps, 'constituency');
    const t = totals(
      ps.map((p) => p.constituency),
      weights,
    );
    for (const v of t.values()) expect(v).toBeCloseTo(5 / 3, 12);
  });

  it('both rakes to equal economy and constituency totals', () => {
    const qs = people([
      ['FRA', 'industry'],
      ['FRA', 'industry'],
      ['FRA', 'ngo'],
      ['DEU', 'ngo'],
      ['DEU', 'industry'],
    ]);
    const { weights } = stratificationWeights(qs, 'both');
    for (const v of totals(
      qs.map((p) => p.economy),
      weights,
    ).values())
      expect(v).toBeCloseTo(2.5, 6);
    for (const v of totals(
      qs.map((p) => p.constituency),
      weights,
    ).values())
      expect(v).toBeCloseTo(2.5, 6);
  });

  it('an indicator makes economy totals proportional to its values; economies without one weigh 0', () => {
    const { weights, unweighted } = stratificationWeights(ps, { indicator: { FRA: 3, DEU: 1 } });
    expect(unweighted).toEqual(['p4']);
    const t = totals(
      ps.map((p) => p.economy),
      weights,
    );
    expect(t.get('FRA')! / t.get('DEU')!).toBeCloseTo(3, 12);
    expect(t.get(null)).toBe(0);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(4, 12);
  });
});
