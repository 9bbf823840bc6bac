// The shareable state of the coalition pages, read from the address's query string (plain
// strings; anything else is dropped). Kept apart from the pages so the route tree can use it
// without loading them.
import type { AnalysisOptions } from '../components/coalitions/coalition-data.ts';

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;

/** The list: `deleted` names the coalition just deleted (shown once, then dropped). */
export interface CoalitionsSearch {
  deleted?: string;
}

export const coalitionsSearch = (s: Record<string, unknown>): CoalitionsSearch => ({
  deleted: text(s.deleted),
});

/** The analyses' settings: `tier=all`, `year=2022`, `eu=member-states` (defaults left out). */
export interface AnalysisSearch {
  tier?: string;
  year?: string;
  eu?: string;
}

/** The settings in the address; anything unreadable falls back to the defaults. */
export function readOptions(search: AnalysisSearch): AnalysisOptions {
  return {
    tier: search.tier === 'all' ? 'all' : 'member',
    year: /^\d{4}$/.test(search.year ?? '') ? search.year! : 'latest',
    eu: search.eu === 'member-states' ? 'member-states' : 'enumerated',
  };
}

/** One coalition: its analyses' settings; `saved` (`created`/`updated`) says a save just happened. */
export interface CoalitionSearch extends AnalysisSearch {
  saved?: string;
}

export const coalitionSearch = (s: Record<string, unknown>): CoalitionSearch => ({
  tier: text(s.tier),
  year: text(s.year),
  eu: text(s.eu),
  saved: text(s.saved),
});

/**
 * The comparison: the coalitions' codes (`codes=G7,D10`), the analyses' settings, and the
 * what-if's changes: its base coalition and the economies added and removed (`add=JPN,KOR`).
 */
export interface CompareSearch extends AnalysisSearch {
  codes?: string;
  base?: string;
  add?: string;
  remove?: string;
}

export const compareSearch = (s: Record<string, unknown>): CompareSearch => ({
  codes: text(s.codes),
  tier: text(s.tier),
  year: text(s.year),
  eu: text(s.eu),
  base: text(s.base),
  add: text(s.add),
  remove: text(s.remove),
});

/** The builder: `from` names a coalition or grouping whose participants a new coalition copies. */
export interface BuilderSearch {
  from?: string;
}

export const builderSearch = (s: Record<string, unknown>): BuilderSearch => ({
  from: text(s.from),
});
