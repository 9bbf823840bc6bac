import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  averageLinkage,
  distanceFromAgreed,
  divergenceMatrix,
  issueDistance,
  outliers,
  selectPositions,
  splittingIssues,
} from './divergence-matrix.ts';
import {
  CHIPS,
  CLOUD,
  ISSUES,
  near,
  OUTBOUND,
  POSITIONS,
  position,
} from './positions.test-support.ts';

/** Compares numbers to 12 places, nulls exactly. */
function expectCells(actual: (number | null)[][], expected: (number | null)[][]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((row, i) =>
    row.forEach((cell, j) => {
      const want = expected[i]![j]!;
      if (want === null) expect(cell, `cell ${i},${j}`).toBeNull();
      else expect(cell, `cell ${i},${j}`).toBeCloseTo(want, 12);
    }),
  );
}

describe('issueDistance', () => {
  it('is |a − b| / (options − 1)', () => {
    expect(issueDistance(CHIPS, 3, 1)).toBeCloseTo(2 / 3, 12);
    expect(issueDistance(CHIPS, 1, 3)).toBeCloseTo(2 / 3, 12);
    expect(issueDistance(CHIPS, 0, 3)).toBe(1);
    expect(issueDistance(OUTBOUND, 4, 1)).toBe(0.75);
    expect(issueDistance(CLOUD, 2, 2)).toBe(0);
  });

  it('refuses an index that is not an option', () => {
    expect(() => issueDistance(CHIPS, 4, 0)).toThrow(DomainError);
    expect(() => issueDistance(CHIPS, 0, -1)).toThrow(/-1 is not an option of ai-chip-controls/);
    expect(() => issueDistance(CHIPS, 1.5, 0)).toThrow(DomainError);
  });
});

describe('selectPositions', () => {
  it('takes the latest of a history and ignores unknown issues and options out of range', () => {
    const table = selectPositions(
      [CHIPS],
      [
        position('ai-chip-controls', 'USA', 1, { recordedAt: '2026-01-01T00:00:00Z' }),
        position('ai-chip-controls', 'USA', 3, { recordedAt: '2026-06-01T00:00:00Z' }),
        position('ai-chip-controls', 'USA', 2, { recordedAt: '2026-03-01T00:00:00Z' }),
        position('ai-chip-controls', 'JPN', 9),
        position('not-an-issue', 'FRA', 0),
      ],
      'current',
    );
    expect([...table.keys()]).toEqual(['ai-chip-controls']);
    expect([...table.get('ai-chip-controls')!].map(([m, p]) => [m, p.option])).toEqual([
      ['USA', 3],
    ]);
  });

  it('takes pending positions first only for the outlook', () => {
    const option = (use: 'current' | 'pending-first', member: string) =>
      selectPositions(ISSUES, POSITIONS, use).get('ai-chip-controls')?.get(member)?.option;
    expect([option('current', 'DEU'), option('pending-first', 'DEU')]).toEqual([1, 0]);
    expect([option('current', 'USA'), option('pending-first', 'USA')]).toEqual([3, 3]);
    expect([option('current', 'KOR'), option('pending-first', 'KOR')]).toEqual([undefined, 3]);
  });
});

