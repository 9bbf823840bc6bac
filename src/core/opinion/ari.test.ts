import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './ari.ts';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other labels', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBe(1);
  });

  it('matches the hand computation on a small contingency table', () => {
    // Pairs together in both: 2 (one in each of the two 2-cells); in a: 3 + 3 = 6; in b: 1 + 1 + 1
    // = 3; all pairs 15. Expected 6 × 3 ÷ 15 = 1.2; ARI = (2 − 1.2) ÷ ((6 + 3) ÷ 2 − 1.2) = 0.8 ÷ 3.3.
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
  });

  it('is below 0 for a partition that crosses the other', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it('refuses labelings of different lengths', () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow(RangeError);
  });
});
