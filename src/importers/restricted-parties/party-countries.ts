// Country codes of restricted parties: the lists' country codes and names (and the last parts
// of their addresses) resolved to ISO3, through the platform's economies and an alias table.
import { economyNameResolver, normaliseEconomyName } from '../../core/economies/economy-names.ts';
import type { Economy } from '../../core/economies/economy.ts';

/** What country resolution needs of an economy (the store's economies, or economies.csv). */
export type CountryEconomy = Pick<Economy, 'iso3' | 'name' | 'officialName'> & {
  iso2?: string | null;
};

/**
 * Spellings the restricted-party lists use that neither the economies' names nor
 * core/economies/economy-names.ts know, each with its ISO3. Matched after
 * `normaliseEconomyName` (case, diacritics, punctuation, a leading "the" ignored).
 * - OFAC nationality remarks: `Korea, North`/`Korea, South`, `Congo, Democratic Republic of the`,
 *   `North Macedonia, The Republic of`, `Palestinian` and `Region: Gaza` (→ PSE).
 * - INKSNA country cells: `DPRK`, `ROK`, `UAE` and adjectives (`Russian`, `Iranian`, `Syrian`).
 * - EU and METI addresses: `Kyrgyz Republic`, `People's Republic of China`/`PRC`, `Hong Kong SAR`;
 *   official forms (`Kingdom of Thailand`, `Republic of Türkiye`) are read without the form.
 * - Two-letter codes that are not ISO 3166 but are used: `UK` (→ GBR), `XK` (Kosovo → XKX).
 * Not countries, so not here: `EU` (the CN file's target of some countermeasures); such values
 * are reported as unresolved.
 */
export const RESTRICTED_PARTY_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Korea, North': 'PRK',
  'Korea, South': 'KOR',
  DPRK: 'PRK',
  'D.P.R.K.': 'PRK',
  ROK: 'KOR',
  'Congo, Democratic Republic of the': 'COD',
  'North Macedonia, The Republic of': 'MKD',
  Palestinian: 'PSE',
  'Region: Gaza': 'PSE',
  'West Bank': 'PSE',
  UAE: 'ARE',
  'U.A.E.': 'ARE',
  Russian: 'RUS',
  Iranian: 'IRN',
  Syrian: 'SYR',
  Chinese: 'CHN',
  Turkiye: 'TUR',
  'Kyrgyz Republic': 'KGZ',
  "People's Republic of China": 'CHN',
  PRC: 'CHN',
  'P.R. China': 'CHN',
  'P.R.C.': 'CHN',
  'Mainland China': 'CHN',
  'Hong Kong SAR': 'HKG',
  'Hong Kong S.A.R.': 'HKG',
  Macau: 'MAC',
  'Republic of China': 'TWN',
  'Islamic Republic of Iran': 'IRN',
  UK: 'GBR',
  'Great Britain': 'GBR',
  'U.K.': 'GBR',
  USA: 'USA',
  'U.S.A.': 'USA',
  US: 'USA',
  'U.S.': 'USA',
  XK: 'XKX',
  // OFAC's inverted forms.
  'Virgin Islands, British': 'VGB',
  'Virgin Islands, U.S.': 'VIR',
  'Man, Isle of': 'IMN',
  'Cote d Ivoire': 'CIV',
  'Micronesia, Federated States of': 'FSM',
  'Bahamas, The': 'BHS',
  Burma: 'MMR',
};

/** Cell values that say there is no country (read as empty, not reported). */
export const NO_COUNTRY: ReadonlySet<string> = new Set(['none identified', 'unknown', 'n/a', '-']);

const ALIASES = new Map(
  Object.entries(RESTRICTED_PARTY_COUNTRY_ALIASES).map(([k, v]) => [normaliseEconomyName(k), v]),
);

/** `(Democratic) (Socialist) Republic of X`, `Kingdom of X` … → X (tried after the full name). */
const STATE_FORM =
  /^(?:the\s+)?(?:(?:democratic|socialist|islamic|federal|people'?s|arab|united|plurinational|bolivarian)\s+)*(?:republic|kingdom|state|federation|sultanate|principality|commonwealth|grand duchy)\s+of\s+(?:the\s+)?(.+)$/i;

/** Resolves a code or name to ISO3; undefined when it names no economy the platform knows. */
export type CountryResolver = (value: string) => string | undefined;

/**
 * Builds a resolver: a two-letter code through the economies' ISO2 (any case: FtM writes `ru`),
 * a three-letter code that is an economy's ISO3, then names through the alias table above,
 * core/economies/economy-names.ts and the economies' names and official names. Without economies
 * only the alias tables resolve, so callers pass the store's economies (tests: economies.csv).
 */
export function countryResolver(economies: readonly CountryEconomy[]): CountryResolver {
  const byIso2 = new Map<string, string>();
  const iso3s = new Set<string>();
  for (const e of economies) {
    iso3s.add(e.iso3);
    if (e.iso2) byIso2.set(e.iso2.toUpperCase(), e.iso3);
  }
  const byName = economyNameResolver(economies);
  return (value) => {
    const v = value.trim().replace(/\.$/, '').trim();
    if (!v || NO_COUNTRY.has(v.toLowerCase())) return undefined;
    if (/^[A-Za-z]{2}$/.test(v)) {
      const hit = byIso2.get(v.toUpperCase()) ?? ALIASES.get(normaliseEconomyName(v));
      if (hit) return hit;
    }
    if (/^[A-Z]{3}$/.test(v) && iso3s.has(v)) return v;
    const hit = ALIASES.get(normaliseEconomyName(v)) ?? byName(v);
    if (hit) return hit;
    // `Republic of India`, `Socialist Republic of Vietnam`: the official form of a name.
    const bare = STATE_FORM.exec(v)?.[1];
    return bare ? (ALIASES.get(normaliseEconomyName(bare)) ?? byName(bare)) : undefined;
  };
}

/** Postal codes, house numbers, parenthesised notes and stray punctuation of an address part. */
const stripPart = (part: string): string =>
  part
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\d+/g, ' ')
    .replace(/[()."“”«»/#:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A part's own name, else the name its last words make (`Moscow Russian Federation`). */
function resolvePart(part: string, resolve: CountryResolver): string | undefined {
  // Short words of an address are not country codes (`No. 8` is not Norway) unless they are
  // capitalised abbreviations the alias table knows (`UAE`, `PRC`).
  if (part.length <= 3 && !(part === part.toUpperCase() && ALIASES.has(normaliseEconomyName(part))))
    return undefined;
  const direct = resolve(part);
  if (direct) return direct;
  const words = part.split(' ');
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (tail.length <= 3) continue;
    const hit = resolve(tail);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The country an address ends with: its last comma-separated parts (postal codes dropped) are
 * resolved from the end. `Hong Kong, China` and `Macau, China` give HKG and MAC, as the
 * platform keeps them as economies of their own.
 */
export function addressCountry(address: string, resolve: CountryResolver): string | undefined {
  const parts = address
    .split(/[,，]/)
    .map(stripPart)
    .filter((p) => p !== '');
  const tail = parts.slice(-3).reverse();
  let found: string | undefined;
  for (const p of tail) {
    const iso3 = resolvePart(p, resolve);
    if (iso3 === 'HKG' || iso3 === 'MAC') return iso3;
    found ??= iso3;
  }
  return found;
}
