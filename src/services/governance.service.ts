// Governance: workstreams and their participants' rights, proposals through their lifecycle
// (versions and diffs, comments), ballots and the self-explaining tally. Every change is written
// with its audit entry in one transaction; every read, listing, search and export shows only what
// the caller may see (anything else is "not found").
import { randomUUID } from 'node:crypto';
import {
  can,
  canSee,
  hasWorkstreamRight,
  type Permission,
  type Principal,
  type WorkstreamRight,
} from '../core/accounts/access.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { DecisionRule } from '../core/governance/decision-rule.ts';
import {
  transitionProposal,
  type ProposalDraft,
  type ProposalState,
  type TimeWindow,
} from '../core/governance/proposal.ts';
import type {
  BallotInput,
  CommentDraft,
  ProposalComment,
  ProposalEdit,
  ProposalTransition,
  ProposalVersion,
  StoredBallot,
  StoredProposal,
} from '../core/governance/proposal-record.ts';
import { tally, type Tally } from '../core/governance/tally.ts';
import { diffLines, unifiedDiff, type DiffHunk } from '../core/governance/text-diff.ts';
import type { Workstream } from '../core/governance/workstream.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';

/** What a caller is shown of a proposal. */
export interface ProposalView extends StoredProposal {
  /** The rights the caller holds on it (to show the controls that will work). */
  can: {
    edit: boolean;
    comment: boolean;
    vote: boolean;
    advisoryVote: boolean;
    transition: boolean;
    /** Answer the consultation (while it is open). */
    respond: boolean;
    /** Report national implementation (a member delegation, once adopted). */
    report: boolean;
  };
}

/** A proposal's tally with the rule, the members, every ballot and the voting window. */
export interface TallyView {
  proposal: string;
  rule: DecisionRule;
  members: string[];
  tally: Tally;
  ballots: StoredBallot[];
  window: TimeWindow | null;
  open: boolean;
}

/**
 * Checks the caller's permission with `can` (core/accounts/access.ts): the API's routes check it
 * before the handler, and the services check it again so that the CLI, which calls them
 * directly, is held to the same table.
 */
export function requirePermission(principal: Principal, permission: Permission): void {
  const d = can(principal, permission);
  if (!d.allowed) throw new DomainError(d.status === 401 ? 'unauthorized' : 'forbidden', d.reason);
}

/**
 * Runs a change and its audit entry in one transaction that first takes the log's lock (on
 * PostgreSQL the head row, FOR UPDATE): audited changes are serialised, so what one reads (the
 * ballot or response it replaces) is what the previous one committed.
 */
export function auditedTransaction<T>(store: Store, work: (tx: Store) => Promise<T>): Promise<T> {
  return store.transaction(async (tx) => {
    await tx.auditLog.head();
    return work(tx);
  });
}

/** Lifecycle states in which the text may still change. */
const EDITABLE: readonly ProposalState[] = ['draft', 'consultation', 'deliberation'];

export const actorOf = (p: Principal): string =>
  p.kind === 'account'
    ? `account:${p.accountId}`
    : p.kind === 'operator'
      ? 'operator'
      : 'anonymous';

const visibility = (p: StoredProposal) => ({
  confidentiality: p.confidentiality,
  restrictedTo: p.restrictedTo,
  draft: p.state === 'draft',
  authorDelegation: p.authorDelegation,
});

