import { describe, expect, it } from 'vitest';
import type { Committee, CommitteeMember, StandardsTag } from './committee.ts';
import { compareSnapshots, snapshotAlerts, type CommitteeChange } from './snapshot.ts';

const m = (iso3: string | null, role: CommitteeMember['role'], body = iso3 ?? 'XYZ') => ({
  memberBody: body,
  iso3,
  role,
});

const committee = (
  reference: string,
  secretariat: string | null,
  members: CommitteeMember[],
  extra: Partial<Committee> = {},
): Committee => ({
  body: 'ISO',
  reference,
  externalId: null,
  type: 'TC',
  parent: null,
  title: `Title ${reference}`,
  status: 'active',
  created: null,
  secretariat,
  secretariatBody: secretariat === null ? null : `${secretariat}-body`,
  members,
  ...extra,
});

const BEFORE: Committee[] = [
  committee('ISO/TC 10', 'DEU', [m('DEU', 'secretariat'), m('USA', 'P'), m('JPN', 'P')]),
  committee('ISO/TC 2', 'USA', [m('USA', 'secretariat'), m('FRA', 'O'), m(null, 'P', 'ABC')]),
  committee('ISO/TC 3', 'GBR', [m('GBR', 'secretariat')]),
  committee('ISO/TC 4', 'JPN', [m('JPN', 'secretariat')]),
];

const AFTER: Committee[] = [
  // CHN takes the secretariat; DEU stays P; USA becomes an observer; JPN leaves.
  committee('ISO/TC 10', 'CHN', [m('CHN', 'secretariat'), m('DEU', 'P'), m('USA', 'O')]),
  // FRA moves up to P; the unmapped ABC leaves, DEF joins; the committee is suspended.
  committee('ISO/TC 2', 'USA', [m('USA', 'secretariat'), m('FRA', 'P'), m(null, 'O', 'DEF')], {
    status: 'suspended',
  }),
  committee('ISO/TC 4', 'JPN', [m('JPN', 'secretariat')]),
  committee('ISO/TC 5', 'CHN', [m('CHN', 'secretariat')]),
];

describe('compareSnapshots', () => {
  const changes = compareSnapshots(BEFORE, AFTER);

  it('lists every change, ordered by reference, kind and economy', () => {
    expect(changes).toEqual<CommitteeChange[]>([
      {
        reference: 'ISO/TC 2',
        kind: 'status-changed',
        iso3: null,
        before: 'active',
        after: 'suspended',
      },
      { reference: 'ISO/TC 2', kind: 'member-joined', iso3: null, before: null, after: 'O' },
      { reference: 'ISO/TC 2', kind: 'member-left', iso3: null, before: 'P', after: null },
      { reference: 'ISO/TC 2', kind: 'role-changed', iso3: 'FRA', before: 'O', after: 'P' },
      {
        reference: 'ISO/TC 3',
        kind: 'committee-removed',
        iso3: 'GBR',
        before: 'active',
        after: null,
      },
      {
        reference: 'ISO/TC 5',
        kind: 'committee-added',
        iso3: 'CHN',
        before: null,
        after: 'active',
      },
      {
        reference: 'ISO/TC 10',
        kind: 'secretariat-changed',
        iso3: 'CHN',
        before: 'DEU',
        after: 'CHN',
      },
      {
        reference: 'ISO/TC 10',
        kind: 'member-joined',
        iso3: 'CHN',
        before: null,
        after: 'secretariat',
      },
      { reference: 'ISO/TC 10', kind: 'member-left', iso3: 'JPN', before: 'P', after: null },
      {
        reference: 'ISO/TC 10',
        kind: 'role-changed',
        iso3: 'DEU',
        before: 'secretariat',
        after: 'P',
      },
      { reference: 'ISO/TC 10', kind: 'role-changed', iso3: 'USA', before: 'P', after: 'O' },
    ]);
  });

  it('finds nothing between a snapshot and itself, whatever the order', () => {
    expect(compareSnapshots(BEFORE, [...BEFORE].reverse())).toEqual([]);
  });

  it('is deterministic in the order of its input', () => {
    expect(compareSnapshots([...BEFORE].reverse(), [...AFTER].reverse())).toEqual(changes);
  });

  it('compares secretariats by economy, and by body when unmapped', () => {
    const renamed = committee('ISO/TC 1', 'DEU', [], { secretariatBody: 'DIN-new' });
    expect(compareSnapshots([committee('ISO/TC 1', 'DEU', [])], [renamed])).toEqual([]);
    const unmapped = (body: string) => committee('ISO/TC 1', null, [], { secretariatBody: body });
    expect(compareSnapshots([unmapped('ABC')], [unmapped('DEF')])).toEqual([
      {
        reference: 'ISO/TC 1',
        kind: 'secretariat-changed',
        iso3: null,
        before: 'ABC',
        after: 'DEF',
      },
    ]);
  });
});

