import { describe, expect, it } from 'vitest';
import { addressCountry, countryResolver } from './party-countries.ts';
import { starterEconomies } from './restricted-lists.test-support.ts';

const resolve = countryResolver(starterEconomies());

describe('countryResolver', () => {
  it.each([
    ['ru', 'RUS'],
    ['TW', 'TWN'],
    ['XK', 'XKX'],
    ['UK', 'GBR'],
    ['CHN', 'CHN'],
    ['Russian Federation', 'RUS'],
    ['Korea, North', 'PRK'],
    ['DPRK', 'PRK'],
    ['ROK', 'KOR'],
    ['UAE', 'ARE'],
    ['Russian', 'RUS'],
    ['Region: Gaza', 'PSE'],
    ['Congo, Democratic Republic of the', 'COD'],
    ['Burma', 'MMR'],
    ['Turkey', 'TUR'],
    ['Republic of Türkiye', 'TUR'],
    ['Kingdom of Thailand', 'THA'],
    ['Socialist Republic of Vietnam', 'VNM'],
    ['People’s Republic of China', 'CHN'],
    ['Virgin Islands, British', 'VGB'],
  ])('%s → %s', (value, iso3) => expect(resolve(value)).toBe(iso3));

  it('resolves no non-country and reads no-country markers as empty', () => {
    expect(resolve('EU')).toBeUndefined();
    expect(resolve('Republic of Crimea')).toBeUndefined();
    expect(resolve('None Identified')).toBeUndefined();
    expect(resolve('')).toBeUndefined();
  });

  it('resolves only names and the alias tables without economies', () => {
    const bare = countryResolver([]);
    expect(bare('DPRK')).toBe('PRK');
    expect(bare('ru')).toBeUndefined();
  });
});

describe('addressCountry', () => {
  it.each([
    ['119435, Moscow, Pirogovskaya M. Str., 18, Building 1, Russian Federation', 'RUS'],
    ['Unit 617, 6/F, 131-132 Connaught Road West, Solo Workshops, Hong Kong, China', 'HKG'],
    ['18 Stromynka Street, Moscow, Russia, 107076', 'RUS'],
    ['20 East Street, Fengtai District, Beijing, China 100071', 'CHN'],
    ['Office 209 Russian Federation', 'RUS'],
    ['United Arab Emirates (UAE)', 'ARE'],
    ['All addresses located in Belarus', 'BLR'],
    ['No. 8, Zhongguancun South Third Street, Haidian District, Beijing', undefined],
    ['119049, Moscow, Bolshaya Yakimanka Str., 40', undefined],
  ])('%s → %s', (address, iso3) => expect(addressCountry(address, resolve)).toBe(iso3));
});
