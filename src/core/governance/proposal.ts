// Proposals: a text put to the alliance's member delegations, its lifecycle from draft to decision
// and implementation (a table of transitions with their preconditions), and the schema of a draft.
import { z } from 'zod';
import { parseDocument } from '../parse-input.ts';
import { DomainError, type ErrorIssue } from '../errors.ts';
import { decisionRuleSchema, type DecisionRule } from './decision-rule.ts';
import type { Tally } from './tally.ts';

/**
 * Where a proposal stands:
 *
 * - `draft` — being written; only its authors work on it;
 * - `consultation` — open for responses from members, partners and stakeholders in a window;
 * - `deliberation` — the delegations discuss and amend the text;
 * - `voting` — the member delegations vote in a window, under a decision rule;
 * - `adopted` / `rejected` — the vote has closed and its tally decided;
 * - `withdrawn` — its authors took it back before a decision;
 * - `implementation` — adopted, and the members report how they implement it.
 */
export type ProposalState =
  | 'draft'
  | 'consultation'
  | 'deliberation'
  | 'voting'
  | 'adopted'
  | 'rejected'
  | 'withdrawn'
  | 'implementation';

export const PROPOSAL_STATES: readonly ProposalState[] = [
  'draft',
  'consultation',
  'deliberation',
  'voting',
  'adopted',
  'rejected',
  'withdrawn',
  'implementation',
];

/**
 * Every allowed transition. Choices: a draft may go straight to deliberation (not every text needs
 * a consultation, e.g. a restricted export-control list); deliberation may go back to
 * consultation for a second round on a revised text; voting is entered only from deliberation;
 * a proposal may be withdrawn from any state before the decision (not once adopted or rejected);
 * `rejected`, `withdrawn` and `implementation` are final.
 */
export const TRANSITIONS: Readonly<Record<ProposalState, readonly ProposalState[]>> = {
  draft: ['consultation', 'deliberation', 'withdrawn'],
  consultation: ['deliberation', 'withdrawn'],
  deliberation: ['consultation', 'voting', 'withdrawn'],
  voting: ['adopted', 'rejected', 'withdrawn'],
  adopted: ['implementation'],
  rejected: [],
  withdrawn: [],
  implementation: [],
};

/**
 * Who may see a proposal:
 *
 * - `public` — anyone, the public website included;
 * - `alliance` — every participant of the alliance (members, partners, observers, stakeholders);
 * - `members` — the member delegations only;
 * - `restricted` — only the delegations listed in `restrictedTo`.
 */
export type Confidentiality = 'public' | 'alliance' | 'members' | 'restricted';
export const CONFIDENTIALITY_LEVELS = [
  'public',
  'alliance',
  'members',
  'restricted',
] as const satisfies readonly Confidentiality[];

/** A period, as ISO 8601 date-times with an offset (`2025-03-01T09:00:00Z`); open from `opensAt`, closed from `closesAt`. */
export interface TimeWindow {
  opensAt: string;
  closesAt: string;
}

export interface Proposal {
  id: string;
  title: string;
  text: string;
  state: ProposalState;
  confidentiality: Confidentiality;
  /** Delegation codes that may see a `restricted` proposal; empty otherwise. */
  restrictedTo: string[];
  /** The workstream it belongs to (its code), if any; its rule applies when the proposal has none. */
  workstream: string | null;
  decisionRule: DecisionRule | null;
  /** Set when it enters consultation. */
  consultationWindow: TimeWindow | null;
  /** Set when it enters voting. */
  votingWindow: TimeWindow | null;
}

/** What a transition's preconditions are checked against besides the proposal. */
export interface TransitionContext {
  /** The current time (ISO 8601), from the caller's clock. */
  now: string;
  /** The window a move to `consultation` opens; default the proposal's. */
  consultationWindow?: TimeWindow;
  /** The window a move to `voting` opens; default the proposal's. */
  votingWindow?: TimeWindow;
  /** The decision rule of the proposal's workstream, used when the proposal has none. */
  workstreamRule?: DecisionRule | null;
  /** The outcome of the tally of the closed vote; needed to record `adopted` or `rejected`. */
  tallyOutcome?: Tally['outcome'];
}

