// Indicators: what a value measures. The catalogue of stable codes lives in indicator-catalogue.ts.

export type IndicatorCategory = 'economy' | 'research' | 'technology' | 'democracy' | 'governance';

export interface Indicator {
  /** Stable code, e.g. `gdp_usd`; documented in docs/indicators.md. */
  code: string;
  name: string;
  /** Unit of the value, e.g. `current US$`, `% of GDP`, `index 0–1`. */
  unit: string;
  description: string;
  /** True when a higher value is the better outcome (used for colour scales and criteria). */
  higherIsBetter: boolean;
  category: IndicatorCategory;
}

/** One fact: an indicator's value for one economy in one year, with its source. */
export interface IndicatorValue {
  iso3: string;
  indicatorCode: string;
  year: number;
  value: number;
  sourceId: string;
}

/** An indicator of the catalogue with how much data it has. */
export interface IndicatorCoverage extends Indicator {
  valueCount: number;
  economyCount: number;
  /** The first and last year with a value; null without values. */
  firstYear: number | null;
  lastYear: number | null;
}

/** A value with the name of its economy, as listings show it. */
export interface NamedValue extends IndicatorValue {
  economyName: string;
}

/** Which values of one indicator to read. */
export interface ValueQuery {
  code: string;
  /** A year, or `latest`: per economy its most recent value. */
  year: number | 'latest';
  economies?: readonly string[];
}
