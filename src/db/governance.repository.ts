// Governance storage: workstreams (participants and rights kept as JSON), proposals and their
// versions, comments and ballots. One ballot per proposal and delegation is the primary key's
// rule, so concurrent casts cannot leave two.
import type { Kysely } from 'kysely';
import type { WorkstreamParticipant } from '../core/accounts/access.ts';
import type { CommitmentStatus, StoredReport } from '../core/governance/commitments.ts';
import type {
  Answer,
  Constituency,
  Question,
  StoredResponse,
} from '../core/governance/consultation.ts';
import type { DecisionRule } from '../core/governance/decision-rule.ts';
import type { Confidentiality, ProposalState, TimeWindow } from '../core/governance/proposal.ts';
import type {
  ProposalComment,
  ProposalVersion,
  StoredBallot,
  StoredProposal,
} from '../core/governance/proposal-record.ts';
import type { BallotChoice } from '../core/governance/tally.ts';
import type { Workstream } from '../core/governance/workstream.ts';
import type { Database, GovWorkstreamRow, ProposalRow } from './schema.ts';

const json = <T>(s: string | null): T | null => (s === null ? null : (JSON.parse(s) as T));

const toProposal = (r: ProposalRow, text: string): StoredProposal => ({
  id: r.id,
  title: r.title,
  text,
  state: r.state as ProposalState,
  confidentiality: r.confidentiality as Confidentiality,
  restrictedTo: JSON.parse(r.restricted_to) as string[],
  workstream: r.workstream,
  decisionRule: json<DecisionRule>(r.decision_rule),
  consultationWindow: json<TimeWindow>(r.consultation_window),
  votingWindow: json<TimeWindow>(r.voting_window),
  version: Number(r.version),
  createdBy: r.created_by,
  authorDelegation: r.author_delegation,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toWorkstream = (r: GovWorkstreamRow): Workstream => ({
  code: r.code,
  name: r.name,
  description: r.description,
  decisionRule: json<DecisionRule>(r.decision_rule),
  participants: JSON.parse(r.participants) as WorkstreamParticipant[],
});

export class GovernanceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  // --- workstreams -------------------------------------------------------------------------

  async saveWorkstream(w: Workstream, now: string): Promise<'created' | 'updated'> {
    const values = {
      name: w.name,
      description: w.description,
      decision_rule: w.decisionRule === null ? null : JSON.stringify(w.decisionRule),
      participants: JSON.stringify(w.participants),
      updated_at: now,
    };
    const existing = await this.db
      .selectFrom('gov_workstreams')
      .select('code')
      .where('code', '=', w.code)
      .executeTakeFirst();
    if (existing) {
      await this.db.updateTable('gov_workstreams').set(values).where('code', '=', w.code).execute();
      return 'updated';
    }
    await this.db
      .insertInto('gov_workstreams')
      .values({ code: w.code, created_at: now, ...values })
      .execute();
    return 'created';
  }

  async workstreams(): Promise<Workstream[]> {
    const rows = await this.db.selectFrom('gov_workstreams').selectAll().orderBy('code').execute();
    return rows.map(toWorkstream);
  }

  async workstream(code: string): Promise<Workstream | undefined> {
    const r = await this.db
      .selectFrom('gov_workstreams')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    return r && toWorkstream(r);
  }

  // --- proposals ---------------------------------------------------------------------------

  /** Stores a new proposal and its first version. */
  async createProposal(p: StoredProposal): Promise<void> {
    await this.db
      .insertInto('proposals')
      .values({
        id: p.id,
        workstream: p.workstream,
        title: p.title,
        state: p.state,
        confidentiality: p.confidentiality,
        restricted_to: JSON.stringify(p.restrictedTo),
        decision_rule: p.decisionRule === null ? null : JSON.stringify(p.decisionRule),
        consultation_window:
          p.consultationWindow === null ? null : JSON.stringify(p.consultationWindow),
        voting_window: p.votingWindow === null ? null : JSON.stringify(p.votingWindow),
        version: p.version,
        created_by: p.createdBy,
        author_delegation: p.authorDelegation,
        created_at: p.createdAt,
        updated_at: p.updatedAt,
      })
      .execute();
    await this.db
      .insertInto('proposal_versions')
      .values({
        proposal_id: p.id,
        version: p.version,
        title: p.title,
        text: p.text,
        note: 'first version',
        created_by: p.createdBy,
        created_at: p.createdAt,
      })
      .execute();
  }

  /** A proposal with its current text. */
  async proposal(id: string): Promise<StoredProposal | undefined> {
    const r = await this.db
      .selectFrom('proposals')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) return undefined;
    const v = await this.db
      .selectFrom('proposal_versions')
      .select('text')
      .where('proposal_id', '=', id)
      .where('version', '=', r.version)
      .executeTakeFirstOrThrow();
    return toProposal(r, v.text);
  }

  /** Every proposal with its current text, newest first. */
  async proposals(): Promise<StoredProposal[]> {
    const rows = await this.db
      .selectFrom('proposals as p')
      .innerJoin('proposal_versions as v', (j) =>
        j.onRef('v.proposal_id', '=', 'p.id').onRef('v.version', '=', 'p.version'),
      )
      .selectAll('p')
      .select('v.text')
      .orderBy('p.created_at', 'desc')
      .orderBy('p.id')
      .execute();
    return rows.map((r) => toProposal(r, r.text));
  }

  /** Saves a new text version; the proposal's title and version follow it. */
  async addVersion(v: ProposalVersion): Promise<void> {
    await this.db
      .insertInto('proposal_versions')
      .values({
        proposal_id: v.proposalId,
        version: v.version,
        title: v.title,
        text: v.text,
        note: v.note,
        created_by: v.createdBy,
        created_at: v.createdAt,
      })
      .execute();
    await this.db
      .updateTable('proposals')
      .set({ title: v.title, version: v.version, updated_at: v.createdAt })
      .where('id', '=', v.proposalId)
      .execute();
  }

  async versions(proposalId: string): Promise<ProposalVersion[]> {
    const rows = await this.db
      .selectFrom('proposal_versions')
      .selectAll()
      .where('proposal_id', '=', proposalId)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      version: Number(r.version),
      title: r.title,
      text: r.text,
      note: r.note,
      createdBy: r.created_by,
      createdAt: r.created_at,
    }));
  }

  /** Records a new state (and the windows a transition opened). */
  async setState(
    p: Pick<
      StoredProposal,
      'id' | 'state' | 'consultationWindow' | 'votingWindow' | 'decisionRule'
    >,
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('proposals')
      .set({
        state: p.state,
        consultation_window:
          p.consultationWindow === null ? null : JSON.stringify(p.consultationWindow),
        voting_window: p.votingWindow === null ? null : JSON.stringify(p.votingWindow),
        decision_rule: p.decisionRule === null ? null : JSON.stringify(p.decisionRule),
        updated_at: now,
      })
      .where('id', '=', p.id)
      .execute();
  }

  // --- comments ----------------------------------------------------------------------------

  async addComment(c: ProposalComment): Promise<void> {
    await this.db
      .insertInto('proposal_comments')
      .values({
        id: c.id,
        proposal_id: c.proposalId,
        parent_id: c.parentId,
        version: c.version,
        author: c.author,
        delegation: c.delegation,
        body: c.body,
        created_at: c.createdAt,
      })
      .execute();
  }

  async comments(proposalId: string): Promise<ProposalComment[]> {
    const rows = await this.db
      .selectFrom('proposal_comments')
      .selectAll()
      .where('proposal_id', '=', proposalId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      proposalId: r.proposal_id,
      parentId: r.parent_id,
      version: Number(r.version),
      author: r.author,
      delegation: r.delegation,
      body: r.body,
      createdAt: r.created_at,
    }));
  }

  // --- ballots -----------------------------------------------------------------------------

  /**
   * Casts or changes a delegation's ballot in one statement (insert, or update on the primary
   * key), so concurrent casts of one delegation leave one ballot. Returns the choice it replaced.
   */
  async castBallot(b: StoredBallot): Promise<BallotChoice | null> {
    const before = await this.db
      .selectFrom('ballots')
      .select('choice')
      .where('proposal_id', '=', b.proposalId)
      .where('delegation', '=', b.delegation)
      .executeTakeFirst();
    await this.db
      .insertInto('ballots')
      .values({
        proposal_id: b.proposalId,
        delegation: b.delegation,
        choice: b.choice,
        advisory: b.advisory ? 1 : 0,
        cast_by: b.castBy,
        cast_at: b.castAt,
      })
      .onConflict((oc) =>
        oc.columns(['proposal_id', 'delegation']).doUpdateSet({
          choice: b.choice,
          advisory: b.advisory ? 1 : 0,
          cast_by: b.castBy,
          cast_at: b.castAt,
        }),
      )
      .execute();
    return (before?.choice as BallotChoice | undefined) ?? null;
  }

  async ballots(proposalId: string): Promise<StoredBallot[]> {
    const rows = await this.db
      .selectFrom('ballots')
      .selectAll()
      .where('proposal_id', '=', proposalId)
      .orderBy('delegation')
      .execute();
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      delegation: r.delegation,
      choice: r.choice as BallotChoice,
      advisory: Number(r.advisory) === 1,
      castBy: r.cast_by,
      castAt: r.cast_at,
    }));
  }
}

