import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { readSourceCsv } from '../read-source-csv.ts';
import {
  AIGS_TECHNOLOGIES,
  parseCarnegieAigs,
  splitCompanyCell,
  undoRegimeExpansion,
} from './carnegie-aigs.parser.ts';
import { economies, misuseFile, once, scratchCsv } from './misuse.test-support.ts';

warnWithoutSharedData('carnegie-aigs parser tests on real data');

const FILE = misuseFile('carnegie_aigs_2022_by_country.csv');
const HEADER = [
  'Country',
  'Safe City System',
  'Facial Recognition System',
  'Smart Policing',
  'Social Media Surveillance',
  'China Tech',
  'US Tech',
  'Other Countries',
  'Company 1',
  'Company 2',
];

describe('carnegie-aigs helpers', () => {
  it('undoes the find-and-replace that expanded regime codes inside names', () => {
    expect(undoRegimeExpansion('UnitElectoral Democracy States of AmeriClosed Autocracy')).toBe(
      'United States of America',
    );
    expect(undoRegimeExpansion('South KorElectoral Autocracy, SwElectoral Democracyen')).toBe(
      'South Korea, Sweden',
    );
    expect(undoRegimeExpansion('Kazakhstan')).toBe('Kazakhstan');
  });

  it('splits a cell listing companies, and keeps a name with "and" but no comma whole', () => {
    expect(splitCompanyCell('Huawei, ZTE, CEIEC, and Yixin ')).toEqual([
      'Huawei',
      'ZTE',
      'CEIEC',
      'Yixin',
    ]);
    expect(splitCompanyCell('Atos IT Solutions and Services')).toEqual([
      'Atos IT Solutions and Services',
    ]);
  });
});

describe('carnegie-aigs parser on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('makes one case per flagged technology, naming the country’s suppliers on each', () => {
    const file = scratch.csv('ok.csv', HEADER, [
      ['Kenya', 'x', '', 'x', '', '1', '', 'UK', 'Huawei', 'Mult'],
    ]);
    const p = parseCarnegieAigs(file, { economies: economies() });
    expect(p.issues).toEqual([]);
    expect(p.cases.map((c) => c.id)).toEqual([
      'carnegie-aigs-2022:KEN:safe-city',
      'carnegie-aigs-2022:KEN:smart-policing',
    ]);
    expect(p.cases[0]).toMatchObject({
      kind: 'surveillance-deployment',
      countries: ['KEN'],
      suppliers: [{ name: 'Huawei', key: 'huawei', origin: null }],
      supplierAttribution: 'country',
      supplierOrigins: ['CHN', 'GBR'],
      status: 'unknown',
      evidence: [
        {
          sourceId: 'carnegie-aigs-2022',
          confidence: 'medium',
          note: expect.stringMatching(/Mult/) as string,
        },
      ],
    });
  });

  it('reports an unknown country and a bad flag with file, line and column, and goes on', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      ['Freedonia', 'x', '', '', '', '', '', '', 'Huawei', ''],
      ['Kenya', 'yes', '', '', '', '', '', '', '', ''],
      ['Ghana', '', 'x', '', '', '', '2', '', '', ''],
      ['Kenya', '', 'x', '', '', '', '', '', '', ''],
      ['Uganda', '', 'x', '', '', '', '', '', '', ''],
    ]);
    const p = parseCarnegieAigs(file, { economies: economies() });
    expect(p.issues.map(({ line, field, value }) => ({ line, field, value }))).toEqual([
      { line: 2, field: 'Country', value: 'Freedonia' },
      { line: 3, field: 'Safe City System', value: 'yes' },
      { line: 4, field: 'US Tech', value: '2' },
    ]);
    expect(p.issues[0]).toMatchObject({
      file,
      reason: expect.stringMatching(/unknown economy 'Freedonia'/) as string,
    });
    // Line 5 is Kenya again, now the first good Kenya row: kept; Uganda too.
    expect(p.cases.map((c) => c.id)).toEqual([
      'carnegie-aigs-2022:KEN:facial-recognition',
      'carnegie-aigs-2022:UGA:facial-recognition',
    ]);
    expect(p.counts).toMatchObject({ rowsRead: 5, rejectedRows: 3, cases: 2 });
  });

  it('reports a second row for one country against the later line', () => {
    const file = scratch.csv('twice.csv', HEADER, [
      ['Kenya', 'x', '', '', '', '', '', '', '', ''],
      ['Kenya', '', 'x', '', '', '', '', '', '', ''],
    ]);
    expect(parseCarnegieAigs(file, { economies: economies() }).issues).toMatchObject([
      { line: 3, field: 'Country', reason: 'KEN is also on line 2' },
    ]);
  });

  it('stops with a DomainError naming the file and a missing column', () => {
    const file = scratch.csv(
      'nocol.csv',
      HEADER.filter((c) => c !== 'Smart Policing'),
      [['Kenya', 'x', '', '', '', '', '', 'Huawei', '']],
    );
    expect(() => parseCarnegieAigs(file)).toThrow(DomainError);
    expect(() => parseCarnegieAigs(file)).toThrow(`${file}: missing column 'Smart Policing'`);
  });
});

