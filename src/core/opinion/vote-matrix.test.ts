import { describe, expect, it } from 'vitest';
import { latestVotes } from './conversation.ts';
import { table } from './test-support.ts';
import { cell, voteMatrix } from './vote-matrix.ts';

describe('voteMatrix', () => {
  it('drops rejected statements, keeps pending ones, and admits participants at min(7, statements) votes', () => {
    const c = table(['+-0', '+.', '--+']);
    c.statements[1]!.moderation = 'rejected';
    c.statements[2]!.moderation = 'pending';
    // Two statements remain, so two votes admit a participant: p1 has one left (s1 is rejected).
    const m = voteMatrix(c);
    expect(m.statements).toEqual(['s0', 's2']);
    expect(m.participants).toEqual(['p0', 'p2']);
    expect([cell(m, 0, 0), cell(m, 0, 1), cell(m, 1, 0), cell(m, 1, 1)]).toEqual([1, 0, -1, 1]);
    expect([...m.voted]).toEqual([2, 2]);
  });

  it('needs seven votes once there are more than seven statements, and reads the latest vote', () => {
    const c = table(['++++++++', '++++++..']);
    c.votes.push({ participant: 'p0', statement: 's3', value: -1, at: '2027-01-01T00:00:00.000Z' });
    const m = voteMatrix(c);
    expect(m.participants).toEqual(['p0']);
    expect(cell(m, 0, 3)).toBe(-1);
    expect(Number.isNaN(cell(voteMatrix(c, 1), 1, 7))).toBe(true);
  });

  it('latestVotes keeps the later of two votes at the same instant in log order', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const votes = latestVotes([
      { participant: 'a', statement: 's', value: 1, at },
      { participant: 'a', statement: 's', value: -1, at },
    ]);
    expect(votes.map((v) => v.value)).toEqual([-1]);
  });
});
