import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { economies, misuseFile, once, scratchCsv } from './misuse.test-support.ts';
import { goodsCategory, parsePiTransfers, PI_TRANSFERS_REQUIRED } from './pi-transfers.parser.ts';

warnWithoutSharedData('pi-transfers parser tests on real data');

const HEADER = [...PI_TRANSFERS_REQUIRED];
const record = (
  over: Partial<Record<(typeof PI_TRANSFERS_REQUIRED)[number], string>> = {},
): string[] => {
  const r: Record<string, string> = {
    unique_id: 'Hacking_Team_Sudan_2012',
    supplier_company: 'Hacking Team',
    supplier_company_hq: 'Italy',
    recipient_country: 'Sudan',
    enduser: 'NISS',
    goods: 'Intrusion software',
    transfer_to_enduser_reported_as_complete: 'Yes',
    order_year: '2012',
    first_source_link: "'Report', PI, 2015, https://example.org/r",
    source_note: '',
    ...over,
  };
  return HEADER.map((c) => r[c]!);
};

describe('goodsCategory', () => {
  it('classifies a record by its most specific good, whatever the case of the words', () => {
    expect(goodsCategory('Lawful Interception;Monitoring Centre').category).toBe(
      'monitoring-centre',
    );
    expect(goodsCategory('Network infrastructure and services;Intrusion software').category).toBe(
      'intrusion-software',
    );
    expect(goodsCategory('Deep packet inspection').category).toBe('ip-network-surveillance');
    expect(goodsCategory('Biometrics;Satellites').unknown).toEqual(['Satellites']);
  });
});

describe('pi-transfers parser on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('makes a transfer case flagged transcribed and partial, with the supplier’s seat', () => {
    const p = parsePiTransfers(scratch.csv('ok.csv', HEADER, [record()]), {
      economies: economies(),
    });
    expect(p.issues).toEqual([]);
    expect(p.cases).toEqual([
      expect.objectContaining({
        id: 'pi-sii-transfers-partial:Hacking_Team_Sudan_2012',
        kind: 'technology-transfer',
        countries: ['SDN'],
        period: { start: '2012', end: null },
        actors: ['NISS'],
        suppliers: [{ name: 'Hacking Team', key: 'hacking team', origin: 'ITA' }],
        supplierOrigins: ['ITA'],
        technology: 'intrusion-software',
        evidence: [
          expect.objectContaining({
            url: 'https://example.org/r',
            confidence: 'medium',
            transcribed: true,
            partial: true,
          }),
        ],
      }),
    ]);
  });

  it('reports bad cells with file, line and column, and keeps the good records', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      record({ unique_id: 'a', recipient_country: 'Atlantis' }),
      record({ unique_id: 'b', order_year: 'early 2012' }),
      record({ unique_id: 'c', goods: 'Drones' }),
      record({ unique_id: '' }),
      record({ unique_id: 'd' }),
      record({ unique_id: 'd' }),
    ]);
    const p = parsePiTransfers(file, { economies: economies() });
    expect(p.issues.map(({ file: f, line, field, value }) => ({ f, line, field, value }))).toEqual([
      { f: file, line: 2, field: 'recipient_country', value: 'Atlantis' },
      { f: file, line: 3, field: 'order_year', value: 'early 2012' },
      { f: file, line: 4, field: 'goods', value: 'Drones' },
      { f: file, line: 5, field: 'unique_id', value: undefined },
      { f: file, line: 7, field: 'unique_id', value: 'd' },
    ]);
    expect(p.cases.map((c) => c.id)).toEqual(['pi-sii-transfers-partial:d']);
  });

  it('stops with a DomainError naming the file and a missing column', () => {
    const file = scratch.csv(
      'nocol.csv',
      HEADER.filter((c) => c !== 'goods'),
      [record().slice(0, 5)],
    );
    expect(() => parsePiTransfers(file)).toThrow(DomainError);
    expect(() => parsePiTransfers(file)).toThrow(`${file}: missing column 'goods'`);
  });
});

describe.skipIf(!hasSharedData)('pi-transfers parser on the real data', () => {
  const parsed = once(() =>
    parsePiTransfers(misuseFile('pi_surveillance_industry_index_transfers_PARTIAL_first121.csv'), {
      economies: economies(),
    }),
  );

  it('reads the 121 transcribed records, every one flagged transcribed and partial', () => {
    expect(parsed().issues).toEqual([]);
    expect(parsed().counts).toMatchObject({ rowsRead: 121, rejectedRows: 0, cases: 121 });
    expect(parsed().cases.every((c) => c.evidence[0]!.transcribed && c.evidence[0]!.partial)).toBe(
      true,
    );
    expect(parsed().warnings[0]).toMatch(/PARTIAL, TRANSCRIBED extract/);
  });

  it('has 65 Hacking Team transfers, and the ones the provenance names', () => {
    const cases = parsed().cases;
    expect(cases.filter((c) => c.suppliers[0]?.key === 'hacking team')).toHaveLength(65);
    const to = (supplier: string, iso3: string) =>
      cases
        .filter((c) => c.suppliers[0]?.name === supplier && c.countries[0] === iso3)
        .map((c) => c.period.start);
    expect(to('Hacking Team', 'SDN')).toEqual(['2012']);
    expect(to('Hacking Team', 'ETH')).toEqual(['2012']);
    expect(to('Hacking Team', 'SAU').sort()).toEqual(['2010', '2012', '2013']);
    expect(to('ZTE', 'IRN')).toEqual(['2010']);
    expect(to('Huawei', 'IRN')).toEqual(['2009']);
  });

  it('reads the Hacking Team client list’s "Italia" as Italy', () => {
    expect(
      parsed().cases.find((c) => c.id === 'pi-sii-transfers-partial:Hacking_Team_Italia_2014')
        ?.countries,
    ).toEqual(['ITA']);
  });
});
