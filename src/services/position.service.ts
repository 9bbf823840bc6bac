// Members' positions: the policy questions the secretariat keeps per workstream with their
// ordered options and the agreed option (set from an adopted proposal), each member delegation's
// current and pending position with its evidence, the history of every change (in the
// governance log too), and the analyses — the pairwise divergence matrix, members ordered by
// similarity, the issues that split the alliance, each member's outliers and its distance from
// what was agreed. A pending position that would move a member away from an agreed option raises
// an alert in the issue's workstream when it is recorded, before it takes effect.
import { actorOf, canSee, levelVisibility, type Principal } from '../core/accounts/access.ts';
import { DomainError, notFound } from '../core/errors.ts';
import {
  distanceFromAgreed,
  divergenceMatrix,
  outliers,
  splittingIssues,
} from '../core/positions/divergence-matrix.ts';
import { movesAwayFromAgreed } from '../core/positions/early-warning.ts';
import {
  CONFIDENTIALITY_RANK,
  mostConfidential,
  parseIssueDraft,
  parsePositionInput,
  resolveOption,
} from '../core/positions/issue-input.ts';
import type { PolicyIssue, Position, PositionStatus } from '../core/positions/position.ts';
import type { WorkstreamAlert } from '../core/standards/records.ts';
import type { Store } from '../db/store.ts';
import type { AlertService } from './alert.service.ts';
import type { AuditService } from './audit-log.ts';
import { requirePermission, type GovernanceService } from './governance.service.ts';
import type { PolicyService } from './policy.service.ts';

type Confidentiality = PolicyIssue['confidentiality'];
const seen = levelVisibility;

export interface IssueSummary extends PolicyIssue {
  /** Members with a current position the caller sees. */
  answered: number;
  pending: number;
  /** Mean pairwise divergence of the current positions the caller sees; null under two. */
  meanDivergence: number | null;
}

export interface IssueDetail extends IssueSummary {
  positions: (Position & { optionLabel: string; fromAgreed: number | null })[];
  /** Titles of the evidence instruments the caller sees. */
  evidence: Record<string, string>;
  /** The adopted proposal's title, when the caller may see it. */
  agreedByTitle: string | null;
  /** Pending positions that would move a member away from the agreed option. */
  warnings: {
    member: string;
    option: number;
    currentDistance: number | null;
    pendingDistance: number;
    expectedDate: string | null;
  }[];
}

/** What happens after a position or an issue changes: the register recomputes its positions. */
export type AfterPositionChange = (actor: string) => Promise<void>;

export class PositionService {
  /** Set by the composition (services.ts) once the register exists. */
  afterChange: AfterPositionChange = async () => {};

  constructor(
    private readonly store: Store,
    private readonly governance: GovernanceService,
    private readonly policies: PolicyService,
    private readonly alerts: AlertService,
    private readonly audit: AuditService,
  ) {}

  private now(): string {
    return new Date().toISOString();
  }

  /** The issues and live positions the caller may see. */
  private async visible(
    principal: Principal,
  ): Promise<{ issues: PolicyIssue[]; positions: Position[] }> {
    const issues = (await this.store.positions.issues()).filter((i) =>
      canSee(principal, seen(i.confidentiality)),
    );
    const ids = new Set(issues.map((i) => i.id));
    const positions = (await this.store.positions.positions()).filter(
      (p) => ids.has(p.issueId) && canSee(principal, seen(p.confidentiality)),
    );
    return { issues, positions };
  }

  /** Every issue and live position, whoever may see them (for the register, which marks confidentiality). */
  async everything(): Promise<{ issues: PolicyIssue[]; positions: Position[] }> {
    return {
      issues: await this.store.positions.issues(),
      positions: await this.store.positions.positions(),
    };
  }

  private async issueOf(principal: Principal, id: string): Promise<PolicyIssue> {
    const issue = await this.store.positions.issue(id);
    if (!issue || !canSee(principal, seen(issue.confidentiality))) throw notFound('issue', id);
    return issue;
  }

