// What the coalition analysis sections share: indicator and economy names, the tier, year and EU
// counting in words, and the way warnings are listed (indicators named by their labels).
import type { AnalysisOptions, CoalitionWarning } from '../api-types.ts';
import { h } from '../element.ts';
import { indicatorName, type Catalogue } from '../indicator-labels.ts';

/**
 * How a supranational participant (the EU) counts: `enumerated` (the default) — the economies a
 * coalition lists; `member-states` — the EU as its member states. The API's `eu` parameter.
 */
export type EuCounting = 'enumerated' | 'member-states';

/** The analysis settings of the coalition pages: tier, year and EU counting. */
export interface CoalitionOptions extends AnalysisOptions {
  eu: EuCounting;
}

export interface AnalysisContext {
  catalogue: Catalogue;
  /** ISO3 → economy name. */
  names: ReadonlyMap<string, string>;
  options: CoalitionOptions;
}

/** "the EU as its member states" / "the economies listed (the EU not expanded)" */
export const euCountingLabel = (eu: EuCounting): string =>
  eu === 'member-states'
    ? 'the EU counted as its member states'
    : 'the economies listed (the EU not expanded)';

/** A section of an analysis, and how to draw its charts once it is in the page. */
export interface RenderedSection {
  element: HTMLElement;
  /** Draws the charts; call once the element is in the page (charts take its width). */
  draw(): void;
}

export const economyName = (ctx: AnalysisContext, iso3: string): string =>
  ctx.names.get(iso3) ?? iso3;

/** "members only, latest year per indicator, the economies listed (the EU not expanded)" */
export function optionsLabel(options: CoalitionOptions): string {
  const tier = options.tier === 'all' ? 'members and partners' : 'members only';
  const year = options.year === 'latest' ? 'latest well-covered year per indicator' : options.year;
  return `${tier}, ${year}, ${euCountingLabel(options.eu)}`;
}

/** A file name part for the options: "member-latest" (with "-eu27" when the EU is expanded). */
export const optionsSlug = (options: CoalitionOptions): string =>
  `${options.tier}-${options.year}${options.eu === 'member-states' ? '-eu27' : ''}`;

/**
 * A message with every indicator code it names replaced by the indicator's label
 * ("TWN has no value of gdp_usd" → "TWN has no value of GDP (current US$)"). Only whole codes the
 * catalogue (or the derived researchers) knows are replaced.
 */
export function withIndicatorLabels(message: string, catalogue: Catalogue | undefined): string {
  if (!catalogue) return message;
  return message.replace(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g, (code) => {
    const name = indicatorName(code, catalogue);
    return name === code ? code : name;
  });
}

/** Warnings as a list, or nothing when there are none; indicators named by their labels. */
export function warningList(
  warnings: readonly CoalitionWarning[],
  cls = 'warning-list',
  catalogue?: Catalogue,
): HTMLElement | null {
  if (warnings.length === 0) return null;
  return h(
    'ul',
    { class: cls },
    warnings.map((w) =>
      h('li', { 'data-warning': w.code }, withIndicatorLabels(w.message, catalogue)),
    ),
  );
}
