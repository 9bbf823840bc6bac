// A coalition's engagement in standards committees against a set of concern economies: the
// secretariats each side holds, the share of committees members take part in, the committees a
// concern economy leads where no member takes part ("uncontested"), the same per strategic area,
// and which member covers which area. Only active committees count. Definitions:
// docs/analytics/standards.md.
import {
  COMMITTEE_TYPES,
  participates,
  type Committee,
  type CommitteeType,
  type StandardsTag,
} from './committee.ts';
import { compareReferences } from './reference-order.ts';
import { committeeTags } from './tags.ts';

export interface EngagementOptions {
  /** The coalition's economies (ISO3). */
  members: readonly string[];
  /** The economies of concern (ISO3). */
  concern: readonly string[];
  tags: readonly StandardsTag[];
}

export interface EconomySecretariats {
  iso3: string;
  total: number;
  byType: Record<CommitteeType, number>;
}

export interface SecretariatCount {
  /** Active committees whose secretariat one of the economies holds. */
  total: number;
  byType: Record<CommitteeType, number>;
  /** Every economy of the list, zeros included, by total descending then ISO3. */
  byMember: EconomySecretariats[];
}

export interface UncontestedCommittee {
  reference: string;
  title: string;
  type: CommitteeType;
  /** The concern economy holding the secretariat. */
  secretariat: string;
  tags: string[];
}

export interface TagEngagement {
  tag: string;
  label: string;
  /** Active committees carrying the tag (its subcommittees included). */
  activeCommittees: number;
  /** Of those, the ones whose secretariat a member holds. */
  memberSecretariats: number;
  /** Of those, the ones whose secretariat a concern economy holds. */
  concernSecretariats: number;
  /** Share of the tag's active committees with a participating member, one decimal; null when none. */
  coveragePct: number | null;
  /** References of the tag's uncontested committees. */
  uncontested: string[];
  /** The tag's active committees whose secretariat no member holds (none listed included). */
  withoutMemberSecretariat: { reference: string; title: string; secretariat: string | null }[];
}

export interface MemberInArea {
  iso3: string;
  /** Active committees of the area whose secretariat the member holds. */
  secretariats: number;
  /** Active committees of the area the member participates in (P or secretariat). */
  participating: number;
}

export interface AreaComplementarity {
  tag: string;
  label: string;
  /** Every member, in the order of the members' list. */
  members: MemberInArea[];
  /** Whether a member holds the secretariat of at least one active committee of the area. */
  covered: boolean;
}

export interface StandardsEngagement {
  activeCommittees: number;
  secretariats: SecretariatCount;
  concernSecretariats: SecretariatCount;
  /** Active committees with at least one member participating (P or secretariat). */
  participatedCommittees: number;
  /** participatedCommittees / activeCommittees × 100, one decimal; null without active committees. */
  participationCoveragePct: number | null;
  /** By reference. */
  uncontested: UncontestedCommittee[];
  /** In the order of the tags. */
  byTag: TagEngagement[];
  complementarity: AreaComplementarity[];
  /** Tags no member covers (see `AreaComplementarity.covered`), in the order of the tags. */
  uncoveredTags: string[];
  /** Economies in both lists: they count as members and as concern economies (see the docs). */
  overlap: string[];
  /** Members and concern economies found in no committee at all (they count as zero). */
  notInData: string[];
  /**
   * Active committees whose list names no member besides the secretariat holder, by reference.
   * ISO Open Data lists only the secretariat of the committees IEC administers (IEC/ISO JTC 3,
   * ISO/IEC JTC 1/SC 25, SC 41, SC 43, the JSyC on bio-digital convergence): their coverage and
   * uncontested status rest on the secretariat alone, and the result says so.
   */
  membersNotListed: string[];
}

const unique = (codes: readonly string[]): string[] => [...new Set(codes)];

/** A percentage with one decimal, or null for an empty base. */
export const pct1 = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;

const zeroByType = (): Record<CommitteeType, number> =>
  Object.fromEntries(COMMITTEE_TYPES.map((t) => [t, 0])) as Record<CommitteeType, number>;

/**
 * Whether an economy participates in a committee: a `P` or `secretariat` member, or the holder of
 * the secretariat the committee names (a list that names it without listing it as a member).
 */
const takesPart = (c: Committee, iso3: string): boolean =>
  c.secretariat === iso3 || participates(c, iso3);

