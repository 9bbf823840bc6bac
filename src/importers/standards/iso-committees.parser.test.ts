import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors.ts';
import {
  hasStandardsData,
  ISO_COMMITTEE_FILES,
  warnWithoutStandardsData,
} from '../../../test/standards-data.ts';
import { ISO_COMMITTEES_SOURCE } from '../iso-standards.format.ts';
import { ISO_COMMITTEES_SET_ASIDE, parseIsoCommittees } from './iso-committees.parser.ts';

warnWithoutStandardsData('ISO committees parser tests on real data');

describe.skipIf(!hasStandardsData)('parseIsoCommittees on ISO Open Data (spring 2026)', () => {
  let parsed: ReturnType<typeof parseIsoCommittees> | null = null;
  const r = () => (parsed ??= parseIsoCommittees(ISO_COMMITTEE_FILES));
  const committee = (reference: string) => r().committees.find((c) => c.reference === reference)!;

  it('reads all 796 committees without an issue, 779 of them active', () => {
    expect(r().issues).toEqual([]);
    expect(r().warnings).toEqual([]);
    expect(r().committees).toHaveLength(796);
    expect(r().committees.filter((c) => c.status === 'active')).toHaveLength(779);
    expect(r().committees.filter((c) => c.status === 'suspended')).toHaveLength(17);
    const ofType = (t: string) => r().committees.filter((c) => c.type === t).length;
    expect([ofType('TC'), ofType('SC'), ofType('PC'), ofType('joint')]).toEqual([265, 521, 5, 5]);
    expect(r().body).toBe('ISO');
    expect(r().source).toBe(ISO_COMMITTEES_SOURCE);
    expect(r().snapshotDate).toBe('2026-03-19');
  });

  it('counts every row of the three files and folds the 794 secretariat P rows', () => {
    expect(r().counts).toEqual({
      rowsRead: 796 + 32_276 + 163,
      rejectedRows: 0,
      setAside: { [ISO_COMMITTEES_SET_ASIDE.secretariatP]: 794 },
    });
    const members = r().committees.flatMap((c) => c.members);
    expect(members).toHaveLength(32_276 - 794);
    expect(members.filter((m) => m.role === 'secretariat')).toHaveLength(794);
  });

  it('gives Germany 130, China 94 and the United States 90 secretariats of active committees', () => {
    const held = new Map<string, number>();
    for (const c of r().committees)
      if (c.status === 'active' && c.secretariat !== null)
        held.set(c.secretariat, (held.get(c.secretariat) ?? 0) + 1);
    expect(held.get('DEU')).toBe(130);
    expect(held.get('CHN')).toBe(94);
    expect(held.get('USA')).toBe(90);
    expect(held.get('FRA')).toBe(82);
  });

  it('reads ISO/IEC JTC 1/SC 43 with its Chinese secretariat under JTC 1', () => {
    expect(committee('ISO/IEC JTC 1/SC 43')).toEqual({
      body: 'ISO',
      reference: 'ISO/IEC JTC 1/SC 43',
      externalId: '9082407',
      type: 'SC',
      parent: 'ISO/IEC JTC 1',
      title: 'Brain-computer interfaces',
      status: 'active',
      created: '2022-05-24',
      secretariat: 'CHN',
      secretariatBody: 'SAC',
      members: [{ memberBody: 'SAC', iso3: 'CHN', role: 'secretariat' }],
    });
  });

  it('lists one member per body, secretariat first, and keeps unmapped bodies without an economy', () => {
    const jtc1 = committee('ISO/IEC JTC 1');
    expect(jtc1.members[0]).toEqual({ memberBody: 'ANSI', iso3: 'USA', role: 'secretariat' });
    expect(jtc1.members.filter((m) => m.memberBody === 'ANSI')).toHaveLength(1);
    expect(jtc1.members.filter((m) => m.role === 'P')).toHaveLength(49);
    expect(jtc1.members.filter((m) => m.role === 'O')).toHaveLength(58);
    const unmapped = r().committees.flatMap((c) => c.members.filter((m) => m.iso3 === null));
    expect(unmapped.length).toBeGreaterThan(0);
    expect(unmapped.every((m) => m.role !== 'secretariat')).toBe(true);
  });
});

