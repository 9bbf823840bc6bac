// The coalition analyses' settings (tier, year, EU counting), read from and written to the
// address (`?tier=all&year=2022&eu=member-states`), the controls that change them, and what the
// analysis sections share: names, the settings in words, warnings with indicators by label.
import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { indicatorName, type Catalogue } from '../../indicator-labels.ts';
import type { AnalysisSearch } from '../../pages/coalitions-search.ts';
import type { AnalysisOptions, CatalogueEntry } from './coalition-data.ts';
import './coalitions.css';

export type EuCounting = AnalysisOptions['eu'];

export interface AnalysisCtx {
  catalogue: Catalogue;
  /** ISO3 → economy name. */
  names: ReadonlyMap<string, string>;
  options: AnalysisOptions;
}

export const economyName = (ctx: AnalysisCtx, iso3: string): string => ctx.names.get(iso3) ?? iso3;

export { readOptions } from '../../pages/coalitions-search.ts';

/** The settings as address parameters, defaults left out. */
export const optionsSearch = (o: AnalysisOptions): AnalysisSearch => ({
  tier: o.tier === 'member' ? undefined : o.tier,
  year: o.year === 'latest' ? undefined : o.year,
  eu: o.eu === 'enumerated' ? undefined : o.eu,
});

/** A file name part for the options: "member-latest" (with "-eu27" when the EU is expanded). */
export const optionsSlug = (o: AnalysisOptions): string =>
  `${o.tier}-${o.year}${o.eu === 'member-states' ? '-eu27' : ''}`;

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

/** Years with leverage data, most recent first. */
export function analysisYears(catalogue: readonly CatalogueEntry[]): number[] {
  const spans = catalogue.flatMap((c) =>
    LEVERAGE_INPUTS.has(c.code) && c.firstYear !== null && c.lastYear !== null
      ? [{ first: c.firstYear, last: c.lastYear }]
      : [],
  );
  if (spans.length === 0) return [];
  const hi = Math.max(...spans.map((s) => s.last));
  const lo = Math.min(...spans.map((s) => s.first));
  return Array.from({ length: hi - lo + 1 }, (_, i) => hi - i);
}

/** "members only, 2022, the economies listed (the EU not expanded)" */
export function useOptionsLabel(): (o: AnalysisOptions) => string {
  const t = useT();
  return (o) =>
    t('coalitions.options.label', {
      tier: t(
        o.tier === 'all' ? 'coalitions.options.tierAllShort' : 'coalitions.options.tierMemberShort',
      ),
      year: o.year === 'latest' ? t('coalitions.options.latestLong') : o.year,
      eu: t(
        o.eu === 'member-states' ? 'coalitions.options.euStates' : 'coalitions.options.euListed',
      ),
    });
}

/**
 * A message with every indicator code it names replaced by the indicator's label
 * ("TWN has no value of gdp_usd" → "TWN has no value of GDP (current US$)"). Only whole codes the
 * catalogue (or the derived researchers) knows are replaced.
 */
export function withIndicatorLabels(message: string, catalogue: Catalogue): string {
  return message.replace(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g, (code) => {
    const name = indicatorName(code, catalogue);
    return name === code ? code : name;
  });
}

/** Warnings as a list (nothing when there are none), indicators named by their labels. */
export function Warnings({
  warnings,
  catalogue,
  className = 'warning-list',
}: {
  warnings: readonly { code: string; message: string }[];
  catalogue: Catalogue;
  className?: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <ul className={className}>
      {warnings.map((w, i) => (
        <li key={i} data-warning={w.code}>
          {withIndicatorLabels(w.message, catalogue)}
        </li>
      ))}
    </ul>
  );
}

/** Tier, year and EU selects. */
export function AnalysisControls({
  options,
  years,
  onChange,
}: {
  options: AnalysisOptions;
  years: readonly number[];
  onChange: (o: AnalysisOptions) => void;
}) {
  const t = useT();
  const hint = useId();
  return (
    <form
      className="controls analysis-controls"
      aria-label={t('coalitions.options.form')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor="analysis-tier">{t('coalitions.options.tier')}</label>
        <select
          id="analysis-tier"
          name="tier"
          value={options.tier}
          aria-describedby={hint}
          onChange={(e) =>
            onChange({ ...options, tier: e.target.value === 'all' ? 'all' : 'member' })
          }
        >
          <option value="member">{t('coalitions.options.tierMember')}</option>
          <option value="all">{t('coalitions.options.tierAll')}</option>
        </select>
      </div>
      <div className="field field-year">
        <label htmlFor="analysis-year">{t('coalitions.options.year')}</label>
        <select
          id="analysis-year"
          name="year"
          value={options.year}
          aria-describedby={hint}
          onChange={(e) => onChange({ ...options, year: e.target.value })}
        >
          <option value="latest">{t('coalitions.options.latest')}</option>
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-eu">
        <label htmlFor="analysis-eu">{t('coalitions.options.eu')}</label>
        <select
          id="analysis-eu"
          name="eu"
          value={options.eu}
          aria-describedby={hint}
          onChange={(e) =>
            onChange({
              ...options,
              eu: e.target.value === 'member-states' ? 'member-states' : 'enumerated',
            })
          }
        >
          <option value="enumerated">{t('coalitions.options.euWhole')}</option>
          <option value="member-states">{t('coalitions.options.euMemberStates')}</option>
        </select>
      </div>
      <p className="field-hint controls-hint" id={hint}>
        {t('coalitions.options.hint')}
      </p>
    </form>
  );
}

/** One analysis block: heading, introduction, then its content (with its own loading state). */
export function AnalysisBlock({
  id,
  title,
  intro,
  busy,
  children,
}: {
  id: string;
  title: string;
  intro: string;
  busy: boolean;
  children: ReactNode;
}) {
  return (
    <section className="analysis" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="lede">{intro}</p>
      <div className="analysis-content" aria-busy={busy || undefined}>
        {children}
      </div>
    </section>
  );
}
