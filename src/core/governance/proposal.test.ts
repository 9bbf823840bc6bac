import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  checkTransition,
  parseProposalDraft,
  PROPOSAL_STATES,
  ProposalStateError,
  timeWindowSchema,
  transitionProposal,
  TRANSITIONS,
  type Proposal,
  type ProposalState,
  type TransitionContext,
} from './proposal.ts';

const NOW = '2025-03-10T12:00:00Z';
const nextWeek = { opensAt: '2025-03-10T12:00:00Z', closesAt: '2025-03-17T12:00:00Z' };
const lastWeek = { opensAt: '2025-03-01T12:00:00Z', closesAt: '2025-03-08T12:00:00Z' };

function proposal(state: ProposalState, over: Partial<Proposal> = {}): Proposal {
  return {
    id: 'P-1',
    title: 'Common export-control list for lithography tools',
    text: 'The members adopt the list annexed.',
    state,
    confidentiality: 'members',
    restrictedTo: [],
    workstream: 'export_controls',
    decisionRule: { kind: 'consensus' },
    consultationWindow: null,
    votingWindow: null,
    ...over,
  };
}

/** The reasons a transition is refused; fails the test when it is allowed. */
function reasons(p: Proposal, to: ProposalState, context: Partial<TransitionContext> = {}) {
  const check = checkTransition(p, to, { now: NOW, ...context });
  if (check.ok) throw new Error(`expected ${p.state} → ${to} to be refused`);
  return check.reasons;
}

describe('the transition table', () => {
  it('lists every state, and only states, as sources and targets', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...PROPOSAL_STATES].sort());
    for (const targets of Object.values(TRANSITIONS))
      for (const t of targets) expect(PROPOSAL_STATES).toContain(t);
  });

  it('enters voting only from deliberation', () => {
    const into = PROPOSAL_STATES.filter((s) => TRANSITIONS[s].includes('voting'));
    expect(into).toEqual(['deliberation']);
  });

  it('allows withdrawal from every state before a decision and from none after', () => {
    const from = PROPOSAL_STATES.filter((s) => TRANSITIONS[s].includes('withdrawn'));
    expect(from).toEqual(['draft', 'consultation', 'deliberation', 'voting']);
  });

  it('has rejected, withdrawn and implementation as final states', () => {
    const final = PROPOSAL_STATES.filter((s) => TRANSITIONS[s].length === 0);
    expect(final).toEqual(['rejected', 'withdrawn', 'implementation']);
  });
});

