import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../supply-chains/random.ts';
import {
  baseClusters,
  chooseK,
  groupClusters,
  kMeans,
  kMeansPlusPlus,
  silhouette,
} from './clustering.ts';

const blobs = (seed: number): number[][] => {
  const r = mulberry32(seed);
  return [
    [0, 0],
    [10, 0],
    [0, 10],
  ].flatMap(([cx, cy]) =>
    Array.from({ length: 30 }, () => [cx! + r.next() - 0.5, cy! + r.next() - 0.5]),
  );
};

describe('kMeans', () => {
  it('is deterministic for a seed and finds well separated clusters', () => {
    const points = blobs(1);
    const a = kMeans(points, 3, { seed: 42 });
    expect(kMeans(points, 3, { seed: 42 })).toEqual(a);
    for (let b = 0; b < 3; b++) {
      const labels = new Set(a.assignment.slice(b * 30, b * 30 + 30));
      expect(labels.size).toBe(1);
    }
    expect([...a.sizes].sort()).toEqual([30, 30, 30]);
  });

  it('gives exactly the assignments and centres of plain Lloyd from the same start (Hamerly’s bounds skip only settled points)', () => {
    const r = mulberry32(7);
    // Overlapping clouds, so that many points sit near a boundary and change centre.
    const points = Array.from({ length: 600 }, (_, i) => [
      (i % 3) + r.next() * 2,
      Math.floor(i / 200) + r.next() * 2,
    ]);
    const weights = points.map(() => 0.5 + r.next());
    const start = kMeansPlusPlus(points, weights, 40, mulberry32(3));
    const ours = kMeans(points, 40, { seed: 1, weights, initial: start });
    // Plain Lloyd: every point measured against every centre at every iteration.
    const centres = start.map((c) => [...c]);
    let assignment: number[] = [];
    for (let it = 0; it < 100; it++) {
      const next = points.map((p) => {
        let best = 0;
        let bestD = Infinity;
        centres.forEach((c, j) => {
          const d = (p[0]! - c[0]!) ** 2 + (p[1]! - c[1]!) ** 2;
          if (d < bestD) [best, bestD] = [j, d];
        });
        return best;
      });
      if (next.every((a, i) => a === assignment[i])) break;
      assignment = next;
      centres.forEach((c, j) => {
        let w = 0;
        let x = 0;
        let y = 0;
        points.forEach((p, i) => {
          if (assignment[i] !== j) return;
          w += weights[i]!;
          x += weights[i]! * p[0]!;
          y += weights[i]! * p[1]!;
        });
        if (w > 0) [c[0], c[1]] = [x / w, y / w];
      });
    }
    expect(ours.iterations).toBeGreaterThan(5);
    expect(ours.assignment).toEqual(assignment);
    expect(ours.centres).toEqual(centres);
  });

  it('puts a centre at the weighted mean of its points', () => {
    const r = kMeans([[0], [1], [10]], 2, { seed: 1, weights: [3, 1, 1], restarts: 5 });
    const centres = r.centres.map((c) => c[0]!).sort((x, y) => x - y);
    expect(centres[0]).toBeCloseTo(0.25, 12);
    expect(centres[1]).toBeCloseTo(10, 12);
  });

  it('gives fewer base clusters than asked when there are fewer distinct points', () => {
    const base = baseClusters(
      [
        [0, 0],
        [0, 0],
        [1, 1],
        [2, 2],
      ],
      { seed: 1 },
    );
    expect(base.centres).toHaveLength(3);
    expect(base.sizes.reduce((a, b) => a + b, 0)).toBe(4);
  });
});

describe('silhouette', () => {
  it('matches the hand value on four points in two clusters', () => {
    // 0: a = 1, b = 10.5; 1: a = 1, b = 9.5; 10 and 11 likewise.
    const s = (9.5 / 10.5 + 8.5 / 9.5) / 2;
    expect(silhouette([[0], [1], [10], [11]], [0, 0, 1, 1])).toBeCloseTo(s, 12);
  });

  it('weighs a point as that many members at one place', () => {
    // Point 0 of weight 2 stands for two members at 0: for it a = (0·1 + 1·1) ÷ 2.
    const weighted = silhouette([[0], [1], [10]], [0, 0, 1], [2, 1, 1]);
    const expanded = silhouette([[0], [0], [1], [10]], [0, 0, 0, 1]);
    expect(weighted).toBeCloseTo(expanded, 12);
  });
});

describe('group clustering and the choice of k', () => {
  it('chooses k = 3 on three blobs of base clusters', () => {
    const points = blobs(2);
    const base = baseClusters(points, { seed: 1, max: 12 });
    const g = groupClusters(base.centres, base.sizes, { seed: 1 });
    expect(g.choice.k).toBe(3);
    expect(g.silhouettes.get(3)!).toBeGreaterThan(g.silhouettes.get(2)!);
  });

  it('prefers the smaller k within the margin, and keeps the previous k until a challenger has won enough updates', () => {
    const scores = new Map([
      [2, 0.5],
      [3, 0.51],
      [4, 0.6],
    ]);
    expect(
      chooseK(
        new Map([
          [2, 0.5],
          [3, 0.51],
        ]),
        null,
      ).k,
    ).toBe(2);
    expect(chooseK(scores, null).k).toBe(4);
    let choice = { k: 2, challenger: null as number | null, streak: 0 };
    choice = chooseK(scores, choice);
    expect(choice).toEqual({ k: 2, challenger: 4, streak: 1 });
    choice = chooseK(scores, choice);
    expect(choice).toEqual({ k: 2, challenger: 4, streak: 2 });
    expect(chooseK(scores, choice)).toEqual({ k: 4, challenger: null, streak: 0 });
    // An update where the challenger does not win by the margin resets the streak.
    expect(
      chooseK(
        new Map([
          [2, 0.5],
          [4, 0.51],
        ]),
        choice,
      ),
    ).toEqual({ k: 2, challenger: null, streak: 0 });
  });
});
