import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { fccEntities, parseFccCovered } from './fcc-covered.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  scratchDir,
  screeningList,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('FCC Covered List parser tests on real data');

const FCC = screeningList('us_fcc_covered_list.csv');

describe('fccEntities', () => {
  it.each([
    [
      'Telecommunications equipment produced by Huawei Technologies Company, including telecommunications or video surveillance services provided by such entity or using such equipment.',
      ['Huawei Technologies Company'],
    ],
    [
      'Information security products, solutions, and services supplied, directly or indirectly, by AO Kaspersky Lab or any of its predecessors.',
      ['AO Kaspersky Lab'],
    ],
    [
      'International telecommunications services provided by Pacific Networks Corp and its wholly-owned subsidiary ComNet (USA) LLC subject to section 214 of the Communications Act of 1934.',
      ['Pacific Networks Corp', 'ComNet (USA) LLC'],
    ],
    [
      'Cybersecurity software produced or provided by Kaspersky Lab, Inc. or any of its successors.',
      ['Kaspersky Lab, Inc.'],
    ],
    [
      'Routers ^ produced in a foreign country, except routers which have been granted a Conditional Approval.',
      [],
    ],
  ])('%s', (item, names) => expect(fccEntities(item)).toEqual(names));
});

describe.skipIf(!hasSharedData)('parseFccCovered on the FCC Covered List', () => {
  const r = once(() => parseFccCovered(FCC));

  it('reads the 16 rows (PROVENANCE.md) into 13 named companies; 4 rows cover classes of equipment', () => {
    expect(r().list).toMatchObject({
      id: 'us-fcc-covered',
      jurisdiction: 'US',
      date: '2026-07-28',
    });
    expect(r().counts).toMatchObject({
      rowsRead: 16,
      parties: 13,
      rejectedRows: 0,
      setAside: { 'covers a class of equipment, names no entity': 4 },
    });
    expect(r().issues).toEqual([]);
  });

  it('lists Huawei, ZTE, Hytera, Hikvision and Dahua on 2021-03-12', () => {
    expect(
      r()
        .parties.filter((p) => p.listingDate === '2021-03-12')
        .map((p) => p.name),
    ).toEqual([
      'Huawei Technologies Company',
      'ZTE Corporation',
      'Hytera Communications Corporation',
      'Hangzhou Hikvision Digital Technology Company',
      'Dahua Technology Company',
    ]);
    expect(r().parties[0]).toMatchObject({
      id: 'us-fcc-covered:huawei-technologies-company',
      schema: 'Company',
    });
  });

  it('warns about the cell holding two items and its "Updated:" dates', () => {
    const w = r().warnings.join('\n');
    expect(w).toContain('"Updated:" dates (the first is used) on 1 row');
    expect(w).toContain('seem to hold two items');
  });
});

describe.skipIf(!hasSharedData)('parseFccCovered on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('fails naming a missing column', () => {
    const file = copyWithLine(
      FCC,
      tmp.path('no-date.csv'),
      1,
      () => 'covered_equipment_or_services,date\r',
    );
    expect(() => parseFccCovered(file)).toThrow(
      /missing column 'date_of_inclusion_on_covered_list'/,
    );
  });

  it('reports a malformed date and an invalid byte with line and column', () => {
    let file = copyWithLine(FCC, tmp.path('bad.csv'), 2, (l) =>
      l.replace('March 12, 2021', 'Marsh 12, 2021'),
    );
    file = copyWithBadByte(file, file, 3, 'ZTE');
    const r = parseFccCovered(file);
    expect(r.issues).toEqual([
      {
        file,
        line: 3,
        field: 'covered_equipment_or_services',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
      {
        file,
        line: 2,
        field: 'date_of_inclusion_on_covered_list',
        reason: 'is not a date ("March 12, 2021")',
        value: 'Marsh 12, 2021',
      },
    ]);
    expect(r.counts.parties).toBe(11);
  });
});
