// The worked example of docs/analytics/positions.md, shared by the positions tests: four issues,
// five members, two agreed options, four pending positions.
import { expect } from 'vitest';
import type { PolicyIssue, Position } from './position.ts';

/** A number equal to `value` to 12 places, inside `toEqual` (for thirds and the like). */
export function near(value: number): number {
  return expect.closeTo(value, 12) as number;
}

function issue(over: Partial<PolicyIssue> & Pick<PolicyIssue, 'id' | 'options'>): PolicyIssue {
  return {
    workstream: 'export-controls',
    title: over.id,
    description: '',
    agreedOption: null,
    agreedBy: null,
    confidentiality: 'alliance',
    createdBy: 'account:1',
    createdAt: '2026-10-01T09:00:00Z',
    ...over,
  };
}

/** Options 0–3, distance |a − b| / 3; agreed: presumption of denial (2). */
export const CHIPS = issue({
  id: 'ai-chip-controls',
  title: 'Controls on advanced AI chips',
  options: ['none', 'licence review', 'presumption of denial', 'embargo'],
  agreedOption: 2,
  agreedBy: 'P-12',
});

/** Options 0–2, distance |a − b| / 2; no agreed option; public. */
export const CLOUD = issue({
  id: 'cloud-kyc',
  title: 'Know-your-customer rules for cloud compute',
  workstream: 'screening',
  options: ['none', 'voluntary', 'mandatory'],
  confidentiality: 'public',
});

/** Options 0–4, distance |a − b| / 4; agreed: case-by-case review (2); public. */
export const OUTBOUND = issue({
  id: 'outbound-investment',
  title: 'Screening of outbound investment in AI',
  workstream: 'investment-screening',
  options: [
    'none',
    'notification',
    'case-by-case review',
    'sector prohibitions',
    'broad prohibition',
  ],
  agreedOption: 2,
  agreedBy: 'P-15',
  confidentiality: 'public',
});

/** Options 0–1; only KOR answers it. */
export const QUANTUM = issue({
  id: 'quantum-exports',
  title: 'Controls on quantum computers',
  options: ['no', 'yes'],
});

export const ISSUES: readonly PolicyIssue[] = [CHIPS, CLOUD, OUTBOUND, QUANTUM];

export function position(
  issueId: string,
  member: string,
  option: number,
  over: Partial<Position> = {},
): Position {
  return {
    issueId,
    member,
    option,
    status: 'current',
    expectedDate: null,
    evidence: [],
    note: '',
    confidentiality: over.confidentiality ?? 'public',
    recordedBy: 'account:2',
    recordedAt: '2026-11-01T09:00:00Z',
    ...over,
  };
}

export function pending(
  issueId: string,
  member: string,
  option: number,
  expectedDate: string,
  over: Partial<Position> = {},
): Position {
  return position(issueId, member, option, { status: 'pending', expectedDate, ...over });
}

/**
 * Current:            chips  cloud  outbound  quantum
 *   USA                 3      2       4
 *   JPN                 2      2
 *   FRA                 1              1
 *   DEU                 1      0       1
 *   KOR                                          1
 * Pending: DEU chips → 0 (2027-03-01), FRA chips → 2 (2027-06-30, members-only),
 * KOR chips → 3 (2027-01-15), JPN cloud → 1 (2027-02-01).
 */
export const POSITIONS: readonly Position[] = [
  position('ai-chip-controls', 'USA', 3, { confidentiality: 'alliance' }),
  position('ai-chip-controls', 'JPN', 2, { confidentiality: 'alliance' }),
  position('ai-chip-controls', 'FRA', 1, { confidentiality: 'alliance' }),
  position('ai-chip-controls', 'DEU', 1, {
    confidentiality: 'alliance',
    evidence: ['oecd-ai:de-chips-2025'],
  }),
  position('cloud-kyc', 'USA', 2),
  position('cloud-kyc', 'JPN', 2, { confidentiality: 'members' }),
  position('cloud-kyc', 'DEU', 0),
  position('outbound-investment', 'USA', 4),
  position('outbound-investment', 'FRA', 1),
  position('outbound-investment', 'DEU', 1),
  position('quantum-exports', 'KOR', 1, { confidentiality: 'alliance' }),
  pending('ai-chip-controls', 'DEU', 0, '2027-03-01', { confidentiality: 'alliance' }),
  pending('ai-chip-controls', 'FRA', 2, '2027-06-30', { confidentiality: 'members' }),
  pending('ai-chip-controls', 'KOR', 3, '2027-01-15', { confidentiality: 'alliance' }),
  pending('cloud-kyc', 'JPN', 1, '2027-02-01'),
];
