import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMITTEES_SET_ASIDE, parseCommittees } from './committees.parser.ts';

describe('parseCommittees (the generic standards-committees layout)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'standards-committees-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, lines: string[]): string => {
    const file = join(dir, name);
    writeFileSync(file, lines.join('\n') + '\n');
    return file;
  };
  const HEADER =
    'body,reference,type,parent_reference,title,status,created,secretariat_iso3,secretariat_body';
  const COMMITTEES = [
    HEADER,
    'IEC,IEC/TC 9,TC,,Electrical equipment for railways,Active,1924-01-01,FRA,AFNOR',
    'IEC,IEC/SC 9X,SC,IEC/TC 9,"Electronic systems, railways",active,,ITA,UNI',
    'IEC,IEC/SyC AAL,other,,Active assisted living,suspended,2015-06-01,,',
  ];
  const MEMBERS = [
    'reference,member_body,iso3,role',
    'IEC/TC 9,AFNOR,FRA,secretariat',
    'IEC/TC 9,AFNOR,FRA,P',
    'IEC/TC 9,DKE,DEU,P',
    'IEC/TC 9,SAC,CHN,O',
    'IEC/SC 9X,XX,,o',
  ];

  it('reads one body’s committees and members, any case for statuses and roles', () => {
    const p = parseCommittees({
      committees: write('good.csv', COMMITTEES),
      members: write('good-members.csv', MEMBERS),
    });
    expect(p.issues).toEqual([]);
    expect(p.body).toBe('IEC');
    expect(p.source.id).toBe('standards-committees:iec');
    expect(p.snapshotDate).toBe('2015-06-01');
    expect(p.committees.map((c) => [c.reference, c.type, c.parent, c.status, c.created])).toEqual([
      ['IEC/TC 9', 'TC', null, 'active', '1924-01-01'],
      ['IEC/SC 9X', 'SC', 'IEC/TC 9', 'active', null],
      ['IEC/SyC AAL', 'other', null, 'suspended', '2015-06-01'],
    ]);
    expect(p.committees[0]!.members).toEqual([
      { memberBody: 'AFNOR', iso3: 'FRA', role: 'secretariat' },
      { memberBody: 'DKE', iso3: 'DEU', role: 'P' },
      { memberBody: 'SAC', iso3: 'CHN', role: 'O' },
    ]);
    // UNI holds SC 9X's secretariat without a member row: added as the secretariat member.
    expect(p.committees[1]!.members).toEqual([
      { memberBody: 'UNI', iso3: 'ITA', role: 'secretariat' },
      { memberBody: 'XX', iso3: null, role: 'O' },
    ]);
    expect(p.committees[2]!.members).toEqual([]);
    expect(p.warnings).toEqual([
      '1 committee had no member row for the secretariat holder; it was added as a member',
    ]);
    expect(p.counts).toEqual({
      rowsRead: 8,
      rejectedRows: 0,
      setAside: { [COMMITTEES_SET_ASIDE.secretariatP]: 1 },
    });
  });

  it('refuses a second body, a bad type, status and date, an unknown parent, with their lines', () => {
    const committees = write('bad.csv', [
      ...COMMITTEES.slice(0, 2),
      'ITU-T,ITU-T SG 17,other,,Security,active,,,',
      'IEC,IEC/TC 1,WG,,Terminology,Active,1911-13-01,,',
      'IEC,IEC/TC 2,TC,,Rotating machinery,gone,,,',
      'IEC,IEC/SC 3D,SC,IEC/TC 3,Classes,active,,,',
    ]);
    const p = parseCommittees({ committees });
    expect(p.issues.map((i) => [i.file, i.line, i.field, i.reason])).toEqual([
      [committees, 3, 'body', "one file holds one body's committees, and this one's are IEC's"],
      [committees, 4, 'type', "'WG' is not a committee type (TC, SC, PC, joint, other)"],
      [committees, 4, 'created', 'is not a date (YYYY-MM-DD)'],
      [committees, 5, 'status', "'gone' is not a status (active, suspended, disbanded)"],
      [committees, 6, 'parent_reference', 'no committee in the file has this reference'],
    ]);
    expect(p.counts.rejectedRows).toBe(4);
    expect(p.committees.map((c) => c.reference)).toEqual(['IEC/TC 9']);
  });

  it('reports member rows of unknown committees, bad roles and a second secretariat', () => {
    const members = write('bad-members.csv', [
      'reference,member_body,iso3,role',
      'IEC/TC 99,DKE,DEU,P',
      'IEC/TC 9,DKE,DEU,chair',
      'IEC/TC 9,DKE,DEU,secretariat',
      'IEC/TC 9,SAC,CHN,P',
      'IEC/TC 9,SAC,CHN,O',
    ]);
    const p = parseCommittees({ committees: write('c.csv', COMMITTEES), members });
    expect(p.issues.map((i) => [i.file, i.line, i.field, i.reason])).toEqual([
      [members, 2, 'reference', 'no committee in the committees file has this reference'],
      [members, 3, 'role', "'chair' is not a role (secretariat, P, O)"],
      [members, 4, 'member_body', "the committees file gives IEC/TC 9's secretariat to AFNOR"],
      [members, 6, 'role', 'SAC is listed as both P and O in IEC/TC 9'],
    ]);
  });

  it('refuses a file without the layout’s columns, naming the file and the columns', () => {
    const committees = write('old.csv', ['reference,title', 'IEC/TC 9,Railways']);
    expect(() => parseCommittees({ committees })).toThrowError(
      `${committees}: missing columns 'body', 'type', 'parent_reference', 'status', 'created', 'secretariat_iso3', 'secretariat_body'`,
    );
  });
});