export type TransitionCheck = { ok: true } | { ok: false; reasons: string[]; issues: ErrorIssue[] };

/** A transition refused; `reasons` says why, each naming the field (`votingWindow.closesAt`). */
export class ProposalStateError extends DomainError {
  readonly from: ProposalState;
  readonly to: ProposalState;
  readonly reasons: readonly string[];

  constructor(proposalId: string, from: ProposalState, to: ProposalState, issues: ErrorIssue[]) {
    const reasons = issues.map(reason);
    super(
      'conflict',
      `proposal ${proposalId} cannot go from ${from} to ${to}: ${reasons.join('; ')}`,
      issues,
    );
    this.name = 'ProposalStateError';
    this.from = from;
    this.to = to;
    this.reasons = reasons;
  }
}

/**
 * Whether `proposal` may move to `to` now: the transition must be in {@link TRANSITIONS} and meet
 * its preconditions. To `consultation`: a window that opens before it closes and closes after
 * `now`. From `consultation` to `deliberation`: the consultation has closed. To `voting`: a
 * decision rule (the proposal's or its workstream's) and a window that opens before it closes and
 * closes after `now`. To `adopted` or `rejected`: the vote has closed (`now >= closesAt`) and the
 * tally's outcome is that state. From `voting` to `withdrawn`: the vote has not closed. Every
 * reason is returned, not only the first.
 */
export function checkTransition(
  proposal: Proposal,
  to: ProposalState,
  context: TransitionContext,
): TransitionCheck {
  const issues = transitionIssues(proposal, to, context);
  return issues.length === 0 ? { ok: true } : { ok: false, reasons: issues.map(reason), issues };
}

/**
 * The proposal in state `to`, with the window the transition opens recorded. Throws a
 * {@link ProposalStateError} (code `conflict`) with every reason when the transition is refused.
 */
export function transitionProposal(
  proposal: Proposal,
  to: ProposalState,
  context: TransitionContext,
): Proposal {
  const issues = transitionIssues(proposal, to, context);
  if (issues.length > 0) throw new ProposalStateError(proposal.id, proposal.state, to, issues);
  return {
    ...proposal,
    state: to,
    consultationWindow:
      to === 'consultation'
        ? (context.consultationWindow ?? proposal.consultationWindow)
        : proposal.consultationWindow,
    votingWindow:
      to === 'voting' ? (context.votingWindow ?? proposal.votingWindow) : proposal.votingWindow,
  };
}

function transitionIssues(
  proposal: Proposal,
  to: ProposalState,
  context: TransitionContext,
): ErrorIssue[] {
  const from = proposal.state;
  if (!TRANSITIONS[from].includes(to)) return [{ path: 'state', message: notAllowed(from, to) }];
  const issues: ErrorIssue[] = [];
  const now = instant(context.now, 'now', issues);
  switch (to) {
    case 'consultation':
      openingWindow(
        context.consultationWindow ?? proposal.consultationWindow,
        'consultationWindow',
        now,
        issues,
      );
      break;
    case 'deliberation':
      if (from === 'consultation' && proposal.consultationWindow) {
        const closes = instant(
          proposal.consultationWindow.closesAt,
          'consultationWindow.closesAt',
          issues,
        );
        if (now !== undefined && closes !== undefined && now < closes)
          issues.push({
            path: 'consultationWindow.closesAt',
            message: `the consultation is open until ${proposal.consultationWindow.closesAt}: deliberate once it has closed`,
          });
      }
      break;
    case 'voting':
      if (!proposal.decisionRule && !context.workstreamRule)
        issues.push({
          path: 'decisionRule',
          message:
            proposal.workstream === null
              ? 'no decision rule: give the proposal one'
              : `no decision rule: give the proposal one, or give workstream ${proposal.workstream} one`,
        });
      openingWindow(context.votingWindow ?? proposal.votingWindow, 'votingWindow', now, issues);
      break;
    case 'adopted':
    case 'rejected':
      decisionIssues(
        proposal.votingWindow ?? context.votingWindow ?? null,
        to,
        context,
        now,
        issues,
      );
      break;
    case 'withdrawn':
      if (from === 'voting' && proposal.votingWindow) {
        const closes = instant(proposal.votingWindow.closesAt, 'votingWindow.closesAt', issues);
        if (now !== undefined && closes !== undefined && now >= closes)
          issues.push({
            path: 'votingWindow.closesAt',
            message: `the vote closed at ${proposal.votingWindow.closesAt}: record its outcome (adopted or rejected) instead`,
          });
      }
      break;
    case 'draft':
    case 'implementation':
      break;
  }
  return issues;
}

