// Early warning: a member's pending position that would take it further from what the alliance
// agreed than where it stands now — found before it takes effect, while there is time to talk.
import { DomainError } from '../errors.ts';
import { byCode, fromAgreed, selectPositions } from './divergence-matrix.ts';
import type { PolicyIssue, Position } from './position.ts';

/**
 * `away`: the pending position is further from the agreed option than the current one (or than
 * 0). `currentDistance`: the current position's distance from the agreed option, null without a
 * current position or an agreed option. `pendingDistance`: the pending position's, null only when
 * the issue has no agreed option (so never when `away`).
 */
export type MoveFromAgreed =
  | { away: true; currentDistance: number | null; pendingDistance: number }
  | { away: false; currentDistance: number | null; pendingDistance: number | null };

/**
 * Whether `pending` moves its member away from the option the alliance agreed on `issue`: the
 * issue has an agreed option and the pending position's distance from it is greater than the
 * current position's — or, with no current position, greater than 0. Distances as in
 * {@link issueDistance}. Throws `validation_failed` when the positions are not on `issue`, not of
 * one member, or their options are not the issue's.
 */
export function movesAwayFromAgreed(
  issue: PolicyIssue,
  current: Position | null,
  pending: Position,
): MoveFromAgreed {
  for (const p of current ? [current, pending] : [pending])
    if (p.issueId !== issue.id)
      throw new DomainError(
        'validation_failed',
        `a position on ${p.issueId} is not a position on ${issue.id}`,
      );
  if (current && current.member !== pending.member)
    throw new DomainError(
      'validation_failed',
      `the current position is ${current.member}'s, the pending one ${pending.member}'s`,
    );
  const pendingDistance = fromAgreed(issue, pending.option);
  const currentDistance = current ? fromAgreed(issue, current.option) : null;
  if (pendingDistance !== null && pendingDistance > (currentDistance ?? 0) + 1e-12)
    return { away: true, currentDistance, pendingDistance };
  return { away: false, currentDistance, pendingDistance };
}

export interface PositionWarning {
  issueId: string;
  title: string;
  member: string;
  /** The pending option, and its label. */
  option: number;
  optionLabel: string;
  agreedOption: number;
  agreedLabel: string;
  /** The current option, or null when the member has no current position. */
  currentOption: number | null;
  currentDistance: number | null;
  pendingDistance: number;
  expectedDate: string | null;
}

/**
 * Every pending position that moves its member away from an agreed option
 * ({@link movesAwayFromAgreed}), against the member's current position on the issue. The soonest
 * expected first (then by issue id and member). `livePositions` are the positions in force and
 * pending now (the latest of a history counts; positions on issues not given are left out).
 */
export function positionWarnings(
  issues: readonly PolicyIssue[],
  livePositions: readonly Position[],
): PositionWarning[] {
  const current = selectPositions(issues, livePositions, 'current');
  const outlook = selectPositions(issues, livePositions, 'pending-first');
  const warnings: PositionWarning[] = [];
  for (const issue of issues) {
    if (issue.agreedOption === null) continue;
    for (const [member, p] of outlook.get(issue.id) ?? []) {
      if (p.status !== 'pending') continue;
      const now = current.get(issue.id)?.get(member) ?? null;
      const move = movesAwayFromAgreed(issue, now, p);
      if (!move.away) continue;
      warnings.push({
        issueId: issue.id,
        title: issue.title,
        member,
        option: p.option,
        optionLabel: issue.options[p.option]!,
        agreedOption: issue.agreedOption,
        agreedLabel: issue.options[issue.agreedOption] ?? String(issue.agreedOption),
        currentOption: now?.option ?? null,
        currentDistance: move.currentDistance,
        pendingDistance: move.pendingDistance,
        expectedDate: p.expectedDate,
      });
    }
  }
  return warnings.sort(
    (x, y) =>
      byCode(x.expectedDate ?? '\uffff', y.expectedDate ?? '\uffff') ||
      byCode(x.issueId, y.issueId) ||
      byCode(x.member, y.member),
  );
}
