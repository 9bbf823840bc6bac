import { describe, expect, it } from 'vitest';
import { dateFromFileName, isoFromDotted, isoFromOfacDob, isoFromText } from './party-dates.ts';

describe('isoFromDotted', () => {
  it.each([
    ['12.9.2014', '2014-09-12'],
    ['02.12.2019', '2019-12-02'],
    ['16.02.23', '2023-02-16'],
    ['31.02.2024', null],
    ['2024-02-01', null],
    ['', null],
  ])('%s → %s', (s, iso) => expect(isoFromDotted(s)).toBe(iso));
});

describe('isoFromText', () => {
  it.each([
    ['March 12, 2021', '2021-03-12'],
    ['October 1, 2027', '2027-10-01'],
    ['10 Dec 1948', '1948-12-10'],
    ['9 August 2024', '2024-08-09'],
    ['Sept 1960', '1960-09'],
    ['2025', '2025'],
    ['2026-06-08', '2026-06-08'],
    ['2026-02-30', null],
    ['Smarch 1, 2021', null],
    ['soon', null],
  ])('%s → %s', (s, iso) => expect(isoFromText(s)).toEqual(iso));
});

describe('isoFromOfacDob', () => {
  it.each([
    ['10 Dec 1948', ['1948-12-10']],
    ['1946', ['1946']],
    ['circa 1951', ['1951']],
    ['Jun 1960', ['1960-06']],
    ['1958 to 1960', ['1958', '1959', '1960']],
    ['circa 1975-1977', ['1975', '1976', '1977']],
    ['01 Jan 1960 to 31 Dec 1960', ['1960']],
    ['01 Mar 1960 to 31 Mar 1960', ['1960-03']],
    ['1930 to 1970', ['1930', '1970']],
    ['1960 to 1958', null],
    ['unknown', null],
  ])('%s → %j', (s, dates) => expect(isoFromOfacDob(s)).toEqual(dates));
});

describe('dateFromFileName', () => {
  it('reads YYYYMMDD or YYYY-MM-DD in a file name, not elsewhere in the path', () => {
    expect(dateFromFileName('/data/20230101/us_ofac_sdn_20240503.csv')).toBe('2024-05-03');
    expect(dateFromFileName('india_scomet_2024-09-02.txt')).toBe('2024-09-02');
    expect(dateFromFileName('us_fcc_covered_list.csv')).toBeNull();
    expect(dateFromFileName('list_20241399.csv')).toBeNull();
  });
});
