import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { parseDod1260h } from './dod-1260h.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  scratchDir,
  screeningList,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('DoD 1260H parser tests on real data');

const DOD = screeningList('us_dod_1260h_chinese_military_companies.csv');

describe.skipIf(!hasSharedData)('parseDod1260h on the DoD list, editions 2021–2026', () => {
  const r = once(() => parseDod1260h(DOD));

  it('merges the 397 rows (PROVENANCE.md) into 227 companies, keyed by their cleaned name', () => {
    expect(r().list).toMatchObject({ id: 'us-dod-1260h', jurisdiction: 'US', date: '2026-06-08' });
    expect(r().counts).toMatchObject({
      rowsRead: 397,
      parties: 227,
      rejectedRows: 0,
      bySchema: { Company: 227 },
    });
    expect(r().issues).toEqual([]);
  });

  it('reads Huawei: alias, first listing, parent, CHN', () => {
    expect(r().parties.find((p) => p.listEntityId === 'huawei-technologies-co-ltd')).toMatchObject({
      id: 'us-dod-1260h:huawei-technologies-co-ltd',
      name: 'Huawei Technologies Co., Ltd.',
      aliases: ['Huawei'],
      countries: ['CHN'],
      listingDate: '2021-06-03',
      endDate: null,
      notes: 'Parent: Huawei Investment & Holding Co., Ltd.',
    });
  });

  it('ends a listing that the latest edition removed, not one that was relisted', () => {
    expect(r().parties.find((p) => p.listEntityId === 'costar-group-co-ltd')?.endDate).toBe(
      '2026-02-17',
    );
    // YMTC: removed 2026-02-17, listed again 2026-06-08.
    expect(
      r().parties.find((p) => p.listEntityId === 'yangtze-memory-technologies-co-ltd'),
    ).toMatchObject({
      aliases: ['YMTC'],
      listingDate: '2024-01-31',
      endDate: null,
    });
    expect(r().counts.withEndDate).toBe(19);
  });

  it('merges spellings of one company across editions', () => {
    const avic = r().parties.find(
      (p) => p.listEntityId === 'avic-xian-aircraft-industry-group-company-ltd',
    )!;
    expect(avic.name).toBe('AVIC Xi’an Aircraft Industry Group Company Ltd.');
  });

  it('names the semiconductor and battery companies of the list', () => {
    const names = r().parties.flatMap((p) => [p.name, ...p.aliases]);
    expect(names).toEqual(
      expect.arrayContaining([
        'SMIC',
        'YMTC',
        'CXMT',
        'AMEC',
        'CATL',
        'Hesai Group',
        'Quectel Wireless Solutions Co., Ltd.',
      ]),
    );
  });
});

describe.skipIf(!hasSharedData)('parseDod1260h on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('fails naming a missing column', () => {
    const file = copyWithLine(DOD, tmp.path('no-start.csv'), 1, (l) =>
      l.replace('Start date', 'Begin'),
    );
    expect(() => parseDod1260h(file)).toThrow(/missing column 'Start date'/);
  });

  it('reports a malformed date and an invalid byte with line and column, and keeps the other rows', () => {
    let file = copyWithLine(DOD, tmp.path('bad.csv'), 57, (l) =>
      l.replace('2021-06-03', '2021-13-03'),
    );
    file = copyWithBadByte(file, file, 56, 'Huawei Holding');
    const r = parseDod1260h(file);
    expect(r.issues).toEqual([
      {
        file,
        line: 56,
        field: 'Name',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
      {
        file,
        line: 57,
        field: 'Start date',
        reason: 'is not a date (YYYY-MM-DD)',
        value: '2021-13-03',
      },
    ]);
    expect(r.counts.rejectedRows).toBe(2);
    // Huawei's later editions still list it, from 2025-01-07.
    expect(
      r.parties.find((p) => p.listEntityId === 'huawei-technologies-co-ltd')?.listingDate,
    ).toBe('2025-01-07');
  });
});