describe('divergenceMatrix (the worked example)', () => {
  it('averages the distances over the issues both answered; null when none', () => {
    const m = divergenceMatrix(ISSUES, POSITIONS, { use: 'current' });
    expect(m.members).toEqual(['DEU', 'FRA', 'JPN', 'KOR', 'USA']);
    // DEU–USA: chips |1 − 3|/3 = 2/3, cloud |0 − 2|/2 = 1, outbound |1 − 4|/4 = 3/4 → 29/36.
    // FRA–USA: chips 2/3, outbound 3/4 → 17/24.  JPN–USA: chips 1/3, cloud 0 → 1/6.
    expectCells(m.cells, [
      [0, 0, 2 / 3, null, 29 / 36],
      [0, 0, 1 / 3, null, 17 / 24],
      [2 / 3, 1 / 3, 0, null, 1 / 6],
      [null, null, null, 0, null],
      [29 / 36, 17 / 24, 1 / 6, null, 0],
    ]);
    expect(m.shared).toEqual([
      [3, 2, 2, 0, 3],
      [2, 2, 1, 0, 2],
      [2, 1, 2, 0, 2],
      [0, 0, 0, 1, 0],
      [3, 2, 2, 0, 3],
    ]);
  });

  it('orders the members by average-linkage clustering, KOR (no shared issue) last', () => {
    const m = divergenceMatrix(ISSUES, POSITIONS, { use: 'current' });
    expect(m.clustering.merges.map((x) => [x.a, x.b])).toEqual([
      [['DEU'], ['FRA']],
      [['JPN'], ['USA']],
      [
        ['DEU', 'FRA'],
        ['JPN', 'USA'],
      ],
      [['DEU', 'FRA', 'JPN', 'USA'], ['KOR']],
    ]);
    // {DEU, FRA}–{JPN, USA} = (2/3 + 29/36 + 1/3 + 17/24) / 4 = 181/288.
    const distances = m.clustering.merges.map((x) => x.distance);
    [0, 1 / 6, 181 / 288, 1].forEach((d, i) => expect(distances[i]).toBeCloseTo(d, 12));
    expect(m.order).toEqual(['DEU', 'FRA', 'JPN', 'USA', 'KOR']);
    expect(m.clustering.order).toEqual(m.order);
  });

  it('reads the outlook with pending-first, and breaks a tie by member code', () => {
    const m = divergenceMatrix(ISSUES, POSITIONS, { use: 'pending-first' });
    // Chips now USA 3, JPN 2, FRA 2, DEU 0, KOR 3; cloud USA 2, JPN 1, DEU 0.
    expectCells(m.cells, [
      [0, 1 / 3, 7 / 12, 1, 11 / 12],
      [1 / 3, 0, 0, 1 / 3, 13 / 24],
      [7 / 12, 0, 0, 1 / 3, 5 / 12],
      [1, 1 / 3, 1 / 3, 0, 0],
      [11 / 12, 13 / 24, 5 / 12, 0, 0],
    ]);
    // FRA–JPN and KOR–USA are both 0: FRA–JPN merges first (FRA < KOR).
    expect(m.clustering.merges.map((x) => [x.a, x.b, x.distance])).toEqual([
      [['FRA'], ['JPN'], 0],
      [['KOR'], ['USA'], 0],
      [['FRA', 'JPN'], ['KOR', 'USA'], near(13 / 32)],
      [['DEU'], ['FRA', 'JPN', 'KOR', 'USA'], near(17 / 24)],
    ]);
    expect(m.order).toEqual(['DEU', 'FRA', 'JPN', 'KOR', 'USA']);
  });

  it('shows the members asked for, in that order, with the same clustering', () => {
    const all = divergenceMatrix(ISSUES, POSITIONS, { use: 'pending-first' });
    const some = divergenceMatrix(ISSUES, POSITIONS, {
      use: 'pending-first',
      members: ['USA', 'KOR', 'JPN', 'FRA', 'DEU', 'USA'],
    });
    expect(some.members).toEqual(['USA', 'KOR', 'JPN', 'FRA', 'DEU']);
    expect(some.cells[0]![4]).toBeCloseTo(11 / 12, 12);
    expect(some.clustering).toEqual(all.clustering);
    const two = divergenceMatrix(ISSUES, POSITIONS, { use: 'current', members: ['USA', 'CAN'] });
    expect(two.cells).toEqual([
      [0, null],
      [null, 0],
    ]);
    expect(two.shared).toEqual([
      [3, 0],
      [0, 0],
    ]);
    expect(two.order).toEqual(['CAN', 'USA']);
  });

  it('is empty without positions', () => {
    expect(divergenceMatrix(ISSUES, [], { use: 'current' })).toEqual({
      members: [],
      cells: [],
      shared: [],
      order: [],
      clustering: { merges: [], order: [] },
    });
  });
});