describe('checkTransition', () => {
  it.each<[ProposalState, ProposalState, RegExp]>([
    [
      'draft',
      'voting',
      /^state: voting can only be entered from deliberation; from draft a proposal goes to consultation, deliberation or withdrawn$/,
    ],
    ['consultation', 'voting', /voting can only be entered from deliberation/],
    ['deliberation', 'adopted', /a proposal is adopted only from voting, once the vote has closed/],
    ['draft', 'implementation', /only an adopted proposal goes to implementation/],
    ['adopted', 'withdrawn', /^state: a proposal cannot be withdrawn once adopted$/],
    ['rejected', 'deliberation', /^state: rejected is final: no transition from it$/],
    ['withdrawn', 'draft', /withdrawn is final/],
    [
      'consultation',
      'draft',
      /cannot go from consultation to draft; from consultation a proposal goes to deliberation or withdrawn/,
    ],
    ['voting', 'voting', /voting can only be entered from deliberation/],
  ])('refuses %s → %s, saying why', (from, to, message) => {
    expect(reasons(proposal(from), to)).toEqual([expect.stringMatching(message)]);
  });

  it('lets a draft skip consultation and go to deliberation', () => {
    expect(checkTransition(proposal('draft'), 'deliberation', { now: NOW })).toEqual({ ok: true });
  });

  it('opens a consultation with a window given in the context', () => {
    const check = checkTransition(proposal('draft'), 'consultation', {
      now: NOW,
      consultationWindow: nextWeek,
    });
    expect(check).toEqual({ ok: true });
  });

  it('refuses a consultation without a window', () => {
    expect(reasons(proposal('draft'), 'consultation')).toEqual([
      'consultationWindow: is required: give opensAt and closesAt',
    ]);
  });

  it('refuses a consultation window that closes before it opens, naming both times', () => {
    const window = { opensAt: '2025-03-17T12:00:00Z', closesAt: '2025-03-10T12:00:00Z' };
    expect(reasons(proposal('draft'), 'consultation', { consultationWindow: window })).toEqual([
      'consultationWindow.closesAt: must be after opensAt (opens 2025-03-17T12:00:00Z, closes 2025-03-10T12:00:00Z)',
    ]);
  });

  it('refuses a consultation window that opens and closes at the same time', () => {
    const window = { opensAt: NOW, closesAt: NOW };
    expect(reasons(proposal('draft'), 'consultation', { consultationWindow: window })).toEqual([
      expect.stringMatching(/^consultationWindow.closesAt: must be after opensAt/),
    ]);
  });

  it('refuses a consultation that would already be closed', () => {
    expect(reasons(proposal('draft'), 'consultation', { consultationWindow: lastWeek })).toEqual([
      'consultationWindow.closesAt: must be in the future (closes 2025-03-08T12:00:00Z, now is 2025-03-10T12:00:00.000Z)',
    ]);
  });

  it('refuses a window whose times are not date-times, naming the field', () => {
    const window = { opensAt: 'Monday', closesAt: '2025-03-17T12:00:00Z' };
    expect(reasons(proposal('draft'), 'consultation', { consultationWindow: window })).toEqual([
      "consultationWindow.opensAt: 'Monday' is not an ISO 8601 date-time",
    ]);
  });

  it('keeps a consultation open until its window closes', () => {
    const open = proposal('consultation', { consultationWindow: nextWeek });
    expect(reasons(open, 'deliberation')).toEqual([
      'consultationWindow.closesAt: the consultation is open until 2025-03-17T12:00:00Z: deliberate once it has closed',
    ]);
    const closed = proposal('consultation', { consultationWindow: lastWeek });
    expect(checkTransition(closed, 'deliberation', { now: NOW }).ok).toBe(true);
  });

  it('allows a second consultation round from deliberation', () => {
    const p = proposal('deliberation', { consultationWindow: lastWeek });
    expect(checkTransition(p, 'consultation', { now: NOW, consultationWindow: nextWeek }).ok).toBe(
      true,
    );
  });

  it('opens a vote with the proposal’s rule and an open window', () => {
    expect(
      checkTransition(proposal('deliberation'), 'voting', { now: NOW, votingWindow: nextWeek }),
    ).toEqual({ ok: true });
  });

  it('opens a vote scheduled to start later', () => {
    const later = { opensAt: '2025-04-01T00:00:00Z', closesAt: '2025-04-08T00:00:00Z' };
    expect(
      checkTransition(proposal('deliberation'), 'voting', { now: NOW, votingWindow: later }).ok,
    ).toBe(true);
  });

  it('falls back on the workstream’s rule when the proposal has none', () => {
    const p = proposal('deliberation', { decisionRule: null });
    const check = checkTransition(p, 'voting', {
      now: NOW,
      votingWindow: nextWeek,
      workstreamRule: { kind: 'simple-majority' },
    });
    expect(check.ok).toBe(true);
  });

  it('refuses a vote with neither a rule nor a window, giving every reason', () => {
    const p = proposal('deliberation', { decisionRule: null });
    expect(reasons(p, 'voting')).toEqual([
      'decisionRule: no decision rule: give the proposal one, or give workstream export_controls one',
      'votingWindow: is required: give opensAt and closesAt',
    ]);
    expect(reasons({ ...p, workstream: null }, 'voting', { votingWindow: nextWeek })).toEqual([
      'decisionRule: no decision rule: give the proposal one',
    ]);
  });

  it('refuses a vote whose window has already closed', () => {
    expect(reasons(proposal('deliberation'), 'voting', { votingWindow: lastWeek })).toEqual([
      expect.stringMatching(/^votingWindow.closesAt: must be in the future/),
    ]);
  });

  it('refuses a vote window that closes exactly now', () => {
    const window = { opensAt: '2025-03-01T00:00:00Z', closesAt: NOW };
    expect(reasons(proposal('deliberation'), 'voting', { votingWindow: window })).toEqual([
      expect.stringMatching(/^votingWindow.closesAt: must be in the future/),
    ]);
  });

  it('compares times across time zones', () => {
    // 13:30 in Paris (UTC+1) is 12:30 UTC, after NOW (12:00 UTC).
    const window = { opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-03-10T13:30:00+01:00' };
    expect(
      checkTransition(proposal('deliberation'), 'voting', { now: NOW, votingWindow: window }).ok,
    ).toBe(true);
    // 12:30 in Paris is 11:30 UTC, before NOW.
    const closed = { opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-03-10T12:30:00+01:00' };
    expect(
      checkTransition(proposal('deliberation'), 'voting', { now: NOW, votingWindow: closed }).ok,
    ).toBe(false);
  });

  describe('recording the outcome', () => {
    const open = proposal('voting', { votingWindow: nextWeek });
    const closed = proposal('voting', { votingWindow: lastWeek });

    it('records adopted once the vote has closed and the tally says adopted', () => {
      expect(checkTransition(closed, 'adopted', { now: NOW, tallyOutcome: 'adopted' })).toEqual({
        ok: true,
      });
      expect(checkTransition(closed, 'rejected', { now: NOW, tallyOutcome: 'rejected' }).ok).toBe(
        true,
      );
    });

    it('records the outcome at the very moment the window closes', () => {
      expect(
        checkTransition(closed, 'adopted', { now: lastWeek.closesAt, tallyOutcome: 'adopted' }).ok,
      ).toBe(true);
    });

    it('refuses an outcome while the vote is open', () => {
      expect(reasons(open, 'adopted', { tallyOutcome: 'adopted' })).toEqual([
        'votingWindow.closesAt: the vote is open until 2025-03-17T12:00:00Z: record the outcome once it has closed',
      ]);
    });

    it('refuses an outcome the tally does not give', () => {
      expect(reasons(closed, 'adopted', { tallyOutcome: 'rejected' })).toEqual([
        'tallyOutcome: the tally says rejected, not adopted',
      ]);
    });

    it('refuses an outcome without a tally', () => {
      expect(reasons(closed, 'rejected')).toEqual([
        'tallyOutcome: is required: tally the closed vote first',
      ]);
    });

    it('refuses an outcome when the vote has no window', () => {
      expect(reasons(proposal('voting'), 'adopted', { tallyOutcome: 'adopted' })).toEqual([
        'votingWindow: the vote has no window',
      ]);
    });

    it('lets a proposal be withdrawn while its vote is open, not after it has closed', () => {
      expect(checkTransition(open, 'withdrawn', { now: NOW }).ok).toBe(true);
      expect(reasons(closed, 'withdrawn')).toEqual([
        'votingWindow.closesAt: the vote closed at 2025-03-08T12:00:00Z: record its outcome (adopted or rejected) instead',
      ]);
    });
  });

  it('moves an adopted proposal to implementation', () => {
    expect(checkTransition(proposal('adopted'), 'implementation', { now: NOW })).toEqual({
      ok: true,
    });
  });
});

describe('transitionProposal', () => {
  it('records the window a move to consultation opens', () => {
    const p = transitionProposal(proposal('draft'), 'consultation', {
      now: NOW,
      consultationWindow: nextWeek,
    });
    expect(p.state).toBe('consultation');
    expect(p.consultationWindow).toEqual(nextWeek);
    expect(p.votingWindow).toBeNull();
  });

  it('records the voting window and keeps the consultation window', () => {
    const p = transitionProposal(
      proposal('deliberation', { consultationWindow: lastWeek }),
      'voting',
      { now: NOW, votingWindow: nextWeek },
    );
    expect(p).toMatchObject({
      state: 'voting',
      consultationWindow: lastWeek,
      votingWindow: nextWeek,
    });
  });

  it('does not change the proposal it is given', () => {
    const before = proposal('draft');
    transitionProposal(before, 'deliberation', { now: NOW });
    expect(before.state).toBe('draft');
  });

  it('throws a ProposalStateError (conflict) naming the proposal, the states and every reason', () => {
    const p = proposal('deliberation', { decisionRule: null, workstream: null });
    let error: unknown;
    try {
      transitionProposal(p, 'voting', { now: NOW });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProposalStateError);
    expect(error).toBeInstanceOf(DomainError);
    const e = error as ProposalStateError;
    expect(e.code).toBe('conflict');
    expect(e.from).toBe('deliberation');
    expect(e.to).toBe('voting');
    expect(e.message).toBe(
      'proposal P-1 cannot go from deliberation to voting: decisionRule: no decision rule: give the proposal one; votingWindow: is required: give opensAt and closesAt',
    );
    expect(e.reasons).toHaveLength(2);
    expect(e.issues.map((i) => i.path)).toEqual(['decisionRule', 'votingWindow']);
  });
});

describe('parseProposalDraft', () => {
  const valid = {
    title: '  Common list  ',
    text: 'The members adopt the list annexed.\n',
    confidentiality: 'public',
  };

  /** The issues a draft is refused with, as `path: message`. */
  function issuesOf(input: unknown): string[] {
    try {
      parseProposalDraft(input);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'validation_failed')
        return e.issues.map((i) => `${i.path}: ${i.message}`);
      throw e;
    }
    throw new Error('expected a validation error');
  }

  it('accepts a draft, trims the title, keeps the text and fills the defaults', () => {
    expect(parseProposalDraft(valid)).toEqual({
      title: 'Common list',
      text: 'The members adopt the list annexed.\n',
      confidentiality: 'public',
      restrictedTo: [],
      workstream: null,
      decisionRule: null,
    });
  });

  it('accepts a restricted draft with its delegations, a workstream and a rule', () => {
    const draft = parseProposalDraft({
      ...valid,
      confidentiality: 'restricted',
      restrictedTo: ['USA', ' JPN '],
      workstream: 'export_controls',
      decisionRule: { kind: 'unanimity' },
    });
    expect(draft).toMatchObject({
      restrictedTo: ['USA', 'JPN'],
      workstream: 'export_controls',
      decisionRule: { kind: 'unanimity' },
    });
  });

  it('accepts a title of 200 characters and a text of 100,000', () => {
    expect(() =>
      parseProposalDraft({ ...valid, title: 't'.repeat(200), text: 'x'.repeat(100_000) }),
    ).not.toThrow();
  });

  it.each<[string, unknown, string[]]>([
    [
      'a missing title, text and confidentiality',
      {},
      [
        'title: is required',
        'text: is required',
        'confidentiality: is required: one of public, alliance, members, restricted',
      ],
    ],
    ['a blank title', { ...valid, title: '   ' }, ['title: must not be empty']],
    [
      'a title of 201 characters',
      { ...valid, title: 't'.repeat(201) },
      ['title: must be at most 200 characters'],
    ],
    ['a blank text', { ...valid, text: ' \n ' }, ['text: must not be empty']],
    [
      'a text of 100,001 characters',
      { ...valid, text: 'x'.repeat(100_001) },
      ['text: must be at most 100,000 characters'],
    ],
    ['a title that is not text', { ...valid, title: 42 }, ['title: must be text']],
    [
      'an unknown confidentiality',
      { ...valid, confidentiality: 'secret' },
      ['confidentiality: must be one of: public, alliance, members, restricted'],
    ],
    [
      'a restricted draft without delegations',
      { ...valid, confidentiality: 'restricted' },
      ['restrictedTo: is required for a restricted proposal: name at least one delegation'],
    ],
    [
      'a restricted draft with an empty list',
      { ...valid, confidentiality: 'restricted', restrictedTo: [] },
      ['restrictedTo: is required for a restricted proposal: name at least one delegation'],
    ],
    [
      'delegations on a draft that is not restricted',
      { ...valid, confidentiality: 'members', restrictedTo: ['USA'] },
      ['restrictedTo: only a restricted proposal has restrictedTo; this one is members'],
    ],
    [
      'a delegation listed twice, in another case',
      { ...valid, confidentiality: 'restricted', restrictedTo: ['USA', 'usa'] },
      ["restrictedTo.1: 'usa' is listed twice"],
    ],
    [
      'an empty delegation code',
      { ...valid, confidentiality: 'restricted', restrictedTo: ['USA', ' '] },
      ['restrictedTo.1: must not be empty'],
    ],
    ['an unknown field', { ...valid, author: 'me' }, ['author: unknown field']],
    [
      'an invalid decision rule',
      { ...valid, decisionRule: { kind: 'consensus', maxAbstentions: -1 } },
      ['decisionRule.maxAbstentions: must be 0 or more'],
    ],
    ['input that is not an object', 'draft', ['(root): must be a proposal draft (an object)']],
  ])('refuses %s, naming the field', (_, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('reports the restriction problem beside problems with other fields', () => {
    expect(issuesOf({ title: '', text: 'x', confidentiality: 'restricted' })).toEqual([
      'title: must not be empty',
      'restrictedTo: is required for a restricted proposal: name at least one delegation',
    ]);
  });
});

describe('timeWindowSchema', () => {
  it('accepts date-times with an offset, opening before closing', () => {
    expect(timeWindowSchema.safeParse(nextWeek).success).toBe(true);
    expect(
      timeWindowSchema.safeParse({
        opensAt: '2025-03-10T09:00:00+01:00',
        closesAt: '2025-03-10T08:30:00Z',
      }).success,
    ).toBe(true);
  });

  it('refuses a window that closes before it opens, and a date without a time', () => {
    const backwards = timeWindowSchema.safeParse({
      opensAt: nextWeek.closesAt,
      closesAt: nextWeek.opensAt,
    });
    expect(backwards.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['closesAt', 'must be after opensAt'],
    ]);
    const dateOnly = timeWindowSchema.safeParse({ opensAt: '2025-03-10', closesAt: NOW });
    expect(dateOnly.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['opensAt', 'must be an ISO 8601 date-time with a time zone, e.g. 2025-03-01T09:00:00Z'],
    ]);
  });
});
