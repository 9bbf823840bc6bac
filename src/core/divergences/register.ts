// The divergence register's rules: what a recomputation of one source changes in the register
// (new, grown, shrunk, unchanged, closed, reappeared), the lifecycle of a divergence from open to
// resolved or accepted, when a divergence linked to a proposal counts as resolved, and the
// severity levels the register shows. Pure: the caller gives the time and stores the result.
// Definitions: docs/analytics/divergences.md.
import { DomainError, type ErrorIssue } from '../errors.ts';
import type { CommitmentStatus } from '../governance/commitments.ts';
import type { ProposalState } from '../governance/proposal.ts';
import type {
  DetectedDivergence,
  DivergenceChange,
  DivergenceEvent,
  DivergenceState,
  StoredDivergence,
} from './divergence.ts';

/** A divergence as the register will keep it after a recomputation: with its id when it had one. */
export type NextDivergence = Omit<StoredDivergence, 'id'> & { id?: number };

/** What one recomputation does to one divergence of the source. */
export interface RegisterChange {
  /** The row as it was; null for a divergence found for the first time. */
  previous: StoredDivergence | null;
  /** The row to store: insert it when `previous` is null, else update the row `previous.id`. */
  next: NextDivergence;
  change: DivergenceChange;
}

/** The fields a detection sets on every recomputation (the rest is the register's own). */
function content(d: DetectedDivergence): DetectedDivergence {
  return {
    source: d.source,
    key: d.key,
    kind: d.kind,
    workstream: d.workstream,
    title: d.title,
    summary: d.summary,
    members: [...d.members],
    severity: d.severity,
    measure: d.measure,
    evidence: d.evidence.map((e) => ({ ...e })),
    link: d.link,
    apiLink: d.apiLink,
    confidentiality: d.confidentiality,
  };
}

/**
 * Compares one source's stored divergences with what it detects now, key by key:
 *
 * - a key not stored before is `new` (state `open`, first seen now);
 * - a key stored and detected last time is `grown` or `shrunk` when its measure went up or down,
 *   else `unchanged`;
 * - a key stored but closed last time (`detected` false) is `reappeared`;
 * - a key detected last time and not now is `closed` (`detected` false; its last content kept).
 *
 * Content (title, summary, members, severity, measure, evidence, links, confidentiality) takes the
 * new detection's values; the state, the proposal, the state's author and note and `firstSeen`
 * are kept. `changedAt` is set to `now` whenever the change is not `unchanged`, and
 * `previousMeasure` to the measure before the change. A divergence closed before and still not
 * found is left as it is (it is not in the result). Changes come in the order of `detected`, then
 * the closed ones in the order of `previous`.
 *
 * Every detection must come from one source and carry a distinct key (a conflict otherwise).
 */
export function compareDetections(
  previous: readonly StoredDivergence[],
  detected: readonly DetectedDivergence[],
  now: string,
): { changes: RegisterChange[] } {
  const sources = new Set([...previous, ...detected].map((d) => d.source));
  if (sources.size > 1)
    throw new DomainError(
      'conflict',
      `one source at a time: got divergences of ${[...sources].sort().join(', ')}`,
    );
  const seen = new Set<string>();
  for (const d of detected) {
    if (seen.has(d.key))
      throw new DomainError('conflict', `source ${d.source} detected the key ${d.key} twice`);
    seen.add(d.key);
  }
  const stored = new Map(previous.map((p) => [p.key, p]));
  const changes: RegisterChange[] = [];
  for (const d of detected) {
    const p = stored.get(d.key);
    if (!p) {
      changes.push({
        previous: null,
        change: 'new',
        next: {
          ...content(d),
          state: 'open',
          proposalId: null,
          stateBy: null,
          stateAt: null,
          stateNote: '',
          detected: true,
          change: 'new',
          previousMeasure: null,
          firstSeen: now,
          lastSeen: now,
          changedAt: now,
        },
      });
      continue;
    }
    const change: DivergenceChange = !p.detected
      ? 'reappeared'
      : d.measure > p.measure
        ? 'grown'
        : d.measure < p.measure
          ? 'shrunk'
          : 'unchanged';
    const moved = change !== 'unchanged';
    changes.push({
      previous: p,
      change,
      next: {
        ...p,
        ...content(d),
        detected: true,
        change,
        previousMeasure: moved ? p.measure : p.previousMeasure,
        lastSeen: now,
        changedAt: moved ? now : p.changedAt,
      },
    });
  }
  for (const p of previous) {
    if (seen.has(p.key) || !p.detected) continue;
    changes.push({
      previous: p,
      change: 'closed',
      next: { ...p, detected: false, change: 'closed', previousMeasure: p.measure, changedAt: now },
    });
  }
  return { changes };
}

