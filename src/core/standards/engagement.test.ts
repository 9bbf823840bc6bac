import { describe, expect, it } from 'vitest';
import type { Committee, CommitteeMember, CommitteeType, StandardsTag } from './committee.ts';
import { pct1, standardsEngagement } from './engagement.ts';

const m = (iso3: string | null, role: CommitteeMember['role'], body = iso3 ?? 'XYZ') => ({
  memberBody: body,
  iso3,
  role,
});

const committee = (
  reference: string,
  type: CommitteeType,
  secretariat: string | null,
  members: CommitteeMember[],
  extra: Partial<Committee> = {},
): Committee => ({
  body: 'ISO',
  reference,
  externalId: null,
  type,
  parent: reference.includes('/SC') ? reference.slice(0, reference.lastIndexOf('/')) : null,
  title: `Title of ${reference}`,
  status: 'active',
  created: null,
  secretariat,
  secretariatBody: secretariat,
  members,
  ...extra,
});

// Members USA, JPN, DEU, CAN, NZL; concern CHN, RUS.
const COMMITTEES: Committee[] = [
  committee('ISO/TC 1', 'TC', 'DEU', [m('DEU', 'secretariat'), m('CHN', 'P')]),
  // Led by CHN; the USA only observes: uncontested.
  committee('ISO/TC 1/SC 1', 'SC', 'CHN', [m('CHN', 'secretariat'), m('USA', 'O')]),
  committee('ISO/TC 2', 'TC', 'CHN', [m('CHN', 'secretariat'), m('JPN', 'P')]),
  // Suspended: counts nowhere.
  committee('ISO/TC 3', 'TC', 'CHN', [m('CHN', 'secretariat')], { status: 'suspended' }),
  committee('ISO/IEC JTC 1', 'joint', 'USA', [m('USA', 'secretariat')]),
  // Led by CHN with RUS and an unmapped body: uncontested.
  committee('ISO/IEC JTC 1/SC 43', 'SC', 'CHN', [
    m('CHN', 'secretariat'),
    m('RUS', 'P'),
    m(null, 'P', 'ABC'),
  ]),
  committee('ISO/TC 4', 'PC', 'RUS', [m('RUS', 'secretariat'), m('DEU', 'P')]),
  committee('ISO/TC 5', 'TC', null, [m('FRA', 'P')]),
  // The secretariat is named but not listed among the members: JPN still takes part.
  committee('ISO/TC 6', 'TC', 'JPN', [m('FRA', 'O')]),
];

const TAGS: StandardsTag[] = [
  { code: 'x', label: 'Area X', description: '', committees: ['ISO/TC 1'] },
  { code: 'bci', label: 'BCI', description: '', committees: ['ISO/IEC JTC 1/SC 43'] },
  { code: 'none', label: 'Nothing', description: '', committees: ['ISO/TC 99'] },
];

const zero = { TC: 0, SC: 0, PC: 0, joint: 0, other: 0 };