  private summarise(issue: PolicyIssue, positions: readonly Position[]): IssueSummary {
    const mine = positions.filter((p) => p.issueId === issue.id);
    const split = splittingIssues([issue], mine)[0];
    return {
      ...issue,
      answered: mine.filter((p) => p.status === 'current').length,
      pending: mine.filter((p) => p.status === 'pending').length,
      meanDivergence: split?.meanPairwise ?? null,
    };
  }

  async issues(
    principal: Principal,
    filter: { workstream?: string } = {},
  ): Promise<IssueSummary[]> {
    const { issues, positions } = await this.visible(principal);
    const chosen = issues.filter(
      (i) => filter.workstream === undefined || i.workstream === filter.workstream,
    );
    // As on one issue's page: a proposal the caller may not see is not named.
    const seen = new Set<string>();
    for (const id of new Set(chosen.flatMap((i) => (i.agreedBy === null ? [] : [i.agreedBy]))))
      if ((await this.governance.get(principal, id).catch(() => null)) !== null) seen.add(id);
    return chosen.map((i) =>
      this.summarise(
        i.agreedBy === null || seen.has(i.agreedBy) ? i : { ...i, agreedBy: null },
        positions,
      ),
    );
  }

  async issue(principal: Principal, id: string): Promise<IssueDetail> {
    const issue = await this.issueOf(principal, id);
    const { positions: all } = await this.visible(principal);
    const positions = all.filter((p) => p.issueId === id);
    const steps = issue.options.length - 1;
    const fromAgreed = (option: number): number | null =>
      issue.agreedOption === null ? null : Math.abs(option - issue.agreedOption) / steps;
    const warnings: IssueDetail['warnings'] = [];
    for (const p of positions.filter((x) => x.status === 'pending')) {
      const current =
        positions.find((x) => x.member === p.member && x.status === 'current') ?? null;
      const w = movesAwayFromAgreed(issue, current, p);
      if (w.away)
        warnings.push({
          member: p.member,
          option: p.option,
          currentDistance: w.currentDistance,
          pendingDistance: w.pendingDistance,
          expectedDate: p.expectedDate,
        });
    }
    const agreedByTitle =
      issue.agreedBy === null
        ? null
        : await this.governance
            .get(principal, issue.agreedBy)
            .then((p) => p.title)
            .catch(() => null);
    return {
      ...this.summarise(issue, positions),
      // A proposal the caller may not see is not named.
      agreedBy: agreedByTitle === null ? null : issue.agreedBy,
      positions: positions
        .sort((a, b) => a.member.localeCompare(b.member) || a.status.localeCompare(b.status))
        .map((p) => ({
          ...p,
          optionLabel: issue.options[p.option] ?? '',
          fromAgreed: fromAgreed(p.option),
        })),
      evidence: await this.policies.titles(
        principal,
        positions.flatMap((p) => p.evidence),
      ),
      agreedByTitle,
      warnings,
    };
  }

  /** Creates or replaces an issue (the secretariat's). Options in use cannot be removed. */
  async saveIssue(principal: Principal, input: unknown): Promise<IssueDetail> {
    requirePermission(principal, 'admin');
    const draft = parseIssueDraft(input);
    const existing = await this.store.positions.issue(draft.id);
    if (existing) {
      const used = (await this.store.positions.positions({ issueId: draft.id })).map(
        (p) => p.option,
      );
      const highest = Math.max(-1, ...used, existing.agreedOption ?? -1);
      if (highest >= draft.options.length)
        throw new DomainError(
          'conflict',
          `options: positions or the agreed option use option ${highest + 1} (${existing.options[highest]}); keep at least ${highest + 1} options`,
          [{ path: 'options', message: `at least ${highest + 1} options are in use` }],
        );
    }
    const actor = actorOf(principal);
    const at = this.now();
    const issue: PolicyIssue = {
      ...draft,
      agreedOption: existing?.agreedOption ?? null,
      agreedBy: existing?.agreedBy ?? null,
      createdBy: existing?.createdBy ?? actor,
      createdAt: existing?.createdAt ?? at,
    };
    await this.store.transaction(async (tx) => {
      const r = await tx.positions.saveIssue(issue);
      await this.audit.append(tx, {
        actor,
        type: 'position.issue_saved',
        at,
        subject: `workstream:${issue.workstream}`,
        ...logged(
          issue.confidentiality,
          { issue: issue.id, change: r, options: issue.options.length },
          { title: issue.title, options: issue.options },
        ),
      });
    });
    await this.afterChange(actor);
    return this.issue(principal, issue.id);
  }

