import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import {
  OPENALEX_PAIRS_COLUMNS,
  OPENALEX_TOTALS_COLUMNS,
  parseOpenAlexPairs,
} from './openalex-pairs.parser.ts';
import { economies, once, researchFile, scratchCsv } from './research.test-support.ts';

warnWithoutSharedData('openalex-pairs parser tests on real data');

describe('openalex-pairs on small files', () => {
  const scratch = scratchCsv();
  afterAll(() => scratch.remove());

  it('orders each pair by ISO3 (AT–AU is AUS–AUT) and gives no index', () => {
    const p = parseOpenAlexPairs(
      scratch.csv('ok.csv', [...OPENALEX_PAIRS_COLUMNS], [['2023', 'AT', 'AU', '1200']]),
      { economies: economies() },
    );
    expect(p.issues).toEqual([]);
    expect(p.pairs).toEqual([
      {
        a: 'AUS',
        b: 'AUT',
        firstYear: 2023,
        year: 2023,
        works: 1200,
        source: 'openalex',
        field: 'all',
        collaborationIndex: null,
        programme: null,
      },
    ]);
  });

  it('reports unknown codes, bad counts and a pair given twice, by line and column', () => {
    const file = scratch.csv(
      'bad.csv',
      [...OPENALEX_PAIRS_COLUMNS],
      [
        ['2023', 'CN', 'US', '72794'],
        ['2023', 'QQ', 'US', '3'],
        ['2023', 'CN', 'GB', '-4'],
        ['2023', 'CN', 'US', '72794'],
        ['23', 'DE', 'FR', '1'],
      ],
    );
    const p = parseOpenAlexPairs(file, { economies: economies() });
    expect(p.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
      [3, 'iso2_a', "unknown ISO 3166 alpha-2 code 'QQ'"],
      [4, 'coauthored_works', 'is not a whole number ≥ 0'],
      [5, 'iso2_b', 'pair CHN–USA (2023) already given on line 2'],
      [6, 'year', 'is not a year from 1900 to 2100'],
    ]);
    expect(p.issues.every((i) => i.file === file)).toBe(true);
  });

  it('reads the totals layout by its column', () => {
    const p = parseOpenAlexPairs(
      scratch.csv('totals.csv', [...OPENALEX_TOTALS_COLUMNS], [['2023', 'US', '405719']]),
      { economies: economies() },
    );
    expect(p.layout).toBe('totals');
    expect(p.totals).toEqual([
      { iso3: 'USA', field: 'all', firstYear: 2023, year: 2023, works: 405719, source: 'openalex' },
    ]);
  });

  it('throws a DomainError naming the file and the missing column', () => {
    const file = scratch.csv('cols.csv', ['year', 'iso2_a', 'coauthored_works'], []);
    expect(() => parseOpenAlexPairs(file)).toThrow(DomainError);
    expect(() => parseOpenAlexPairs(file)).toThrow(`${file}: missing column 'iso2_b'`);
  });
});

describe.skipIf(!hasSharedData)('openalex-pairs on the real files', () => {
  const pairs = once(() =>
    parseOpenAlexPairs(researchFile('openalex_country_pair_coauthored_works_2010_2023.csv'), {
      economies: economies(),
    }),
  );
  const totals = once(() =>
    parseOpenAlexPairs(researchFile('openalex_country_intl_coauthored_works_1990_2023.csv'), {
      economies: economies(),
    }),
  );
  const works = (a: string, b: string, year: number) =>
    pairs().pairs.find((p) => p.a === a && p.b === b && p.year === year)?.works;

  it('reads all 167,979 pairs without an issue', () => {
    expect(pairs().issues).toEqual([]);
    expect(pairs().pairs).toHaveLength(167979);
  });

  it('gives United States–China 72,794 works in 2023, and its path since 2019', () => {
    expect(works('CHN', 'USA', 2023)).toBe(72794);
    expect([2019, 2020, 2021, 2022].map((y) => works('CHN', 'USA', y))).toEqual([
      73485, 84025, 78604, 77370,
    ]);
    expect(works('GBR', 'USA', 2023)).toBe(63348);
    expect(works('DEU', 'FRA', 2023)).toBe(18882);
    expect(works('AUS', 'CHN', 2023)).toBe(21739);
    expect(works('TWN', 'USA', 2023)).toBe(6932);
  });

  it("gives each country's internationally co-authored works", () => {
    expect(totals().issues).toEqual([]);
    expect(totals().totals).toHaveLength(7735);
    const of = (iso3: string) =>
      totals().totals.find((t) => t.iso3 === iso3 && t.year === 2023)?.works;
    expect([of('USA'), of('CHN'), of('GBR'), of('DEU')]).toEqual([405719, 237887, 199026, 145905]);
  });
});
