// Commitments: what the member delegations report about implementing the proposals the alliance
// adopted, and a dashboard of who stands where, who has not reported, and how far they diverge.
import { z } from 'zod';
import { parseDocument } from '../parse-input.ts';
import type { Proposal } from './proposal.ts';

/**
 * Where a member stands on an adopted proposal:
 *
 * - `not_started` — nothing done yet;
 * - `in_progress` — under way (a bill tabled, a rule drafted);
 * - `done` — implemented;
 * - `will_not_implement` — the member declares it will not implement it.
 */
export type CommitmentStatus = 'not_started' | 'in_progress' | 'done' | 'will_not_implement';
export const COMMITMENT_STATUSES = [
  'not_started',
  'in_progress',
  'done',
  'will_not_implement',
] as const satisfies readonly CommitmentStatus[];

/** A member's report on one proposal, as of a date. A later report supersedes an earlier one. */
export interface CommitmentReport {
  proposalId: string;
  member: string;
  status: CommitmentStatus;
  /** A public page that shows it (http or https); null: none given. */
  evidenceUrl: string | null;
  /** The day the report describes, ISO 8601 (`2025-06-30`). */
  date: string;
}

/** A report as stored, with who made it and when. */
export interface StoredReport extends CommitmentReport {
  reportedBy: string;
  reportedAt: string;
}

/** Members per status, every status listed. */
export type StatusCounts = Record<CommitmentStatus, number>;

export interface ProposalCommitments {
  proposalId: string;
  title: string;
  /** Each member's latest report, counted by status. */
  counts: StatusCounts;
  /** Members with a report. */
  reported: number;
  /** reported ÷ members (a fraction, 0–1); 0 when there are no members. */
  coverage: number;
  membersWithoutReport: string[];
  /** The statuses most reporting members share: more than one on a tie; none without reports. */
  modalStatuses: CommitmentStatus[];
  /**
   * The share of reporting members not in the modal status, 1 − (modal count ÷ reported): 0 when
   * they all stand at the same place, at most 0.75 with four statuses. Null without reports.
   */
  divergence: number | null;
}

/** One member's latest report on a proposal, or nulls when it has not reported. */
export interface MemberStatus {
  proposalId: string;
  status: CommitmentStatus | null;
  date: string | null;
  evidenceUrl: string | null;
}

export interface MemberCommitments {
  member: string;
  /** One per proposal on the dashboard, in its order. */
  statuses: MemberStatus[];
  counts: StatusCounts;
  /** Proposals it has not reported on. */
  missing: number;
}

/** What looks wrong in the inputs, and what to do about it. */
export interface DashboardWarning {
  code: 'not_adopted' | 'report_for_unknown_proposal' | 'report_from_non_member';
  message: string;
}

export interface CommitmentsDashboard {
  proposals: ProposalCommitments[];
  members: MemberCommitments[];
  warnings: DashboardWarning[];
}

/**
 * The implementation dashboard of the adopted proposals (state `adopted` or `implementation`;
 * others are left out with a warning). Per proposal: the members' latest statuses counted, the
 * members without a report, and the divergence (the share of reporting members not in the modal
 * status). Per member: its status on each proposal. A member's latest report is the one with the
 * latest date; of two on the same day, the later in `reports`. Reports on proposals not on the
 * dashboard, or from non-members, are ignored with a warning.
 */