/** Whether a committee's list names nobody but the secretariat holder. */
const listsNoMember = (c: Committee): boolean =>
  c.members.every(
    (m) => m.role === 'secretariat' || (c.secretariat !== null && m.iso3 === c.secretariat),
  );

function secretariatCount(
  active: readonly Committee[],
  economies: readonly string[],
): SecretariatCount {
  const byEconomy = new Map(economies.map((e) => [e, zeroByType()]));
  const byType = zeroByType();
  let total = 0;
  for (const c of active) {
    const counts = c.secretariat === null ? undefined : byEconomy.get(c.secretariat);
    if (counts === undefined) continue;
    counts[c.type] += 1;
    byType[c.type] += 1;
    total += 1;
  }
  const byMember = economies
    .map((iso3) => {
      const types = byEconomy.get(iso3)!;
      return { iso3, total: Object.values(types).reduce((s, n) => s + n, 0), byType: types };
    })
    .sort((a, b) => b.total - a.total || (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  return { total, byType, byMember };
}

/** The engagement of `members` in the active committees, against the `concern` economies. */
export function standardsEngagement(
  committees: readonly Committee[],
  opts: EngagementOptions,
): StandardsEngagement {
  const members = unique(opts.members);
  const concern = unique(opts.concern);
  const memberSet = new Set(members);
  const concernSet = new Set(concern);
  const active = committees
    .filter((c) => c.status === 'active')
    .sort((a, b) => compareReferences(a.reference, b.reference));
  const tagsOf = committeeTags(active, opts.tags);

  const withMember = (c: Committee): boolean => members.some((m) => takesPart(c, m));
  const participated = new Set(active.filter(withMember).map((c) => c.reference));
  const isUncontested = (c: Committee): boolean =>
    c.secretariat !== null && concernSet.has(c.secretariat) && !participated.has(c.reference);

  const uncontested: UncontestedCommittee[] = active.filter(isUncontested).map((c) => ({
    reference: c.reference,
    title: c.title,
    type: c.type,
    secretariat: c.secretariat!,
    tags: tagsOf.get(c.reference) ?? [],
  }));

  const byTag: TagEngagement[] = [];
  const complementarity: AreaComplementarity[] = [];
  for (const tag of opts.tags) {
    const inArea = active.filter((c) => (tagsOf.get(c.reference) ?? []).includes(tag.code));
    const held = (set: ReadonlySet<string>): number =>
      inArea.filter((c) => c.secretariat !== null && set.has(c.secretariat)).length;
    byTag.push({
      tag: tag.code,
      label: tag.label,
      activeCommittees: inArea.length,
      memberSecretariats: held(memberSet),
      concernSecretariats: held(concernSet),
      coveragePct: pct1(inArea.filter((c) => participated.has(c.reference)).length, inArea.length),
      uncontested: inArea.filter(isUncontested).map((c) => c.reference),
      withoutMemberSecretariat: inArea
        .filter((c) => c.secretariat === null || !memberSet.has(c.secretariat))
        .map((c) => ({ reference: c.reference, title: c.title, secretariat: c.secretariat })),
    });
    const inAreaMembers = members.map((iso3) => ({
      iso3,
      secretariats: inArea.filter((c) => c.secretariat === iso3).length,
      participating: inArea.filter((c) => takesPart(c, iso3)).length,
    }));
    complementarity.push({
      tag: tag.code,
      label: tag.label,
      members: inAreaMembers,
      covered: inAreaMembers.some((m) => m.secretariats > 0),
    });
  }

  const seen = new Set<string>();
  for (const c of committees) {
    if (c.secretariat !== null) seen.add(c.secretariat);
    for (const m of c.members) if (m.iso3 !== null) seen.add(m.iso3);
  }

  return {
    activeCommittees: active.length,
    secretariats: secretariatCount(active, members),
    concernSecretariats: secretariatCount(active, concern),
    participatedCommittees: participated.size,
    participationCoveragePct: pct1(participated.size, active.length),
    uncontested,
    byTag,
    complementarity,
    uncoveredTags: complementarity.filter((a) => !a.covered).map((a) => a.tag),
    overlap: members.filter((m) => concernSet.has(m)),
    notInData: unique([...members, ...concern]).filter((e) => !seen.has(e)),
    membersNotListed: active.filter(listsNoMember).map((c) => c.reference),
  };
}
