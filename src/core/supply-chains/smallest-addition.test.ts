import { describe, expect, it } from 'vitest';
import {
  MAX_EXACT_CANDIDATES,
  smallestAddition,
  type CoverageRequirement,
} from './smallest-addition.ts';

const req = (
  item: string,
  neededPct: number,
  shares: Record<string, number>,
): CoverageRequirement => ({
  item,
  neededPct,
  shares: new Map(Object.entries(shares)),
});
// Four items a coalition of USA alone covers 0, 10, 0 and 20% of, against a goal of 90.
const requirements = [
  req('LD', 90, { NLD: 60, JPN: 30 }),
  req('S2', 80, { TWN: 60, KOR: 20 }),
  req('W', 90, { JPN: 80, TWN: 20 }),
  req('R', 70, { JPN: 80 }),
];
const candidates = ['NLD', 'JPN', 'TWN', 'KOR'];

describe('smallestAddition', () => {
  it('searches exactly up to 15 candidates', () => {
    expect(MAX_EXACT_CANDIDATES).toBe(15);
  });

  it('finds the smallest set for every item at once by exact search', () => {
    expect(smallestAddition(requirements, candidates)).toEqual({
      economies: ['JPN', 'TWN', 'NLD', 'KOR'],
      method: 'exact',
      lowerBound: 2,
      optimal: true,
      candidates: 4,
    });
  });

  it('states the lower bound when the greedy search is used', () => {
    expect(smallestAddition(requirements, candidates, 0)).toEqual({
      economies: ['JPN', 'TWN', 'NLD', 'KOR'],
      method: 'greedy',
      lowerBound: 2,
      optimal: false,
      candidates: 4,
    });
  });

  it('beats greedy where the largest candidate is a trap', () => {
    // Greedy takes A (the largest gain, 100) and then still needs B and C; B and C alone suffice.
    const trap = [req('X', 60, { A: 50, B: 60 }), req('Y', 60, { A: 50, C: 60 })];
    expect(smallestAddition(trap, ['A', 'B', 'C'])!.economies).toEqual(['B', 'C']);
    expect(smallestAddition(trap, ['A', 'B', 'C'], 0)!.economies).toEqual(['A', 'B', 'C']);
  });

  it('prefers, among smallest sets, the one adding most supply', () => {
    expect(smallestAddition([req('X', 30, { A: 30, B: 40 })], ['A', 'B'])!.economies).toEqual([
      'B',
    ]);
  });

  it('needs nothing when every item reaches the goal', () => {
    expect(smallestAddition([req('X', 0, { A: 10 })], ['A'])).toMatchObject({
      economies: [],
      lowerBound: 0,
    });
  });

  it('gives null when all candidates together cannot reach the goal', () => {
    expect(smallestAddition([req('M', 89, { RUS: 1 })], ['RUS'])).toBeNull();
  });

  it('ignores candidates that hold nothing needed', () => {
    expect(smallestAddition([req('X', 10, { A: 10 })], ['A', 'Z'])!.candidates).toBe(1);
  });
});
