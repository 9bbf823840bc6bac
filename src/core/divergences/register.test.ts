import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import type { DetectedDivergence, StoredDivergence } from './divergence.ts';
import {
  checkTransition,
  compareDetections,
  detectionEvent,
  DIVERGENCE_TRANSITIONS,
  resolutionOf,
  severityLevel,
} from './register.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const NOW = '2026-02-01T00:00:00.000Z';

function detected(key: string, measure: number, over: Partial<DetectedDivergence> = {}) {
  return {
    source: 'control-lists',
    key,
    kind: 'unilateral-control',
    workstream: 'export_controls',
    title: `title ${key}`,
    summary: `summary ${key}`,
    members: ['NOR', 'USA'],
    severity: 0.5,
    measure,
    evidence: [{ label: 'e', detail: 'd', link: null }],
    link: '#/control-lists',
    apiLink: null,
    confidentiality: 'public',
    ...over,
  } satisfies DetectedDivergence;
}

function stored(
  id: number,
  key: string,
  measure: number,
  over: Partial<StoredDivergence> = {},
): StoredDivergence {
  return {
    ...detected(key, measure),
    id,
    state: 'under_discussion',
    proposalId: 'P-7',
    stateBy: 'account:3',
    stateAt: T0,
    stateNote: 'taken up',
    detected: true,
    change: 'new',
    previousMeasure: null,
    firstSeen: T0,
    lastSeen: T0,
    changedAt: T0,
    ...over,
  };
}

describe('compareDetections', () => {
  it('marks every change of one source and keeps the register’s own fields', () => {
    const previous = [
      stored(1, 'grows', 2),
      stored(2, 'shrinks', 5),
      stored(3, 'same', 3, { change: 'grown', previousMeasure: 1, changedAt: T0 }),
      stored(4, 'closes', 4),
      stored(5, 'back', 6, { detected: false, change: 'closed', state: 'resolved' }),
      stored(6, 'still-closed', 1, { detected: false, change: 'closed' }),
    ];
    const { changes } = compareDetections(
      previous,
      [
        detected('grows', 3, { title: 'new title', members: ['EU', 'USA'] }),
        detected('shrinks', 1),
        detected('same', 3),
        detected('back', 2),
        detected('fresh', 7),
      ],
      NOW,
    );
    expect(changes.map((c) => [c.next.key, c.change])).toEqual([
      ['grows', 'grown'],
      ['shrinks', 'shrunk'],
      ['same', 'unchanged'],
      ['back', 'reappeared'],
      ['fresh', 'new'],
      ['closes', 'closed'],
    ]);
    const [grows, , same, back, fresh, closes] = changes.map((c) => c.next);
    // Content from the detection, lifecycle fields kept.
    expect(grows).toMatchObject({
      id: 1,
      title: 'new title',
      members: ['EU', 'USA'],
      measure: 3,
      previousMeasure: 2,
      state: 'under_discussion',
      proposalId: 'P-7',
      stateNote: 'taken up',
      firstSeen: T0,
      lastSeen: NOW,
      changedAt: NOW,
    });
    expect(same).toMatchObject({ change: 'unchanged', previousMeasure: 1, changedAt: T0 });
    expect(same!.lastSeen).toBe(NOW);
    expect(back).toMatchObject({
      detected: true,
      state: 'resolved',
      previousMeasure: 6,
      measure: 2,
    });
    expect(fresh).toMatchObject({
      state: 'open',
      proposalId: null,
      detected: true,
      previousMeasure: null,
      firstSeen: NOW,
      lastSeen: NOW,
      changedAt: NOW,
    });
    expect(fresh!.id).toBeUndefined();
    expect(closes).toMatchObject({
      id: 4,
      detected: false,
      measure: 4,
      previousMeasure: 4,
      lastSeen: T0,
      changedAt: NOW,
    });
    expect(changes.find((c) => c.next.key === 'still-closed')).toBeUndefined();
  });

  it('does not share arrays with the detection', () => {
    const d = detected('k', 1);
    const { changes } = compareDetections([], [d], NOW);
    d.members.push('JPN');
    expect(changes[0]!.next.members).toEqual(['NOR', 'USA']);
  });

  it('refuses two sources or a key detected twice', () => {
    expect(() =>
      compareDetections([stored(1, 'a', 1)], [detected('b', 1, { source: 'standards' })], NOW),
    ).toThrow(/one source at a time/);
    expect(() => compareDetections([], [detected('a', 1), detected('a', 2)], NOW)).toThrow(
      /detected the key a twice/,
    );
  });

  it('gives the history entry of every change but unchanged', () => {
    const { changes } = compareDetections(
      [stored(1, 'a', 2), stored(2, 'b', 2), stored(3, 'c', 4)],
      [detected('a', 5), detected('b', 2), detected('d', 1)],
      NOW,
    );
    const events = changes.map((c) => detectionEvent(c, NOW));
    expect(events[0]).toEqual({
      at: NOW,
      type: 'detected',
      from: 'new',
      to: 'grown',
      note: 'measure 2 → 5',
      proposalId: 'P-7',
    });
    expect(events[1]).toBeNull();
    expect(events[2]).toMatchObject({ from: null, to: 'new', proposalId: null });
    expect(events[3]).toMatchObject({ to: 'closed', note: 'not found any more (measure was 4)' });
  });
});

