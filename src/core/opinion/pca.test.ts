import { describe, expect, it } from 'vitest';
import { pca, projectRow, statementMeans } from './pca.ts';
import { table } from './test-support.ts';
import { voteMatrix } from './vote-matrix.ts';

// Four participants, three statements, two votes each (statement means all 0):
//   XᵀX ÷ 4 = [[4, 2, 2], [2, 2, 0], [2, 0, 2]] ÷ 4, eigenvectors (2, 1, 1)/√6 with 6/4 and
//   (0, 1, −1)/√2 with 2/4.
const m = voteMatrix(table(['++.', '--.', '+.+', '-.-']), 2);

describe('pca', () => {
  it('finds the two components and their variances by power iteration', () => {
    const p = pca(m, { seed: 1 });
    const [c1, c2] = p.components;
    [2, 1, 1].forEach((v, j) => expect(c1[j]).toBeCloseTo(v / Math.sqrt(6), 7));
    [0, 1, -1].forEach((v, j) => expect(c2[j]).toBeCloseTo(v / Math.sqrt(2), 7));
    expect(p.variances[0]).toBeCloseTo(1.5, 7);
    expect(p.variances[1]).toBeCloseTo(0.5, 7);
  });

  it('projects on the voted statements, scaled by √(statements ÷ votes)', () => {
    const p = pca(m, { seed: 2 });
    // p0: (1·2 + 1·1)/√6 × √(3/2) = 1.5; (1·1)/√2 × √(3/2) = √0.75.
    const [x, y] = projectRow(m, p, 0);
    expect(x).toBeCloseTo(1.5, 7);
    expect(y).toBeCloseTo(Math.sqrt(0.75), 7);
    const [x2, y2] = projectRow(m, p, 2);
    expect(x2).toBeCloseTo(1.5, 7);
    expect(y2).toBeCloseTo(-Math.sqrt(0.75), 7);
  });

  it('centres on the mean of the votes cast (mean imputation), weighted when asked', () => {
    const n = voteMatrix(table(['+.', '+.', '-+', '.-']), 1);
    expect([...statementMeans(n)]).toEqual([1 / 3, 0]);
    expect(statementMeans(n, [1, 1, 2, 1])[0]).toBeCloseTo(0, 12);
  });

  it('is deterministic for a seed and follows the sign of a start vector', () => {
    expect(pca(m, { seed: 3 })).toEqual(pca(m, { seed: 3 }));
    const flipped = pca(m, {
      seed: 3,
      start: [Float64Array.from([-2, -1, -1]), Float64Array.from([0, -1, 1])],
    });
    expect(flipped.components[0][0]).toBeCloseTo(-2 / Math.sqrt(6), 7);
    expect(flipped.components[1][1]).toBeCloseTo(-1 / Math.sqrt(2), 7);
  });
});
