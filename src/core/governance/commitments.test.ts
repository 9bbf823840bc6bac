import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  commitmentsDashboard,
  parseCommitmentReport,
  type CommitmentReport,
  type CommitmentStatus,
} from './commitments.ts';
import type { Proposal } from './proposal.ts';

const members = ['USA', 'JPN', 'DEU', 'FRA', 'GBR'];
const proposals: Pick<Proposal, 'id' | 'title' | 'state'>[] = [
  { id: 'P-1', title: 'Common lithography list', state: 'adopted' },
  { id: 'P-2', title: 'Joint chip reserve', state: 'implementation' },
  { id: 'P-3', title: 'Quantum standards', state: 'voting' },
];

const report = (
  proposalId: string,
  member: string,
  status: CommitmentStatus,
  date = '2025-05-01',
  evidenceUrl: string | null = null,
): CommitmentReport => ({ proposalId, member, status, date, evidenceUrl });

const reports: CommitmentReport[] = [
  report('P-1', 'USA', 'done', '2025-05-01', 'https://bis.gov/rule'),
  report('P-1', 'USA', 'in_progress', '2025-03-01'), // older: superseded
  report('P-1', 'JPN', 'done'),
  report('P-1', 'DEU', 'in_progress'),
  report('P-1', 'FRA', 'will_not_implement'),
  report('P-2', 'USA', 'not_started'),
  report('P-2', 'JPN', 'not_started'),
  report('P-2', 'DEU', 'not_started'),
  report('P-3', 'USA', 'done'), // not adopted
  report('P-1', 'CHN', 'done'), // not a member
];

