import { describe, expect, it } from 'vitest';
import {
  economyLookup,
  economyLookupMessage,
  ECONOMY_NAME_ALIASES,
  economyNameResolver,
  normaliseEconomyName,
  type NamedEconomy,
} from './economy-names.ts';

const economy = (iso3: string, name: string, officialName: string | null = null): NamedEconomy => ({
  iso3,
  name,
  officialName,
});

const ECONOMIES: NamedEconomy[] = [
  economy('CIV', 'Côte d’Ivoire', 'Ivory Coast'),
  economy('GMB', 'Gambia', 'Gambia'),
  economy('KNA', 'St. Kitts & Nevis', 'Saint Kitts and Nevis'),
  economy('VCT', 'St. Vincent & Grenadines', 'Saint Vincent and the Grenadines'),
  economy('STP', 'São Tomé & Príncipe', 'Sao Tome and Principe'),
  economy('CZE', 'Czechia', 'Czechia'),
  economy('BHS', 'Bahamas', 'Bahamas'),
  economy('FRA', 'France', 'French Republic'),
];

describe('normaliseEconomyName', () => {
  it.each([
    ['Côte d’Ivoire', "Cote d'Ivoire"],
    ['São Tomé & Príncipe', 'Sao Tome and Principe'],
    ['The Gambia', 'Gambia'],
    ['Gambia, The', 'Gambia'],
    ['St. Kitts and Nevis', 'Saint Kitts and Nevis'],
    ['  UNITED   states ', 'United States'],
    ['Guinea-Bissau', 'Guinea Bissau'],
  ])('reads %j and %j as the same name', (a, b) => {
    expect(normaliseEconomyName(a)).toBe(normaliseEconomyName(b));
  });

  it.each([
    ['Niger', 'Nigeria'],
    ['Guinea', 'Equatorial Guinea'],
    ['Congo (Kinshasa)', 'Congo (Brazzaville)'],
    ['Sudan', 'South Sudan'],
  ])('keeps %j and %j apart', (a, b) => {
    expect(normaliseEconomyName(a)).not.toBe(normaliseEconomyName(b));
  });

  it('keeps "the" inside a name', () => {
    expect(normaliseEconomyName('St. Vincent and the Grenadines')).toBe(
      'saint vincent and the grenadines',
    );
  });

  it('gives an empty string for an empty or punctuation-only name', () => {
    expect(normaliseEconomyName('')).toBe('');
    expect(normaliseEconomyName(' - ')).toBe('');
  });
});

describe('economyNameResolver', () => {
  const resolve = economyNameResolver(ECONOMIES);

  it.each([
    ["Cote d'Ivoire", 'CIV'],
    ['The Gambia', 'GMB'],
    ['St. Kitts and Nevis', 'KNA'],
    ['St. Vincent and the Grenadines', 'VCT'],
    ['Sao Tome and Principe', 'STP'],
    ['Bahamas, The', 'BHS'],
    ['FRENCH REPUBLIC', 'FRA'],
  ])('resolves %j to %s by the economies’ names', (name, iso3) => {
    expect(resolve(name)).toBe(iso3);
  });

  it.each([
    ['Czech Republic', 'CZE'],
    ['Congo (Kinshasa)', 'COD'],
    ['Congo (Brazzaville)', 'COG'],
    ['Micronesia', 'FSM'],
    ['Kosovo', 'XKX'],
    ['Taiwan', 'TWN'],
    ['Turkey', 'TUR'],
  ])('resolves %j to %s by the alias table', (name, iso3) => {
    expect(resolve(name)).toBe(iso3);
  });

  it('resolves aliases even without economies (the runner checks the code exists)', () => {
    expect(economyNameResolver([])('Eswatini')).toBe('SWZ');
  });

  it('resolves nothing for a name no economy or alias has', () => {
    expect(resolve('Transnistria')).toBeUndefined();
    expect(resolve('')).toBeUndefined();
  });

  it('resolves nothing for a name two economies share', () => {
    const twins = economyNameResolver([economy('AAA', 'Twinland'), economy('BBB', 'Twinland')]);
    expect(twins('Twinland')).toBeUndefined();
  });

  it('has only ISO3-shaped codes in its alias table', () => {
    for (const iso3 of Object.values(ECONOMY_NAME_ALIASES)) expect(iso3).toMatch(/^[A-Z]{3}$/);
  });
});

describe('economyLookup', () => {
  const lookup = economyLookup([
    economy('KOR', 'South Korea', 'Republic of Korea'),
    economy('PRK', 'North Korea', "Democratic People's Republic of Korea"),
    economy('TWN', 'Taiwan'),
    economy('NLD', 'Netherlands'),
    economy('BES', 'Caribbean Netherlands', 'Bonaire, Sint Eustatius and Saba'),
    economy('USA', 'United States', 'United States of America'),
  ]);

  it.each([
    ['KOR', 'KOR'],
    ['twn', 'TWN'],
    ['Taiwan', 'TWN'],
    ['south korea', 'KOR'],
    ['Republic of Korea', 'KOR'],
    ['The Netherlands', 'NLD'],
    ['United States of America', 'USA'],
    ['Sint Eustatius', 'BES'],
  ])('finds %j as %s', (text, iso3) => {
    expect(lookup(text)).toEqual({ kind: 'found', iso3 });
  });

  it('calls a name several economies contain ambiguous, naming them', () => {
    const r = lookup('Korea');
    expect(r).toEqual({ kind: 'ambiguous', candidates: ['KOR', 'PRK'] });
    expect(economyLookupMessage('Korea', r)).toBe(
      "'Korea' could be KOR or PRK: give the ISO3 code",
    );
  });

  it('calls a name no economy has unknown', () => {
    const r = lookup('Atlantis');
    expect(r).toEqual({ kind: 'unknown' });
    expect(economyLookupMessage('Atlantis', r)).toMatch(/^unknown economy 'Atlantis'/);
    expect(lookup('')).toEqual({ kind: 'unknown' });
  });
});
