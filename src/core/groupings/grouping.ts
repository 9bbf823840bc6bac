// Groupings: named sets of economies and supranational bodies (G7, OECD, Wassenaar, D-10 …).

export type GroupingKind =
  | 'forum'
  | 'alliance'
  | 'union'
  | 'organisation'
  | 'export-control regime'
  | 'intelligence alliance'
  | 'partnership'
  | 'proposal'
  | 'other';

/** A member is an economy (ISO3) or a supranational body such as the EU or the African Union. */
export type MemberKind = 'economy' | 'supranational';

export interface GroupMember {
  code: string;
  name: string;
  kind: MemberKind;
  /** As the source states it: member, participating state, partner … */
  status: string;
  asOf: string | null;
  sourceUrls: string[];
  notes: string | null;
}

export interface Grouping {
  code: string;
  name: string;
  kind: string;
  sourceId: string;
}

export interface GroupingWithMembers extends Grouping {
  members: GroupMember[];
}

/** A grouping as lists show it, with how many members it has. */
export interface GroupingSummary extends Grouping {
  memberCount: number;
}

/** One grouping a member belongs to, with its status there. */
export interface Membership {
  groupCode: string;
  groupName: string;
  /** As the source states it: member, participating state, partner … */
  status: string;
}

/** Supranational members that sources list in groupings, with the economies they stand for. */
export const SUPRANATIONAL_BODIES: Record<string, { name: string; memberGroup: string | null }> = {
  EU: { name: 'European Union', memberGroup: 'EU' },
  AU: { name: 'African Union', memberGroup: null },
};