/**
 * The history entry a change writes (`type: 'detected'`), without the divergence's id and the
 * author the caller adds; null for `unchanged`, which writes none. `from` is the change mark the
 * divergence had before (null when new); the note gives the measure before and after.
 */
export function detectionEvent(
  c: RegisterChange,
  now: string,
): Omit<DivergenceEvent, 'divergenceId' | 'by'> | null {
  if (c.change === 'unchanged') return null;
  const note =
    c.change === 'new'
      ? `found with measure ${c.next.measure}`
      : c.change === 'closed'
        ? `not found any more (measure was ${c.previous!.measure})`
        : `measure ${c.previous!.measure} → ${c.next.measure}`;
  return {
    at: now,
    type: 'detected',
    from: c.previous?.change ?? null,
    to: c.change,
    note,
    proposalId: c.next.proposalId,
  };
}

/**
 * The lifecycle: which state a divergence may move to from each state.
 *
 * - `open` → `under_discussion` (linked to a proposal) or `accepted` (the alliance lives with it);
 * - `under_discussion` → `resolved` (see {@link resolutionOf}), `accepted`, or back to `open`
 *   when its proposal was withdrawn or rejected;
 * - `accepted` → `open` (reopened, with a reason);
 * - `resolved` → `open` (reopened when it reappears after it had closed).
 */
export const DIVERGENCE_TRANSITIONS: Readonly<Record<DivergenceState, readonly DivergenceState[]>> =
  {
    open: ['under_discussion', 'accepted'],
    under_discussion: ['resolved', 'accepted', 'open'],
    accepted: ['open'],
    resolved: ['open'],
  };

/** What a state change is checked against. */
export interface DivergenceTransitionContext {
  /** The proposal the divergence is (or is to be) discussed under; default the divergence's own. */
  proposalId?: string | null;
  /** That proposal's state, when there is one. */
  proposalState?: ProposalState | null;
  /** The resolution computed now ({@link resolutionOf}); needed to move to `resolved`. */
  resolution?: Resolution;
  /** Why: required to accept a divergence and to reopen an accepted one. */
  note?: string;
}

/** Proposal states under which a divergence can no longer be under discussion. */
const ENDED: readonly ProposalState[] = ['withdrawn', 'rejected'];

/**
 * Throws a `conflict` naming the divergence, both states and every reason when `d` may not move to
 * `to`: the move must be in {@link DIVERGENCE_TRANSITIONS} (always checked) and, when a context is
 * given, meet its conditions:
 *
 * - to `under_discussion`: a proposal is named, and it is not withdrawn or rejected;
 * - to `accepted`: a note says why;
 * - to `resolved`: the resolution says resolved;
 * - `under_discussion` → `open`: the proposal was withdrawn or rejected;
 * - `accepted` → `open`: a note says why;
 * - `resolved` → `open`: the divergence reappeared (the last recomputation found it again after it
 *   had closed), or a note says why it is reopened by hand.
 *
 * Without a context only the table is checked: the caller has checked the conditions itself
 * (a service that links the proposal in the same step, or asks for the note first).
 */
