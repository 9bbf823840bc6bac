// Members' positions as entries of the divergence register (source `positions`): an issue on
// which members' current positions differ, and a member whose current position is away from what
// the alliance agreed. Scales and examples: docs/analytics/positions.md.
import type { DetectedDivergence, DivergenceEvidence } from '../divergences/divergence.ts';
import {
  byCode,
  fromAgreed,
  issueDistance,
  mean,
  pairs,
  selectPositions,
} from './divergence-matrix.ts';
import { mostConfidential } from './issue-input.ts';
import type { PolicyIssue, Position } from './position.ts';

export const POSITIONS_SOURCE = 'positions';

/** The page that shows an issue's positions. */
export const issueLink = (id: string): string => `#/positions/issue?id=${encodeURIComponent(id)}`;
/** The API path of an issue's positions. */
export const issueApiLink = (id: string): string =>
  `/api/v1/positions/issues/${encodeURIComponent(id)}`;

/**
 * The register's entries for members' positions, by key:
 *
 * - `positions-differ` (key `issue:<id>`) — an issue with at least two current positions that are
 *   not all the same option: members = those with a current position; severity = the largest
 *   distance between two of them, measure = the mean over every pair;
 * - `away-from-agreed` (key `agreed:<id>:<member>`) — a member whose current position is not the
 *   option the alliance agreed: severity = measure = its distance from it.
 *
 * Pending positions are shown in the evidence and summary but measured by the early warning
 * (early-warning.ts), not here. Each entry is as confidential as the most confidential of the
 * issue and the positions it shows.
 */
export function positionDivergences(
  issues: readonly PolicyIssue[],
  positions: readonly Position[],
): DetectedDivergence[] {
  const current = selectPositions(issues, positions, 'current');
  const outlook = selectPositions(issues, positions, 'pending-first');
  const out: DetectedDivergence[] = [];
  for (const issue of issues) {
    const answers = [...(current.get(issue.id) ?? [])]
      .map(([, p]) => p)
      .sort((a, b) => byCode(a.member, b.member));
    const pendingOf = (member: string): Position | null => {
      const p = outlook.get(issue.id)?.get(member);
      return p && p.status === 'pending' ? p : null;
    };
    const differ = answers.length >= 2 && answers.some((p) => p.option !== answers[0]!.option);
    if (differ) out.push(issueDivergence(issue, answers, pendingOf));
    for (const p of answers) {
      const distance = fromAgreed(issue, p.option);
      if (distance !== null && distance > 0)
        out.push(awayDivergence(issue, p, pendingOf(p.member), distance));
    }
  }
  return out.sort((a, b) => byCode(a.key, b.key));
}

function issueDivergence(
  issue: PolicyIssue,
  answers: readonly Position[],
  pendingOf: (member: string) => Position | null,
): DetectedDivergence {
  const distances = pairs(answers.map((p) => p.option)).map(([a, b]) => issueDistance(issue, a, b));
  const severity = Math.max(...distances);
  const measure = mean(distances);
  const byOption = groupByOption(answers);
  const highest = byOption[0]!;
  const lowest = byOption.at(-1)!;
  const pendings = answers.flatMap((p) => pendingOf(p.member) ?? []);
  const sentences = [
    `${answers.length} members have a position: ${byOption
      .map(([option, members]) => `${label(issue, option)} (${members.join(', ')})`)
      .join('; ')}.`,
    `On a scale from 0 (the same option) to 1 (opposite ends of the ${issue.options.length} options), they are ${fixed(measure)} apart on average and ${fixed(severity)} at most.`,
  ];
  if (issue.agreedOption !== null)
    sentences.push(`The alliance agreed on ${label(issue, issue.agreedOption)}.`);
  if (pendings.length > 0)
    sentences.push(`Pending: ${pendings.map(pendingPhrase(issue)).join('; ')}.`);
  return {
    source: POSITIONS_SOURCE,
    key: `issue:${issue.id}`,
    kind: 'positions-differ',
    workstream: issue.workstream,
    title: `${issue.title}: members ${fixed(severity)} apart (${[highest, lowest]
      .map(([option, members]) => `${members.join(', ')}: ${label(issue, option)}`)
      .join('; ')})`,
    summary: sentences.join(' '),
    members: answers.map((p) => p.member),
    severity,
    measure,
    evidence: answers.map((p) => memberEvidence(issue, p, pendingOf(p.member))),
    link: issueLink(issue.id),
    apiLink: issueApiLink(issue.id),
    confidentiality: mostConfidential([
      issue.confidentiality,
      ...answers.map((p) => p.confidentiality),
      ...pendings.map((p) => p.confidentiality),
    ]),
  };
}

