// What the coalition analysis sections share: indicator and economy names, the tier and year in
// words, and the way warnings are listed.
import type { AnalysisOptions, CoalitionWarning } from '../api-types.ts';
import { h } from '../element.ts';
import type { Catalogue } from '../indicator-labels.ts';

export interface AnalysisContext {
  catalogue: Catalogue;
  /** ISO3 → economy name. */
  names: ReadonlyMap<string, string>;
  options: AnalysisOptions;
}

/** A section of an analysis, and how to draw its charts once it is in the page. */
export interface RenderedSection {
  element: HTMLElement;
  /** Draws the charts; call once the element is in the page (charts take its width). */
  draw(): void;
}

export const economyName = (ctx: AnalysisContext, iso3: string): string =>
  ctx.names.get(iso3) ?? iso3;

/** "members only, latest year per indicator" */
export function optionsLabel(options: AnalysisOptions): string {
  const tier = options.tier === 'all' ? 'members and partners' : 'members only';
  const year = options.year === 'latest' ? 'latest well-covered year per indicator' : options.year;
  return `${tier}, ${year}`;
}

/** A file name part for the options: "member-latest". */
export const optionsSlug = (options: AnalysisOptions): string => `${options.tier}-${options.year}`;

/** Warnings as a list, or nothing when there are none. */
export function warningList(
  warnings: readonly CoalitionWarning[],
  cls = 'warning-list',
): HTMLElement | null {
  if (warnings.length === 0) return null;
  return h(
    'ul',
    { class: cls },
    warnings.map((w) => h('li', { 'data-warning': w.code }, w.message)),
  );
}
