// Names, short chart labels and units of the indicators the coalition analyses report, including
// `researchers_derived`, which the API computes and the indicator catalogue does not list.
import type { ResponseOf } from './api/client.ts';

type CatalogueEntry = ResponseOf<'/api/v1/indicators'>['items'][number];

export const DERIVED_RESEARCHERS = 'researchers_derived';

const DERIVED_NAME = 'Researchers (derived: per million × population)';

/** Short labels for chart axes, where the catalogue name would not fit. */
const SHORT: Record<string, string> = {
  gdp_usd: 'GDP (US$)',
  gdp_ppp_2021: 'GDP (PPP)',
  population: 'Population',
  gerd_ppp_usd: 'R&D spending',
  gerd_pct_gdp: 'R&D (% of GDP)',
  researchers_per_million: 'Researchers per mn',
  [DERIVED_RESEARCHERS]: 'Researchers',
  articles_fractional: 'S&E articles',
  ai_articles: 'AI articles',
  pct_applications: 'PCT applications',
  uspto_semiconductor_patents: 'Semicond. patents',
  uspto_patents: 'US patents',
  kti_value_added_usd: 'KTI value added',
  iso_secretariats_total: 'ISO secretariats',
  iso_tc_secretariats: 'ISO TC secretariats',
  top500_systems: 'TOP500 systems',
  top500_rmax_tflops: 'TOP500 Rmax',
};

export type Catalogue = ReadonlyMap<string, CatalogueEntry>;

export const catalogueOf = (items: readonly CatalogueEntry[]): Catalogue =>
  new Map(items.map((i) => [i.code, i]));

/** The indicator's full name; the code itself when the catalogue does not know it. */
export function indicatorName(code: string, catalogue: Catalogue): string {
  if (code === DERIVED_RESEARCHERS) return DERIVED_NAME;
  return catalogue.get(code)?.name ?? code;
}

/** A label short enough for a chart axis. */
export function indicatorShortName(code: string, catalogue: Catalogue): string {
  return SHORT[code] ?? catalogue.get(code)?.name ?? code;
}

/** The unit of the indicator's values ("current US$", "persons"), or '' when unknown. */
export function indicatorUnit(code: string, catalogue: Catalogue): string {
  if (code === DERIVED_RESEARCHERS) return 'persons';
  return catalogue.get(code)?.unit ?? '';
}
