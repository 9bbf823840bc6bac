// Consultations and commitments: the questions of a proposal's consultation, responses from
// admitted participants (tagged with constituency and economy), results raw and weighted per
// economy; after adoption, members' implementation reports and the commitments dashboard. Each
// write is audited in its transaction; reads follow the proposal's confidentiality.
import type { Principal } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import {
  commitmentsDashboard,
  type CommitmentReport,
  type CommitmentsDashboard,
  type ImplementationReport,
} from '../core/governance/commitments.ts';
import {
  consultationResults,
  validateResponse,
  type Answer,
  type Consultation,
  type ConsultationResults,
  type Constituency,
  type Question,
} from '../core/governance/consultation.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';
import {
  actorOf,
  auditedTransaction,
  requirePermission,
  type GovernanceService,
} from './governance.service.ts';

/** A consultation as shown: its questions and window, the results, and the caller's own answers. */
export interface ConsultationView {
  proposal: string;
  consultation: Consultation;
  open: boolean;
  results: ConsultationResults;
  mine: Record<string, Answer> | null;
}

const constituencyOf = (p: Extract<Principal, { kind: 'account' }>): Constituency => {
  switch (p.role) {
    case 'member_delegate':
      return 'member';
    case 'partner_delegate':
      return 'partner';
    case 'observer':
      return 'observer';
    case 'stakeholder':
      return p.constituency ?? 'industry';
    case 'secretariat':
      return 'observer';
  }
};

