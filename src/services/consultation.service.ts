// Consultations and commitments: the questions of a proposal's consultation, responses from
// admitted participants (tagged with constituency and economy), results raw and weighted per
// economy; after adoption, members' implementation reports and the commitments dashboard. Each
// write is audited in its transaction; reads follow the proposal's confidentiality.
import { z } from 'zod';
import type { Principal } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import {
  commitmentsDashboard,
  parseCommitmentReport,
  type CommitmentReport,
  type CommitmentsDashboard,
} from '../core/governance/commitments.ts';
import {
  consultationResults,
  parseConsultation,
  validateResponse,
  type Answers,
  type Consultation,
  type ConsultationResults,
  type Constituency,
} from '../core/governance/consultation.ts';
import { parseInput } from '../core/parse-input.ts';
import type { Store } from '../db/store.ts';
import type { AuditService } from './audit-log.ts';
import {
  actorOf,
  auditedTransaction,
  requirePermission,
  type GovernanceService,
} from './governance.service.ts';

const responseBody = z.strictObject({ answers: z.record(z.string(), z.unknown()) });

/** A consultation as shown: its questions and window, the results, and the caller's own answers. */
export interface ConsultationView {
  proposal: string;
  consultation: Consultation;
  open: boolean;
  results: ConsultationResults;
  mine: Answers | null;
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

  /** Sets the questions (the route checks `admin`); the window is the proposal's consultation window. */
  async setQuestions(principal: Principal, id: string, input: unknown): Promise<Consultation> {
    requirePermission(principal, 'admin');
    const p = await this.governance.get(principal, id);
    if (!['draft', 'consultation', 'deliberation'].includes(p.state))
      throw new DomainError('conflict', `a proposal in ${p.state} takes no consultation`);
    const body = z.strictObject({ questions: z.array(z.unknown()) }).safeParse(input);
    if (!body.success)
      throw new DomainError('validation_failed', 'questions: give the list of questions', [
        { path: 'questions', message: 'required' },
      ]);
    const window = p.consultationWindow ?? {
      opensAt: this.clock().toISOString(),
      closesAt: new Date(this.clock().getTime() + 86_400_000).toISOString(),
    };
    const c = parseConsultation({ window, questions: body.data.questions });
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
      questions: questions as Consultation['questions'],
    };
    const responses = await this.store.consultations.responses(id);
    const results = consultationResults(
      c,
      responses.map((r) => ({
        constituency: r.constituency as Constituency,
        economy: r.economy,
        answers: r.answers as Answers,
      })),
    );
    const mine =
      principal.kind === 'account'
        ? ((responses.find((r) => r.accountId === principal.accountId)?.answers as
            Answers | undefined) ?? null)
        : null;
    const t = this.clock().getTime();
    const open =
      p.state === 'consultation' &&
      p.consultationWindow !== null &&
      t >= Date.parse(p.consultationWindow.opensAt) &&
      t < Date.parse(p.consultationWindow.closesAt);
    return { proposal: id, consultation: c, open, results, mine };
  }

  /** Records (or replaces) the caller's response while the consultation is open. */
  async respond(
    principal: Principal,
    id: string,
    input: unknown,
  ): Promise<{ replaced: boolean; view: ConsultationView }> {
    requirePermission(principal, 'consultation:respond');
    const { answers } = parseInput(responseBody, input, 'body');
    const view = await this.view(principal, id);
    const p = await this.governance.get(principal, id);
    if (principal.kind !== 'account' || !p.can.respond)
      throw new DomainError('forbidden', 'your delegation is not admitted to this consultation');
    if (!view.open)
      throw new DomainError('conflict', `the consultation on proposal ${id} is not open`);
    const issues = validateResponse(view.consultation, answers as Answers);
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

  /** A member delegation reports national implementation of an adopted proposal. */
  async report(principal: Principal, id: string, input: unknown): Promise<CommitmentReport> {
    requirePermission(principal, 'implementation:report');
    const p = await this.governance.get(principal, id);
    if (principal.kind !== 'account' || principal.delegation === null || !p.can.report)
      throw new DomainError(
        p.state === 'adopted' || p.state === 'implementation' ? 'forbidden' : 'conflict',
        p.state === 'adopted' || p.state === 'implementation'
          ? 'only a voting member delegation of the workstream reports implementation'
          : `proposal ${id} is ${p.state}: implementation is reported once it is adopted`,
      );
    const report = parseCommitmentReport({
      ...(input as object),
      proposalId: id,
      member: principal.delegation,
    });
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
        status: r.status as CommitmentReport['status'],
        evidenceUrl: r.evidenceUrl,
        date: r.date,
      }));
    return commitmentsDashboard(proposals, members, reports);
  }
}