describe('averageLinkage', () => {
  it('joins at the mean of the distances between the two clusters, whatever the input order', () => {
    const members = ['E', 'B', 'D', 'A', 'C'];
    const d = (x: string, y: string): number =>
      x === y ? 0 : ((x.charCodeAt(0) * 7 + y.charCodeAt(0) * 7) % 11) / 10;
    const cells = members.map((x) => members.map((y) => d(x, y)));
    const tree = averageLinkage(members, cells);
    expect(tree.merges).toHaveLength(4);
    for (const merge of tree.merges) {
      const between = merge.a.flatMap((x) => merge.b.map((y) => d(x, y)));
      expect(merge.distance).toBeCloseTo(between.reduce((s, v) => s + v, 0) / between.length, 12);
      expect(merge.a[0]! < merge.b[0]!).toBe(true);
    }
    const distances = tree.merges.map((m) => m.distance);
    expect(distances).toEqual([...distances].sort((p, q) => p - q));
    expect([...tree.order].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    const reversed = [...members].reverse();
    expect(
      averageLinkage(
        reversed,
        reversed.map((x) => reversed.map((y) => d(x, y))),
      ),
    ).toEqual(tree);
  });

  it('treats a tie within floating-point noise as a tie', () => {
    const cells = [
      [0, 0.1 + 0.2, 1],
      [0.1 + 0.2, 0, 0.3],
      [1, 0.3, 0],
    ];
    // A–B is 0.30000000000000004, B–C 0.3: a tie, so A–B (A < B) merges first.
    expect(averageLinkage(['A', 'B', 'C'], cells).merges[0]).toMatchObject({
      a: ['A'],
      b: ['B'],
    });
  });
});

describe('splittingIssues', () => {
  it('ranks issues by mean pairwise distance, those with fewer than two answers last', () => {
    const split = splittingIssues(ISSUES, POSITIONS);
    expect(split.map((s) => [s.issueId, s.answered])).toEqual([
      ['cloud-kyc', 3],
      ['outbound-investment', 3],
      ['ai-chip-controls', 4],
      ['quantum-exports', 1],
    ]);
    // Cloud: pairs 0, 1, 1 → 2/3, max 1. Outbound: 3/4, 3/4, 0 → 1/2, max 3/4.
    // Chips: 1/3, 2/3, 2/3, 1/3, 1/3, 0 → 7/18, max 2/3.
    const [cloud, outbound, chips, quantum] = split;
    expect(cloud!.meanPairwise).toBeCloseTo(2 / 3, 12);
    expect(cloud!.maxPairwise).toBe(1);
    expect(outbound!.meanPairwise).toBeCloseTo(1 / 2, 12);
    expect(outbound!.maxPairwise).toBe(0.75);
    expect(chips!.meanPairwise).toBeCloseTo(7 / 18, 12);
    expect(chips!.maxPairwise).toBeCloseTo(2 / 3, 12);
    expect(quantum).toMatchObject({ meanPairwise: null, maxPairwise: null });
    expect(chips!.options).toEqual([
      { option: 0, label: 'none', members: [] },
      { option: 1, label: 'licence review', members: ['DEU', 'FRA'] },
      { option: 2, label: 'presumption of denial', members: ['JPN'] },
      { option: 3, label: 'embargo', members: ['USA'] },
    ]);
  });

  it('reads the outlook when asked', () => {
    const chips = splittingIssues(ISSUES, POSITIONS, 'pending-first').find(
      (s) => s.issueId === 'ai-chip-controls',
    )!;
    // USA 3, KOR 3, JPN 2, FRA 2, DEU 0: USA–KOR 0, USA–JPN, USA–FRA, KOR–JPN, KOR–FRA 1/3 each,
    // USA–DEU, KOR–DEU 1 each, JPN–FRA 0, JPN–DEU, FRA–DEU 2/3 each: 14/3 over ten pairs.
    expect(chips.answered).toBe(5);
    expect(chips.meanPairwise).toBeCloseTo(7 / 15, 12);
    expect(chips.maxPairwise).toBe(1);
  });
});

describe('outliers', () => {
  it("measures a member's distance from the median of the others", () => {
    const deu = outliers(ISSUES, POSITIONS, 'DEU');
    // Cloud: others 2, 2 → 2; |0 − 2|/2 = 1. Outbound: others 4, 1 → 2.5; |1 − 2.5|/4 = 3/8.
    // Chips: others 3, 2, 1 → 2; |1 − 2|/3 = 1/3.
    expect(deu.map((o) => [o.issueId, o.option, o.othersMedian])).toEqual([
      ['cloud-kyc', 0, 2],
      ['outbound-investment', 1, 2.5],
      ['ai-chip-controls', 1, 2],
    ]);
    expect(deu.map((o) => o.distance)).toEqual([1, 3 / 8, near(1 / 3)]);
    expect(deu.map((o) => o.fromAgreed)).toEqual([null, 1 / 4, near(1 / 3)]);
    expect(deu[0]!.title).toBe('Know-your-customer rules for cloud compute');
  });

  it('leaves out issues no one else answered, and members with no position', () => {
    expect(outliers(ISSUES, POSITIONS, 'KOR')).toEqual([]);
    expect(outliers(ISSUES, POSITIONS, 'CAN')).toEqual([]);
    expect(outliers(ISSUES, POSITIONS, 'KOR', 'pending-first').map((o) => o.issueId)).toEqual([
      'ai-chip-controls',
    ]);
  });
});

describe('distanceFromAgreed', () => {
  it('averages over the issues with an agreed option the member answered', () => {
    const rows = distanceFromAgreed(ISSUES, POSITIONS);
    // Agreed: chips 2 (of 0–3), outbound 2 (of 0–4).
    // USA: |3 − 2|/3 = 1/3, |4 − 2|/4 = 1/2 → 5/12. DEU, FRA: 1/3, 1/4 → 7/24. JPN: 0.
    expect(rows.map((r) => [r.member, r.issues])).toEqual([
      ['USA', 2],
      ['DEU', 2],
      ['FRA', 2],
      ['JPN', 1],
      ['KOR', 0],
    ]);
    expect(rows.map((r) => r.mean)).toEqual([near(5 / 12), near(7 / 24), near(7 / 24), 0, null]);
    expect(rows[0]!.perIssue).toEqual([
      { issueId: 'outbound-investment', distance: 0.5 },
      { issueId: 'ai-chip-controls', distance: near(1 / 3) },
    ]);
  });

  it('with the outlook, DEU moves further away', () => {
    const deu = distanceFromAgreed(ISSUES, POSITIONS, 'pending-first').find(
      (r) => r.member === 'DEU',
    )!;
    // Chips |0 − 2|/3 = 2/3, outbound 1/4 → 11/24.
    expect(deu.mean).toBeCloseTo(11 / 24, 12);
  });
});