/** Consultations, their responses and implementation reports (the same tables' neighbours). */
export class ConsultationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async saveQuestions(
    proposalId: string,
    questions: readonly Question[],
    by: string,
    now: string,
  ): Promise<void> {
    const values = { questions: JSON.stringify(questions), updated_by: by, updated_at: now };
    await this.db
      .insertInto('consultations')
      .values({ proposal_id: proposalId, ...values })
      .onConflict((oc) => oc.column('proposal_id').doUpdateSet(values))
      .execute();
  }

  /** The questions as set (they were checked then). */
  async questions(proposalId: string): Promise<Question[] | null> {
    const r = await this.db
      .selectFrom('consultations')
      .select('questions')
      .where('proposal_id', '=', proposalId)
      .executeTakeFirst();
    return r ? (JSON.parse(r.questions) as Question[]) : null;
  }

  /** Saves an account's response, replacing its earlier one; returns whether it replaced one. */
  async respond(r: StoredResponse): Promise<boolean> {
    const before = await this.db
      .selectFrom('consultation_responses')
      .select('account_id')
      .where('proposal_id', '=', r.proposalId)
      .where('account_id', '=', r.accountId)
      .executeTakeFirst();
    const values = {
      delegation: r.delegation,
      economy: r.economy,
      constituency: r.constituency,
      answers: JSON.stringify(r.answers),
      submitted_at: r.submittedAt,
    };
    await this.db
      .insertInto('consultation_responses')
      .values({ proposal_id: r.proposalId, account_id: r.accountId, ...values })
      .onConflict((oc) => oc.columns(['proposal_id', 'account_id']).doUpdateSet(values))
      .execute();
    return before !== undefined;
  }

  async responses(proposalId: string): Promise<StoredResponse[]> {
    const rows = await this.db
      .selectFrom('consultation_responses')
      .selectAll()
      .where('proposal_id', '=', proposalId)
      .orderBy('submitted_at')
      .orderBy('account_id')
      .execute();
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      accountId: r.account_id,
      delegation: r.delegation,
      economy: r.economy,
      constituency: r.constituency as Constituency,
      answers: JSON.parse(r.answers) as Record<string, Answer>,
      submittedAt: r.submitted_at,
    }));
  }

  /** Records a report (a second one for the same member and day replaces the first). */
  async report(r: StoredReport): Promise<void> {
    const values = {
      status: r.status,
      evidence_url: r.evidenceUrl,
      reported_by: r.reportedBy,
      reported_at: r.reportedAt,
    };
    await this.db
      .insertInto('implementation_reports')
      .values({ proposal_id: r.proposalId, member: r.member, report_date: r.date, ...values })
      .onConflict((oc) => oc.columns(['proposal_id', 'member', 'report_date']).doUpdateSet(values))
      .execute();
  }

  async reports(): Promise<StoredReport[]> {
    const rows = await this.db
      .selectFrom('implementation_reports')
      .selectAll()
      .orderBy('report_date')
      .orderBy('reported_at')
      .execute();
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      member: r.member,
      date: r.report_date,
      status: r.status as CommitmentStatus,
      evidenceUrl: r.evidence_url,
      reportedBy: r.reported_by,
      reportedAt: r.reported_at,
    }));
  }
}