  /**
   * Records the option the alliance agreed, from an adopted proposal the caller may see (or
   * clears it with `option: null`).
   */
  async setAgreed(
    principal: Principal,
    issueId: string,
    input: { option: number | string | null; proposalId?: string | null },
  ): Promise<IssueDetail> {
    requirePermission(principal, 'admin');
    const issue = await this.issueOf(principal, issueId);
    let option: number | null = null;
    let proposalId: string | null = null;
    if (input.option !== null) {
      option = resolveOption(issue, input.option);
      if (input.proposalId === undefined || input.proposalId === null)
        throw new DomainError(
          'validation_failed',
          'proposalId: the agreed option is set by an adopted proposal: name it',
          [{ path: 'proposalId', message: 'required' }],
        );
      const p = await this.governance.get(principal, input.proposalId).catch(() => {
        throw new DomainError('not_found', `no proposal '${input.proposalId}'`, [
          { path: 'proposalId', message: 'no such proposal' },
        ]);
      });
      if (p.state !== 'adopted' && p.state !== 'implementation')
        throw new DomainError(
          'conflict',
          `proposal ${p.id} is ${p.state}: an option is agreed only by an adopted proposal`,
          [{ path: 'proposalId', message: `the proposal is ${p.state}, not adopted` }],
        );
      proposalId = p.id;
    }
    const actor = actorOf(principal);
    const at = this.now();
    const updated: PolicyIssue = { ...issue, agreedOption: option, agreedBy: proposalId };
    await this.store.transaction(async (tx) => {
      await tx.positions.setAgreed(issueId, option, proposalId);
      await this.audit.append(tx, {
        actor,
        type: 'position.agreed_set',
        at,
        subject: `workstream:${issue.workstream}`,
        ...logged(issue.confidentiality, { issue: issueId, proposal: proposalId }, { option }),
      });
      // Pending positions already recorded that move away from the newly agreed option warn now.
      const live = await tx.positions.positions({ issueId });
      await this.alerts.raise(tx, this.warningsFor(updated, live), at);
    });
    await this.afterChange(actor);
    return this.issue(principal, issueId);
  }

  /** The alerts a set of live positions raises on an issue: one per pending position moving away. */
  private warningsFor(
    issue: PolicyIssue,
    live: readonly Position[],
  ): Omit<
    WorkstreamAlert,
    'id' | 'snapshotId' | 'acknowledgedBy' | 'acknowledgedAt' | 'createdAt'
  >[] {
    if (issue.agreedOption === null) return [];
    return live
      .filter((p) => p.status === 'pending')
      .flatMap((p) => {
        const current = live.find((x) => x.member === p.member && x.status === 'current') ?? null;
        const w = movesAwayFromAgreed(issue, current, p);
        if (!w.away) return [];
        return [
          {
            workstream: issue.workstream,
            source: 'positions',
            kind: 'away-from-agreed',
            subject: `${issue.id}:${p.member}`,
            message: `${p.member}'s pending position on "${issue.title}" (${issue.options[p.option]}${p.expectedDate ? `, expected ${p.expectedDate}` : ''}) moves away from the agreed option (${issue.options[issue.agreedOption!]}).`,
            details: {
              issue: issue.id,
              member: p.member,
              option: p.option,
              agreedOption: issue.agreedOption,
              currentDistance: w.currentDistance,
              pendingDistance: w.pendingDistance,
              expectedDate: p.expectedDate,
              evidence: p.evidence,
            },
            confidentiality: mostConfidential([issue.confidentiality, p.confidentiality]),
          },
        ];
      });
  }

