import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { DERIVED_RESEARCHERS_CODE, derivedResearchers } from './derived-researchers.ts';

const v = (
  indicatorCode: string,
  iso3: string,
  year: number,
  value: number,
  sourceId: string,
): IndicatorValue => ({
  iso3,
  indicatorCode,
  year,
  value,
  sourceId,
});

describe('derivedResearchers', () => {
  it('multiplies researchers per million by population in millions, per economy and year', () => {
    const r = derivedResearchers(
      [
        v('researchers_per_million', 'KOR', 2021, 9000, 'uis'),
        v('researchers_per_million', 'JPN', 2021, 5500, 'uis'),
      ],
      [
        v('population', 'KOR', 2021, 52_000_000, 'wb-pop'),
        v('population', 'JPN', 2021, 125_000_000, 'wb-pop'),
      ],
    );
    expect(r.values).toEqual([
      {
        iso3: 'KOR',
        indicatorCode: DERIVED_RESEARCHERS_CODE,
        year: 2021,
        value: 468_000,
        sourceId: 'uis',
      },
      {
        iso3: 'JPN',
        indicatorCode: DERIVED_RESEARCHERS_CODE,
        year: 2021,
        value: 687_500,
        sourceId: 'uis',
      },
    ]);
    expect(r.sourceIds).toEqual(['uis', 'wb-pop']);
  });

  it.each<[string, IndicatorValue[], IndicatorValue[]]>([
    [
      'derives nothing without a population of the same year',
      [v('researchers_per_million', 'KOR', 2021, 9000, 'uis')],
      [v('population', 'KOR', 2020, 5e7, 'wb')],
    ],
    ['derives nothing without the ratio', [], [v('population', 'KOR', 2021, 5e7, 'wb')]],
    ['derives nothing from nothing', [], []],
  ])('%s', (_name, perMillion, population) => {
    expect(derivedResearchers(perMillion, population)).toEqual({ values: [], sourceIds: [] });
  });

  it('derives one value per economy and year when an input repeats', () => {
    const r = derivedResearchers(
      [
        v('researchers_per_million', 'KOR', 2021, 9000, 'a'),
        v('researchers_per_million', 'KOR', 2021, 1, 'b'),
      ],
      [v('population', 'KOR', 2021, 1e6, 'p')],
    );
    expect(r.values.map((x) => x.value)).toEqual([9000]);
  });
});
