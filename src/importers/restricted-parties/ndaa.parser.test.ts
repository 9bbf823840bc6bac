import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { ndaaSection, parseNdaa } from './ndaa.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  scratchDir,
  screeningList,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('NDAA section parser tests on real data');

const economies = starterEconomies();
const S889 = screeningList('us_ndaa_fy2019_section_889.csv');
const S5949 = screeningList('us_ndaa_fy2023_section_5949_semiconductors.csv');
const S154 = screeningList('us_ndaa_fy2024_section_154_batteries.csv');
const S1286 = screeningList('us_ndaa_fy2019_section_1286_foreign_talent_institutions.csv');

describe('ndaaSection', () => {
  it('reads the section of an act title', () => {
    expect(
      ndaaSection('Section 5949 of the James M. Inhofe National Defense Authorization Act'),
    ).toBe('5949');
    expect(ndaaSection('Nonproliferation Sanctions (ISN)')).toBeNull();
  });
});

describe.skipIf(!hasSharedData)('parseNdaa on the four NDAA section files', () => {
  const s889 = once(() => parseNdaa(S889, { economies }));
  const s5949 = once(() => parseNdaa(S5949, { economies }));
  const s154 = once(() => parseNdaa(S154, { economies }));
  const s1286 = once(() => parseNdaa(S1286, { economies }));

  it('makes one list per section with the counts of PROVENANCE.md (5, 3, 6; 443 rows of 1286)', () => {
    expect(
      [s889, s5949, s154, s1286]
        .map((get) => get())
        .map((r) => [r.list.id, r.counts.rowsRead, r.counts.parties, r.issues.length]),
    ).toEqual([
      ['us-ndaa-889', 5, 5, 0],
      ['us-ndaa-5949', 3, 3, 0],
      ['us-ndaa-154', 6, 6, 0],
      ['us-ndaa-1286', 443, 190, 0],
    ]);
  });

  it('names Huawei in §889 and SMIC with its acronym in §5949', () => {
    expect(s889().parties.map((p) => p.name)).toContain('Huawei Technologies Company');
    expect(
      s5949().parties.find(
        (p) => p.listEntityId === 'semiconductor-manufacturing-international-corporation',
      ),
    ).toMatchObject({
      aliases: ['SMIC'],
      programs: [expect.stringContaining('Section 5949') as string],
    });
  });

  it('reads "October 1, 2027", the date the §154 battery ban starts', () => {
    expect(s154().parties.find((p) => p.aliases.includes('CATL'))).toMatchObject({
      name: 'Contemporary Amperex Technology Company, Limited',
      listingDate: '2023-12-22',
      notes: expect.stringContaining('In force from 2027-10-01.') as string,
    });
  });

  it('merges the §1286 editions 2022–2025 of one institution and resolves its country', () => {
    expect(s1286().list.date).toBe('2025');
    expect(
      s1286().parties.find((p) => p.listEntityId === 'harbin-institute-of-technology'),
    ).toMatchObject({
      listingDate: '2022',
      endDate: null,
      countries: ['CHN'],
    });
    expect(s1286().warnings.join('\n')).toMatch(
      /29 of 190 entities are not in the latest edition \(2025\)/,
    );
  });
});

describe.skipIf(!hasSharedData)('parseNdaa on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('fails naming a missing column', () => {
    const file = copyWithLine(S889, tmp.path('no-program.csv'), 1, (l) =>
      l.replace(',program,', ',act,'),
    );
    expect(() => parseNdaa(file)).toThrow(/missing column 'program'/);
  });

  it('reports a malformed date, a second act and an invalid byte with line and column', () => {
    let file = copyWithLine(S1286, tmp.path('bad.csv'), 26, (l) => l.replace(',2022,', ',20222,'));
    file = copyWithLine(file, file, 27, (l) => l.replace('Section 1286', 'Section 1287'));
    file = copyWithBadByte(file, file, 28, 'Company,');
    const r = parseNdaa(file, { economies });
    // Bytes are checked while the file is read, cells afterwards.
    expect(r.issues).toEqual([
      {
        file,
        line: 28,
        field: 'name',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
      {
        file,
        line: 26,
        field: 'report-date',
        reason: 'is not a date (YYYY, YYYY-MM-DD or "October 1, 2027")',
        value: '20222',
      },
      {
        file,
        line: 27,
        field: 'program',
        reason: expect.stringContaining("differs from the file's act") as string,
        value: expect.stringContaining('Section 1287') as string,
      },
    ]);
  });
});