describe.skipIf(!hasSharedData)('carnegie-aigs parser on the real data', () => {
  const parsed = once(() => parseCarnegieAigs(FILE, { economies: economies() }));
  const countriesWith = (key: string): Set<string> =>
    new Set(
      parsed()
        .cases.filter((c) => c.suppliers.some((s) => s.key === key))
        .map((c) => c.countries[0]!),
    );

  it('reads 97 countries without a bad row', () => {
    const p = parsed();
    expect(p.issues).toEqual([]);
    expect(p.counts).toMatchObject({ rowsRead: 97, rejectedRows: 0, setAside: {}, cases: 249 });
    expect(new Set(p.cases.map((c) => c.countries[0])).size).toBe(97);
  });

  it('has 64 safe city, 78 facial recognition, 69 smart policing and 38 social-media cases', () => {
    const per = Object.fromEntries(
      AIGS_TECHNOLOGIES.map(([, t]) => [
        t,
        parsed().cases.filter((c) => c.technology === t).length,
      ]),
    );
    expect(per).toEqual({
      'safe-city': 64,
      'facial-recognition': 78,
      'smart-policing': 69,
      'social-media-surveillance': 38,
    });
  });

  it('names Huawei in 52 country cells, and for 53 countries once India’s combined cell is split', () => {
    const csv = readSourceCsv(FILE, ['Country'], 'utf-8');
    const cells = csv.rows.filter(({ record }) =>
      Object.entries(record).some(([k, v]) => k.startsWith('Company') && v.trim() === 'Huawei'),
    );
    expect(cells).toHaveLength(52);
    const huawei = countriesWith('huawei');
    expect(huawei.size).toBe(53);
    const cellLines = new Set(cells.map((r) => `row ${r.line} `));
    const fromCells = new Set(
      parsed()
        .cases.filter((c) => cellLines.has(/^row \d+ /.exec(c.evidence[0]!.reference)![0]))
        .map((c) => c.countries[0]),
    );
    expect(fromCells.size).toBe(52);
    expect([...huawei].filter((c) => !fromCells.has(c))).toEqual(['IND']);
    expect(parsed().warnings).toContainEqual(
      expect.stringMatching(
        /:23: Company 7 \(unlabelled in source\) 'Huawei, ZTE, Hikvision, Dahua, Face\+\+, iFlytek, Yitu, CEIEC, and Yixin' names 9 companies/,
      ),
    );
  });

  it('keys the misprint Hikvsion as Hikvision: 12 countries, 15 for NEC, 9 for Palantir', () => {
    expect(countriesWith('hikvision').size).toBe(12);
    expect(countriesWith('nec').size).toBe(15);
    expect(countriesWith('palantir').size).toBe(9);
  });

  it('repairs the corrupted United States row and its neighbour’s supplier countries, and says so', () => {
    const usa = parsed().cases.find((c) => c.id === 'carnegie-aigs-2022:USA:safe-city');
    expect(usa).toMatchObject({
      countryNames: ['United States of America'],
      suppliers: [
        { name: 'Cognitec' },
        { name: 'Palantir' },
        { name: 'PredPol' },
        { name: 'Amazon' },
      ],
      supplierOrigins: ['ISR', 'JPN', 'USA'],
    });
    const kor = parsed().cases.find((c) => c.id === 'carnegie-aigs-2022:KOR:safe-city');
    expect(kor?.supplierOrigins).toEqual(['KOR', 'RUS', 'SWE', 'USA']);
    expect(parsed().warnings.filter((w) => /regime codes expanded/.test(w))).toHaveLength(2);
  });

  it('records China and US suppliers as origins: 68 countries with Chinese, 31 with US technology', () => {
    const withOrigin = (iso3: string) =>
      new Set(
        parsed()
          .cases.filter((c) => c.supplierOrigins.includes(iso3))
          .map((c) => c.countries[0]),
      );
    // Other Countries adds no CHN; it adds USA for no country beyond the 31 flagged ones.
    expect(withOrigin('CHN').size).toBe(68);
    expect(withOrigin('USA').size).toBe(31);
  });
});