export function checkTransition(
  d: Pick<StoredDivergence, 'key' | 'state' | 'proposalId' | 'change' | 'detected'>,
  to: DivergenceState,
  context?: DivergenceTransitionContext,
): void {
  const issues: ErrorIssue[] = [];
  const from = d.state;
  const note = context?.note?.trim() ?? '';
  const proposalId = context?.proposalId !== undefined ? context.proposalId : d.proposalId;
  if (from === to) issues.push({ path: 'state', message: `it is already ${to}` });
  else if (!DIVERGENCE_TRANSITIONS[from].includes(to))
    issues.push({
      path: 'state',
      message: `${from} may only move to ${DIVERGENCE_TRANSITIONS[from].join(' or ')}`,
    });
  else if (context) {
    if (to === 'under_discussion') {
      if (!proposalId)
        issues.push({ path: 'proposalId', message: 'name the proposal it is discussed under' });
      else if (context.proposalState && ENDED.includes(context.proposalState))
        issues.push({
          path: 'proposalId',
          message: `proposal ${proposalId} is ${context.proposalState}`,
        });
    }
    if (to === 'accepted' && note === '')
      issues.push({ path: 'note', message: 'say why the alliance accepts it' });
    if (to === 'resolved') {
      if (!context.resolution)
        issues.push({ path: 'resolution', message: 'the resolution was not computed' });
      else if (!context.resolution.resolved)
        issues.push({ path: 'resolution', message: context.resolution.reason });
    }
    if (from === 'under_discussion' && to === 'open') {
      const state = context.proposalState ?? null;
      if (state === null || !ENDED.includes(state))
        issues.push({
          path: 'proposalState',
          message: `its proposal must be withdrawn or rejected first (it is ${state ?? 'unknown'})`,
        });
    }
    if (from === 'accepted' && to === 'open' && note === '')
      issues.push({ path: 'note', message: 'say why it is reopened' });
    if (
      from === 'resolved' &&
      to === 'open' &&
      !(d.detected && d.change === 'reappeared') &&
      note === ''
    )
      issues.push({
        path: 'change',
        message:
          'a resolved divergence reopens when it reappears after it had closed, or with a note saying why',
      });
  }
  if (issues.length > 0)
    throw new DomainError(
      'conflict',
      `divergence ${d.key} cannot go from ${from} to ${to}: ${issues.map((i) => i.message).join('; ')}`,
      issues,
    );
}

/** Whether a divergence under discussion is resolved, and what it waits for. */
export interface Resolution {
  resolved: boolean;
  /** Members involved whose latest report is not `done` (no report, or another status), sorted. */
  waitingFor: string[];
  /** One sentence: why it is, or is not, resolved. */
  reason: string;
}

/** Proposal states in which an alliance decision stands. */
const DECIDED: readonly ProposalState[] = ['adopted', 'implementation'];

/**
 * Whether a divergence is resolved: its linked proposal is `adopted` or in `implementation`, AND
 * every member involved — the divergence's `members`, each expected to report — has `done` as its
 * latest commitment report on that proposal. A member's latest report is the one with the latest
 * `date` (the later in the list on a tie or without dates); `will_not_implement`, `in_progress`,
 * `not_started` and no report at all leave the member in `waitingFor`.
 */
export function resolutionOf(
  d: Pick<StoredDivergence, 'members'>,
  proposal: { state: ProposalState } | null,
  reports: readonly { member: string; status: CommitmentStatus; date?: string }[],
): Resolution {
  const latest = new Map<string, { status: CommitmentStatus; date: string }>();
  for (const r of reports) {
    const date = r.date ?? '';
    const before = latest.get(r.member);
    if (!before || date >= before.date) latest.set(r.member, { status: r.status, date });
  }
  const waitingFor = [...new Set(d.members)].filter((m) => latest.get(m)?.status !== 'done').sort();
  if (proposal === null)
    return { resolved: false, waitingFor, reason: 'no proposal is linked to it' };
  if (!DECIDED.includes(proposal.state))
    return {
      resolved: false,
      waitingFor,
      reason: `its proposal is ${proposal.state}, not adopted`,
    };
  if (waitingFor.length > 0)
    return {
      resolved: false,
      waitingFor,
      reason: `waiting for ${waitingFor.join(', ')} to report the proposal done`,
    };
  return {
    resolved: true,
    waitingFor,
    reason: `its proposal is ${proposal.state} and every member involved reported it done`,
  };
}

export type SeverityLevel = 'low' | 'medium' | 'high';

/** Below this severity a divergence is `low`. */
export const MEDIUM_SEVERITY = 1 / 3;
/** From this severity a divergence is `high`. */
export const HIGH_SEVERITY = 2 / 3;

/** The level the register shows: `low` below 1/3, `medium` from 1/3 to below 2/3, `high` from 2/3. */
export function severityLevel(severity: number): SeverityLevel {
  if (severity >= HIGH_SEVERITY) return 'high';
  if (severity >= MEDIUM_SEVERITY) return 'medium';
  return 'low';
}
