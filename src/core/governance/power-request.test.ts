import { describe, expect, it } from 'vitest';
import { MAX_UNSCALED_TOTAL, SCALED_TOTAL, wholeWeights } from './power-request.ts';

describe('wholeWeights', () => {
  it('keeps small whole weights as they are', () => {
    expect(wholeWeights([3, 2, 1, 1])).toEqual({ weights: [3, 2, 1, 1], scaled: false });
  });

  it('scales fractions and large totals to about 100,000 units, keeping positive weights positive', () => {
    const r = wholeWeights([0.5, 0.25, 0.25]);
    expect(r).toEqual({ weights: [50_000, 25_000, 25_000], scaled: true });
    const pop = wholeWeights([340_110_988, 83_516_593, 1]);
    expect(pop.scaled).toBe(true);
    expect(pop.weights[2]).toBe(1);
    expect(Math.abs(pop.weights.reduce((a, b) => a + b, 0) - SCALED_TOTAL)).toBeLessThanOrEqual(3);
    expect(wholeWeights([MAX_UNSCALED_TOTAL, 0]).scaled).toBe(false);
    expect(wholeWeights([MAX_UNSCALED_TOTAL, 1]).scaled).toBe(true);
  });
});
