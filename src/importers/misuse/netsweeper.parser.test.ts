import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { economies, misuseFile, once, scratchCsv } from './misuse.test-support.ts';
import { NETSWEEPER_REQUIRED, parseNetsweeper } from './netsweeper.parser.ts';

warnWithoutSharedData('netsweeper parser tests on real data');

const HEADER = [...NETSWEEPER_REQUIRED];

describe('netsweeper parser on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('makes one case per country with the installations counted and the period they were seen', () => {
    const p = parseNetsweeper(
      scratch.csv('installations_found_SUBSET.csv', HEADER, [
        ['PK', 'PTCL', '1.1.1.1', '2017-09-01', '2018-01-01'],
        ['PK', 'Nayatel', '1.1.1.2', '2017-08-31', '2018-04-04'],
      ]),
      { economies: economies() },
    );
    expect(p.issues).toEqual([]);
    expect(p.cases).toMatchObject([
      {
        id: 'citizenlab-netsweeper-2018:PAK',
        kind: 'censorship-blocking',
        technology: 'internet-filtering',
        countries: ['PAK'],
        period: { start: '2017-08-31', end: '2018-04-04' },
        suppliers: [{ name: 'Netsweeper', key: 'netsweeper', origin: 'CAN' }],
        evidence: [
          {
            confidence: 'medium',
            note: expect.stringMatching(
              /^2 installations \(IP addresses\) in 2 networks: Nayatel; PTCL\./,
            ) as string,
          },
        ],
      },
    ]);
  });

  it('reads a file not named subset as the ALL file, with low confidence', () => {
    const p = parseNetsweeper(
      scratch.csv('installations_found_ALL.csv', HEADER, [
        ['CA', 'x', '2.2.2.2', '2017-09-01', '2018-01-01'],
      ]),
      { economies: economies() },
    );
    expect(p.cases[0]!.evidence[0]!.confidence).toBe('low');
    expect(p.warnings[0]).toMatch(/read as the ALL file/);
  });

  it('reports an unknown code, a repeated IP and a bad date with file, line and column', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      ['ZZ', 'x', '3.3.3.1', '2017-09-01', '2018-01-01'],
      ['IN', 'x', '3.3.3.2', '2017-09-01', '2018-01-01'],
      ['IN', 'x', '3.3.3.2', '2017-09-01', '2018-01-01'],
      ['IN', 'x', '3.3.3.3', '1 Sept 2017', '2018-01-01'],
    ]);
    const p = parseNetsweeper(file, { economies: economies() });
    expect(p.issues.map(({ file: f, line, field, value }) => ({ f, line, field, value }))).toEqual([
      { f: file, line: 2, field: 'country', value: 'ZZ' },
      { f: file, line: 4, field: 'ip', value: '3.3.3.2' },
      { f: file, line: 5, field: 'first_seen', value: '1 Sept 2017' },
    ]);
    expect(p.cases).toMatchObject([{ countries: ['IND'] }]);
  });

  it('stops with a DomainError naming the file and a missing column', () => {
    const file = scratch.csv(
      'nocol.csv',
      ['country', 'as_name', 'first_seen', 'last_seen'],
      [['IN', 'x', '2017-09-01', '2018-01-01']],
    );
    expect(() => parseNetsweeper(file)).toThrow(DomainError);
    expect(() => parseNetsweeper(file)).toThrow(`${file}: missing column 'ip'`);
  });
});

describe.skipIf(!hasSharedData)('netsweeper parser on the real data', () => {
  const all = once(() =>
    parseNetsweeper(misuseFile('citizenlab_netsweeper_installations_all_2018.csv'), {
      economies: economies(),
    }),
  );
  const subset = once(() =>
    parseNetsweeper(misuseFile('citizenlab_netsweeper_installations_subset_2018.csv'), {
      economies: economies(),
    }),
  );
  const installations = (p: ReturnType<typeof all>, iso3: string): number =>
    Number(
      /^(\d+) installations/.exec(
        p.cases.find((c) => c.countries[0] === iso3)!.evidence[0]!.note!,
      )![1],
    );

  it('reads 379 installations in 30 countries from the ALL file (Canada 80, US 70, UK 69)', () => {
    expect(all().issues).toEqual([]);
    expect(all().counts).toMatchObject({ rowsRead: 379, rejectedRows: 0, cases: 30 });
    expect([
      installations(all(), 'CAN'),
      installations(all(), 'USA'),
      installations(all(), 'GBR'),
    ]).toEqual([80, 70, 69]);
  });

  it('reads 122 installations in the 11 countries of concern of the SUBSET file (India 42, Pakistan 20)', () => {
    expect(subset().issues).toEqual([]);
    expect(subset().cases.map((c) => c.countries[0])).toEqual([
      'AFG',
      'ARE',
      'BHR',
      'IND',
      'KWT',
      'PAK',
      'QAT',
      'SAU',
      'SDN',
      'SOM',
      'YEM',
    ]);
    expect([installations(subset(), 'IND'), installations(subset(), 'PAK')]).toEqual([42, 20]);
    expect(subset().cases.every((c) => c.evidence[0]!.confidence === 'medium')).toBe(true);
  });
});
