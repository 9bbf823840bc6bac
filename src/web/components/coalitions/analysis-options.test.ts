import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../indicator-labels.ts';
import {
  analysisYears,
  optionsSearch,
  optionsSlug,
  readOptions,
  withIndicatorLabels,
} from './analysis-options.tsx';
import type { CatalogueEntry } from './coalition-data.ts';

describe('the analyses’ settings in the address', () => {
  it('reads the defaults from an empty or unreadable address', () => {
    expect(readOptions({})).toEqual({ tier: 'member', year: 'latest', eu: 'enumerated' });
    expect(readOptions({ tier: 'some', year: '22', eu: 'all' })).toEqual({
      tier: 'member',
      year: 'latest',
      eu: 'enumerated',
    });
  });

  it('round-trips chosen settings, leaving the defaults out of the address', () => {
    const chosen = readOptions({ tier: 'all', year: '2022', eu: 'member-states' });
    expect(chosen).toEqual({ tier: 'all', year: '2022', eu: 'member-states' });
    expect(optionsSearch(chosen)).toEqual({ tier: 'all', year: '2022', eu: 'member-states' });
    expect(optionsSearch(readOptions({}))).toEqual({
      tier: undefined,
      year: undefined,
      eu: undefined,
    });
    expect(optionsSlug(chosen)).toBe('all-2022-eu27');
  });
});

describe('the year choices and warnings', () => {
  const entry = (code: string, firstYear: number | null, lastYear: number | null) =>
    ({ code, name: code, unit: '', firstYear, lastYear }) as unknown as CatalogueEntry;

  it('offers the years of the leverage indicators only, most recent first', () => {
    const years = analysisYears([
      entry('gdp_usd', 2019, 2023),
      entry('population', 2018, 2022),
      entry('unrelated', 1990, 2024),
      entry('ai_articles', null, null),
    ]);
    expect(years).toEqual([2023, 2022, 2021, 2020, 2019, 2018]);
  });

  it('names indicators in warnings by their labels, leaving unknown codes as they are', () => {
    const catalogue = catalogueOf([{ ...entry('gdp_usd', 2019, 2023), name: 'GDP (current US$)' }]);
    expect(withIndicatorLabels('TWN has no value of gdp_usd or foo_bar', catalogue)).toBe(
      'TWN has no value of GDP (current US$) or foo_bar',
    );
  });
});