export function commitmentsDashboard(
  proposals: readonly Pick<Proposal, 'id' | 'title' | 'state'>[],
  members: readonly string[],
  reports: readonly CommitmentReport[],
): CommitmentsDashboard {
  const adopted = proposals.filter((p) => p.state === 'adopted' || p.state === 'implementation');
  const onDashboard = new Set(adopted.map((p) => p.id));
  const memberSet = new Set(members);
  const latest = new Map<string, CommitmentReport>();
  const unknownProposals = new Set<string>();
  const nonMembers = new Set<string>();
  for (const r of reports) {
    if (!onDashboard.has(r.proposalId)) unknownProposals.add(r.proposalId);
    else if (!memberSet.has(r.member)) nonMembers.add(r.member);
    else {
      const key = `${r.proposalId}\u0000${r.member}`;
      const before = latest.get(key);
      if (!before || r.date >= before.date) latest.set(key, r);
    }
  }
  const reportOf = (proposalId: string, member: string) =>
    latest.get(`${proposalId}\u0000${member}`);
  return {
    proposals: adopted.map((p) => {
      const counts = zeroCounts();
      const membersWithoutReport: string[] = [];
      for (const m of members) {
        const r = reportOf(p.id, m);
        if (r) counts[r.status]++;
        else membersWithoutReport.push(m);
      }
      const reported = members.length - membersWithoutReport.length;
      const modal = Math.max(...COMMITMENT_STATUSES.map((s) => counts[s]));
      return {
        proposalId: p.id,
        title: p.title,
        counts,
        reported,
        coverage: members.length === 0 ? 0 : reported / members.length,
        membersWithoutReport,
        modalStatuses: reported === 0 ? [] : COMMITMENT_STATUSES.filter((s) => counts[s] === modal),
        divergence: reported === 0 ? null : 1 - modal / reported,
      };
    }),
    members: members.map((member) => {
      const counts = zeroCounts();
      const statuses = adopted.map((p): MemberStatus => {
        const r = reportOf(p.id, member);
        if (r) counts[r.status]++;
        return {
          proposalId: p.id,
          status: r?.status ?? null,
          date: r?.date ?? null,
          evidenceUrl: r?.evidenceUrl ?? null,
        };
      });
      return { member, statuses, counts, missing: statuses.filter((s) => !s.status).length };
    }),
    warnings: warningsFor(proposals, adopted, unknownProposals, nonMembers),
  };
}

function zeroCounts(): StatusCounts {
  return { not_started: 0, in_progress: 0, done: 0, will_not_implement: 0 };
}

function warningsFor(
  proposals: readonly Pick<Proposal, 'id' | 'state'>[],
  adopted: readonly Pick<Proposal, 'id'>[],
  unknownProposals: ReadonlySet<string>,
  nonMembers: ReadonlySet<string>,
): DashboardWarning[] {
  const warnings: DashboardWarning[] = [];
  const left = proposals.filter((p) => !adopted.includes(p));
  if (left.length > 0)
    warnings.push({
      code: 'not_adopted',
      message: `left out, not adopted: ${left.map((p) => `${p.id} (${p.state})`).join(', ')}; only adopted proposals have commitments`,
    });
  if (unknownProposals.size > 0)
    warnings.push({
      code: 'report_for_unknown_proposal',
      message: `reports ignored, their proposal is not an adopted one on the dashboard: ${[...unknownProposals].join(', ')}`,
    });
  if (nonMembers.size > 0)
    warnings.push({
      code: 'report_from_non_member',
      message: `reports ignored, not from a member: ${[...nonMembers].join(', ')}`,
    });
  return warnings;
}

// ——— Schema ———

const code = (what: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be ${what}`) })
    .trim()
    .min(1, 'must not be empty')
    .max(40, 'must be at most 40 characters');

/** What a member reports about a proposal: status, evidence and date. */
const reportFields = {
  status: z.enum(COMMITMENT_STATUSES, {
    error: (iss) =>
      iss.input === undefined
        ? `is required: one of ${COMMITMENT_STATUSES.join(', ')}`
        : `must be one of: ${COMMITMENT_STATUSES.join(', ')}`,
  }),
  evidenceUrl: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'must be a public http or https address, e.g. https://example.gov/report',
    })
    .max(2000, 'must be at most 2,000 characters')
    .nullable()
    .default(null),
  date: z.iso.date({
    error: (iss) =>
      iss.input === undefined ? 'is required' : 'must be a date as YYYY-MM-DD, e.g. 2025-06-30',
  }),
};
const reportError = {
  error: (iss: { code?: string }) =>
    iss.code === 'unrecognized_keys' ? undefined : 'must be a report (an object)',
};

/**
 * A member's report as it sends it (the proposal and the member are those it reports as); an
 * `evidenceUrl` left out is null.
 */
export const implementationReportSchema = z.strictObject(reportFields, reportError);
export type ImplementationReport = z.output<typeof implementationReportSchema>;

/** The schema of a report as JSON; `evidenceUrl` may be left out (null). */
export const commitmentReportSchema = z.strictObject(
  { proposalId: code('a proposal id'), member: code('a member code'), ...reportFields },
  reportError,
) satisfies z.ZodType<CommitmentReport, unknown>;

/**
 * Parses a report given as JSON. Throws a `DomainError('validation_failed')` listing every problem
 * with its path.
 */
export function parseCommitmentReport(input: unknown): CommitmentReport {
  return parseDocument(commitmentReportSchema, input, 'commitment report');
}
