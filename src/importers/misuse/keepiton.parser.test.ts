import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { KEEPITON_REQUIRED, parseKeepItOn } from './keepiton.parser.ts';
import { economies, misuseFile, once, scratchCsv } from './misuse.test-support.ts';

warnWithoutSharedData('keepiton parser tests on real data');

const FILE = misuseFile('accessnow_keepiton_stop_2016_2025.csv');
const HEADER = [...KEEPITON_REQUIRED];
const event = (
  over: Partial<Record<(typeof KEEPITON_REQUIRED)[number], string>> = {},
): string[] => {
  const r: Record<string, string> = {
    start_date: '2024-02-01',
    start_date_type: 'Actual',
    country: 'Pakistan',
    area_name: 'Nationwide',
    shutdown_type: 'Shutdown',
    shutdown_extent: 'Full network',
    affected_network: 'Mobile',
    ordered_by: 'Executive government',
    decision_maker: 'Ministry of Interior',
    actual_cause: 'Elections',
    info_source_link: 'https://example.org/a; https://example.org/b',
    shutdown_status: 'Ended',
    end_date: '2024-02-09',
    an_link: '',
    count_year: '2024',
    ...over,
  };
  return HEADER.map((c) => r[c]!);
};

describe('keepiton parser on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('makes one internet-shutdown case per event, with who ordered it and the first link', () => {
    const p = parseKeepItOn(scratch.csv('ok.csv', HEADER, [event()]), { economies: economies() });
    expect(p.issues).toEqual([]);
    expect(p.cases).toMatchObject([
      {
        id: 'access-now-stop-2016-2025:2024:2024-02-01:pak:nationwide',
        kind: 'internet-shutdown',
        countries: ['PAK'],
        period: { start: '2024-02-01', end: '2024-02-09' },
        countedInYear: 2024,
        actors: ['Executive government', 'Ministry of Interior'],
        technology: 'shutdown',
        status: 'ended',
        evidence: [{ url: 'https://example.org/a', confidence: 'high', note: 'Cause: Elections.' }],
      },
    ]);
    expect(p.values).toEqual([
      {
        iso3: 'PAK',
        indicatorCode: 'internet_shutdowns',
        year: 2024,
        value: 1,
        sourceId: 'access-now-stop-2016-2025',
      },
    ]);
  });

  it('counts an event in count_year, not in its start year', () => {
    const p = parseKeepItOn(
      scratch.csv('carried.csv', HEADER, [event({ start_date: '2009-01-01', count_year: '2016' })]),
      { economies: economies() },
    );
    expect(p.values).toMatchObject([{ iso3: 'PAK', year: 2016, value: 1 }]);
  });

  it('reports bad cells with file, line and column, and keeps the good events', () => {
    const file = scratch.csv('bad.csv', HEADER, [
      event({ country: 'Atlantis' }),
      event({ start_date: '01/02/2024' }),
      event({ end_date: 'soon' }),
      event({ count_year: '2015' }),
      event({ shutdown_status: 'Paused' }),
      event({ area_name: 'Karachi' }),
    ]);
    const p = parseKeepItOn(file, { economies: economies() });
    expect(p.issues.map(({ file: f, line, field, value }) => ({ f, line, field, value }))).toEqual([
      { f: file, line: 2, field: 'country', value: 'Atlantis' },
      { f: file, line: 3, field: 'start_date', value: '01/02/2024' },
      { f: file, line: 4, field: 'end_date', value: 'soon' },
      { f: file, line: 5, field: 'count_year', value: '2015' },
      { f: file, line: 6, field: 'shutdown_status', value: 'Paused' },
    ]);
    expect(p.counts).toMatchObject({ rowsRead: 6, rejectedRows: 5, cases: 1 });
  });

  it('sets Somaliland aside and keeps one case for an event in several countries', () => {
    const p = parseKeepItOn(
      scratch.csv('multi.csv', HEADER, [
        event({ country: 'Somaliland' }),
        event({ country: 'Laos; Myanmar', area_name: 'Tachileik' }),
      ]),
      { economies: economies() },
    );
    expect(p.counts.setAside).toEqual({
      'territory not in ISO 3166 (Somaliland, Zanzibar, Gaza)': 1,
    });
    expect(p.cases).toMatchObject([{ countries: ['LAO', 'MMR'] }]);
    expect(p.values).toEqual([]);
    expect(p.warnings).toContainEqual(expect.stringMatching(/1 events name several countries/));
  });

  it('stops with a DomainError naming the file and a missing column', () => {
    const file = scratch.csv(
      'nocol.csv',
      HEADER.filter((c) => c !== 'count_year'),
      [event().slice(0, -1)],
    );
    expect(() => parseKeepItOn(file)).toThrow(DomainError);
    expect(() => parseKeepItOn(file)).toThrow(`${file}: missing column 'count_year'`);
  });
});

describe.skipIf(!hasSharedData)('keepiton parser on the real data', () => {
  const parsed = once(() => parseKeepItOn(FILE, { economies: economies() }));
  const shutdowns = (year: number): Map<string, number> =>
    new Map(
      parsed()
        .values.filter((v) => v.year === year)
        .map((v) => [v.iso3, v.value]),
    );

  it('reads the 2,102 STOP events: 2,099 cases, 3 in Somaliland set aside, no bad row', () => {
    const p = parsed();
    expect(p.issues).toEqual([]);
    expect(p.counts).toMatchObject({
      rowsRead: 2102,
      rejectedRows: 0,
      setAside: { 'territory not in ISO 3166 (Somaliland, Zanzibar, Gaza)': 3 },
      cases: 2099,
    });
    expect(new Set(p.cases.map((c) => c.id)).size).toBe(2099);
  });

  it('counts 85 shutdowns in Myanmar and 84 in India in 2024 (count_year)', () => {
    expect(shutdowns(2024).get('MMR')).toBe(85);
    expect(shutdowns(2024).get('IND')).toBe(84);
  });

  it('counts each event in its count_year: 304 in 2024, 3 of them in several countries', () => {
    const in2024 = parsed().cases.filter((c) => c.countedInYear === 2024);
    expect(in2024).toHaveLength(304);
    const counted = [...shutdowns(2024).values()].reduce((a, b) => a + b, 0);
    expect(counted).toBe(302);
    // Events started before 2024 are counted in 2024 too.
    expect(in2024.some((c) => c.period.start! < '2024')).toBe(true);
  });

  it('names the three multi-country events in a warning', () => {
    expect(parsed().warnings).toContainEqual(
      expect.stringMatching(/3 events name several countries.*Laos; Myanmar 2024-07-24/),
    );
  });
});
