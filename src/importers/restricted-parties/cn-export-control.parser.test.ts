import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { parseCnExportControl } from './cn-export-control.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  exportControlFile,
  scratchDir,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('China export-control list parser tests on real data');

const economies = starterEconomies();
const CN = exportControlFile('cn_countersanctions_and_unreliable_entities.csv');

describe.skipIf(!hasSharedData)('parseCnExportControl on the PRC measures file', () => {
  const mofcom = once(() => parseCnExportControl(CN, { economies }));
  const all = once(() => parseCnExportControl(CN, { economies, scope: 'all' }));

  it("keeps MOFCOM's three export-control lists (259 of 610 rows, PROVENANCE.md) by default", () => {
    expect(mofcom().list).toMatchObject({ id: 'cn-mofcom-export-control', jurisdiction: 'CN' });
    const programs = new Map<string, number>();
    for (const p of mofcom().parties)
      for (const g of p.programs) programs.set(g, (programs.get(g) ?? 0) + 1);
    expect(Object.fromEntries(programs)).toEqual({
      UEL: 66,
      'List of Export Controls': 153,
      'Export Control Watch List': 40,
    });
    const aside = Object.values(mofcom().counts.setAside).reduce((a, b) => a + b, 0);
    expect([mofcom().counts.rowsRead, 610 - aside, mofcom().counts.parties]).toEqual([
      610, 259, 225,
    ]);
    expect(mofcom().issues).toEqual([]);
  });

  it('merges the designations of one company: Lockheed Martin on the UEL and the export-control list', () => {
    expect(
      mofcom().parties.find((p) => p.listEntityId === 'lockheed-martin-corporation'),
    ).toMatchObject({
      schema: 'Company',
      name: 'Lockheed Martin Corporation',
      originalScriptNames: ['洛克希德·马丁公司'],
      countries: ['USA'],
      programs: ['UEL', 'List of Export Controls'],
      listingDate: '2023-02-16',
    });
  });

  it('reads two-digit years and keeps the Wikidata QID', () => {
    expect(mofcom().parties.find((p) => p.listEntityId === 'james-donald-taiclet')).toMatchObject({
      schema: 'Person',
      identifiers: [{ scheme: 'wikidataId', value: 'Q110610881' }],
      listingDate: '2023-02-16',
    });
  });

  it('reads every row with scope "all" and warns that "EU" is no country', () => {
    expect(all().list.id).toBe('cn-sanctions');
    expect(all().counts).toMatchObject({
      rowsRead: 610,
      parties: 457,
      rejectedRows: 0,
      withEndDate: 3,
    });
    expect(all().warnings.join('\n')).toContain(
      "countries that name no known country (left out) on 2 rows: 'EU'",
    );
  });
});

describe.skipIf(!hasSharedData)('parseCnExportControl on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('fails naming a missing column', () => {
    const file = copyWithLine(CN, tmp.path('no-list.csv'), 1, (l) =>
      l.replace(',List,', ',Measure,'),
    );
    expect(() => parseCnExportControl(file)).toThrow(/missing column 'List'/);
  });

  it('reports a malformed date and an invalid byte with line and column', () => {
    let file = copyWithLine(CN, tmp.path('bad.csv'), 102, (l) => l.replace('16.02.23', '30.02.23'));
    file = copyWithBadByte(file, file, 213, 'Skydio');
    const r = parseCnExportControl(file, { economies });
    expect(r.issues).toEqual([
      {
        file,
        line: 213,
        field: 'Name',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
      { file, line: 102, field: 'Date', reason: 'is not a date (DD.MM.YYYY)', value: '30.02.23' },
    ]);
  });
});
