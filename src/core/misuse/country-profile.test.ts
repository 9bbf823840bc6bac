import { describe, expect, it } from 'vitest';
import {
  caseOrigins,
  countryProfile,
  originGroup,
  supplyColour,
  surveillanceSupplyMap,
} from './country-profile.ts';
import { evidence, misuseCase, supplier } from './misuse.test-support.ts';

const shutdown = (id: string, countries: string[], year: number) =>
  misuseCase(id, countries, {
    kind: 'internet-shutdown',
    technology: 'shutdown',
    countedInYear: year,
    period: { start: `${year - 1}-12-01`, end: null },
  });

const cases = [
  // Carnegie-like: suppliers named per country, origins for the country as a whole.
  misuseCase('aigs:IND:safe-city', ['IND'], {
    suppliers: [supplier('Huawei'), supplier('NEC')],
    supplierAttribution: 'country',
    supplierOrigins: ['CHN', 'JPN', 'USA'],
    evidence: [evidence('aigs', '2022-03')],
  }),
  misuseCase('aigs:IND:facial', ['IND'], {
    suppliers: [supplier('Huawei'), supplier('NEC')],
    supplierAttribution: 'country',
    supplierOrigins: ['CHN', 'JPN', 'USA'],
    technology: 'facial-recognition',
    evidence: [evidence('aigs', '2022-03')],
  }),
  // One origin for the case: the supplier's seat is inferred from it.
  misuseCase('x:IND:2020', ['IND'], {
    suppliers: [supplier('Huawei')],
    supplierOrigins: ['CHN'],
    technology: 'smart-policing',
    period: { start: '2020', end: null },
  }),
  // A supplier with its own seat.
  misuseCase('pi:IND', ['IND'], {
    kind: 'technology-transfer',
    suppliers: [supplier('Hacking Team', 'ITA')],
    supplierOrigins: ['ITA'],
    technology: 'intrusion-software',
    period: { start: '2012', end: null },
  }),
  // Suppliers named without any origin.
  misuseCase('spy:IND', ['IND', 'PAK'], {
    kind: 'spyware-operation',
    suppliers: [supplier('Unknown Vendor')],
    technology: 'intrusion-software',
    period: { start: '2020-06', end: null },
  }),
  shutdown('s1', ['IND'], 2024),
  shutdown('s2', ['IND'], 2024),
  shutdown('s3', ['PAK'], 2024),
];

describe('countryProfile', () => {
  const p = countryProfile(cases, 'IND');

  it('counts the country’s cases per year and kind, in the year each case is counted in', () => {
    expect(p.cases).toBe(7);
    expect(p.years.map((y) => [y.year, y.total])).toEqual([
      [2012, 1],
      [2020, 2],
      [2022, 2],
      [2024, 2],
    ]);
    expect(p.years.find((y) => y.year === 2020)!.byKind).toEqual({
      'surveillance-deployment': 1,
      'technology-transfer': 0,
      'spyware-operation': 1,
      'internet-shutdown': 0,
      'censorship-blocking': 0,
    });
    expect(p.years.find((y) => y.year === 2024)!.byKind['internet-shutdown']).toBe(2);
    expect(p.kinds).toEqual({
      'surveillance-deployment': 3,
      'technology-transfer': 1,
      'spyware-operation': 1,
      'internet-shutdown': 2,
      'censorship-blocking': 0,
    });
    expect(Object.values(p.undated).every((n) => n === 0)).toBe(true);
  });

  it('counts technologies in category order', () => {
    expect(p.technologies).toEqual([
      { technology: 'safe-city', cases: 1 },
      { technology: 'facial-recognition', cases: 1 },
      { technology: 'smart-policing', cases: 1 },
      { technology: 'intrusion-software', cases: 2 },
      { technology: 'shutdown', cases: 2 },
    ]);
  });

  it('counts cases per origin group, a case in each group it names', () => {
    expect(p.origins).toEqual([
      { group: 'china', cases: 3, suppliers: 1, iso3: [] },
      { group: 'united-states', cases: 2, suppliers: 0, iso3: [] },
      { group: 'other', cases: 3, suppliers: 1, iso3: ['ITA', 'JPN'] },
      { group: 'unknown', cases: 1, suppliers: 2, iso3: [] },
    ]);
    expect(p.withoutSupplier).toBe(2);
  });

  it('lists the suppliers, with their own seat, an inferred one, or none', () => {
    expect(p.suppliers).toEqual([
      {
        key: 'huawei',
        names: ['Huawei'],
        cases: 3,
        technologies: ['safe-city', 'facial-recognition', 'smart-policing'],
        origin: 'CHN',
        originInferred: true,
        group: 'china',
      },
      {
        key: 'nec',
        names: ['NEC'],
        cases: 2,
        technologies: ['safe-city', 'facial-recognition'],
        origin: null,
        originInferred: false,
        group: 'unknown',
      },
      {
        key: 'hacking team',
        names: ['Hacking Team'],
        cases: 1,
        technologies: ['intrusion-software'],
        origin: 'ITA',
        originInferred: false,
        group: 'other',
      },
      {
        key: 'unknown vendor',
        names: ['Unknown Vendor'],
        cases: 1,
        technologies: ['intrusion-software'],
        origin: null,
        originInferred: false,
        group: 'unknown',
      },
    ]);
  });

  it('does not infer a seat from cases that disagree', () => {
    const two = [
      misuseCase('a', ['KEN'], { suppliers: [supplier('Acme')], supplierOrigins: ['CHN'] }),
      misuseCase('b', ['KEN'], { suppliers: [supplier('Acme')], supplierOrigins: ['USA'] }),
    ];
    expect(countryProfile(two, 'KEN').suppliers[0]).toMatchObject({
      origin: null,
      originInferred: false,
      group: 'unknown',
    });
  });

  it('is empty for a country without cases', () => {
    const e = countryProfile(cases, 'NOR');
    expect(e.cases).toBe(0);
    expect(e.years).toEqual([]);
    expect(e.suppliers).toEqual([]);
    expect(e.origins.map((o) => o.cases)).toEqual([0, 0, 0, 0]);
  });
});

