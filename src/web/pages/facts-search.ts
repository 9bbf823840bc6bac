// The shareable state of the economies list and the map, read from the address's query string
// (plain strings; anything else is dropped). Kept apart from the pages so the route tree can use
// it without loading them.

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : undefined;

export interface EconomiesSearch {
  q?: string;
  region?: string;
  income?: string;
  group?: string;
  /** The column sorted on (a column id of the table) and its direction. */
  sort?: string;
  dir?: string;
}

export const economiesSearch = (s: Record<string, unknown>): EconomiesSearch => ({
  q: text(s.q),
  region: text(s.region),
  income: text(s.income),
  group: text(s.group),
  sort: text(s.sort),
  dir: text(s.dir),
});

export interface MapSearch {
  indicator?: string;
  /** A year, or 'latest'. */
  year?: string;
  group?: string;
}

export const mapSearch = (s: Record<string, unknown>): MapSearch => ({
  indicator: text(s.indicator),
  year: text(s.year),
  group: text(s.group),
});
