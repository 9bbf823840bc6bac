// Options every restricted-party parser takes.
import type { CountryEconomy } from './party-countries.ts';

export interface RestrictedListOptions {
  /**
   * The platform's economies (iso3, iso2, name, official name): country codes and names of the
   * list are resolved to ISO3 through them. Without them only the alias tables resolve.
   */
  economies?: readonly CountryEconomy[];
  /** The edition date (ISO) when the file does not say it (in its name or content). */
  date?: string;
}