function notAllowed(from: ProposalState, to: ProposalState): string {
  const next = TRANSITIONS[from];
  if (next.length === 0) return `${from} is final: no transition from it`;
  const options = `from ${from} a proposal goes to ${orList(next)}`;
  if (to === 'voting') return `voting can only be entered from deliberation; ${options}`;
  if (to === 'adopted' || to === 'rejected')
    return `a proposal is ${to} only from voting, once the vote has closed; ${options}`;
  if (to === 'implementation') return `only an adopted proposal goes to implementation; ${options}`;
  if (to === 'withdrawn') return `a proposal cannot be withdrawn once ${from}`;
  return `cannot go from ${from} to ${to}; ${options}`;
}

/** A window being opened: present, opening before it closes, closing after `now`. */
function openingWindow(
  window: TimeWindow | null,
  path: string,
  now: number | undefined,
  issues: ErrorIssue[],
): void {
  if (!window) {
    issues.push({ path, message: 'is required: give opensAt and closesAt' });
    return;
  }
  const opens = instant(window.opensAt, `${path}.opensAt`, issues);
  const closes = instant(window.closesAt, `${path}.closesAt`, issues);
  if (opens === undefined || closes === undefined) return;
  if (opens >= closes)
    issues.push({
      path: `${path}.closesAt`,
      message: `must be after opensAt (opens ${window.opensAt}, closes ${window.closesAt})`,
    });
  else if (now !== undefined && closes <= now)
    issues.push({
      path: `${path}.closesAt`,
      message: `must be in the future (closes ${window.closesAt}, now is ${new Date(now).toISOString()})`,
    });
}

function decisionIssues(
  window: TimeWindow | null,
  to: 'adopted' | 'rejected',
  context: TransitionContext,
  now: number | undefined,
  issues: ErrorIssue[],
): void {
  if (!window) issues.push({ path: 'votingWindow', message: 'the vote has no window' });
  else {
    const closes = instant(window.closesAt, 'votingWindow.closesAt', issues);
    if (now !== undefined && closes !== undefined && now < closes)
      issues.push({
        path: 'votingWindow.closesAt',
        message: `the vote is open until ${window.closesAt}: record the outcome once it has closed`,
      });
  }
  if (context.tallyOutcome === undefined)
    issues.push({ path: 'tallyOutcome', message: 'is required: tally the closed vote first' });
  else if (context.tallyOutcome !== to)
    issues.push({
      path: 'tallyOutcome',
      message: `the tally says ${context.tallyOutcome}, not ${to}`,
    });
}

/** Milliseconds since the epoch, or an issue on `path` when the text is not a date-time. */
function instant(value: string, path: string, issues: ErrorIssue[]): number | undefined {
  const t = Date.parse(value);
  if (!Number.isNaN(t)) return t;
  issues.push({ path, message: `'${value}' is not an ISO 8601 date-time` });
  return undefined;
}

function reason(issue: ErrorIssue): string {
  return `${issue.path}: ${issue.message}`;
}

function orList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}

// ——— Drafts ———

/** A proposal as its authors write it, before it has an id or a state. */
export interface ProposalDraft {
  title: string;
  text: string;
  confidentiality: Confidentiality;
  restrictedTo: string[];
  workstream: string | null;
  decisionRule: DecisionRule | null;
}

export const TITLE_MAX_CHARS = 200;
export const TEXT_MAX_CHARS = 100_000;

const required = (what: string) => ({
  error: (iss: { input: unknown }) => (iss.input === undefined ? 'is required' : `must be ${what}`),
});

/** The message of an object schema given a missing or non-object input (unknown fields: Zod's). */
const object = (what: string) => ({
  error: (iss: { code?: string; input: unknown }) =>
    iss.code === 'unrecognized_keys'
      ? undefined
      : iss.input === undefined
        ? 'is required'
        : `must be ${what}`,
});

