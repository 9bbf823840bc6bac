// Members' positions: the policy questions the secretariat keeps, and every position recorded on
// them. Nothing is overwritten: a new position, or a withdrawal, is a new row, so the history of
// each member's stance stays; the live positions are the latest row per issue, member and status,
// unless that row is a withdrawal.
import type { Kysely, Selectable } from 'kysely';
import type { PolicyIssue, Position, PositionStatus } from '../core/positions/position.ts';
import type { Database, PolicyIssueRow, PolicyPositionRow } from './schema.ts';

/** Which live positions to list: every one when empty. */
export interface PositionFilter {
  issueId?: string;
  member?: string;
}

type Confidentiality = Position['confidentiality'];

const issueRow = (i: PolicyIssue): PolicyIssueRow => ({
  id: i.id,
  workstream: i.workstream,
  title: i.title,
  description: i.description,
  options: JSON.stringify(i.options),
  agreed_option: i.agreedOption,
  agreed_by: i.agreedBy,
  confidentiality: i.confidentiality,
  created_by: i.createdBy,
  created_at: i.createdAt,
});

const toIssue = (r: PolicyIssueRow): PolicyIssue => ({
  id: r.id,
  workstream: r.workstream,
  title: r.title,
  description: r.description,
  options: JSON.parse(r.options) as string[],
  agreedOption: r.agreed_option === null ? null : Number(r.agreed_option),
  agreedBy: r.agreed_by,
  confidentiality: r.confidentiality as Confidentiality,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const positionRow = (p: Position, withdrawn: boolean) => ({
  issue_id: p.issueId,
  member: p.member,
  option: p.option,
  status: p.status,
  expected_date: p.expectedDate,
  evidence: JSON.stringify(p.evidence),
  note: p.note,
  confidentiality: p.confidentiality,
  recorded_by: p.recordedBy,
  recorded_at: p.recordedAt,
  withdrawn: withdrawn ? 1 : 0,
});

const toPosition = (r: Selectable<PolicyPositionRow>): Position => ({
  issueId: r.issue_id,
  member: r.member,
  option: Number(r.option),
  status: r.status as PositionStatus,
  expectedDate: r.expected_date,
  evidence: JSON.parse(r.evidence) as string[],
  note: r.note,
  confidentiality: r.confidentiality as Confidentiality,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

export class PositionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every issue, in id order. */
  async issues(): Promise<PolicyIssue[]> {
    const rows = await this.db.selectFrom('policy_issues').selectAll().orderBy('id').execute();
    return rows.map(toIssue);
  }

  /** One issue by id, or undefined. */
  async issue(id: string): Promise<PolicyIssue | undefined> {
    const r = await this.db
      .selectFrom('policy_issues')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toIssue(r) : undefined;
  }

  /** Creates an issue or replaces every field of one (its positions stay). */
  async saveIssue(issue: PolicyIssue): Promise<'created' | 'updated'> {
    const { id: _, ...fields } = issueRow(issue);
    const r = await this.db
      .updateTable('policy_issues')
      .set(fields)
      .where('id', '=', issue.id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) > 0) return 'updated';
    await this.db.insertInto('policy_issues').values(issueRow(issue)).execute();
    return 'created';
  }

  /** Records the option the alliance agreed and the proposal that decided it (null: undecided). */
  async setAgreed(
    issueId: string,
    option: number | null,
    proposalId: string | null,
  ): Promise<void> {
    await this.db
      .updateTable('policy_issues')
      .set({ agreed_option: option, agreed_by: proposalId })
      .where('id', '=', issueId)
      .execute();
  }

  /**
   * The live positions (of one issue, of one member, when given): for each issue, member and
   * status the latest recorded, unless it was withdrawn; in issue, member and status order.
   */
  async positions(filter: PositionFilter = {}): Promise<Position[]> {
    let latest = this.db
      .selectFrom('policy_positions')
      .select((eb) => eb.fn.max('id').as('id'))
      .groupBy(['issue_id', 'member', 'status']);
    if (filter.issueId !== undefined) latest = latest.where('issue_id', '=', filter.issueId);
    if (filter.member !== undefined) latest = latest.where('member', '=', filter.member);
    const rows = await this.db
      .selectFrom('policy_positions')
      .selectAll()
      .where('id', 'in', latest)
      .where('withdrawn', '=', 0)
      .orderBy('issue_id')
      .orderBy('member')
      .orderBy('status')
      .execute();
    return rows.map(toPosition);
  }

  /**
   * Every position recorded on an issue (by one member, when given), withdrawals included, newest
   * first. A withdrawal repeats the position it withdrew, recorded by whoever withdrew it.
   */
  async history(issueId: string, member?: string): Promise<(Position & { withdrawn: boolean })[]> {
    let q = this.db
      .selectFrom('policy_positions')
      .selectAll()
      .where('issue_id', '=', issueId)
      .orderBy('id', 'desc');
    if (member !== undefined) q = q.where('member', '=', member);
    return (await q.execute()).map((r) => ({
      ...toPosition(r),
      withdrawn: Number(r.withdrawn) === 1,
    }));
  }

  /** Records a position: the member's live one for its issue and status from now on. */
  async savePosition(p: Position): Promise<void> {
    await this.db.insertInto('policy_positions').values(positionRow(p, false)).execute();
  }

  /**
   * Withdraws a member's live position of one status on an issue (a row repeating it, marked
   * withdrawn, recorded by `by` at `at`); false when there is none live.
   */
  async withdrawPosition(
    issueId: string,
    member: string,
    status: PositionStatus,
    by: string,
    at: string,
  ): Promise<boolean> {
    const last = await this.db
      .selectFrom('policy_positions')
      .selectAll()
      .where('issue_id', '=', issueId)
      .where('member', '=', member)
      .where('status', '=', status)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last || Number(last.withdrawn) === 1) return false;
    await this.db
      .insertInto('policy_positions')
      .values(positionRow({ ...toPosition(last), recordedBy: by, recordedAt: at }, true))
      .execute();
    return true;
  }
}
