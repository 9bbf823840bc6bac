import { describe, expect, it } from 'vitest';
import type { GroupMember, GroupingWithMembers } from '../groupings/grouping.ts';
import { coalitionFromGrouping, supranationalMemberStates } from './coalition-from-grouping.ts';

const member = (code: string, kind: GroupMember['kind'], status: string): GroupMember => ({
  code,
  name: code,
  kind,
  status,
  asOf: null,
  sourceUrls: [],
  notes: null,
});
const grouping = (code: string, members: GroupMember[]): GroupingWithMembers => ({
  code,
  name: code,
  kind: 'forum',
  sourceId: 'compiled-group-memberships',
  members,
});

describe('groupings as coalitions', () => {
  it("makes every listed member a member, whatever the source's word for it", () => {
    const c = coalitionFromGrouping(
      grouping('G7', [
        member('USA', 'economy', 'member'),
        member('EU', 'supranational', 'non-enumerated member'),
        member('JPN', 'economy', 'partner'),
      ]),
    );
    expect(c.origin).toBe('grouping');
    expect(c.participants.map((p) => [p.code, p.kind, p.tier])).toEqual([
      ['USA', 'economy', 'member'],
      ['EU', 'supranational', 'member'],
      ['JPN', 'economy', 'member'],
    ]);
  });

  it("reads the EU's member states from the EU grouping and leaves out bodies without one", () => {
    const states = supranationalMemberStates([
      grouping('EU', [
        member('DEU', 'economy', 'member state'),
        member('FRA', 'economy', 'member state'),
      ]),
      grouping('G7', [member('USA', 'economy', 'member')]),
    ]);
    expect([...states]).toEqual([['EU', ['DEU', 'FRA']]]);
  });

  it('leaves out the EU when its grouping is not given', () => {
    expect(supranationalMemberStates([]).size).toBe(0);
  });
});
