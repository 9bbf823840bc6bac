import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { euIdentifierScheme, parseEu833AnnexIv, splitLabelled } from './eu-833-annex-iv.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  exportControlFile,
  scratchDir,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('EU Reg. 833/2014 Annex IV parser tests on real data');

const economies = starterEconomies();
const ANNEX_IV = exportControlFile('eu_reg_833_2014_annex_IV_only.csv');
const ALL_ANNEXES = exportControlFile('eu_reg_833_2014_russia_annexes_incl_annex_IV.csv');

describe('registration numbers', () => {
  it('splits value and label, labels holding parentheses too', () => {
    expect(splitLabelled('7704730655 (Tax ID/INN)')).toEqual({
      value: '7704730655',
      label: 'Tax ID/INN',
    });
    expect(
      splitLabelled('11996849 (United Arab Emirates, National Economic Register Number (CBLS))'),
    ).toEqual({
      value: '11996849',
      label: 'United Arab Emirates, National Economic Register Number (CBLS)',
    });
    expect(splitLabelled('0105566093417')).toEqual({ value: '0105566093417', label: '' });
  });

  it.each([
    ['Tax ID/INN', 'innCode'],
    ['OGRN', 'ogrnCode'],
    ['TRN', 'taxNumber'],
    ['Tax ID number', 'taxNumber'],
    ['USCC', 'registrationNumber'],
    ['CR No.', 'registrationNumber'],
    ['ID', 'idNumber'],
  ])('labels %s as %s', (label, scheme) =>
    expect(euIdentifierScheme('registrationNumber', label)).toBe(scheme),
  );
});

describe.skipIf(!hasSharedData)(
  'parseEu833AnnexIv on the Annex IV extract and on all annexes',
  () => {
    const iv = once(() => parseEu833AnnexIv(ANNEX_IV, { economies }));
    const all = once(() => parseEu833AnnexIv(ALL_ANNEXES, { economies }));

    it('reads the 921 Annex IV entries (PROVENANCE.md) from either file', () => {
      expect(iv().list).toMatchObject({
        id: 'eu-833-annex-iv',
        jurisdiction: 'EU',
        date: '2026-04-24',
      });
      expect(iv().counts).toMatchObject({
        rowsRead: 921,
        parties: 921,
        rejectedRows: 0,
        bySchema: { LegalEntity: 921 },
      });
      expect(all().counts).toMatchObject({ rowsRead: 1746, parties: 921, rejectedRows: 0 });
      expect(Object.values(all().counts.setAside).reduce((a, b) => a + b, 0)).toBe(825);
      expect(all().counts.setAside['annex XLII, not Annex IV']).toBe(633);
      expect(all().parties).toEqual(iv().parties);
    });

    it('reads JSC Sirius: aliases, Cyrillic name, INN, address and country', () => {
      expect(iv().parties[0]).toEqual({
        id: 'eu-833-annex-iv:1',
        schema: 'LegalEntity',
        name: 'JSC Sirius',
        aliases: ['JSC Concern Sirius', 'Kontsern Sirius'],
        originalScriptNames: [
          'Открытое Акционерное Общество «Концерн «Сириус» (ОАО «Концерн «Сириус»)',
        ],
        identifiers: [{ scheme: 'innCode', value: '7704730655', label: 'Tax ID/INN' }],
        addresses: ['119435, Moscow, Pirogovskaya M. Str., 18, Building 1, Russian Federation'],
        countries: ['RUS'],
        birthDates: [],
        birthPlaces: [],
        programs: ['EU-RUS Annex IV'],
        listingDate: '2014-09-12',
        endDate: null,
        listId: 'eu-833-annex-iv',
        jurisdiction: 'EU',
        listEntityId: '1',
      });
    });

    it('reads the countries of the addresses: Russia first, then Hong Kong, China and Türkiye', () => {
      const byCountry = new Map<string, number>();
      for (const p of iv().parties)
        for (const c of p.countries) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
      expect(byCountry.get('RUS')).toBe(740);
      expect(byCountry.get('HKG')).toBe(61);
      expect(byCountry.get('CHN')).toBe(51);
      expect(byCountry.get('TUR')).toBe(25);
      expect(iv().counts.withCountries).toBe(914);
    });

    it('reads Arabic and Thai names as original-script names', () => {
      expect(iv().parties.find((p) => p.listEntityId === '501')).toMatchObject({
        name: 'Success Aviation Services FZC',
        originalScriptNames: ['ساكسيس افييشن سيرفيسز ش م ح'],
        countries: ['ARE'],
      });
      expect(iv().parties.find((p) => p.listEntityId === '921')?.originalScriptNames).toEqual([
        'ทีเอบี คอร์เปอร์เรชั่น (ไทยแลนด์) จำกัด',
      ]);
    });
  },
);

describe.skipIf(!hasSharedData)('parseEu833AnnexIv on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('fails naming a missing column', () => {
    const file = copyWithLine(ANNEX_IV, tmp.path('no-start.csv'), 1, (l) =>
      l.replace('startDate', 'since'),
    );
    expect(() => parseEu833AnnexIv(file)).toThrow(/missing column 'startDate'/);
  });

  it('reports a malformed date and an invalid byte with line and column', () => {
    let file = copyWithLine(ANNEX_IV, tmp.path('bad.csv'), 2, (l) =>
      l.replace('12.9.2014', '31.9.2014'),
    );
    file = copyWithBadByte(file, file, 502, 'Success');
    const r = parseEu833AnnexIv(file, { economies });
    expect(r.issues).toEqual([
      {
        file,
        line: 502,
        field: 'name',
        reason: 'invalid UTF-8 byte sequence (this file must be UTF-8)',
      },
      { file, line: 2, field: 'startDate', reason: 'is not a date (D.M.YYYY)', value: '31.9.2014' },
    ]);
    expect(r.counts.parties).toBe(919);
  });
});
