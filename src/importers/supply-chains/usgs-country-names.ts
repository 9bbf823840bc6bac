// The country names of the USGS Mineral Commodity Summaries world tables, mapped to ISO3.
import { normaliseEconomyName } from '../../core/economies/economy-names.ts';

/**
 * Every producer the MCS 2026 world-production tables of the shared file name, and a few more
 * MCS spellings, with the ISO3 code each stands for. The table is complete for the shared file so
 * that it parses without a store; names outside it fall back to the platform's economy names
 * (core/economies/economy-names.ts). Spellings that need a decision:
 * - `Burma` → MMR (USGS keeps the pre-1989 name of Myanmar).
 * - `Congo (Kinshasa)` → COD (Democratic Republic of the Congo); `Congo (Brazzaville)` → COG.
 * - `Korea, Republic of` → KOR; `Korea, North` → PRK (USGS's inverted forms).
 * - `Laos` → LAO, `Iran` → IRN, `Russia` → RUS, `Vietnam` → VNM, `Bolivia` → BOL,
 *   `Tanzania` → TZA, `Turkey` → TUR (the reference table says Türkiye).
 * - `Greenland` → GRL and `New Caledonia` → NCL: territories with their own ISO3 codes, kept as
 *   economies as ISO 3166 does (not folded into Denmark or France).
 * - `Taiwan` → TWN.
 */
export const USGS_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  Argentina: 'ARG',
  Australia: 'AUS',
  Austria: 'AUT',
  Belgium: 'BEL',
  Bhutan: 'BTN',
  Bolivia: 'BOL',
  Brazil: 'BRA',
  Burma: 'MMR',
  Burundi: 'BDI',
  Canada: 'CAN',
  Chile: 'CHL',
  China: 'CHN',
  Colombia: 'COL',
  'Congo (Brazzaville)': 'COG',
  'Congo (Kinshasa)': 'COD',
  Cuba: 'CUB',
  Ethiopia: 'ETH',
  Finland: 'FIN',
  France: 'FRA',
  Gabon: 'GAB',
  Germany: 'DEU',
  Greenland: 'GRL',
  Guatemala: 'GTM',
  Iceland: 'ISL',
  India: 'IND',
  Indonesia: 'IDN',
  Iran: 'IRN',
  Israel: 'ISR',
  Japan: 'JPN',
  Kazakhstan: 'KAZ',
  'Korea, North': 'PRK',
  'Korea, Republic of': 'KOR',
  Kyrgyzstan: 'KGZ',
  Laos: 'LAO',
  Madagascar: 'MDG',
  Malaysia: 'MYS',
  Mali: 'MLI',
  Mexico: 'MEX',
  Morocco: 'MAR',
  Mozambique: 'MOZ',
  Namibia: 'NAM',
  Netherlands: 'NLD',
  'New Caledonia': 'NCL',
  Nigeria: 'NGA',
  Norway: 'NOR',
  Pakistan: 'PAK',
  'Papua New Guinea': 'PNG',
  Peru: 'PER',
  Philippines: 'PHL',
  Portugal: 'PRT',
  Russia: 'RUS',
  Rwanda: 'RWA',
  'Saudi Arabia': 'SAU',
  'South Africa': 'ZAF',
  Spain: 'ESP',
  'Sri Lanka': 'LKA',
  Sweden: 'SWE',
  Taiwan: 'TWN',
  Tajikistan: 'TJK',
  Tanzania: 'TZA',
  Thailand: 'THA',
  Turkey: 'TUR',
  Ukraine: 'UKR',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  Uzbekistan: 'UZB',
  Vietnam: 'VNM',
  Zambia: 'ZMB',
  Zimbabwe: 'ZWE',
};

/**
 * Rows that are supply but not an economy: USGS writes "Other countries" (and "Other" in the
 * rare-earths table) for production it does not attribute. Kept as one pseudo-provider.
 */
export const USGS_UNATTRIBUTED: ReadonlySet<string> = new Set(['Other countries', 'Other']);

/** "World total", "World total (rounded)": the table's total, a cross-check, never an economy. */
export const isWorldTotal = (name: string): boolean => /^world total\b/i.test(name.trim());

const BY_KEY = new Map(
  Object.entries(USGS_COUNTRY_NAMES).map(([name, iso3]) => [normaliseEconomyName(name), iso3]),
);

/** The ISO3 of a USGS country name, if the table holds it (case and punctuation ignored). */
export const usgsCountryCode = (name: string): string | undefined =>
  BY_KEY.get(normaliseEconomyName(name));