function awayDivergence(
  issue: PolicyIssue,
  p: Position,
  pending: Position | null,
  distance: number,
): DetectedDivergence {
  const agreed = issue.agreedOption!;
  const sentences = [
    `The alliance agreed on ${label(issue, agreed)}; ${p.member}'s current position is ${label(issue, p.option)}, ${fixed(distance)} away on a scale from 0 (the agreed option) to 1 (the opposite end of the ${issue.options.length} options).`,
  ];
  if (pending) {
    const after = fromAgreed(issue, pending.option)!;
    const direction =
      after < distance - 1e-12
        ? 'closer to'
        : after > distance + 1e-12
          ? 'further from'
          : 'as far from';
    sentences.push(
      `It expects to move to ${label(issue, pending.option)}${pending.expectedDate ? ` by ${pending.expectedDate}` : ''}, ${direction} the agreed option (${fixed(after)}).`,
    );
  }
  return {
    source: POSITIONS_SOURCE,
    key: `agreed:${issue.id}:${p.member}`,
    kind: 'away-from-agreed',
    workstream: issue.workstream,
    title: `${issue.title}: ${p.member} ${fixed(distance)} away from the agreed position (${label(issue, p.option)}; agreed: ${label(issue, agreed)})`,
    summary: sentences.join(' '),
    members: [p.member],
    severity: distance,
    measure: distance,
    evidence: [
      memberEvidence(issue, p, pending),
      {
        label: 'Agreed',
        // The adopted proposal is named on the issue's page, to whom may see it: not here, where
        // the entry may be read by callers the proposal's confidentiality does not admit.
        detail: `${label(issue, agreed)}, set by an adopted proposal (see the issue)`,
        link: issueLink(issue.id),
      },
    ],
    link: issueLink(issue.id),
    apiLink: issueApiLink(issue.id),
    confidentiality: mostConfidential([
      issue.confidentiality,
      p.confidentiality,
      ...(pending ? [pending.confidentiality] : []),
    ]),
  };
}

/** One member's line: its option, the pending one if any, the instruments that show it. */
function memberEvidence(
  issue: PolicyIssue,
  p: Position,
  pending: Position | null,
): DivergenceEvidence {
  let detail = label(issue, p.option);
  if (pending)
    detail += `; pending: ${label(issue, pending.option)}${pending.expectedDate ? ` by ${pending.expectedDate}` : ''}`;
  if (p.evidence.length > 0) detail += `; shown by ${p.evidence.join(', ')}`;
  return { label: p.member, detail, link: issueLink(issue.id) };
}

const pendingPhrase =
  (issue: PolicyIssue) =>
  (p: Position): string =>
    `${p.member} expects to move to ${label(issue, p.option)}${p.expectedDate ? ` by ${p.expectedDate}` : ''}`;

/** The members by option, the highest option first; members by code. */
function groupByOption(answers: readonly Position[]): [number, string[]][] {
  const groups = new Map<number, string[]>();
  for (const p of answers) groups.set(p.option, [...(groups.get(p.option) ?? []), p.member]);
  return [...groups].sort(([a], [b]) => b - a);
}

function label(issue: PolicyIssue, option: number): string {
  return issue.options[option] ?? `option ${option}`;
}

/** Two decimals (0.67). */
function fixed(value: number): string {
  return value.toFixed(2);
}
