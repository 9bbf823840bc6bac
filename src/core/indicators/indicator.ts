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
