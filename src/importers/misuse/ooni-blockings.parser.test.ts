import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { economies, misuseFile, once, scratchCsv } from './misuse.test-support.ts';
import { OONI_BLOCKINGS_REQUIRED, parseOoniBlockings } from './ooni-blockings.parser.ts';

warnWithoutSharedData('ooni-blockings parser tests on real data');

const HEADER = [...OONI_BLOCKINGS_REQUIRED];

describe('ooni-blockings parser on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('makes one case per country, counting distinct domains and political ones', () => {
    const p = parseOoniBlockings(
      scratch.csv('ok.csv', HEADER, [
        ['TH', 'no112.org', 'dns.confirmed', 'HUMR', '1'],
        ['TH', 'no112.org', 'http.confirmed', 'HUMR', '1'],
        ['TH', 'example.com', 'dns.confirmed', 'PORN', '#N/A'],
      ]),
      { economies: economies() },
    );
    expect(p.issues).toEqual([]);
    expect(p.cases).toMatchObject([
      {
        id: 'sinar-imap-ooni-2022h1:THA',
        kind: 'censorship-blocking',
        countries: ['THA'],
        period: { start: '2022-01-01', end: '2022-06-30' },
        technologyDetail: 'domain blocking (dns.confirmed 2, http.confirmed 1)',
        evidence: [
          {
            confidence: 'medium',
            note: expect.stringMatching(
              /^2 distinct domains blocked \(3 rows.*\), 1 in political, news or human-rights categories; 2 rows confirmed by OONI/,
            ) as string,
          },
        ],
      },
    ]);
  });

  it('reports an unknown code, an empty domain and an unknown method with file, line and column', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      ['XX', 'a.org', 'dns.confirmed', 'NEWS', '1'],
      ['VN', '', 'dns.confirmed', 'NEWS', '1'],
      ['VN', 'b.org', 'tls.confirmed', 'NEWS', '1'],
      ['VN', 'c.org', '', 'NEWS', '1'],
    ]);
    const p = parseOoniBlockings(file, { economies: economies() });
    expect(p.issues.map(({ file: f, line, field }) => ({ f, line, field }))).toEqual([
      { f: file, line: 2, field: 'country_code' },
      { f: file, line: 3, field: 'domain' },
      { f: file, line: 4, field: 'blocking_type' },
    ]);
    expect(p.cases).toMatchObject([
      { countries: ['VNM'], technologyDetail: 'domain blocking (unstated 1)' },
    ]);
  });

  it('stops with a DomainError naming the file and a missing column', () => {
    const file = scratch.csv(
      'nocol.csv',
      ['country_code', 'blocking_type', 'category_code', 'confirmed.ooni'],
      [['VN', '', 'NEWS', '1']],
    );
    expect(() => parseOoniBlockings(file)).toThrow(DomainError);
    expect(() => parseOoniBlockings(file)).toThrow(`${file}: missing column 'domain'`);
  });
});

describe.skipIf(!hasSharedData)('ooni-blockings parser on the real data', () => {
  const parsed = once(() =>
    parseOoniBlockings(misuseFile('sinar_imap_ooni_confirmed_blockings_2022h1.csv'), {
      economies: economies(),
    }),
  );
  const rowsOf = (iso3: string): number =>
    Number(
      /(\d+) rows/.exec(
        parsed().cases.find((c) => c.countries[0] === iso3)!.evidence[0]!.reference,
      )![1],
    );

  it('reads 1,160 confirmed blockings in 8 countries (Indonesia 414, Myanmar 286, Viet Nam 168 rows)', () => {
    expect(parsed().issues).toEqual([]);
    expect(parsed().counts).toMatchObject({ rowsRead: 1160, cases: 8 });
    expect(parsed().cases.map((c) => c.countries[0])).toEqual([
      'HKG',
      'IDN',
      'KHM',
      'MMR',
      'MYS',
      'PHL',
      'THA',
      'VNM',
    ]);
    expect([rowsOf('IDN'), rowsOf('MMR'), rowsOf('VNM'), rowsOf('THA')]).toEqual([
      414, 286, 168, 148,
    ]);
  });

  it('counts distinct political, news and human-rights domains: Viet Nam 80 (81 rows: one domain by two methods), Myanmar 51, Indonesia 37', () => {
    const political = (iso3: string): number =>
      Number(
        /, (\d+) in political/.exec(
          parsed().cases.find((c) => c.countries[0] === iso3)!.evidence[0]!.note!,
        )![1],
      );
    expect([political('VNM'), political('MMR'), political('IDN')]).toEqual([80, 51, 37]);
  });
});