const dateTime = z.iso.datetime({
  offset: true,
  error: (iss) =>
    iss.input === undefined
      ? 'is required'
      : 'must be an ISO 8601 date-time with a time zone, e.g. 2025-03-01T09:00:00Z',
});

/**
 * A window's two date-times, their order unchecked: a window as the API shows it (a consultation
 * that has not opened yet shows an empty one).
 */
export const timeWindowFieldsSchema = z.strictObject(
  { opensAt: dateTime, closesAt: dateTime },
  object('an object with opensAt and closesAt'),
);

/** A window as JSON: two date-times, `opensAt` before `closesAt`. */
export const timeWindowSchema: z.ZodType<TimeWindow> = timeWindowFieldsSchema
  // Not `<`: a time that is not a date-time is reported on its own, not as out of order too.
  .refine((w) => !(Date.parse(w.opensAt) >= Date.parse(w.closesAt)), {
    path: ['closesAt'],
    message: 'must be after opensAt',
  });

const delegationCode = z
  .string('must be a delegation code')
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters');

// The restrictedTo check runs beside the problems of other fields (a long title), so that every
// problem is reported at once, but only when the two fields it reads are valid.
const restrictedToCheckable = {
  when: ({ value, issues }: { value: unknown; issues: readonly { path?: PropertyKey[] }[] }) =>
    typeof value === 'object' &&
    value !== null &&
    !issues.some((i) => i.path?.[0] === 'confidentiality' || i.path?.[0] === 'restrictedTo'),
};

/** The schema of a draft as JSON; `restrictedTo` is required (non-empty) iff `restricted`. */
export const proposalDraftSchema: z.ZodType<ProposalDraft> = z
  .strictObject(
    {
      title: z
        .string(required('text'))
        .trim()
        .min(1, 'must not be empty')
        .max(TITLE_MAX_CHARS, `must be at most ${TITLE_MAX_CHARS} characters`),
      text: z
        .string(required('text'))
        .max(TEXT_MAX_CHARS, `must be at most ${TEXT_MAX_CHARS.toLocaleString('en-US')} characters`)
        .refine((t) => t.trim().length > 0, 'must not be empty'),
      confidentiality: z.enum(CONFIDENTIALITY_LEVELS, {
        error: (iss) =>
          iss.input === undefined
            ? `is required: one of ${CONFIDENTIALITY_LEVELS.join(', ')}`
            : `must be one of: ${CONFIDENTIALITY_LEVELS.join(', ')}`,
      }),
      restrictedTo: z.array(delegationCode, 'must be a list of delegation codes').optional(),
      workstream: z
        .string('must be a workstream code')
        .trim()
        .min(1, 'must not be empty')
        .max(60, 'must be at most 60 characters')
        .nullable()
        .optional(),
      decisionRule: decisionRuleSchema.nullable().optional(),
    },
    object('a proposal draft (an object)'),
  )
  .superRefine(({ confidentiality, restrictedTo = [] }, ctx) => {
    const restricted = confidentiality === 'restricted';
    if (restricted && restrictedTo.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['restrictedTo'],
        message: 'is required for a restricted proposal: name at least one delegation',
      });
    if (!restricted && restrictedTo.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['restrictedTo'],
        message: `only a restricted proposal has restrictedTo; this one is ${confidentiality}`,
      });
    const seen = new Set<string>();
    restrictedTo.forEach((code, i) => {
      if (seen.has(code.toUpperCase()))
        ctx.addIssue({
          code: 'custom',
          path: ['restrictedTo', i],
          message: `'${code}' is listed twice`,
        });
      seen.add(code.toUpperCase());
    });
  }, restrictedToCheckable)
  .transform((d): ProposalDraft => ({
    title: d.title,
    text: d.text,
    confidentiality: d.confidentiality,
    restrictedTo: d.restrictedTo ?? [],
    workstream: d.workstream ?? null,
    decisionRule: d.decisionRule ?? null,
  }));

/**
 * Parses a draft given as JSON (a request body, an import). Throws a
 * `DomainError('validation_failed')` listing every problem with its path.
 */
export function parseProposalDraft(input: unknown): ProposalDraft {
  return parseDocument(proposalDraftSchema, input, 'proposal');
}
