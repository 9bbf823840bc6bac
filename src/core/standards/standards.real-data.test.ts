// The standards analyses on ISO Open Data (../shared/data/standards, spring 2026). Every figure
// was counted independently from the CSV files (awk / a short script over the committees and
// participation files), not from these functions.
import { describe, expect, it } from 'vitest';
import {
  hasStandardsData,
  loadIsoCommittees,
  warnWithoutStandardsData,
} from '../../../test/standards-data.ts';
import type { Committee, CommitteeMember } from './committee.ts';
import { standardsEngagement } from './engagement.ts';
import { compareSnapshots, snapshotAlerts } from './snapshot.ts';
import { committeeTags, DEFAULT_STANDARDS_TAGS, unknownTaggedCommittees } from './tags.ts';
import { secretariatTrend } from './trend.ts';

warnWithoutStandardsData('standards analyses on real data');

const G7 = ['USA', 'JPN', 'DEU', 'FRA', 'GBR', 'ITA', 'CAN'];

describe.skipIf(!hasStandardsData)('standards analyses on ISO Open Data', () => {
  const committees = (): Committee[] => loadIsoCommittees();
  const g7 = () =>
    standardsEngagement(committees(), {
      members: G7,
      concern: ['CHN'],
      tags: DEFAULT_STANDARDS_TAGS,
    });

  it('finds every committee of the default tag map, each with an active committee', () => {
    expect(unknownTaggedCommittees(committees(), DEFAULT_STANDARDS_TAGS)).toEqual([]);
    const tags = committeeTags(
      committees().filter((c) => c.status === 'active'),
      DEFAULT_STANDARDS_TAGS,
    );
    for (const t of DEFAULT_STANDARDS_TAGS)
      expect(
        [...tags.values()].some((codes) => codes.includes(t.code)),
        t.code,
      ).toBe(true);
    // A tag covers subcommittees: ISO/TC 197/SC 1 is hydrogen through ISO/TC 197.
    expect(tags.get('ISO/TC 197/SC 1')).toEqual(['hydrogen']);
    expect(tags.get('ISO/TC 333')).toEqual(['batteries', 'critical-minerals']);
  });

  it('counts 779 active committees and the secretariats ISO publishes', () => {
    const e = standardsEngagement(committees(), {
      members: ['DEU', 'CHN', 'USA', 'FRA', 'JPN', 'GBR', 'SWE', 'KOR'],
      concern: [],
      tags: [],
    });
    expect(e.activeCommittees).toBe(779);
    expect(e.secretariats.byMember.map((s) => [s.iso3, s.total])).toEqual([
      ['DEU', 130],
      ['CHN', 94],
      ['USA', 90],
      ['FRA', 82],
      ['JPN', 80],
      ['GBR', 74],
      ['SWE', 27],
      ['KOR', 26],
    ]);
    expect(e.secretariats.byMember[0]!.byType).toEqual({
      TC: 36,
      SC: 92,
      PC: 1,
      joint: 1,
      other: 0,
    });
  });

  it('measures the G7 (without the EU) against China', () => {
    const e = g7();
    expect(e.secretariats.total).toBe(495);
    expect(e.secretariats.byType).toEqual({ TC: 144, SC: 343, PC: 3, joint: 5, other: 0 });
    expect(e.secretariats.byMember.map((s) => [s.iso3, s.total])).toEqual([
      ['DEU', 130],
      ['USA', 90],
      ['FRA', 82],
      ['JPN', 80],
      ['GBR', 74],
      ['ITA', 23],
      ['CAN', 16],
    ]);
    expect(e.concernSecretariats.total).toBe(94);
    expect(e.participatedCommittees).toBe(773);
    expect(e.participationCoveragePct).toBe(99.2);
    expect(e.uncontested.map((u) => u.reference)).toEqual([
      'ISO/IEC JTC 1/SC 43',
      'ISO/TC 93/SC 2',
      'ISO/TC 319',
    ]);
    expect(e.uncontested[0]).toEqual({
      reference: 'ISO/IEC JTC 1/SC 43',
      title: 'Brain-computer interfaces',
      type: 'SC',
      secretariat: 'CHN',
      tags: ['bci'],
    });
    expect(e.membersNotListed).toEqual([
      'IEC/ISO JSyC BDC',
      'IEC/ISO JTC 3',
      'ISO/IEC JTC 1/SC 25',
      'ISO/IEC JTC 1/SC 41',
      'ISO/IEC JTC 1/SC 43',
    ]);
    expect(e.notInData).toEqual([]);
  });

  it('gives the per-area figures and the areas no G7 country leads', () => {
    const e = g7();
    const tag = (code: string) => e.byTag.find((t) => t.tag === code)!;
    expect(tag('batteries')).toMatchObject({
      activeCommittees: 2,
      memberSecretariats: 1,
      concernSecretariats: 1,
      coveragePct: 100,
      uncontested: [],
      withoutMemberSecretariat: [{ reference: 'ISO/TC 333', title: 'Lithium', secretariat: 'CHN' }],
    });
    expect(tag('critical-minerals')).toMatchObject({
      activeCommittees: 3,
      memberSecretariats: 0,
      concernSecretariats: 2,
    });
    expect(tag('biotechnology')).toMatchObject({ activeCommittees: 5, memberSecretariats: 3 });
    expect(tag('nuclear')).toMatchObject({ activeCommittees: 4, memberSecretariats: 4 });
    expect(tag('bci')).toMatchObject({ coveragePct: 0, uncontested: ['ISO/IEC JTC 1/SC 43'] });
    expect(e.uncoveredTags).toEqual([
      'iot',
      'bci',
      'telecommunications',
      'critical-minerals',
      'blockchain',
      'robotics',
    ]);
    const ai = e.complementarity.find((a) => a.tag === 'ai')!;
    expect(ai.members.filter((m) => m.secretariats > 0).map((m) => m.iso3)).toEqual(['USA']);
  });

  it('shows who has been taking the new committees since 2015', () => {
    const t = secretariatTrend(committees(), {
      economies: ['CHN'],
      groups: [{ code: 'G7', economies: G7 }],
      from: 2015,
      to: 2026,
    });
    expect(t.totals).toEqual([12, 15, 12, 8, 3, 8, 5, 7, 10, 14, 14, 9]);
    expect(t.series).toEqual([
      { kind: 'economy', code: 'CHN', counts: [4, 3, 2, 2, 0, 1, 2, 4, 4, 4, 7, 1], total: 34 },
      { kind: 'group', code: 'G7', counts: [5, 9, 8, 6, 2, 5, 2, 2, 5, 6, 5, 3], total: 58 },
    ]);
    const all = secretariatTrend(committees());
    expect([all.years[0], all.years.at(-1), all.undated]).toEqual([1947, 2026, 0]);
    expect(all.totals.reduce((s, n) => s + n, 0)).toBe(779);
  });

  it('compares a modified copy: China takes ISO/IEC JTC 1/SC 42, Japan observes ISO/TC 2', () => {
    const before = committees();
    const role = (m: CommitteeMember, iso3: string, to: CommitteeMember['role']) =>
      m.iso3 === iso3 ? { ...m, role: to } : m;
    const after = before.map((c): Committee => {
      if (c.reference === 'ISO/IEC JTC 1/SC 42')
        return {
          ...c,
          secretariat: 'CHN',
          secretariatBody: 'SAC',
          members: c.members.map((m) => role(role(m, 'CHN', 'secretariat'), 'USA', 'P')),
        };
      if (c.reference === 'ISO/TC 2')
        return { ...c, members: c.members.map((m) => role(m, 'JPN', 'O')) };
      return c;
    });
    const changes = compareSnapshots(before, after);
    expect(changes).toEqual([
      {
        reference: 'ISO/IEC JTC 1/SC 42',
        kind: 'secretariat-changed',
        iso3: 'CHN',
        before: 'USA',
        after: 'CHN',
      },
      {
        reference: 'ISO/IEC JTC 1/SC 42',
        kind: 'role-changed',
        iso3: 'CHN',
        before: 'P',
        after: 'secretariat',
      },
      {
        reference: 'ISO/IEC JTC 1/SC 42',
        kind: 'role-changed',
        iso3: 'USA',
        before: 'secretariat',
        after: 'P',
      },
      { reference: 'ISO/TC 2', kind: 'role-changed', iso3: 'JPN', before: 'P', after: 'O' },
    ]);
    const alerts = snapshotAlerts(changes, {
      before,
      after,
      tags: DEFAULT_STANDARDS_TAGS,
      members: G7,
      concern: ['CHN'],
    });
    expect(alerts).toEqual([
      {
        kind: 'concern-secretariat',
        reference: 'ISO/IEC JTC 1/SC 42',
        iso3: 'CHN',
        tags: ['ai'],
        message:
          'CHN took the secretariat of ISO/IEC JTC 1/SC 42 (Artificial intelligence) from USA [ai]',
      },
    ]);
  });
});
