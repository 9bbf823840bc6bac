// Members' positions: the policy questions the secretariat keeps for each workstream, each with
// its options in order (from the least to the most restrictive, or along whatever one axis the
// question has), the option the alliance agreed when it has decided, and where each member
// delegation stands — now, or pending a decision it expects to take.

/** A policy question kept by the secretariat. */
export interface PolicyIssue {
  /** 2–60 lower-case letters, digits and `-` (`ai-chip-controls`). */
  id: string;
  workstream: string;
  title: string;
  description: string;
  /**
   * The options in order, at least two: the distance between option i and option j is
   * |i − j| / (options − 1). E.g. none < licence review < presumption of denial < embargo.
   */
  options: string[];
  /** The option the alliance agreed (an index into `options`), or null before a decision. */
  agreedOption: number | null;
  /** The adopted proposal that set `agreedOption`, or null. */
  agreedBy: string | null;
  confidentiality: 'public' | 'alliance' | 'members';
  createdBy: string;
  createdAt: string;
}

/** `current`: what the member does now; `pending`: what it expects to do (by `expectedDate`). */
export type PositionStatus = 'current' | 'pending';
export const POSITION_STATUSES: readonly PositionStatus[] = ['current', 'pending'];

/** One member delegation's position on one issue. */
export interface Position {
  issueId: string;
  /** The member delegation (ISO3 or `EU`). */
  member: string;
  /** An index into the issue's options. */
  option: number;
  status: PositionStatus;
  /** When a pending position is expected to take effect (ISO 8601 date); null for current ones. */
  expectedDate: string | null;
  /** Registry instrument ids that show it. */
  evidence: string[];
  note: string;
  /** Who may see it: a position can be members-only. */
  confidentiality: 'public' | 'alliance' | 'members';
  recordedBy: string;
  recordedAt: string;
}

/**
 * What the register and the matrix read: for each member and issue, the current position and the
 * pending one (a member may have both: where it stands and where it is going).
 */
export interface MemberPositions {
  member: string;
  issueId: string;
  current: Position | null;
  pending: Position | null;
}
