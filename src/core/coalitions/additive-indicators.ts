// Additive indicators: those whose values may be summed over economies into a coalition or world total.
import { DERIVED_RESEARCHERS_CODE } from './derived-researchers.ts';

/**
 * The foundation's indicator codes whose values add up over economies, so that a coalition's
 * share of the world is meaningful: amounts of money, people, articles, patents, systems,
 * computing power and secretariats. Ratios and indices (`gerd_pct_gdp`,
 * `researchers_per_million`, `top1pct_cited_share`, every `vdem_*`, `fh_*`, `eiu_*` and `wgi_*`)
 * are not additive: a sum of per-capita figures or of index scores measures nothing.
 *
 * Two deliberate choices: `ai_articles` is a whole count (an article co-authored by two economies
 * counts once for each), so its share is a share of economy–article attributions, the coalition
 * and world totals being counted the same way; `articles_whole` is left out because
 * `articles_fractional` measures the same output without double counting. Researchers can be made
 * additive with `derivedResearchers` (per million × population).
 *
 * The derived researcher head count (`researchers_derived`, never stored) is additive too.
 */
export const ADDITIVE_INDICATOR_CODES: ReadonlySet<string> = new Set([
  'gdp_usd',
  'gdp_ppp_2021',
  'population',
  'gerd_ppp_usd',
  'articles_fractional',
  'ai_articles',
  'pct_applications',
  'uspto_semiconductor_patents',
  'uspto_patents',
  'kti_value_added_usd',
  'top500_systems',
  'top500_rmax_tflops',
  'iso_tc_secretariats',
  'iso_secretariats_total',
  DERIVED_RESEARCHERS_CODE,
]);

/** True when the indicator's values may be summed over economies. */
export function isAdditiveIndicator(code: string): boolean {
  return ADDITIVE_INDICATOR_CODES.has(code);
}
