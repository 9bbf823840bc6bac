import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../core/csv.ts';
import type { Committee } from '../../core/standards/committee.ts';
import {
  readStarterCommittees,
  STARTER_BODY_COLUMNS,
  STARTER_COMMITTEE_COLUMNS,
  starterCommitteeRows,
} from './starter-committees.ts';

const COMMITTEES: Committee[] = [
  {
    body: 'ISO',
    reference: 'ISO/TC 2',
    externalId: '45446',
    type: 'TC',
    parent: null,
    title: 'Fasteners, "bolts", nuts',
    status: 'active',
    created: '1947-01-01',
    secretariat: 'DEU',
    secretariatBody: 'DIN',
    members: [
      { memberBody: 'DIN', iso3: 'DEU', role: 'secretariat' },
      { memberBody: 'GOST R', iso3: 'RUS', role: 'P' },
      { memberBody: 'SAC', iso3: 'CHN', role: 'P' },
      { memberBody: 'ABNORM', iso3: null, role: 'O' },
    ],
  },
  {
    body: 'ISO',
    reference: 'ISO/TC 2/SC 7',
    externalId: null,
    type: 'SC',
    parent: 'ISO/TC 2',
    title: 'Screws',
    status: 'suspended',
    created: null,
    secretariat: null,
    secretariatBody: null,
    members: [{ memberBody: 'SAC', iso3: 'CHN', role: 'O' }],
  },
];

describe('the starter layout of standards committees', () => {
  const dir = mkdtempSync(join(tmpdir(), 'starter-committees-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back exactly the committees it was written from, acronyms with spaces included', () => {
    const rows = starterCommitteeRows(COMMITTEES);
    expect(rows.committees[0]!.slice(9)).toEqual(['GOST R;SAC', 'ABNORM']);
    expect(rows.bodies).toEqual([
      ['ISO', 'ABNORM', null],
      ['ISO', 'DIN', 'DEU'],
      ['ISO', 'GOST R', 'RUS'],
      ['ISO', 'SAC', 'CHN'],
    ]);
    const committees = join(dir, 'committees.csv');
    const bodies = join(dir, 'bodies.csv');
    writeFileSync(
      committees,
      toCsv([...STARTER_COMMITTEE_COLUMNS], rows.committees, { eol: '\n' }),
    );
    writeFileSync(bodies, toCsv([...STARTER_BODY_COLUMNS], rows.bodies, { eol: '\n' }));
    expect(readStarterCommittees(committees, bodies)).toEqual(COMMITTEES);
  });

  it('refuses a member body mapped to two economies', () => {
    const other: Committee = {
      ...COMMITTEES[1]!,
      members: [{ memberBody: 'SAC', iso3: 'HKG', role: 'O' }],
    };
    expect(() => starterCommitteeRows([COMMITTEES[0]!, other])).toThrowError(
      'member body SAC of ISO is mapped to CHN and to HKG',
    );
  });
});