describe('snapshotAlerts', () => {
  const TAGS: StandardsTag[] = [
    { code: 'ai', label: 'AI', description: '', committees: ['ISO/TC 10', 'ISO/TC 2'] },
    { code: 'h2', label: 'H2', description: '', committees: ['ISO/TC 10', 'ISO/TC 5'] },
  ];
  const ctx = {
    before: BEFORE,
    after: AFTER,
    tags: TAGS,
    members: ['USA', 'JPN', 'DEU', 'FRA', 'GBR'],
    concern: ['CHN'],
  };

  it('alerts on a concern secretariat in a strategic committee and on members leaving one', () => {
    const alerts = snapshotAlerts(compareSnapshots(BEFORE, AFTER), ctx);
    expect(
      alerts.map(({ kind, reference, iso3, tags }) => ({ kind, reference, iso3, tags })),
    ).toEqual([
      { kind: 'concern-secretariat', reference: 'ISO/TC 5', iso3: 'CHN', tags: ['h2'] },
      { kind: 'concern-secretariat', reference: 'ISO/TC 10', iso3: 'CHN', tags: ['ai', 'h2'] },
      { kind: 'member-left-strategic', reference: 'ISO/TC 10', iso3: 'JPN', tags: ['ai', 'h2'] },
      { kind: 'member-left-strategic', reference: 'ISO/TC 10', iso3: 'USA', tags: ['ai', 'h2'] },
    ]);
    expect(alerts[1]!.message).toBe(
      'CHN took the secretariat of ISO/TC 10 (Title ISO/TC 10) from DEU [ai, h2]',
    );
    expect(alerts[0]!.message).toBe(
      'CHN holds the secretariat of the new committee ISO/TC 5 (Title ISO/TC 5) [h2]',
    );
    expect(alerts[3]!.message).toBe(
      'USA moved from participating to observer in ISO/TC 10 (Title ISO/TC 10) [ai, h2]',
    );
  });

  it('raises nothing for untagged committees, non-members or a secretariat lost while staying P', () => {
    const alerts = snapshotAlerts(compareSnapshots(BEFORE, AFTER), { ...ctx, tags: [] });
    expect(alerts).toEqual([]);
    // DEU lost the secretariat of ISO/TC 10 but stays P: no alert for DEU.
    const withTags = snapshotAlerts(compareSnapshots(BEFORE, AFTER), ctx);
    expect(withTags.some((a) => a.iso3 === 'DEU')).toBe(false);
    // Without members, only the concern secretariats remain.
    expect(
      snapshotAlerts(compareSnapshots(BEFORE, AFTER), { ...ctx, members: [] }).map((a) => a.kind),
    ).toEqual(['concern-secretariat', 'concern-secretariat']);
  });

  it('alerts when a member holding the secretariat leaves and not for a concern secretariat of a suspended committee', () => {
    const before = [committee('ISO/TC 10', 'GBR', [m('GBR', 'secretariat')])];
    const after = [
      committee('ISO/TC 10', 'CHN', [m('CHN', 'secretariat')], { status: 'suspended' }),
    ];
    const alerts = snapshotAlerts(compareSnapshots(before, after), { ...ctx, before, after });
    expect(alerts.map((a) => [a.kind, a.iso3, a.message])).toEqual([
      [
        'member-left-strategic',
        'GBR',
        'GBR left ISO/TC 10 (Title ISO/TC 10), where it was the secretariat [ai, h2]',
      ],
    ]);
  });
});
