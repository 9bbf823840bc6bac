import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { parseBisExtract } from './bis-extract.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  exportControlFile,
  fixture,
  scratchDir,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('BIS extract parser tests on real data');

const economies = starterEconomies();
const ENTITY_LIST = exportControlFile(
  'us_bis_entity_list_china_universities_extract_20260330.json',
);
const MIEU = exportControlFile('us_bis_military_end_user_list_extract.csv');

describe('parseBisExtract on a hand-made Entity List extract', () => {
  const r = parseBisExtract(fixture('bis-entity-list-mini.json'), { economies });

  it('reads names, aliases and addresses, dated by generatedAt', () => {
    expect(r.list).toMatchObject({ id: 'us-bis-entity-list', date: '2026-01-15' });
    expect(r.parties.map((p) => [p.name, p.aliases, p.addresses.length, p.countries])).toEqual([
      ['Example Institute of Technology', ['EIT', 'Example Tech Institute'], 2, ['CHN', 'HKG']],
      ['Sample Research Academy', ['10th Sample Institute'], 1, ['CHN']],
      ['Demo University', [], 1, ['CHN']],
    ]);
    expect(r.issues).toEqual([]);
  });

  it("warns when an entry's name holds its alias list and when the address boundary is guessed", () => {
    const w = r.warnings.join('\n');
    expect(w).toContain("entries whose 'name' differs from the name their text gives");
    expect(w).toContain("the split is guessed) on 1 row: '10th Sample Institute' (line 9)");
  });
});

describe.skipIf(!hasSharedData)('parseBisExtract on the BIS extracts', () => {
  const el = once(() => parseBisExtract(ENTITY_LIST, { economies }));
  const mieu = once(() => parseBisExtract(MIEU, { economies }));

  it('reads the 60 Entity List entries and the 13 MIEU entries (PROVENANCE.md)', () => {
    expect(el().list).toMatchObject({
      id: 'us-bis-entity-list',
      jurisdiction: 'US',
      date: '2026-03-30',
    });
    expect(el().counts).toMatchObject({ rowsRead: 60, parties: 60, rejectedRows: 0 });
    expect(mieu().list).toMatchObject({ id: 'us-bis-mieu', date: '2022-03-02' });
    expect(mieu().counts).toMatchObject({ rowsRead: 13, parties: 13, rejectedRows: 0 });
    expect([...el().issues, ...mieu().issues]).toEqual([]);
  });

  it('reads the aliases and address of the Academy of Military Medical Sciences', () => {
    expect(el().parties[0]).toMatchObject({
      id: 'us-bis-entity-list:academy-of-military-medical-sciences',
      name: 'Academy of Military Medical Sciences',
      aliases: ['AMMS'],
      addresses: ['27 Taiping Road, Haidian District, Beijing, 100850, China'],
      countries: ['CHN'],
    });
    expect(el().parties.find((p) => p.aliases.includes('USTC'))?.addresses).toHaveLength(4);
  });

  it('warns about entries listing another number of aliases than they announce', () => {
    expect(el().warnings.join('\n')).toContain("'Tianjin University: 13 announced, 14 read'");
  });

  it('reads MIEU countries from ISO2 codes', () => {
    expect(mieu().parties.find((p) => p.aliases.includes('GRU'))).toMatchObject({
      name: 'Main Intelligence Directorate',
      countries: ['RUS'],
      listingDate: '2021-03-16',
    });
  });
});

describe.skipIf(!hasSharedData)('parseBisExtract on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('reports an entry holding an invalid byte on its line', () => {
    const file = copyWithBadByte(ENTITY_LIST, tmp.path('bad.json'), 6, 'Academy');
    const r = parseBisExtract(file, { economies });
    expect(r.issues).toEqual([
      {
        file,
        line: 5,
        field: 'raw',
        reason: 'invalid UTF-8 byte sequence (the file must be UTF-8)',
      },
    ]);
    expect(r.counts.parties).toBe(59);
  });

  it('fails naming the file when it holds no entries or is not JSON', () => {
    const noEntries = tmp.path('no-entries.json');
    writeFileSync(noEntries, '{"generatedAt": "2026-03-30", "items": []}');
    expect(() => parseBisExtract(noEntries)).toThrow(/no-entries\.json: no 'entries' array/);
    const notJson = tmp.path('not.json');
    writeFileSync(notJson, '{"entries": [');
    expect(() => parseBisExtract(notJson)).toThrow(/not\.json: not valid JSON/);
  });

  it('reports a malformed MIEU date and fails naming a missing column', () => {
    const file = copyWithLine(MIEU, tmp.path('mieu.csv'), 3, (l) =>
      l.replace('2021-03-16', '16/03/2021'),
    );
    expect(parseBisExtract(file, { economies }).issues).toEqual([
      { file, line: 3, field: 'Date', reason: 'is not a date (YYYY-MM-DD)', value: '16/03/2021' },
    ]);
    const noCountry = copyWithLine(MIEU, tmp.path('mieu-no-country.csv'), 1, (l) =>
      l.replace('Country', 'Land'),
    );
    expect(() => parseBisExtract(noCountry)).toThrow(/missing column 'Country'/);
  });
});
