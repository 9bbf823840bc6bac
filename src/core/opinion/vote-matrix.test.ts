import { describe, expect, it } from 'vitest';
import { latestVotes } from './conversation.ts';
import { table } from './test-support.ts';
import { cell, sparseRows, voteMatrix, VoteTable } from './vote-matrix.ts';

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

  it('VoteTable.extend applies only the new votes and gives the matrix a fresh build gives', () => {
    const c = table(['+-0+-0+-', '++++....', '--------', '+.+.+.+.']);
    const t = new VoteTable(c);
    expect(t.matrix()).toEqual(voteMatrix(c));
    const later = (n: number): string => new Date(Date.UTC(2027, 0, 1, 0, 0, n)).toISOString();
    const more = {
      ...c,
      // p4 is listed anew; q votes without being listed; p1 reaches seven votes; p0 changes a vote.
      participants: [...c.participants, { id: 'p4', economy: null, constituency: null }],
      votes: [
        ...c.votes,
        ...[4, 5, 6].map((j, n) => ({
          participant: 'p1',
          statement: `s${j}`,
          value: -1 as const,
          at: later(n),
        })),
        { participant: 'p0', statement: 's0', value: -1 as const, at: later(9) },
        ...Array.from({ length: 8 }, (_, j) => ({
          participant: j < 4 ? 'q' : 'p4',
          statement: `s${j}`,
          value: 1 as const,
          at: later(10 + j),
        })),
      ],
    };
    expect(t.extend(more)).toBe(true);
    const fresh = voteMatrix(more, 4);
    expect(t.matrix(4)).toEqual(fresh);
    expect(fresh.participants).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'q']);
    expect(cell(fresh, 0, 0)).toBe(-1);
    expect([...t.voters].sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'q']);
    // A moderation change, or a log that does not start with the votes read, is not an extension.
    const moderated = structuredClone(more);
    moderated.statements[2]!.moderation = 'rejected';
    expect(new VoteTable(more).extend(moderated)).toBe(false);
    expect(new VoteTable(more).extend({ ...more, votes: more.votes.slice(1) })).toBe(false);
    // A listed participant appended after an unlisted voter would change the rows' order.
    const listed = {
      ...more,
      participants: [...more.participants, { id: 'p5', economy: null, constituency: null }],
    };
    expect(new VoteTable(more).extend(listed)).toBe(false);
  });

  it('sparseRows lists the voted cells row by row', () => {
    const m = voteMatrix(table(['+.-', '.0+']), 1);
    const s = sparseRows(m);
    expect([...s.rowStart]).toEqual([0, 2, 4]);
    expect([...s.column]).toEqual([0, 2, 1, 2]);
    expect([...s.value]).toEqual([1, -1, 0, 1]);
  });
});
