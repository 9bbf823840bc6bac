// Quantile colour classes: equal-sized bins with rounded thresholds, one bin per value when few.
import { describe, expect, it } from 'vitest';
import { quantileScale, SEQUENTIAL_BLUES } from './quantile-scale.ts';

describe('quantileScale', () => {
  it('splits skewed values into seven bins of about equal size with two-digit thresholds', () => {
    const values = Array.from({ length: 140 }, (_, i) => 10 ** (i / 20));
    const { bins } = quantileScale(values);
    expect(bins).toHaveLength(7);
    expect(bins.map((b) => b.count)).toEqual([20, 20, 20, 20, 20, 20, 20]);
    for (const b of bins.slice(1)) expect(Number(b.from!.toPrecision(2))).toBe(b.from);
    expect(bins[0]!.from).toBeNull();
    expect(bins[6]!.to).toBeNull();
  });

  it('gives one bin per value when there are few distinct values', () => {
    const scale = quantileScale([0, 1, 1, 2, 3, 3, 3]);
    expect(scale.bins.map((b) => [b.exact, b.count])).toEqual([
      [0, 1],
      [1, 2],
      [2, 1],
      [3, 3],
    ]);
    expect(scale.colourOf(0)).toBe(SEQUENTIAL_BLUES[0]);
    expect(scale.colourOf(3)).toBe(SEQUENTIAL_BLUES[6]);
  });

  it('colours a value by the bin whose range holds it', () => {
    const values = Array.from({ length: 70 }, (_, i) => i);
    const scale = quantileScale(values);
    for (const v of values) {
      const bin = scale.bins.find(
        (b) => (b.from === null || v >= b.from) && (b.to === null || v < b.to),
      );
      expect(scale.colourOf(v)).toBe(bin!.colour);
    }
  });

  it('has no bins for no values', () => {
    expect(quantileScale([]).bins).toEqual([]);
  });
});