describe('origins and colours', () => {
  it('groups seats and unions a case’s origins with its suppliers’ seats', () => {
    expect(['CHN', 'USA', 'ISR', null].map(originGroup)).toEqual([
      'china',
      'united-states',
      'other',
      'unknown',
    ]);
    expect(
      caseOrigins({ suppliers: [supplier('A', 'ISR'), supplier('B')], supplierOrigins: ['CHN'] }),
    ).toEqual(['CHN', 'ISR']);
  });

  it.each([
    [['CHN', 'USA', 'GBR'], 'both'],
    [['CHN', 'GBR'], 'china-only'],
    [['USA'], 'us-only'],
    [['GBR', 'ISR'], 'other'],
    [[], 'none'],
  ] as const)('%j → %s', (origins, colour) => {
    expect(supplyColour(origins)).toBe(colour);
  });
});

describe('surveillanceSupplyMap', () => {
  it('colours each country by the origins of its surveillance deployments only', () => {
    const m = surveillanceSupplyMap([
      misuseCase('k1', ['KEN'], { supplierOrigins: ['CHN'] }),
      misuseCase('k2', ['KEN'], { supplierOrigins: ['GBR', 'USA'] }),
      misuseCase('k3', ['KEN'], { suppliers: [supplier('Someone')] }),
      misuseCase('u1', ['UGA', 'TZA'], { suppliers: [supplier('Huawei', 'CHN')] }),
      misuseCase('f1', ['FRA'], { supplierOrigins: ['USA'] }),
      misuseCase('g1', ['GHA'], { supplierOrigins: ['ISR'] }),
      misuseCase('n1', ['NGA']),
      // Not a surveillance deployment: not on the map.
      misuseCase('t1', ['NOR'], { kind: 'technology-transfer', supplierOrigins: ['CHN'] }),
    ]);
    expect(m.countries).toEqual([
      {
        iso3: 'FRA',
        colour: 'us-only',
        cases: 1,
        china: 0,
        unitedStates: 1,
        other: 0,
        none: 0,
        origins: ['USA'],
      },
      {
        iso3: 'GHA',
        colour: 'other',
        cases: 1,
        china: 0,
        unitedStates: 0,
        other: 1,
        none: 0,
        origins: ['ISR'],
      },
      {
        iso3: 'KEN',
        colour: 'both',
        cases: 3,
        china: 1,
        unitedStates: 1,
        other: 1,
        none: 1,
        origins: ['CHN', 'GBR', 'USA'],
      },
      {
        iso3: 'NGA',
        colour: 'none',
        cases: 1,
        china: 0,
        unitedStates: 0,
        other: 0,
        none: 1,
        origins: [],
      },
      {
        iso3: 'TZA',
        colour: 'china-only',
        cases: 1,
        china: 1,
        unitedStates: 0,
        other: 0,
        none: 0,
        origins: ['CHN'],
      },
      {
        iso3: 'UGA',
        colour: 'china-only',
        cases: 1,
        china: 1,
        unitedStates: 0,
        other: 0,
        none: 0,
        origins: ['CHN'],
      },
    ]);
    expect(m.totals).toEqual({ 'china-only': 2, 'us-only': 1, both: 1, other: 1, none: 1 });
  });
});
