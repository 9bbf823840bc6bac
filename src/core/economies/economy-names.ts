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

/** What a code or name given by a user stands for (see {@link economyLookup}). */
export type EconomyLookup =
  | { kind: 'found'; iso3: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown' };

/**
 * Builds the lookup of economies as users give them, by ISO3 code or by name: an ISO3 code of the
 * table (any case) first, then {@link economyNameResolver} (aliases, names, official names); a
 * name no economy has exactly is looked for as whole words of the names ("Korea" is in "North
 * Korea" and "South Korea"): one economy is found, several are `ambiguous` (candidates sorted),
 * none is `unknown`. A name two economies share exactly is `ambiguous` too.
 */
export function economyLookup(economies: readonly NamedEconomy[]): (text: string) => EconomyLookup {
  const codes = new Set(economies.map((e) => e.iso3));
  const byName = economyNameResolver(economies);
  const names = economies.map((e) => ({
    iso3: e.iso3,
    keys: [e.name, e.officialName].filter((n): n is string => !!n).map(normaliseEconomyName),
  }));
  return (text) => {
    const t = text.trim();
    if (/^[A-Za-z]{3}$/.test(t) && codes.has(t.toUpperCase()))
      return { kind: 'found', iso3: t.toUpperCase() };
    const exact = byName(t);
    if (exact !== undefined && codes.has(exact)) return { kind: 'found', iso3: exact };
    const key = normaliseEconomyName(t);
    if (key === '') return { kind: 'unknown' };
    const sharedExactly = names.filter((n) => n.keys.includes(key)).map((n) => n.iso3);
    if (sharedExactly.length > 1) return { kind: 'ambiguous', candidates: sharedExactly.sort() };
    const words = new RegExp(`(^| )${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
    const found = [
      ...new Set(names.filter((n) => n.keys.some((k) => words.test(k))).map((n) => n.iso3)),
    ].sort();
    if (found.length === 1) return { kind: 'found', iso3: found[0]! };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found };
    return { kind: 'unknown' };
  };
}

/** "'Korea' could be KOR or PRK" / "unknown economy 'Atlantis'": the message for a failed lookup. */
export function economyLookupMessage(text: string, r: EconomyLookup): string {
  if (r.kind === 'ambiguous')
    return `'${text}' could be ${r.candidates.slice(0, -1).join(', ')} or ${r.candidates.at(-1)}: give the ISO3 code`;
  return `unknown economy '${text}' (expected an ISO 3166 alpha-3 code or an economy's name)`;
}
