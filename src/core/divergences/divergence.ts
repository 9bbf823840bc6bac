// The divergence register: every place where allies' rules or positions differ, from every
// source (members' positions, control lists, restricted-party lists, standards committees), in
// one shape, each with the members involved, how severe it is, the evidence and a link to the
// underlying data — and its path from being found to an alliance decision and its
// implementation.

/** What a source finds now: one divergence, as detected by one recomputation. */
export interface DetectedDivergence {
  /** The source's id (`positions`, `control-lists`, `restricted-parties`, `standards`). */
  source: string;
  /**
   * Stable within the source: the same divergence found again has the same key
   * (`unilateral:us-ccl-2026:3A090`, `listed:dod-1260h:EU`).
   */
  key: string;
  /** What kind (`unilateral-control`, `regime-entry-not-adopted`, `different-threshold`, `listed-by-one`, `absent-from-strategic-committee`, `positions-differ`, `away-from-agreed` …). */
  kind: string;
  /** The workstream that handles it (`export-controls`, `screening`, `standards` …). */
  workstream: string;
  title: string;
  /** One or two sentences a delegate reads in the register. */
  summary: string;
  /** The members involved (ISO3 or `EU`), sorted. */
  members: string[];
  /** How far apart, 0–1 (each source documents its scale in docs/analytics/divergences.md). */
  severity: number;
  /**
   * The size compared between recomputations to say a divergence grew or shrank: the number of
   * parties one side lists alone, paragraphs controlled alone, members absent, the distance.
   */
  measure: number;
  evidence: DivergenceEvidence[];
  /** The web page that shows the underlying data, as a hash route (`#/control-lists/unilateral?list=us-ccl-2026`). */
  link: string;
  /** The API path that returns the underlying data, or null. */
  apiLink: string | null;
  /** Who may see it: the most confidential of what it was computed from (a members-only position makes it members-only). */
  confidentiality: 'public' | 'alliance' | 'members';
}

/** One piece of evidence: what it is, what it says, where to see it. */
export interface DivergenceEvidence {
  label: string;
  detail: string;
  /** A hash route or an http(s) address; null when there is nothing to open. */
  link: string | null;
}

/**
 * Where a divergence stands:
 *
 * - `open` — found, not yet taken up;
 * - `under_discussion` — linked to a proposal the alliance is working on;
 * - `resolved` — the linked proposal was adopted and every member involved reported it done;
 * - `accepted` — the alliance decided to live with it.
 */
export type DivergenceState = 'open' | 'under_discussion' | 'resolved' | 'accepted';
export const DIVERGENCE_STATES: readonly DivergenceState[] = [
  'open',
  'under_discussion',
  'resolved',
  'accepted',
];

/** What the last recomputation said of it compared with the one before. */
export type DivergenceChange = 'new' | 'grown' | 'shrunk' | 'unchanged' | 'closed' | 'reappeared';
export const DIVERGENCE_CHANGES: readonly DivergenceChange[] = [
  'new',
  'grown',
  'shrunk',
  'unchanged',
  'closed',
  'reappeared',
];

/** A divergence as the register keeps it. */
export interface StoredDivergence extends DetectedDivergence {
  id: number;
  state: DivergenceState;
  /** The proposal it is discussed under, or null. */
  proposalId: string | null;
  /** Who moved it to its state (`account:<id>`, `operator`, `system`), and when, with their note. */
  stateBy: string | null;
  stateAt: string | null;
  stateNote: string;
  /** Whether the last recomputation still found it (false: it closed). */
  detected: boolean;
  change: DivergenceChange;
  /** The measure before the last change (null when new). */
  previousMeasure: number | null;
  firstSeen: string;
  lastSeen: string;
  /** When `change` was last set to something other than `unchanged`. */
  changedAt: string;
}

/** One entry of a divergence's history: a state change or a change found by a recomputation. */
export interface DivergenceEvent {
  divergenceId: number;
  at: string;
  by: string;
  /** `state` (moved to `to`), or `detected` (the recomputation found `to` = new|grown|shrunk|closed|reappeared). */
  type: 'state' | 'detected';
  from: string | null;
  to: string;
  note: string;
  proposalId: string | null;
}