  /**
   * Records a member's position. A member delegate records its own delegation's; the secretariat
   * (and the operator) any member's, named in `member`. Every change is kept and logged.
   */
  async setPosition(principal: Principal, issueId: string, input: unknown): Promise<IssueDetail> {
    requirePermission(principal, 'position:write');
    const issue = await this.issueOf(principal, issueId);
    const given = parsePositionInput(input);
    let member: string;
    if (principal.kind === 'account' && principal.role !== 'secretariat') {
      if (principal.delegation === null)
        throw new DomainError('forbidden', 'your account speaks for no delegation');
      if (given.member !== undefined && given.member !== principal.delegation)
        throw new DomainError(
          'forbidden',
          `member: you record your own delegation's position (${principal.delegation}), not ${given.member}'s`,
          [{ path: 'member', message: 'not your delegation' }],
        );
      member = principal.delegation;
    } else {
      if (given.member === undefined)
        throw new DomainError(
          'validation_failed',
          'member: name the member whose position this is',
          [{ path: 'member', message: 'required' }],
        );
      member = given.member;
    }
    if (member !== 'EU' && (await this.store.economies.get(member)) === undefined)
      throw new DomainError('validation_failed', `member: no economy '${member}'`, [
        { path: 'member', message: 'unknown economy' },
      ]);
    const option = resolveOption(issue, given.option);
    const evidence = [...new Set(given.evidence)];
    const found = await this.policies.visibleIds(principal, evidence);
    const missing = evidence.filter((e) => !found.has(e));
    if (missing.length > 0)
      throw new DomainError(
        'validation_failed',
        `evidence: no instrument ${missing.map((m) => `'${m}'`).join(', ')} in the registry`,
        missing.map(() => ({ path: 'evidence', message: 'no such instrument' })),
      );
    const confidentiality = given.confidentiality ?? issue.confidentiality;
    if (CONFIDENTIALITY_RANK[confidentiality] < CONFIDENTIALITY_RANK[issue.confidentiality])
      throw new DomainError(
        'validation_failed',
        `confidentiality: the issue is '${issue.confidentiality}': a position on it is at least as confidential`,
        [{ path: 'confidentiality', message: `at least ${issue.confidentiality}` }],
      );
    const actor = actorOf(principal);
    const at = this.now();
    const position: Position = {
      issueId,
      member,
      option,
      status: given.status,
      expectedDate: given.expectedDate ?? null,
      evidence,
      note: given.note,
      confidentiality,
      recordedBy: actor,
      recordedAt: at,
    };
    await this.store.transaction(async (tx) => {
      await tx.positions.savePosition(position);
      await this.audit.append(tx, {
        actor,
        type: 'position.recorded',
        at,
        subject: `workstream:${issue.workstream}`,
        // Who and which issue; where the member stands only as a salted hash (the log is read by
        // every account). A members-only position names not even the issue and the member.
        ...logged(
          position.confidentiality,
          { issue: issueId, member, status: position.status },
          { option, note: position.note, evidence },
        ),
      });
      if (position.status === 'pending') {
        const live = await tx.positions.positions({ issueId });
        await this.alerts.raise(
          tx,
          this.warningsFor(issue, live).filter((w) => w.subject === `${issueId}:${member}`),
          at,
        );
      }
    });
    await this.afterChange(actor);
    return this.issue(principal, issueId);
  }