export class ConsultationService {
  constructor(
    private readonly store: Store,
    private readonly audit: Pick<AuditService, 'append'>,
    private readonly governance: GovernanceService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Sets the questions (parsed by `questionsSchema`; the route checks `admin`); the window is the
   * proposal's consultation window.
   */
  async setQuestions(
    principal: Principal,
    id: string,
    { questions }: { questions: Question[] },
  ): Promise<Consultation> {
    requirePermission(principal, 'admin');
    const p = await this.governance.get(principal, id);
    if (!['draft', 'consultation', 'deliberation'].includes(p.state))
      throw new DomainError('conflict', `a proposal in ${p.state} takes no consultation`);
    const c: Consultation = {
      window: p.consultationWindow ?? {
        opensAt: this.clock().toISOString(),
        closesAt: new Date(this.clock().getTime() + 86_400_000).toISOString(),
      },
      questions,
    };
    const now = this.clock().toISOString();
    await auditedTransaction(this.store, async (tx) => {
      await tx.consultations.saveQuestions(id, c.questions, actorOf(principal), now);
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'consultation.set',
        payload: { proposal: id, questionCount: c.questions.length },
        salted: { questions: c.questions },
        at: now,
      });
    });
    return c;
  }

  /** The consultation with its results so far (raw and weighted per economy). */
  async view(principal: Principal, id: string): Promise<ConsultationView> {
    const p = await this.governance.get(principal, id);
    const questions = await this.store.consultations.questions(id);
    if (questions === null)
      throw new DomainError('not_found', `proposal ${id} has no consultation`);
    // The questions were checked when they were set; a proposal whose consultation has not
    // opened yet has no window, and gets an empty one at its creation (never open).
    const c: Consultation = {
      window: p.consultationWindow ?? { opensAt: p.createdAt, closesAt: p.createdAt },
      questions,
    };
    const responses = await this.store.consultations.responses(id);
    const results = consultationResults(
      c,
      responses.map((r) => ({
        constituency: r.constituency,
        economy: r.economy,
        answers: r.answers,
      })),
    );
    const mine =
      principal.kind === 'account'
        ? (responses.find((r) => r.accountId === principal.accountId)?.answers ?? null)
        : null;
    const t = this.clock().getTime();
    const open =
      p.state === 'consultation' &&
      p.consultationWindow !== null &&
      t >= Date.parse(p.consultationWindow.opensAt) &&
      t < Date.parse(p.consultationWindow.closesAt);
    return { proposal: id, consultation: c, open, results, mine };
  }

  /**
   * Records (or replaces) the caller's response while the consultation is open; the answers are
   * checked against the questions here.
   */
  async respond(
    principal: Principal,
    id: string,
    { answers }: { answers: Record<string, Answer> },
  ): Promise<{ replaced: boolean; view: ConsultationView }> {
    requirePermission(principal, 'consultation:respond');
    const view = await this.view(principal, id);
    const p = await this.governance.get(principal, id);
    if (principal.kind !== 'account' || !p.can.respond)
      throw new DomainError('forbidden', 'your delegation is not admitted to this consultation');
    if (!view.open)
      throw new DomainError('conflict', `the consultation on proposal ${id} is not open`);
    const issues = validateResponse(view.consultation, answers);
    if (issues.length > 0)
      throw new DomainError(
        'validation_failed',
        `invalid response: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues.map((i) => ({ path: `answers.${i.questionId}`, message: i.message })),
      );
    const delegation = principal.delegation;
    const economy =
      delegation !== null &&
      /^[A-Z]{3}$/.test(delegation) &&
      (await this.store.economies.get(delegation))
        ? delegation
        : null;
    const now = this.clock().toISOString();
    const replaced = await auditedTransaction(this.store, async (tx) => {
      const r = await tx.consultations.respond({
        proposalId: id,
        accountId: principal.accountId,
        delegation,
        economy,
        constituency: constituencyOf(principal),
        answers,
        submittedAt: now,
      });
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'consultation.responded',
        payload: {
          proposal: id,
          delegation,
          economy,
          constituency: constituencyOf(principal),
          replaced: r,
        },
        // Salted: a short answer ("yes") cannot be found by hashing candidates.
        salted: { answers },
        at: now,
      });
      return r;
    });
    return { replaced, view: await this.view(principal, id) };
  }

  /**
   * A member delegation reports national implementation of an adopted proposal (parsed by
   * `implementationReportSchema`), as itself.
   */
  async report(
    principal: Principal,
    id: string,
    input: ImplementationReport,
  ): Promise<CommitmentReport> {
    requirePermission(principal, 'implementation:report');
    const p = await this.governance.get(principal, id);
    if (principal.kind !== 'account' || principal.delegation === null || !p.can.report)
      throw new DomainError(
        p.state === 'adopted' || p.state === 'implementation' ? 'forbidden' : 'conflict',
        p.state === 'adopted' || p.state === 'implementation'
          ? 'only a voting member delegation of the workstream reports implementation'
          : `proposal ${id} is ${p.state}: implementation is reported once it is adopted`,
      );
    const report: CommitmentReport = { proposalId: id, member: principal.delegation, ...input };
    const now = this.clock().toISOString();
    await auditedTransaction(this.store, async (tx) => {
      await tx.consultations.report({ ...report, reportedBy: actorOf(principal), reportedAt: now });
      await this.audit.append(tx, {
        actor: actorOf(principal),
        type: 'implementation.reported',
        payload: {
          proposal: report.proposalId,
          member: report.member,
          status: report.status,
          date: report.date,
        },
        salted: { evidenceUrl: report.evidenceUrl },
        at: now,
      });
    });
    return report;
  }

  /** Adopted proposals the caller may see, each member's latest status, and where they diverge. */
  async dashboard(principal: Principal): Promise<CommitmentsDashboard> {
    const proposals = (await this.governance.list(principal)).filter(
      (p) => p.state === 'adopted' || p.state === 'implementation',
    );
    const workstreams = await this.governance.workstreams();
    const members = [
      ...new Set(
        proposals.flatMap((p) =>
          (workstreams.find((w) => w.code === p.workstream)?.participants ?? [])
            .filter((x) => x.rights.includes('vote'))
            .map((x) => x.delegation),
        ),
      ),
    ].sort();
    const visible = new Set(proposals.map((p) => p.id));
    const reports = (await this.store.consultations.reports())
      .filter((r) => visible.has(r.proposalId))
      .map((r) => ({
        proposalId: r.proposalId,
        member: r.member,
        status: r.status,
        evidenceUrl: r.evidenceUrl,
        date: r.date,
      }));
    return commitmentsDashboard(proposals, members, reports);
  }
}
