// Economy names: joins sources that name economies instead of coding them (Freedom House) to ISO3.
import type { Economy } from './economy.ts';

/** What name matching needs of an economy. */
export type NamedEconomy = Pick<Economy, 'iso3' | 'name' | 'officialName'>;

/**
 * Spellings sources use that differ from the reference table's `name` and `official_name_en`
 * (countries.csv), each with the ISO3 it stands for. Keys are matched after
 * {@link normaliseEconomyName}, so case, diacritics, punctuation, "&"/"and", "St."/"Saint" and a
 * leading or trailing "the" need no entry of their own. Entries that the normaliser alone would
 * match are kept where a source is known to use them, so the join does not hang on the reference
 * table's wording. Add a line when a new source spells an economy its own way.
 */
export const ECONOMY_NAME_ALIASES: Readonly<Record<string, string>> = {
  // Freedom House, Freedom in the World (2013–2024 editions).
  'Congo (Kinshasa)': 'COD',
  'Congo (Brazzaville)': 'COG',
  "Cote d'Ivoire": 'CIV',
  'Czech Republic': 'CZE',
  Micronesia: 'FSM',
  'St. Kitts and Nevis': 'KNA',
  'St. Lucia': 'LCA',
  'St. Vincent and the Grenadines': 'VCT',
  'The Gambia': 'GMB',
  Eswatini: 'SWZ',
  'North Macedonia': 'MKD',
  'Timor-Leste': 'TLS',
  Taiwan: 'TWN',
  Kosovo: 'XKX',
  Turkey: 'TUR',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  'Bosnia and Herzegovina': 'BIH',
  'Cabo Verde': 'CPV',
  'North Korea': 'PRK',
  'South Korea': 'KOR',
  Laos: 'LAO',
  Brunei: 'BRN',
  Russia: 'RUS',
  Syria: 'SYR',
  Iran: 'IRN',
  Vietnam: 'VNM',
  'Hong Kong': 'HKG',
  // Former names still found in older editions and other sources.
  Swaziland: 'SWZ',
  Macedonia: 'MKD',
  'East Timor': 'TLS',
  Burma: 'MMR',
  'Ivory Coast': 'CIV',
};

/**
 * Normalises a name for matching: lower case, diacritics and apostrophes dropped, "&" read as
 * "and", other punctuation as spaces, "St"/"Ste" as "saint"/"sainte", a leading or trailing "the"
 * dropped (`The Gambia`, `Gambia, The`).
 */
export function normaliseEconomyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ the$/, '')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte');
}

const ALIASES = new Map(
  Object.entries(ECONOMY_NAME_ALIASES).map(([name, iso3]) => [normaliseEconomyName(name), iso3]),
);

/**
 * Builds a resolver from names to ISO3 codes: the alias table first, then the economies' names
 * and official names. A name two economies share resolves to nothing rather than to either.
 */
export function economyNameResolver(
  economies: readonly NamedEconomy[],
): (name: string) => string | undefined {
  const byName = new Map<string, string | null>();
  for (const e of economies) {
    for (const n of [e.name, e.officialName]) {
      if (!n) continue;
      const key = normaliseEconomyName(n);
      const earlier = byName.get(key);
      byName.set(key, earlier === undefined || earlier === e.iso3 ? e.iso3 : null);
    }
  }
  return (name) => {
    const key = normaliseEconomyName(name);
    return ALIASES.get(key) ?? byName.get(key) ?? undefined;
  };
}
