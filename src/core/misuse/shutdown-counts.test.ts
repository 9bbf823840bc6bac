import { describe, expect, it } from 'vitest';
import type { MisuseCase } from './case.ts';
import { countShutdowns } from './shutdown-counts.ts';

const shutdown = (
  countries: string[],
  start: string | null,
  countedInYear: number | null,
  over: Partial<MisuseCase> = {},
): MisuseCase => ({
  id: `t:${countries.join('-')}:${start}:${countedInYear}`,
  kind: 'internet-shutdown',
  title: 'a shutdown',
  countries,
  countryNames: countries,
  period: { start, end: null },
  countedInYear,
  actors: [],
  suppliers: [],
  supplierAttribution: 'case',
  supplierOrigins: [],
  technology: 'shutdown',
  technologyDetail: null,
  evidence: [],
  status: 'unknown',
  ...over,
});

describe('countShutdowns', () => {
  it('counts a shutdown in the year the source counts it, not its start year', () => {
    const { values } = countShutdowns(
      [shutdown(['PAK'], '2009-01-01', 2016), shutdown(['PAK'], '2016-03-01', 2016)],
      'src',
    );
    expect(values).toEqual([
      { iso3: 'PAK', indicatorCode: 'internet_shutdowns', year: 2016, value: 2, sourceId: 'src' },
    ]);
  });

  it('falls back to the start year when the source gives no year of its own', () => {
    expect(countShutdowns([shutdown(['IND'], '2019-08-05', null)], 's').values).toMatchObject([
      { iso3: 'IND', year: 2019, value: 1 },
    ]);
  });

  it('counts a multi-country event for none of its countries and returns it', () => {
    const regional = shutdown(['LAO', 'MMR'], '2024-07-24', 2024);
    const r = countShutdowns([regional, shutdown(['MMR'], '2024-01-01', 2024)], 's');
    expect(r.values).toMatchObject([{ iso3: 'MMR', year: 2024, value: 1 }]);
    expect(r.multiCountry).toEqual([regional]);
  });

  it('leaves out cases without a year and cases of another kind', () => {
    const undated = shutdown(['SDN'], null, null);
    const blocking = shutdown(['SDN'], '2024-01-01', 2024, { kind: 'censorship-blocking' });
    const r = countShutdowns([undated, blocking], 's');
    expect(r.values).toEqual([]);
    expect(r.undated).toEqual([undated]);
  });

  it('sorts values by year, then economy', () => {
    const r = countShutdowns(
      [
        shutdown(['IND'], '2024-01-01', 2024),
        shutdown(['ETH'], '2023-01-01', 2023),
        shutdown(['AFG'], '2024-01-01', 2024),
      ],
      's',
    );
    expect(r.values.map((v) => `${v.year} ${v.iso3}`)).toEqual([
      '2023 ETH',
      '2024 AFG',
      '2024 IND',
    ]);
  });
});
