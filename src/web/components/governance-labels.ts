// Words and small pieces the governance pages share: state and confidentiality labels and badges,
// dates in the reader's time zone, and datetime-local values to ISO 8601 with the reader's offset.
import { h } from '../element.ts';
import type {
  BallotChoice,
  Confidentiality,
  ProposalState,
  TimeWindow,
  WorkstreamRight,
} from './governance/api-types.ts';

export const STATE_LABELS: Readonly<Record<ProposalState, string>> = {
  draft: 'Draft',
  consultation: 'Consultation',
  deliberation: 'Deliberation',
  voting: 'Voting',
  adopted: 'Adopted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  implementation: 'Implementation',
};

export const CONFIDENTIALITY_LABELS: Readonly<Record<Confidentiality, string>> = {
  public: 'Public',
  alliance: 'Alliance',
  members: 'Members only',
  restricted: 'Restricted',
};

export const CONFIDENTIALITY_HINTS: Readonly<Record<Confidentiality, string>> = {
  public: 'anyone, the public website included',
  alliance: 'every participant of the alliance',
  members: 'the member delegations only',
  restricted: 'only the delegations listed',
};

export const RIGHT_LABELS: Readonly<Record<WorkstreamRight, string>> = {
  read: 'Read',
  propose: 'Propose',
  comment: 'Comment',
  respond: 'Respond',
  vote: 'Vote',
  advisory_vote: 'Advisory vote',
};

export const CHOICE_LABELS: Readonly<Record<BallotChoice, string>> = {
  yes: 'Yes',
  no: 'No',
  abstain: 'Abstain',
  object: 'Object',
};

/** The state as a coloured badge. */
export function stateBadge(state: ProposalState, id?: string): HTMLElement {
  return h(
    'span',
    { class: `badge gov-state gov-state-${state}`, 'data-state': state, ...(id ? { id } : {}) },
    STATE_LABELS[state],
  );
}

/** The confidentiality as a badge, with the delegations of a restricted proposal. */
export function confidentialityBadge(c: Confidentiality, restrictedTo: readonly string[] = []) {
  return h(
    'span',
    { class: `badge gov-conf gov-conf-${c}`, title: `Seen by ${CONFIDENTIALITY_HINTS[c]}` },
    CONFIDENTIALITY_LABELS[c],
    c === 'restricted' && restrictedTo.length ? `: ${restrictedTo.join(', ')}` : '',
  );
}

/** "12 Mar 2026, 14:05" in the reader's time zone. */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "12 Mar 2026, 14:05:30" (seconds matter for windows). */
export const whenExact = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export const windowText = (w: TimeWindow): string =>
  `${whenExact(w.opensAt)} – ${whenExact(w.closesAt)}`;

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** A time as a datetime-local value in the reader's zone: `2026-03-12T14:05:30`. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * A datetime-local value (the reader's zone) as ISO 8601 with the reader's offset:
 * `2026-03-12T14:05:30+01:00`. Null when the value is empty or not a date-time.
 */
export function localInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  const date = new Date(n(1), n(2) - 1, n(3), n(4), n(5), n(6));
  if (Number.isNaN(date.getTime()) || date.getDate() !== n(3)) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${toLocalInput(date)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(
    Math.abs(offset) % 60,
  )}`;
}

/** `1 member`, `3 members`. */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
