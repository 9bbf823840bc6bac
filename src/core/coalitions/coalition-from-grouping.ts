// Groupings as coalitions: any named grouping of the reference data (G7, D10, T12 …) can be analysed
// as a coalition, and the EU grouping's members are the member states the EU participant stands for.
import { SUPRANATIONAL_BODIES, type GroupingWithMembers } from '../groupings/grouping.ts';
import type { Coalition } from './coalition.ts';

/**
 * A grouping used as a coalition (`origin: 'grouping'`). Every listed member, economy or
 * supranational body, takes the tier `member`: the grouping's `status` is the source's own word
 * for full participation ("participating state", MTCR's "partner", G7's "non-enumerated member"
 * for the EU, a proposal's "proposed member"), not a tier of this platform.
 */
export function coalitionFromGrouping(grouping: GroupingWithMembers): Coalition {
  return {
    code: grouping.code,
    name: grouping.name,
    description: `${grouping.name} (${grouping.kind}) as listed in the reference data (source ${grouping.sourceId})`,
    participants: grouping.members.map((m) => ({
      code: m.code,
      name: m.name,
      kind: m.kind,
      tier: 'member',
    })),
    origin: 'grouping',
  };
}

/**
 * The member states of each supranational body, for `coalitionEconomies`: for every body code
 * (`EU`), the economy members of the grouping that lists them (`SUPRANATIONAL_BODIES.EU.memberGroup`
 * is the grouping `EU`). Bodies without such a grouping among `groupings` (the African Union) are
 * left out, so that `coalitionEconomies` warns where they are used.
 */
export function supranationalMemberStates(
  groupings: readonly GroupingWithMembers[],
  bodies: Readonly<Record<string, { memberGroup: string | null }>> = SUPRANATIONAL_BODIES,
): Map<string, string[]> {
  const byCode = new Map(groupings.map((g) => [g.code, g]));
  const result = new Map<string, string[]>();
  for (const [body, { memberGroup }] of Object.entries(bodies)) {
    const grouping = memberGroup === null ? undefined : byCode.get(memberGroup);
    if (grouping === undefined) continue;
    result.set(
      body,
      grouping.members.filter((m) => m.kind === 'economy').map((m) => m.code),
    );
  }
  return result;
}
