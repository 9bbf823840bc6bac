// Standards committees of any standards body (ISO, IEC, ITU-T, 3GPP, IETF …) in one shape: who
// holds the secretariat, who participates and who observes, and the strategic technology areas a
// committee works in — so that the standards workstream can see, committee by committee, where
// members lead, where a country of concern leads unopposed, and coordinate members' attendance.

/** The body that publishes a committee list: `ISO`, `IEC`, `ITU-T`, `3GPP`, `IETF` … */
export type StandardsBody = string;

/**
 * What kind of committee: `TC` technical committee, `SC` subcommittee, `PC` project committee,
 * `joint` (a joint technical or systems committee of two bodies: ISO/IEC JTC 1, IEC/ISO JTC 3),
 * `other` for the shapes of other bodies (an ITU-T study group, an IETF working group).
 */
export type CommitteeType = 'TC' | 'SC' | 'PC' | 'joint' | 'other';

export const COMMITTEE_TYPES: readonly CommitteeType[] = ['TC', 'SC', 'PC', 'joint', 'other'];

/** Whether a committee works: only `active` committees count in the analyses. */
export type CommitteeStatus = 'active' | 'suspended' | 'disbanded';

export const COMMITTEE_STATUSES: readonly CommitteeStatus[] = ['active', 'suspended', 'disbanded'];

/**
 * A member body's role in a committee. `secretariat` holds the committee's secretariat (it is
 * also a participating member); `P` participates (votes, must take part); `O` observes.
 */
export type CommitteeRole = 'secretariat' | 'P' | 'O';

export const COMMITTEE_ROLES: readonly CommitteeRole[] = ['secretariat', 'P', 'O'];

/** One member body in one committee. */
export interface CommitteeMember {
  /** The national body's acronym as the source prints it (`DIN`, `SAC`, `ANSI`). */
  memberBody: string;
  /** Its economy (ISO3), or null when the body could not be mapped (such rows count for nobody). */
  iso3: string | null;
  /**
   * The member's role. A secretariat holder appears once, as `secretariat` (sources that list it
   * twice, once as secretariat and once as P, are folded into one member by the importer).
   */
  role: CommitteeRole;
}

export interface Committee {
  /** The body whose list the committee comes from (`ISO` for ISO Open Data, joint ones included). */
  body: StandardsBody;
  /**
   * The committee's reference, unique across bodies because it names them: `ISO/TC 22`,
   * `ISO/TC 22/SC 32`, `ISO/IEC JTC 1/SC 42`, `IEC/ISO JTC 3`. The key of a committee.
   */
  reference: string;
  /** The source's own id (ISO's `committee_id`), kept to trace a row back; null when it has none. */
  externalId: string | null;
  type: CommitteeType;
  /** The parent committee's reference (an SC's TC), or null for a top-level committee. */
  parent: string | null;
  title: string;
  status: CommitteeStatus;
  /** Creation date (ISO `YYYY-MM-DD`), or null when the source does not give it. */
  created: string | null;
  /** The economy (ISO3) holding the secretariat, or null (none listed, or an unmapped body). */
  secretariat: string | null;
  /** The acronym of the body holding the secretariat, or null. */
  secretariatBody: string | null;
  members: CommitteeMember[];
}

/** Whether an economy is a participating member of a committee (the secretariat holder is one). */
export const participates = (c: Committee, iso3: string): boolean =>
  c.members.some((m) => m.iso3 === iso3 && (m.role === 'P' || m.role === 'secretariat'));

/** An economy's role in a committee (the strongest, when it holds several), or null. */
export function roleOf(c: Committee, iso3: string): CommitteeRole | null {
  let best: CommitteeRole | null = null;
  for (const m of c.members) {
    if (m.iso3 !== iso3) continue;
    if (m.role === 'secretariat') return 'secretariat';
    if (m.role === 'P') best = 'P';
    else if (best === null) best = 'O';
  }
  return best;
}

/**
 * A strategic technology area (`ai`, `quantum`, `hydrogen`) that committees are tagged with. Tags
 * are data: a documented default map (tags.ts) that the secretariat edits.
 */
export interface StandardsTag {
  /** 2–40 lower-case letters, digits or hyphens. */
  code: string;
  label: string;
  description: string;
  /**
   * The committees tagged, by reference. A tag on a committee covers its subcommittees too
   * (tagging `ISO/TC 197` tags `ISO/TC 197/SC 1`), so a map names the highest committee that is
   * wholly in the area (`ISO/IEC JTC 1/SC 42`, never all of `ISO/IEC JTC 1`).
   */
  committees: string[];
}