  /** Withdraws a member's current or pending position (its history stays). */
  async withdrawPosition(
    principal: Principal,
    issueId: string,
    member: string,
    status: PositionStatus,
  ): Promise<IssueDetail> {
    requirePermission(principal, 'position:write');
    const issue = await this.issueOf(principal, issueId);
    if (
      principal.kind === 'account' &&
      principal.role !== 'secretariat' &&
      principal.delegation !== member
    )
      throw new DomainError(
        'forbidden',
        `you withdraw your own delegation's positions, not ${member}'s`,
      );
    const actor = actorOf(principal);
    const at = this.now();
    await this.store.transaction(async (tx) => {
      if (!(await tx.positions.withdrawPosition(issueId, member, status, actor, at)))
        throw notFound('position', `${issueId}/${member}/${status}`);
      await this.audit.append(tx, {
        actor,
        type: 'position.withdrawn',
        at,
        subject: `workstream:${issue.workstream}`,
        ...logged(issue.confidentiality, { issue: issueId, member, status }, {}),
      });
    });
    await this.afterChange(actor);
    return this.issue(principal, issueId);
  }

  /** Every recorded position of an issue (a member's, when named), newest first. */
  async history(
    principal: Principal,
    issueId: string,
    member?: string,
  ): Promise<(Position & { withdrawn: boolean })[]> {
    await this.issueOf(principal, issueId);
    return (await this.store.positions.history(issueId, member)).filter((p) =>
      canSee(principal, seen(p.confidentiality)),
    );
  }

  /** Live positions the caller sees, by issue or member. */
  async positions(
    principal: Principal,
    filter: { issueId?: string; member?: string } = {},
  ): Promise<Position[]> {
    const { positions } = await this.visible(principal);
    return positions.filter(
      (p) =>
        (filter.issueId === undefined || p.issueId === filter.issueId) &&
        (filter.member === undefined || p.member === filter.member),
    );
  }

  /**
   * The divergence matrix of the positions the caller sees (one workstream's issues when named),
   * with the clustering order, the issues that split the alliance, and each member's distance
   * from what was agreed.
   */
  async matrix(
    principal: Principal,
    options: { workstream?: string; members?: string[]; use?: 'current' | 'pending-first' } = {},
  ) {
    if (options.members !== undefined) await this.checkMembers(options.members, 'members');
    const { issues: all, positions } = await this.visible(principal);
    const issues = all.filter(
      (i) => options.workstream === undefined || i.workstream === options.workstream,
    );
    const ids = new Set(issues.map((i) => i.id));
    const mine = positions.filter((p) => ids.has(p.issueId));
    const m = divergenceMatrix(issues, mine, {
      ...(options.members !== undefined ? { members: options.members } : {}),
      use: options.use ?? 'current',
    });
    return {
      workstream: options.workstream ?? null,
      use: options.use ?? 'current',
      issues: issues.length,
      ...m,
      splitting: splittingIssues(issues, mine),
      fromAgreed: distanceFromAgreed(issues, mine),
    };
  }

  /** Every code is a known economy or EU; else a 400 naming `path`. */
  private async checkMembers(codes: readonly string[], path: string): Promise<void> {
    for (const code of codes)
      if (code !== 'EU' && (await this.store.economies.get(code)) === undefined)
        throw new DomainError('validation_failed', `${path}: no economy '${code}'`, [
          { path, message: 'unknown economy' },
        ]);
  }

  /** A member's outliers: the issues where it stands furthest from the others. */
  async outliers(principal: Principal, member: string, workstream?: string) {
    await this.checkMembers([member], 'member');
    const { issues: all, positions } = await this.visible(principal);
    const issues = all.filter((i) => workstream === undefined || i.workstream === workstream);
    return { member, items: outliers(issues, positions, member) };
  }
}

/**
 * What a log entry says in clear and what only as a salted hash (core/audit): every account reads
 * the workstream's entries, so for a members-only issue or position even the ids go in salted.
 */
function logged(
  confidentiality: Confidentiality,
  clear: Record<string, unknown>,
  secret: Record<string, unknown>,
): { payload: Record<string, unknown>; salted?: Record<string, unknown> } {
  const salted = confidentiality === 'members' ? { ...clear, ...secret } : secret;
  return {
    payload: confidentiality === 'members' ? { confidentiality } : { ...clear, confidentiality },
    ...(Object.keys(salted).length > 0 ? { salted } : {}),
  };
}
