import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { economies, misuseFile, once, scratchCsv } from './misuse.test-support.ts';
import {
  parseSpywareIndex,
  publishedDate,
  SPYWARE_INDEX_REQUIRED,
  techniqueCategory,
  vendorNames,
} from './spyware-index.parser.ts';

warnWithoutSharedData('spyware-index parser tests on real data');

const HEADER = [...SPYWARE_INDEX_REQUIRED];
const row = (
  over: Partial<Record<(typeof SPYWARE_INDEX_REQUIRED)[number], string>> = {},
): string[] => {
  const r: Record<string, string> = {
    source_org: 'Citizen Lab',
    case_folder: '201712_Cyberbit',
    published: 'Dec 6, 2017',
    title: 'Champing at the Cyberbit',
    report_url: 'https://citizenlab.ca/2017/12/champing-cyberbit/',
    ioc_domain_count: '',
    vendor_named: 'Cyberbit',
    countries_or_groups_named: 'Ethiopia (dissidents); Israel (vendor origin); Tibetan groups',
    technique_helper_label: 'commercial spyware',
    ...over,
  };
  return HEADER.map((c) => r[c]!);
};

describe('spyware-index helpers', () => {
  it.each([
    ['2018-08-01', '2018-08-01'],
    ['June 9, 2020', '2020-06-09'],
    ['Sept 24, 2019', '2019-09-24'],
    ['Jul 5, 2017', '2017-07-05'],
    ['Someday 2017', null],
  ])('reads the publication date %s as %s', (text, date) => {
    expect(publishedDate(text)).toBe(date);
  });

  it('reads vendor names without notes and descriptions', () => {
    expect(vendorNames('FinSpy / FinFisher (German-made)')).toEqual(['FinSpy', 'FinFisher']);
    expect(vendorNames('NoviSpy; Cellebrite (report URL)')).toEqual(['NoviSpy', 'Cellebrite']);
    expect(vendorNames('Indian-made spyware (folder: donot)')).toEqual([]);
    expect(vendorNames('(mercenary spyware company, unnamed in title)')).toEqual([]);
  });

  it('maps technique labels to technology categories', () => {
    expect(techniqueCategory('commercial spyware')).toBe('intrusion-software');
    expect(techniqueCategory('DPI / network injection')).toBe('ip-network-surveillance');
    expect(techniqueCategory('OAuth phishing')).toBe('other');
  });
});

describe('spyware-index parser on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('makes a derived spyware case: named countries, vendor homes as origins, groups warned about', () => {
    const p = parseSpywareIndex(scratch.csv('ok.csv', HEADER, [row()]), { economies: economies() });
    expect(p.issues).toEqual([]);
    expect(p.cases).toMatchObject([
      {
        id: 'spyware-index-citizenlab-amnesty:citizen-lab:201712-cyberbit',
        kind: 'spyware-operation',
        countries: ['ETH'],
        supplierOrigins: ['ISR'],
        suppliers: [{ name: 'Cyberbit', key: 'cyberbit' }],
        technology: 'intrusion-software',
        evidence: [{ derived: true, confidence: 'medium', publishedOn: '2017-12-06' }],
      },
    ]);
    expect(p.warnings).toContainEqual(
      expect.stringMatching(/no economy.*'Tibetan groups' \(line 2\)/),
    );
  });

  it('reports a bad date, an empty folder and a repeated investigation with file, line and column', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      row({ published: 'soon' }),
      row({ case_folder: '' }),
      row(),
      row(),
    ]);
    const p = parseSpywareIndex(file, { economies: economies() });
    expect(p.issues.map(({ file: f, line, field }) => ({ f, line, field }))).toEqual([
      { f: file, line: 2, field: 'published' },
      { f: file, line: 3, field: 'case_folder' },
      { f: file, line: 5, field: 'case_folder' },
    ]);
    expect(p.counts).toMatchObject({ rowsRead: 4, rejectedRows: 3, cases: 1 });
  });

  it('stops with a DomainError naming the file and a missing column', () => {
    const file = scratch.csv(
      'nocol.csv',
      HEADER.filter((c) => c !== 'vendor_named'),
      [row().slice(0, 6)],
    );
    expect(() => parseSpywareIndex(file)).toThrow(DomainError);
    expect(() => parseSpywareIndex(file)).toThrow(`${file}: missing column 'vendor_named'`);
  });
});

describe.skipIf(!hasSharedData)('spyware-index parser on the real data', () => {
  const parsed = once(() =>
    parseSpywareIndex(misuseFile('spyware_case_index_citizenlab_amnesty_DERIVED.csv'), {
      economies: economies(),
    }),
  );
  const byFolder = (folder: string) => parsed().cases.find((c) => c.id.endsWith(folder));

  it('reads the 38 investigations (22 Citizen Lab, 16 Amnesty), every one flagged derived', () => {
    expect(parsed().issues).toEqual([]);
    expect(parsed().cases).toHaveLength(38);
    expect(parsed().cases.filter((c) => c.id.includes(':citizen-lab:'))).toHaveLength(22);
    expect(parsed().cases.every((c) => c.evidence.every((e) => e.derived))).toBe(true);
  });

  it('reads Million Dollar Dissident as NSO Group in the UAE, 24 August 2016', () => {
    expect(byFolder('201608-nso-group')).toMatchObject({
      countries: ['ARE'],
      suppliers: [{ name: 'NSO Group' }],
      evidence: [{ publishedOn: '2016-08-24' }],
    });
  });

  it('reads the FinFisher investigation as Egypt, with Germany the vendor’s home', () => {
    expect(byFolder('2020-09-25-finfisher')).toMatchObject({
      countries: ['EGY'],
      supplierOrigins: ['DEU'],
      suppliers: [{ name: 'FinSpy' }, { name: 'FinFisher' }],
    });
  });
});
