// Economies: the ISO 3166 entities (plus Kosovo, XKX) that facts are about.

export type IncomeCode = 'H' | 'UM' | 'LM' | 'L';

export const INCOME_GROUPS: Record<IncomeCode, string> = {
  H: 'High income',
  UM: 'Upper middle income',
  LM: 'Lower middle income',
  L: 'Low income',
};

export interface Economy {
  iso3: string;
  iso2: string | null;
  isoNumeric: string | null;
  name: string;
  officialName: string | null;
  /** UN M49 region (Africa, Americas, Asia, Europe, Oceania); null for Antarctica and the like. */
  region: string | null;
  subregion: string | null;
  incomeCode: IncomeCode | null;
  /** Territory status as the reference table states it: `Yes` or e.g. `Part of NL`. */
  independence: string | null;
}

/** Which economies a list keeps: every condition given must hold. */
export interface EconomyFilter {
  /** UN M49 region or sub-region. */
  region?: string;
  incomeCode?: IncomeCode;
  /** A grouping's code: its economy members. */
  group?: string;
}

export const ISO3_PATTERN = /^[A-Z]{3}$/;

/** Parses an income group given by code or by its World Bank name (case-insensitive). */
export function parseIncomeCode(input: string): IncomeCode | null {
  const s = input.trim().toLowerCase().replace(/[-_]/g, ' ');
  for (const [code, name] of Object.entries(INCOME_GROUPS) as [IncomeCode, string][]) {
    if (
      s === code.toLowerCase() ||
      s === name.toLowerCase() ||
      `${s} income` === name.toLowerCase()
    )
      return code;
  }
  return null;
}

/**
 * Names shown instead of the reference table's short names where those are abbreviations or
 * hard to read in a policy document (CLDR gives "US", "UK", "Congo - Kinshasa").
 */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  USA: 'United States',
  GBR: 'United Kingdom',
  COD: 'Democratic Republic of the Congo',
  COG: 'Republic of the Congo',
};