describe('parseIsoCommittees on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'iso-committees-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: string[]): string => {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };
  const HEADER =
    'committee_id,reference,committee_type,status,title_en,secretariat_acronym,secretariat_iso3,creation_date,parent_id,n_p_members,n_o_members';
  const COMMITTEES = [
    HEADER,
    '1,ISO/TC 1,TC,Active,Screw threads,DIN,DEU,1947-01-01,,2,1',
    '2,ISO/TC 1/SC 1,SC,Suspended,Fasteners,SAC,CHN,1950-06-30,1,1,0',
    '3,ISO/PC 9,PC,Active,"Quantum, project",ANSI,USA,2024-02-29,,1,0',
  ];
  const PARTICIPATION_HEADER = 'committee_id,reference,member_acronym,role,member_iso3';
  const PARTICIPATION = [
    PARTICIPATION_HEADER,
    '1,ISO/TC 1,DIN,secretariat,DEU',
    '1,ISO/TC 1,DIN,P,DEU',
    '1,ISO/TC 1,SAC,P,CHN',
    '1,ISO/TC 1,XYZ,O,',
    '2,ISO/TC 1/SC 1,SAC,secretariat,CHN',
    '2,ISO/TC 1/SC 1,SAC,P,CHN',
    '3,ISO/PC 9,ANSI,secretariat,USA',
  ];
  const BODIES = [
    'member_acronym,iso3,mapping_confidence',
    'DIN,DEU,high',
    'SAC,CHN,high',
    'ANSI,USA,high',
    'XYZ,,unmapped',
  ];

  it('reads good small files: parent references, statuses, folded secretariat, unmapped body', () => {
    const p = parseIsoCommittees({
      committees: write('good.csv', COMMITTEES),
      participation: write('good-long.csv', PARTICIPATION),
      bodies: write('good-bodies.csv', BODIES),
    });
    expect(p.issues).toEqual([]);
    expect(p.committees.map((c) => [c.reference, c.parent, c.status, c.title])).toEqual([
      ['ISO/TC 1', null, 'active', 'Screw threads'],
      ['ISO/TC 1/SC 1', 'ISO/TC 1', 'suspended', 'Fasteners'],
      ['ISO/PC 9', null, 'active', 'Quantum, project'],
    ]);
    expect(p.committees[0]!.members).toEqual([
      { memberBody: 'DIN', iso3: 'DEU', role: 'secretariat' },
      { memberBody: 'SAC', iso3: 'CHN', role: 'P' },
      { memberBody: 'XYZ', iso3: null, role: 'O' },
    ]);
    expect(p.snapshotDate).toBe('2024-02-29');
    expect(p.counts).toEqual({
      rowsRead: 3 + 7 + 4,
      rejectedRows: 0,
      setAside: { [ISO_COMMITTEES_SET_ASIDE.secretariatP]: 2 },
    });
  });

  it('reports a bad role with its file, line and field, and keeps the other rows', () => {
    const long = write('bad-role.csv', [...PARTICIPATION.slice(0, 3), '1,ISO/TC 1,SAC,X,CHN']);
    const p = parseIsoCommittees({ committees: write('c1.csv', COMMITTEES), participation: long });
    expect(p.issues).toEqual([
      {
        file: long,
        line: 4,
        field: 'role',
        reason: "'X' is not a role (secretariat, P or O)",
        value: 'X',
      },
    ]);
    expect(p.counts.rejectedRows).toBe(1);
    expect(p.committees[0]!.members).toEqual([
      { memberBody: 'DIN', iso3: 'DEU', role: 'secretariat' },
    ]);
  });

  it('reports a participation row naming an unknown committee', () => {
    const long = write('unknown.csv', [PARTICIPATION_HEADER, '99,ISO/TC 99,DIN,P,DEU']);
    const p = parseIsoCommittees({ committees: write('c2.csv', COMMITTEES), participation: long });
    expect(p.issues).toEqual([
      {
        file: long,
        line: 2,
        field: 'committee_id',
        reason: 'no committee in the committees file has this id',
        value: '99',
      },
    ]);
  });

  it('refuses a file without a required column, naming the file and the column', () => {
    const committees = write('no-status.csv', [
      'committee_id,reference,committee_type,title_en,secretariat_acronym,creation_date,parent_id',
      '1,ISO/TC 1,TC,Screw threads,DIN,1947-01-01,',
    ]);
    expect(() => parseIsoCommittees({ committees })).toThrowError(DomainError);
    expect(() => parseIsoCommittees({ committees })).toThrowError(
      new RegExp(`^${committees}: missing column 'status'`),
    );
    const long = write('no-role.csv', ['committee_id,reference,member_acronym', '1,ISO/TC 1,DIN']);
    expect(() =>
      parseIsoCommittees({ committees: write('c3.csv', COMMITTEES), participation: long }),
    ).toThrowError(`${long}: missing column 'role'`);
  });

  it('reports a reference listed twice on the second line', () => {
    const committees = write('dup.csv', [
      ...COMMITTEES,
      '4,ISO/TC 1,TC,Active,Screw threads again,DIN,DEU,1948-01-01,,1,0',
    ]);
    const p = parseIsoCommittees({ committees });
    expect(p.issues).toEqual([
      {
        file: committees,
        line: 5,
        field: 'reference',
        reason: 'committee listed twice',
        value: 'ISO/TC 1',
      },
    ]);
    expect(p.committees.map((c) => c.externalId)).toEqual(['1', '2', '3']);
  });

  it('reports a date that is not a calendar date, a bad type and an unknown parent', () => {
    const committees = write('bad-cells.csv', [
      HEADER,
      '1,ISO/TC 1,TC,Active,Screw threads,DIN,DEU,2023-02-29,,1,0',
      '2,ISO/TC 2,WG,Active,Fasteners,DIN,DEU,1950-01-01,,1,0',
      '3,ISO/TC 3/SC 1,SC,Active,Bolts,DIN,DEU,1950-01-01,77,1,0',
    ]);
    const p = parseIsoCommittees({ committees });
    expect(p.issues.map((i) => [i.line, i.field, i.reason, i.value])).toEqual([
      [2, 'creation_date', 'is not a date (YYYY-MM-DD)', '2023-02-29'],
      [3, 'committee_type', "'WG' is not a committee type (TC, SC, PC or joint)", 'WG'],
      [4, 'parent_id', 'no committee has this id', '77'],
    ]);
    expect(p.issues.every((i) => i.file === committees)).toBe(true);
    expect(p.counts.rejectedRows).toBe(3);
    expect(p.committees).toEqual([]);
  });

  it('takes the acronym table as the authority and warns where the files disagree', () => {
    const p = parseIsoCommittees({
      committees: write('c4.csv', COMMITTEES),
      participation: write('long4.csv', PARTICIPATION),
      bodies: write('bodies4.csv', [...BODIES.slice(0, 2), 'SAC,HKG,high', ...BODIES.slice(3)]),
    });
    expect(p.issues).toEqual([]);
    expect(p.committees[1]!.secretariat).toBe('HKG');
    expect(p.warnings).toEqual([
      "member body SAC: the acronym table gives HKG, the data files CHN; the table's is used",
    ]);
  });

  it('reports economy codes the store does not know, in every file, when told the known ones', () => {
    const bodies = write('bodies6.csv', [...BODIES, 'ZZB,ZZZ,high']);
    const committees = write('c6.csv', [
      ...COMMITTEES,
      '4,ISO/TC 4,TC,Active,Rolling bearings,ZZA,XXX,1947-01-01,,1,0',
    ]);
    const long = write('long6.csv', [...PARTICIPATION, '1,ISO/TC 1,ZZC,P,QQQ']);
    const p = parseIsoCommittees(
      { committees, participation: long, bodies },
      { economies: new Set(['DEU', 'CHN', 'USA']) },
    );
    expect(p.issues.map((i) => [i.file, i.line, i.field, i.reason])).toEqual([
      [bodies, 6, 'iso3', "unknown economy code 'ZZZ'"],
      [committees, 5, 'secretariat_iso3', "unknown economy code 'XXX'"],
      [long, 9, 'member_iso3', "unknown economy code 'QQQ'"],
    ]);
  });

  it('refuses a member listed twice otherwise than as secretariat and P', () => {
    const long = write('twice.csv', [
      ...PARTICIPATION.slice(0, 4),
      '1,ISO/TC 1,SAC,O,CHN',
      '1,ISO/TC 1,DIN,O,DEU',
    ]);
    const p = parseIsoCommittees({ committees: write('c7.csv', COMMITTEES), participation: long });
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [5, 'role', 'SAC is listed as both P and O in ISO/TC 1'],
      [6, 'role', 'DIN is listed as both secretariat and O in ISO/TC 1'],
    ]);
  });

  it('lists only the secretariat holder as member without a participation file, and says so', () => {
    const p = parseIsoCommittees({ committees: write('c5.csv', COMMITTEES) });
    expect(p.committees[1]!.members).toEqual([
      { memberBody: 'SAC', iso3: 'CHN', role: 'secretariat' },
    ]);
    expect(p.warnings).toEqual([
      'no participation file (--participation): committees list only their secretariat holder as a member',
    ]);
  });
});