describe('commitmentsDashboard', () => {
  const dashboard = commitmentsDashboard(proposals, members, reports);

  it('shows only adopted proposals, in order', () => {
    expect(dashboard.proposals.map((p) => p.proposalId)).toEqual(['P-1', 'P-2']);
  });

  it('counts each member’s latest status, lists who has not reported and measures divergence', () => {
    // P-1: USA done (its March report superseded), JPN done, DEU in progress, FRA will not
    // implement, GBR silent. Modal: done (2 of 4 reporting) → divergence 1 − 2/4.
    expect(dashboard.proposals[0]).toEqual({
      proposalId: 'P-1',
      title: 'Common lithography list',
      counts: { not_started: 0, in_progress: 1, done: 2, will_not_implement: 1 },
      reported: 4,
      coverage: 0.8,
      membersWithoutReport: ['GBR'],
      modalStatuses: ['done'],
      divergence: 0.5,
    });
  });

  it('gives divergence 0 when every reporting member stands at the same place', () => {
    expect(dashboard.proposals[1]).toMatchObject({
      counts: { not_started: 3, in_progress: 0, done: 0, will_not_implement: 0 },
      reported: 3,
      coverage: 0.6,
      membersWithoutReport: ['FRA', 'GBR'],
      modalStatuses: ['not_started'],
      divergence: 0,
    });
  });

  it('gives each member its statuses across the proposals', () => {
    expect(dashboard.members[0]).toEqual({
      member: 'USA',
      statuses: [
        {
          proposalId: 'P-1',
          status: 'done',
          date: '2025-05-01',
          evidenceUrl: 'https://bis.gov/rule',
        },
        { proposalId: 'P-2', status: 'not_started', date: '2025-05-01', evidenceUrl: null },
      ],
      counts: { not_started: 1, in_progress: 0, done: 1, will_not_implement: 0 },
      missing: 0,
    });
    expect(dashboard.members.find((m) => m.member === 'GBR')).toEqual({
      member: 'GBR',
      statuses: [
        { proposalId: 'P-1', status: null, date: null, evidenceUrl: null },
        { proposalId: 'P-2', status: null, date: null, evidenceUrl: null },
      ],
      counts: { not_started: 0, in_progress: 0, done: 0, will_not_implement: 0 },
      missing: 2,
    });
  });

  it('warns about proposals left out and reports ignored, naming them', () => {
    expect(dashboard.warnings).toEqual([
      {
        code: 'not_adopted',
        message: 'left out, not adopted: P-3 (voting); only adopted proposals have commitments',
      },
      {
        code: 'report_for_unknown_proposal',
        message: 'reports ignored, their proposal is not an adopted one on the dashboard: P-3',
      },
      { code: 'report_from_non_member', message: 'reports ignored, not from a member: CHN' },
    ]);
  });

  it('lists every status of a tie as modal', () => {
    const d = commitmentsDashboard(
      proposals.slice(0, 1),
      ['A', 'B', 'C', 'D'],
      [
        report('P-1', 'A', 'done'),
        report('P-1', 'B', 'done'),
        report('P-1', 'C', 'in_progress'),
        report('P-1', 'D', 'in_progress'),
      ],
    );
    expect(d.proposals[0]).toMatchObject({
      modalStatuses: ['in_progress', 'done'],
      divergence: 0.5,
    });
  });

  it('reaches its largest divergence, 0.75, when four members stand at four places', () => {
    const d = commitmentsDashboard(
      proposals.slice(0, 1),
      ['A', 'B', 'C', 'D'],
      [
        report('P-1', 'A', 'not_started'),
        report('P-1', 'B', 'in_progress'),
        report('P-1', 'C', 'done'),
        report('P-1', 'D', 'will_not_implement'),
      ],
    );
    expect(d.proposals[0]!.divergence).toBe(0.75);
    expect(d.proposals[0]!.modalStatuses).toHaveLength(4);
  });

  it('takes the later of two reports on the same day', () => {
    const d = commitmentsDashboard(
      proposals.slice(0, 1),
      ['A'],
      [
        report('P-1', 'A', 'in_progress', '2025-06-01'),
        report('P-1', 'A', 'done', '2025-06-01'),
        report('P-1', 'A', 'not_started', '2025-05-31'),
      ],
    );
    expect(d.proposals[0]!.counts.done).toBe(1);
    expect(d.members[0]!.statuses[0]!.status).toBe('done');
  });

  it('gives no divergence and no modal status without reports, and coverage 0 without members', () => {
    const silent = commitmentsDashboard(proposals, ['A'], []);
    expect(silent.proposals[0]).toMatchObject({
      reported: 0,
      coverage: 0,
      membersWithoutReport: ['A'],
      modalStatuses: [],
      divergence: null,
    });
    const empty = commitmentsDashboard(proposals.slice(0, 2), [], []);
    expect(empty.proposals.map((p) => [p.coverage, p.divergence])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(empty.members).toEqual([]);
    expect(empty.warnings).toEqual([]);
  });
});

describe('parseCommitmentReport', () => {
  const valid = {
    proposalId: 'P-1',
    member: 'USA',
    status: 'done',
    evidenceUrl: 'https://www.bis.gov/rules/2025-01',
    date: '2025-06-30',
  };

  function issuesOf(input: unknown): string[] {
    try {
      parseCommitmentReport(input);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'validation_failed')
        return e.issues.map((i) => `${i.path}: ${i.message}`);
      throw e;
    }
    throw new Error('expected a validation error');
  }

  it('accepts a report, and one without evidence as evidenceUrl null', () => {
    expect(parseCommitmentReport(valid)).toEqual(valid);
    const { evidenceUrl: _, ...withoutEvidence } = valid;
    expect(parseCommitmentReport(withoutEvidence).evidenceUrl).toBeNull();
    expect(parseCommitmentReport({ ...valid, evidenceUrl: null }).evidenceUrl).toBeNull();
    expect(
      parseCommitmentReport({ ...valid, evidenceUrl: 'http://gazette.gov.uk/x' }),
    ).toBeTruthy();
  });

  const url =
    'evidenceUrl: must be a public http or https address, e.g. https://example.gov/report';
  it.each<[string, unknown, string[]]>([
    [
      'missing fields',
      {},
      [
        'proposalId: is required',
        'member: is required',
        'status: is required: one of not_started, in_progress, done, will_not_implement',
        'date: is required',
      ],
    ],
    [
      'an unknown status',
      { ...valid, status: 'partly' },
      ['status: must be one of: not_started, in_progress, done, will_not_implement'],
    ],
    ['a javascript: address', { ...valid, evidenceUrl: 'javascript:alert(1)' }, [url]],
    ['an ftp address', { ...valid, evidenceUrl: 'ftp://files.gov/x' }, [url]],
    ['a file address', { ...valid, evidenceUrl: 'file:///etc/passwd' }, [url]],
    ['an address without a host', { ...valid, evidenceUrl: 'https://' }, [url]],
    ['text that is not an address', { ...valid, evidenceUrl: 'see the gazette' }, [url]],
    [
      'a date that does not exist',
      { ...valid, date: '2025-02-30' },
      ['date: must be a date as YYYY-MM-DD, e.g. 2025-06-30'],
    ],
    [
      'a date-time instead of a date',
      { ...valid, date: '2025-06-30T12:00:00Z' },
      ['date: must be a date as YYYY-MM-DD, e.g. 2025-06-30'],
    ],
    ['an empty member', { ...valid, member: ' ' }, ['member: must not be empty']],
    ['an unknown field', { ...valid, comment: 'x' }, ['comment: unknown field']],
    ['input that is not an object', [], ['(root): must be a report (an object)']],
  ])('refuses %s, naming the field', (_, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });
});
