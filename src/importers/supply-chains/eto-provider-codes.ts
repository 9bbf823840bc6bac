// The country codes of the ETO Supply Chain Explorer files, mapped to ISO3 or to a pseudo-provider.
import { ISO3_PATTERN } from '../../core/economies/economy.ts';

/**
 * Codes the ETO files use for an economy that are not its ISO 3166 alpha-3 code. Every other
 * three-capital-letter code is read as ISO3 (USA, CHN, TWN for Taiwan, KOR, NLD …).
 * - `MAL`: Malaysia in the 2021-report release (`historical/…/providers.csv`, P46); the current
 *   release writes MYS for the same provider id. (MAL is not an ISO3 code; Mali is MLI.)
 */
export const ETO_CODE_ALIASES: Readonly<Record<string, string>> = {
  MAL: 'MYS',
};

/** What a pseudo-provider stands for: supply no country is named for, or a region. */
export type PseudoKind = 'unattributed' | 'region';

/**
 * Country-level providers that are not economies, kept as pseudo-providers and never counted as
 * an economy (core/supply-chains: `pseudo` providers).
 * - `Various countries` (P5, current release) and `Various` (P5, 2021-report release): the rest
 *   of world supply not attributed to a named country.
 * - `EUR` (P312, "Europe", current release only): a European aggregate used for the 2022 stage
 *   shares (design, fabrication, ATP from SIA/WSTS). Which European economies it covers is not
 *   stated, so it is a region and is not split among them; its name stays `EUR`, the code the
 *   core's share analysis recognises (`EUROPE_PSEUDO_CODE`).
 */
export const ETO_PSEUDO_PROVIDERS: Readonly<Record<string, PseudoKind>> = {
  'Various countries': 'unattributed',
  Various: 'unattributed',
  EUR: 'region',
};

/** What a country cell of the ETO files stands for. */
export type EtoCountry =
  { kind: 'economy'; iso3: string } | { kind: 'pseudo'; pseudo: PseudoKind } | { kind: 'unknown' };

/** What the platform knows of economies, for checking codes and resolving names. */
export interface EconomyLookup {
  /** ISO3 codes the platform holds; when given, a code outside it is unknown. */
  known?: ReadonlySet<string>;
  /** Name → ISO3 (core/economies/economy-names.ts), for a cell that is a name, not a code. */
  resolveName: (name: string) => string | undefined;
}

/**
 * Reads an ETO country cell (a provider name of type `country`, or an organisation's `country`):
 * a pseudo-provider, an alias code, an ISO3 code, or else a country name ("Taiwan" → TWN).
 */
export function etoCountry(cell: string, lookup: EconomyLookup): EtoCountry {
  const code = cell.trim();
  const pseudo = ETO_PSEUDO_PROVIDERS[code];
  if (pseudo) return { kind: 'pseudo', pseudo };
  const iso3 =
    ETO_CODE_ALIASES[code] ?? (ISO3_PATTERN.test(code) ? code : lookup.resolveName(code));
  if (!iso3 || (lookup.known && !lookup.known.has(iso3))) return { kind: 'unknown' };
  return { kind: 'economy', iso3 };
}
