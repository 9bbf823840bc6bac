// Country names and codes of the misuse sources resolved to ISO3: a table of the spellings these
// sources use, then the platform's economy lookup (core/economies/economy-names.ts). A name that
// neither resolves is reported with the lookup's message, never guessed.
import {
  economyLookup,
  economyLookupMessage,
  normaliseEconomyName,
} from '../../core/economies/economy-names.ts';
import type { CountryEconomy } from '../restricted-parties/party-countries.ts';

/**
 * Spellings of the misuse sources that the economies' names, official names and
 * ECONOMY_NAME_ALIASES do not resolve, each with its ISO3 (matched after normaliseEconomyName).
 * - Carnegie AIGS / DRI: `Burma/Myanmar`, `Cape Verde`, `United States of America`,
 *   `Palestine/West Bank` (V-Dem's unit for Palestine, as the `vdem` format reads it).
 * - Access Now STOP (ISO 3166 English short names): `Congo (Democratic Republic of the)`,
 *   `Tanzania, United Republic of`, `Palestine, State of`.
 * - Freedom on the Net: `The Netherlands` is read by the normaliser; none needed.
 * - Carnegie `Other Countries`: `UK`, `HK`.
 * - PI Surveillance Industry Index: `Italia` (the Hacking Team client list's spelling).
 */
export const MISUSE_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Burma/Myanmar': 'MMR',
  'Cape Verde': 'CPV',
  'United States of America': 'USA',
  'Palestine/West Bank': 'PSE',
  'Congo (Democratic Republic of the)': 'COD',
  'Tanzania, United Republic of': 'TZA',
  'Palestine, State of': 'PSE',
  UK: 'GBR',
  HK: 'HKG',
  Italia: 'ITA',
};

/**
 * Units the sources report on that are not ISO 3166 economies: set aside (counted by reason),
 * never stored under the state they belong to — as the `vdem` and `freedom-house` formats do.
 */
export const NOT_ISO_UNITS: ReadonlySet<string> = new Set(
  ['Somaliland', 'Zanzibar', 'Palestine/Gaza'].map(normaliseEconomyName),
);

export const NOT_ISO_REASON = 'territory not in ISO 3166 (Somaliland, Zanzibar, Gaza)';

export type CountryResult =
  { kind: 'found'; iso3: string } | { kind: 'not-iso' } | { kind: 'unknown'; reason: string };

const ALIASES = new Map(
  Object.entries(MISUSE_COUNTRY_ALIASES).map(([k, v]) => [normaliseEconomyName(k), v]),
);

/** Builds the resolver of country names (and, with `codes`, ISO2 codes) for one parse. */
export function misuseCountryResolver(
  economies: readonly CountryEconomy[],
): (name: string) => CountryResult {
  const lookup = economyLookup(economies);
  const known = new Set(economies.map((e) => e.iso3));
  return (name) => {
    const key = normaliseEconomyName(name);
    if (NOT_ISO_UNITS.has(key)) return { kind: 'not-iso' };
    const alias = ALIASES.get(key);
    if (alias && (known.size === 0 || known.has(alias))) return { kind: 'found', iso3: alias };
    const r = lookup(name);
    if (r.kind === 'found') return r;
    return { kind: 'unknown', reason: economyLookupMessage(name.trim(), r) };
  };
}

/** Builds the resolver of ISO 3166 alpha-2 codes (Citizen Lab, OONI) through the economies. */
export function iso2Resolver(
  economies: readonly CountryEconomy[],
): (code: string) => CountryResult {
  const byIso2 = new Map<string, string>();
  for (const e of economies) if (e.iso2) byIso2.set(e.iso2.toUpperCase(), e.iso3);
  return (code) => {
    const iso3 = byIso2.get(code.trim().toUpperCase());
    return iso3
      ? { kind: 'found', iso3 }
      : { kind: 'unknown', reason: `unknown ISO 3166 alpha-2 code '${code.trim()}'` };
  };
}