export class GovernanceService {
  constructor(
    private readonly store: Store,
    private readonly audit: Pick<AuditService, 'append'>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private audited<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return auditedTransaction(this.store, work);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  // --- workstreams -------------------------------------------------------------------------

  workstreams(): Promise<Workstream[]> {
    return this.store.governance.workstreams();
  }

  /**
   * Creates or replaces a workstream (parsed by `workstreamSchema`; the route checks `admin`);
   * audited as a rule/participant change.
   */
  async saveWorkstream(
    principal: Principal,
    w: Workstream,
  ): Promise<{ status: 'created' | 'updated'; workstream: Workstream }> {
    requirePermission(principal, 'admin');
    const seen = new Set<string>();
    w.participants.forEach((p, i) => {
      if (seen.has(p.delegation))
        throw new DomainError(
          'validation_failed',
          `participants.${i}.delegation: '${p.delegation}' is listed twice`,
          [{ path: `participants.${i}.delegation`, message: 'listed twice' }],
        );
      seen.add(p.delegation);
    });
    const workstream: Workstream = {
      ...w,
      participants: w.participants.map((p) => ({
        delegation: p.delegation,
        rights: [...new Set(p.rights)],
      })),
    };
    const status = await this.audited(async (tx) => {
      const s = await tx.governance.saveWorkstream(workstream, this.now());
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'workstream.saved',
        // The code and the rights; the name and description only as a salted hash.
        payload: {
          workstream: workstream.code,
          participants: workstream.participants,
          decisionRule: workstream.decisionRule,
        },
        salted: { definition: workstream },
      });
      return s;
    });
    return { status, workstream };
  }

  private async workstreamOf(p: StoredProposal): Promise<Workstream | null> {
    return p.workstream === null
      ? null
      : ((await this.store.governance.workstream(p.workstream)) ?? null);
  }

  private right(principal: Principal, w: Workstream | null, right: WorkstreamRight): boolean {
    return hasWorkstreamRight(principal, w?.participants ?? [], right);
  }

  // --- proposals: reading ------------------------------------------------------------------

  /** Proposals the caller may see, newest first; `q` searches titles and texts (case-insensitive). */
  async list(
    principal: Principal,
    filter: { state?: ProposalState; workstream?: string; q?: string } = {},
  ): Promise<StoredProposal[]> {
    const q = filter.q?.trim().toLowerCase();
    return (await this.store.governance.proposals()).filter(
      (p) =>
        canSee(principal, visibility(p)) &&
        (filter.state === undefined || p.state === filter.state) &&
        (filter.workstream === undefined || p.workstream === filter.workstream) &&
        (!q || p.title.toLowerCase().includes(q) || p.text.toLowerCase().includes(q)),
    );
  }

  /** One proposal, or not found when it does not exist or the caller may not see it. */
  async get(principal: Principal, id: string): Promise<ProposalView> {
    const p = await this.visible(principal, id);
    const w = await this.workstreamOf(p);
    const mine =
      principal.kind === 'account' &&
      principal.delegation !== null &&
      principal.delegation === p.authorDelegation;
    const secretariat =
      principal.kind === 'operator' ||
      (principal.kind === 'account' && principal.role === 'secretariat');
    return {
      ...p,
      can: {
        edit: EDITABLE.includes(p.state) && (secretariat || mine),
        comment: principal.kind === 'account' && this.right(principal, w, 'comment'),
        vote: p.state === 'voting' && this.right(principal, w, 'vote'),
        advisoryVote:
          p.state === 'voting' &&
          !this.right(principal, w, 'vote') &&
          this.right(principal, w, 'advisory_vote'),
        transition: secretariat,
        respond:
          p.state === 'consultation' &&
          principal.kind === 'account' &&
          principal.role !== 'secretariat' &&
          this.right(principal, w, 'respond'),
        report:
          (p.state === 'adopted' || p.state === 'implementation') &&
          principal.kind === 'account' &&
          principal.role === 'member_delegate' &&
          (w?.participants.some(
            (x) => x.delegation === principal.delegation && x.rights.includes('vote'),
          ) ??
            false),
      },
    };
  }

  private async visible(principal: Principal, id: string): Promise<StoredProposal> {
    const p = await this.store.governance.proposal(id);
    if (!p || !canSee(principal, visibility(p))) throw notFound('proposal', id);
    return p;
  }

  async versions(principal: Principal, id: string): Promise<ProposalVersion[]> {
    await this.visible(principal, id);
    return this.store.governance.versions(id);
  }

  /** The line diff between two versions (`from` older, `to` newer), with a unified rendering. */
  async diff(
    principal: Principal,
    id: string,
    from: number,
    to: number,
  ): Promise<{ from: number; to: number; hunks: DiffHunk[]; unified: string }> {
    const versions = await this.versions(principal, id);
    const a = versions.find((v) => v.version === from);
    const b = versions.find((v) => v.version === to);
    if (!a) throw notFound(`version of proposal ${id}`, String(from));
    if (!b) throw notFound(`version of proposal ${id}`, String(to));
    const hunks = diffLines(a.text, b.text);
    return {
      from,
      to,
      hunks,
      unified: unifiedDiff(hunks, { aName: `v${from}`, bName: `v${to}` }),
    };
  }

  async comments(principal: Principal, id: string): Promise<ProposalComment[]> {
    await this.visible(principal, id);
    return this.store.governance.comments(id);
  }

  // --- proposals: writing ------------------------------------------------------------------

  /**
   * Creates a draft (parsed by `proposalDraftSchema`); needs the `propose` right in its workstream
   * (when it names one).
   */
  async create(principal: Principal, draft: ProposalDraft): Promise<StoredProposal> {
    requirePermission(principal, 'proposal:write');
    let w: Workstream | null = null;
    if (draft.workstream !== null) {
      w = (await this.store.governance.workstream(draft.workstream)) ?? null;
      if (!w)
        throw new DomainError(
          'validation_failed',
          `workstream: '${draft.workstream}' does not exist`,
          [{ path: 'workstream', message: 'unknown workstream' }],
        );
      if (!this.right(principal, w, 'propose'))
        throw new DomainError(
          'forbidden',
          `your delegation may not propose in the workstream ${w.code}`,
        );
    } else if (!(
      principal.kind === 'operator' ||
      (principal.kind === 'account' && principal.role === 'secretariat')
    ))
      throw new DomainError(
        'validation_failed',
        'workstream: a delegation proposes within a workstream: name it',
        [{ path: 'workstream', message: 'required' }],
      );
    const now = this.now();
    const proposal: StoredProposal = {
      id: randomUUID(),
      ...draft,
      state: 'draft',
      consultationWindow: null,
      votingWindow: null,
      version: 1,
      createdBy: actorOf(principal),
      authorDelegation: principal.kind === 'account' ? principal.delegation : null,
      createdAt: now,
      updatedAt: now,
    };
    await this.audited(async (tx) => {
      await tx.governance.createProposal(proposal);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'proposal.created',
        // Ids and codes only: the title and text as salted hashes (the log is read widely).
        payload: {
          proposal: proposal.id,
          confidentiality: proposal.confidentiality,
          restrictedTo: proposal.restrictedTo,
          workstream: proposal.workstream,
        },
        salted: { title: proposal.title, text: proposal.text },
        at: now,
      });
    });
    return proposal;
  }

  /** A new version of the text (by its author's delegation or the secretariat, before the vote). */
  async edit(principal: Principal, id: string, change: ProposalEdit): Promise<ProposalVersion> {
    requirePermission(principal, 'proposal:write');
    const view = await this.get(principal, id);
    if (!view.can.edit)
      throw EDITABLE.includes(view.state)
        ? new DomainError(
            'forbidden',
            'only the proposing delegation or the secretariat edits a proposal',
          )
        : new DomainError('conflict', `a proposal in ${view.state} cannot be edited`);
    const version: ProposalVersion = {
      proposalId: id,
      version: view.version + 1,
      title: change.title ?? view.title,
      text: change.text,
      note: change.note,
      createdBy: actorOf(principal),
      createdAt: this.now(),
    };
    await this.audited(async (tx) => {
      const current = await tx.governance.proposal(id);
      if (current?.version !== view.version)
        throw new DomainError(
          'conflict',
          `proposal ${id} changed meanwhile (now version ${current?.version}): reload and edit again`,
        );
      await tx.governance.addVersion(version);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'proposal.edited',
        payload: { proposal: id, version: version.version },
        salted: { title: version.title, text: version.text, note: version.note },
        at: version.createdAt,
      });
    });
    return version;
  }

  /** Moves a proposal (the route checks `proposal:transition`); preconditions in core. */
  async transition(
    principal: Principal,
    id: string,
    t: ProposalTransition,
  ): Promise<StoredProposal> {
    requirePermission(principal, 'proposal:transition');
    const p = await this.visible(principal, id);
    const w = await this.workstreamOf(p);
    const withRule = t.decisionRule !== undefined ? { ...p, decisionRule: t.decisionRule } : p;
    const now = this.now();
    let tallyOutcome: Tally['outcome'] | undefined;
    if ((t.to === 'adopted' || t.to === 'rejected') && p.state === 'voting')
      tallyOutcome = (await this.tallyOf(withRule, w, true)).tally.outcome;
    const context = {
      now,
      workstreamRule: w?.decisionRule ?? null,
      ...(t.to === 'consultation' && t.window ? { consultationWindow: t.window } : {}),
      ...(t.to === 'voting' && t.window ? { votingWindow: t.window } : {}),
      ...(tallyOutcome !== undefined ? { tallyOutcome } : {}),
    };
    const moved = transitionProposal(withRule, t.to, context);
    if (
      t.to === 'voting' &&
      (w?.participants.filter((x) => x.rights.includes('vote')).length ?? 0) === 0
    )
      throw new DomainError(
        'conflict',
        `proposal ${id} cannot go to voting: its workstream has no delegation with the vote right`,
      );
    const next: StoredProposal = {
      ...p,
      ...moved,
      decisionRule: moved.decisionRule,
      updatedAt: now,
    };
    await this.audited(async (tx) => {
      await tx.governance.setState(next, now);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'proposal.moved',
        payload: {
          proposal: id,
          from: p.state,
          to: t.to,
          window: t.window ?? null,
          decisionRule: next.decisionRule,
          ...(tallyOutcome !== undefined ? { outcome: tallyOutcome } : {}),
        },
        at: now,
      });
    });
    return next;
  }

  /** A comment on the current version (needs the `comment` right); threads by `parentId`. */
  async comment(principal: Principal, id: string, c: CommentDraft): Promise<ProposalComment> {
    requirePermission(principal, 'comment');
    const view = await this.get(principal, id);
    if (!view.can.comment)
      throw new DomainError('forbidden', 'your delegation may not comment in this workstream');
    if (c.parentId) {
      const siblings = await this.store.governance.comments(id);
      if (!siblings.some((s) => s.id === c.parentId))
        throw new DomainError(
          'validation_failed',
          `parentId: no comment ${c.parentId} on this proposal`,
          [{ path: 'parentId', message: 'unknown comment' }],
        );
    }
    const comment: ProposalComment = {
      id: randomUUID(),
      proposalId: id,
      parentId: c.parentId ?? null,
      version: view.version,
      author: principal.kind === 'account' ? principal.name : 'operator',
      delegation: principal.kind === 'account' ? principal.delegation : null,
      body: c.body,
      createdAt: this.now(),
    };
    await this.audited(async (tx) => {
      await tx.governance.addComment(comment);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'comment.added',
        payload: { proposal: id, comment: comment.id, parent: comment.parentId },
        salted: { body: comment.body },
        at: comment.createdAt,
      });
    });
    return comment;
  }

  // --- ballots -----------------------------------------------------------------------------

  /**
   * Casts or changes the caller's delegation's ballot while the window is open: a member
   * delegation with the `vote` right votes; a partner with `advisory_vote` votes in an advisory
   * capacity (shown apart, never counted). The ballot and its audit entry commit together.
   */
  async vote(principal: Principal, id: string, { choice }: BallotInput): Promise<TallyView> {
    requirePermission(principal, 'ballot');
    const p = await this.visible(principal, id);
    if (principal.kind !== 'account' || principal.delegation === null)
      throw new DomainError('forbidden', 'ballots are cast by a delegation’s account');
    const w = await this.workstreamOf(p);
    const member = this.right(principal, w, 'vote') && principal.role === 'member_delegate';
    const advisory = !member && this.right(principal, w, 'advisory_vote');
    if (!member && !advisory)
      throw new DomainError(
        'forbidden',
        `the delegation ${principal.delegation} has no vote on this proposal`,
      );
    const now = this.now();
    if (!this.windowOpen(p))
      throw new DomainError(
        'conflict',
        `proposal ${id} is not open for votes${p.votingWindow ? ` (window ${p.votingWindow.opensAt} – ${p.votingWindow.closesAt})` : ''}`,
      );
    if (choice === 'object' && (advisory || this.ruleOf(p, w)?.kind !== 'consensus'))
      throw new DomainError(
        'validation_failed',
        'choice: an objection is a ballot under consensus only (and never advisory)',
        [{ path: 'choice', message: 'object is for consensus' }],
      );
    const ballot: StoredBallot = {
      proposalId: id,
      delegation: principal.delegation,
      choice: choice,
      advisory,
      castBy: actorOf(principal),
      castAt: now,
    };
    await this.audited(async (tx) => {
      const before = await tx.governance.castBallot(ballot);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: before === null ? 'ballot.cast' : 'ballot.changed',
        payload: {
          proposal: id,
          delegation: ballot.delegation,
          choice: ballot.choice,
          advisory,
          previous: before,
        },
        at: now,
      });
    });
    return this.tallyView(principal, id);
  }

  /** The live tally (or the final one once the window has closed), explained. */
  async tallyView(principal: Principal, id: string): Promise<TallyView> {
    const p = await this.visible(principal, id);
    const w = await this.workstreamOf(p);
    const final =
      p.votingWindow !== null && this.clock().getTime() >= Date.parse(p.votingWindow.closesAt);
    const t = await this.tallyOf(p, w, final);
    return {
      ...t,
      window: p.votingWindow,
      open: this.windowOpen(p),
    };
  }

  /** Voting, and now within the window (compared as instants, not as strings). */
  private windowOpen(p: StoredProposal): boolean {
    if (p.state !== 'voting' || p.votingWindow === null) return false;
    const t = this.clock().getTime();
    return t >= Date.parse(p.votingWindow.opensAt) && t < Date.parse(p.votingWindow.closesAt);
  }

  private ruleOf(p: StoredProposal, w: Workstream | null): DecisionRule | null {
    return p.decisionRule ?? w?.decisionRule ?? null;
  }

  private async tallyOf(
    p: StoredProposal,
    w: Workstream | null,
    final: boolean,
  ): Promise<Omit<TallyView, 'window' | 'open'>> {
    const rule = this.ruleOf(p, w);
    if (!rule)
      throw new DomainError(
        'conflict',
        `proposal ${p.id} has no decision rule (neither its own nor its workstream's)`,
      );
    const members = (w?.participants ?? [])
      .filter((x) => x.rights.includes('vote'))
      .map((x) => x.delegation);
    const ballots = await this.store.governance.ballots(p.id);
    const weights = await this.weights(rule, members);
    const t = tally(rule, {
      members,
      ...(weights ? { weights } : {}),
      ballots: ballots
        .filter((b) => !b.advisory && members.includes(b.delegation))
        .map((b) => ({ member: b.delegation, choice: b.choice })),
      advisory: ballots
        .filter((b) => b.advisory)
        .map((b) => ({
          participant: b.delegation,
          choice: b.choice === 'object' ? 'no' : b.choice,
        })),
      final,
    });
    return { proposal: p.id, rule, members, tally: t, ballots };
  }

  /** Population or GDP of the members (latest values) when the rule weighs them. */
  private async weights(
    rule: DecisionRule,
    members: string[],
  ): Promise<Record<string, number> | null> {
    if (rule.kind !== 'double-majority' && rule.kind !== 'weighted-majority') return null;
    if (rule.weight === 'equal') return Object.fromEntries(members.map((m) => [m, 1]));
    const values = await this.store.indicators.values({
      code: rule.weight === 'population' ? 'population' : 'gdp_usd',
      year: 'latest',
      economies: members,
    });
    return Object.fromEntries(values.map((v) => [v.iso3, v.value]));
  }
}
