// The tier, year and EU-counting controls of the coalition analyses, read from and written to the
// URL query (`?tier=all&year=2022&eu=member-states`), so every view can be shared.
import type { CatalogueEntry } from '../api-types.ts';
import { h } from '../element.ts';
import { replaceQuery } from '../router.ts';
import type { CoalitionOptions } from './analysis-context.ts';

/** The indicators the leverage analysis reports (their years make the year choices). */
const LEVERAGE_INPUTS = new Set([
  'gdp_usd',
  'gdp_ppp_2021',
  'population',
  'gerd_ppp_usd',
  'researchers_per_million',
  'articles_fractional',
  'ai_articles',
  'pct_applications',
  'uspto_semiconductor_patents',
  'kti_value_added_usd',
  'iso_secretariats_total',
  'iso_tc_secretariats',
  'top500_systems',
  'top500_rmax_tflops',
]);

/**
 * The options in the URL; anything unreadable falls back to members only, latest year, the
 * economies listed (the EU not expanded).
 */
export function readOptions(query: URLSearchParams): CoalitionOptions {
  const tier = query.get('tier') === 'all' ? 'all' : 'member';
  const y = query.get('year') ?? '';
  const eu = query.get('eu') === 'member-states' ? 'member-states' : 'enumerated';
  return { tier, year: /^\d{4}$/.test(y) ? y : 'latest', eu };
}

/** Years with leverage data, most recent first. */
export function analysisYears(catalogue: readonly CatalogueEntry[]): number[] {
  const entries = catalogue.filter(
    (c) => LEVERAGE_INPUTS.has(c.code) && c.firstYear !== null && c.lastYear !== null,
  );
  if (entries.length === 0) return [];
  const hi = Math.max(...entries.map((c) => c.lastYear!));
  const lo = Math.min(...entries.map((c) => c.firstYear!));
  return Array.from({ length: hi - lo + 1 }, (_, i) => hi - i);
}

/** Tier, year and EU selects; `onChange` gets the new options after the URL is updated. */
export function analysisControls(
  options: CoalitionOptions,
  years: readonly number[],
  onChange: (options: CoalitionOptions) => void,
): HTMLElement {
  const tier = h(
    'select',
    { id: 'analysis-tier', name: 'tier' },
    h('option', { value: 'member', selected: options.tier === 'member' }, 'Members only'),
    h('option', { value: 'all', selected: options.tier === 'all' }, 'Members and partners'),
  );
  const year = h(
    'select',
    { id: 'analysis-year', name: 'year' },
    h('option', { value: 'latest', selected: options.year === 'latest' }, 'Latest well-covered'),
    years.map((y) => h('option', { value: String(y), selected: String(y) === options.year }, y)),
  );
  const eu = h(
    'select',
    { id: 'analysis-eu', name: 'eu' },
    h(
      'option',
      { value: 'enumerated', selected: options.eu === 'enumerated' },
      'A whole (not expanded)',
    ),
    h(
      'option',
      { value: 'member-states', selected: options.eu === 'member-states' },
      'Its member states',
    ),
  );
  const changed = (): void => {
    const next: CoalitionOptions = {
      tier: tier.value === 'all' ? 'all' : 'member',
      year: year.value,
      eu: eu.value === 'member-states' ? 'member-states' : 'enumerated',
    };
    replaceQuery({
      tier: next.tier === 'member' ? null : next.tier,
      year: next.year === 'latest' ? null : next.year,
      eu: next.eu === 'enumerated' ? null : next.eu,
    });
    onChange(next);
  };
  tier.addEventListener('change', changed);
  year.addEventListener('change', changed);
  eu.addEventListener('change', changed);
  return h(
    'form',
    {
      class: 'controls analysis-controls',
      'aria-label': 'Analysis settings',
      onSubmit: (e: Event) => e.preventDefault(),
    },
    h('div', { class: 'field' }, h('label', { for: 'analysis-tier' }, 'Who counts'), tier),
    h('div', { class: 'field field-year' }, h('label', { for: 'analysis-year' }, 'Year'), year),
    h('div', { class: 'field field-eu' }, h('label', { for: 'analysis-eu' }, 'EU counted as'), eu),
    h(
      'p',
      { class: 'field-hint controls-hint' },
      '“Latest well-covered”: per indicator, the latest year with at least 80% of the best-covered year’s economies. By default a coalition counts the economies it lists; “Its member states” adds the EU’s 27, each economy once.',
    ),
  );
}