describe('standardsEngagement', () => {
  const e = standardsEngagement(COMMITTEES, {
    members: ['USA', 'JPN', 'DEU', 'CAN', 'NZL', 'USA'],
    concern: ['CHN', 'RUS'],
    tags: TAGS,
  });

  it('counts active committees and the members’ secretariats, every member listed', () => {
    expect(e.activeCommittees).toBe(8);
    expect(e.secretariats).toEqual({
      total: 3,
      byType: { ...zero, TC: 2, joint: 1 },
      byMember: [
        { iso3: 'DEU', total: 1, byType: { ...zero, TC: 1 } },
        { iso3: 'JPN', total: 1, byType: { ...zero, TC: 1 } },
        { iso3: 'USA', total: 1, byType: { ...zero, joint: 1 } },
        { iso3: 'CAN', total: 0, byType: zero },
        { iso3: 'NZL', total: 0, byType: zero },
      ],
    });
  });

  it('counts the concern economies’ secretariats in active committees only', () => {
    expect(e.concernSecretariats).toEqual({
      total: 4,
      byType: { ...zero, TC: 1, SC: 2, PC: 1 },
      byMember: [
        { iso3: 'CHN', total: 3, byType: { ...zero, TC: 1, SC: 2 } },
        { iso3: 'RUS', total: 1, byType: { ...zero, PC: 1 } },
      ],
    });
  });

  it('measures participation as P or secretariat, not observing', () => {
    // TC 1 (DEU), TC 2 (JPN), JTC 1 (USA), TC 4 (DEU P), TC 6 (JPN secretariat) of 8.
    expect(e.participatedCommittees).toBe(5);
    expect(e.participationCoveragePct).toBe(62.5);
  });

  it('lists the committees a concern economy leads where no member participates', () => {
    expect(e.uncontested).toEqual([
      {
        reference: 'ISO/IEC JTC 1/SC 43',
        title: 'Title of ISO/IEC JTC 1/SC 43',
        type: 'SC',
        secretariat: 'CHN',
        tags: ['bci'],
      },
      {
        reference: 'ISO/TC 1/SC 1',
        title: 'Title of ISO/TC 1/SC 1',
        type: 'SC',
        secretariat: 'CHN',
        tags: ['x'],
      },
    ]);
  });

  it('gives the same measures per tag, subcommittees included', () => {
    expect(e.byTag).toEqual([
      {
        tag: 'x',
        label: 'Area X',
        activeCommittees: 2,
        memberSecretariats: 1,
        concernSecretariats: 1,
        coveragePct: 50,
        uncontested: ['ISO/TC 1/SC 1'],
        withoutMemberSecretariat: [
          { reference: 'ISO/TC 1/SC 1', title: 'Title of ISO/TC 1/SC 1', secretariat: 'CHN' },
        ],
      },
      {
        tag: 'bci',
        label: 'BCI',
        activeCommittees: 1,
        memberSecretariats: 0,
        concernSecretariats: 1,
        coveragePct: 0,
        uncontested: ['ISO/IEC JTC 1/SC 43'],
        withoutMemberSecretariat: [
          {
            reference: 'ISO/IEC JTC 1/SC 43',
            title: 'Title of ISO/IEC JTC 1/SC 43',
            secretariat: 'CHN',
          },
        ],
      },
      {
        tag: 'none',
        label: 'Nothing',
        activeCommittees: 0,
        memberSecretariats: 0,
        concernSecretariats: 0,
        coveragePct: null,
        uncontested: [],
        withoutMemberSecretariat: [],
      },
    ]);
  });

  it('says which member covers which area and which areas nobody covers', () => {
    const x = e.complementarity.find((a) => a.tag === 'x')!;
    expect(x.covered).toBe(true);
    expect(x.members).toEqual([
      { iso3: 'USA', secretariats: 0, participating: 0 },
      { iso3: 'JPN', secretariats: 0, participating: 0 },
      { iso3: 'DEU', secretariats: 1, participating: 1 },
      { iso3: 'CAN', secretariats: 0, participating: 0 },
      { iso3: 'NZL', secretariats: 0, participating: 0 },
    ]);
    expect(e.complementarity.map((a) => [a.tag, a.covered])).toEqual([
      ['x', true],
      ['bci', false],
      ['none', false],
    ]);
    expect(e.uncoveredTags).toEqual(['bci', 'none']);
  });

  it('names the economies found in no committee', () => {
    expect(e.notInData).toEqual(['CAN', 'NZL']);
    expect(e.overlap).toEqual([]);
  });

  it('names the active committees whose list holds only the secretariat', () => {
    expect(e.membersNotListed).toEqual(['ISO/IEC JTC 1']);
  });

  it('counts an economy in both lists on both sides, and never as uncontested', () => {
    const both = standardsEngagement(COMMITTEES, {
      members: ['USA', 'CHN'],
      concern: ['CHN'],
      tags: TAGS,
    });
    expect(both.overlap).toEqual(['CHN']);
    expect(both.secretariats.byMember.map((s) => [s.iso3, s.total])).toEqual([
      ['CHN', 3],
      ['USA', 1],
    ]);
    expect(both.concernSecretariats.total).toBe(3);
    expect(both.uncontested).toEqual([]);
    expect(both.uncoveredTags).toEqual(['none']);
  });

  it('answers zeros and null percentages without committees', () => {
    const empty = standardsEngagement([], { members: ['USA'], concern: ['CHN'], tags: TAGS });
    expect(empty.activeCommittees).toBe(0);
    expect(empty.participationCoveragePct).toBeNull();
    expect(empty.secretariats.byMember).toEqual([{ iso3: 'USA', total: 0, byType: zero }]);
    expect(empty.uncoveredTags).toEqual(['x', 'bci', 'none']);
    expect(empty.notInData).toEqual(['USA', 'CHN']);
  });
});

describe('pct1', () => {
  it('rounds to one decimal and answers null for an empty base', () => {
    expect(pct1(1, 3)).toBe(33.3);
    expect(pct1(2, 3)).toBe(66.7);
    expect(pct1(0, 0)).toBeNull();
  });
});