describe('checkTransition', () => {
  const at = (state: StoredDivergence['state'], over: Partial<StoredDivergence> = {}) =>
    stored(1, 'unilateral:us-ccl-2026:3A090', 1, { state, ...over });
  const reason = (f: () => void): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('conflict');
      return (e as DomainError).message;
    }
    return 'allowed';
  };

  it('allows the documented moves when their conditions hold', () => {
    const resolved = resolutionOf({ members: ['USA'] }, { state: 'adopted' }, [
      { member: 'USA', status: 'done' },
    ]);
    expect(
      reason(() =>
        checkTransition(at('open', { proposalId: null }), 'under_discussion', {
          proposalId: 'P-1',
          proposalState: 'deliberation',
        }),
      ),
    ).toBe('allowed');
    expect(
      reason(() => checkTransition(at('open'), 'accepted', { note: 'national security' })),
    ).toBe('allowed');
    expect(
      reason(() => checkTransition(at('under_discussion'), 'resolved', { resolution: resolved })),
    ).toBe('allowed');
    expect(
      reason(() => checkTransition(at('under_discussion'), 'open', { proposalState: 'rejected' })),
    ).toBe('allowed');
    expect(reason(() => checkTransition(at('accepted'), 'open', { note: 'new evidence' }))).toBe(
      'allowed',
    );
    expect(
      reason(() => checkTransition(at('resolved', { change: 'reappeared' }), 'open', {})),
    ).toBe('allowed');
  });

  it('refuses moves outside the table and moves whose conditions fail, saying why', () => {
    expect(reason(() => checkTransition(at('open'), 'resolved'))).toBe(
      'divergence unilateral:us-ccl-2026:3A090 cannot go from open to resolved: open may only move to under_discussion or accepted',
    );
    expect(reason(() => checkTransition(at('open'), 'open'))).toMatch(/already open/);
    expect(
      reason(() => checkTransition(at('open', { proposalId: null }), 'under_discussion', {})),
    ).toMatch(/name the proposal/);
    expect(
      reason(() =>
        checkTransition(at('open'), 'under_discussion', {
          proposalId: 'P-2',
          proposalState: 'withdrawn',
        }),
      ),
    ).toMatch(/P-2 is withdrawn/);
    expect(reason(() => checkTransition(at('open'), 'accepted', { note: '  ' }))).toMatch(
      /say why/,
    );
    expect(reason(() => checkTransition(at('under_discussion'), 'resolved', {}))).toMatch(
      /not computed/,
    );
    const waiting = resolutionOf({ members: ['NOR', 'USA'] }, { state: 'adopted' }, []);
    expect(
      reason(() => checkTransition(at('under_discussion'), 'resolved', { resolution: waiting })),
    ).toMatch(/waiting for NOR, USA/);
    expect(
      reason(() => checkTransition(at('under_discussion'), 'open', { proposalState: 'voting' })),
    ).toMatch(/withdrawn or rejected first \(it is voting\)/);
    expect(reason(() => checkTransition(at('accepted'), 'open', {}))).toMatch(/why it is reopened/);
    expect(
      reason(() => checkTransition(at('resolved', { change: 'unchanged' }), 'open', {})),
    ).toMatch(/when it reappears after it had closed, or with a note/);
    expect(
      reason(() =>
        checkTransition(at('resolved', { change: 'unchanged' }), 'open', { note: 'still there' }),
      ),
    ).toBe('allowed');
    expect(reason(() => checkTransition(at('resolved'), 'accepted'))).toMatch(
      /resolved may only move to open/,
    );
  });

  it('checks only the table without a context', () => {
    expect(
      reason(() => checkTransition(at('open', { proposalId: null }), 'under_discussion')),
    ).toBe('allowed');
    expect(reason(() => checkTransition(at('accepted'), 'open'))).toBe('allowed');
    expect(reason(() => checkTransition(at('accepted'), 'resolved'))).toMatch(
      /accepted may only move to open/,
    );
    for (const [from, tos] of Object.entries(DIVERGENCE_TRANSITIONS))
      for (const to of tos) expect(to).not.toBe(from);
  });
});

describe('resolutionOf', () => {
  const d = { members: ['EU', 'USA'] };

  it('is resolved when the proposal is adopted or in implementation and every member is done', () => {
    for (const state of ['adopted', 'implementation'] as const)
      expect(
        resolutionOf(d, { state }, [
          { member: 'USA', status: 'done' },
          { member: 'EU', status: 'done' },
          { member: 'JPN', status: 'not_started' },
        ]),
      ).toMatchObject({ resolved: true, waitingFor: [] });
  });

  it('uses each member’s latest report', () => {
    const r = resolutionOf(d, { state: 'implementation' }, [
      { member: 'USA', status: 'done', date: '2026-03-01' },
      { member: 'USA', status: 'in_progress', date: '2026-01-01' },
      { member: 'EU', status: 'done', date: '2026-01-01' },
      { member: 'EU', status: 'will_not_implement', date: '2026-04-01' },
    ]);
    expect(r).toEqual({
      resolved: false,
      waitingFor: ['EU'],
      reason: 'waiting for EU to report the proposal done',
    });
  });

  it('is not resolved without an adopted proposal, and still names who is waiting', () => {
    expect(resolutionOf(d, null, [])).toEqual({
      resolved: false,
      waitingFor: ['EU', 'USA'],
      reason: 'no proposal is linked to it',
    });
    expect(
      resolutionOf(d, { state: 'voting' }, [
        { member: 'USA', status: 'done' },
        { member: 'EU', status: 'done' },
      ]),
    ).toEqual({ resolved: false, waitingFor: [], reason: 'its proposal is voting, not adopted' });
  });
});

describe('severityLevel', () => {
  it.each([
    [0, 'low'],
    [0.33, 'low'],
    [1 / 3, 'medium'],
    [0.5, 'medium'],
    [0.66, 'medium'],
    [2 / 3, 'high'],
    [1, 'high'],
  ] as const)('%s is %s', (s, level) => expect(severityLevel(s)).toBe(level));
});
