// A source: where a stored fact comes from. Every indicator value points to exactly one.

export interface Source {
  /** Stable key, e.g. `wb-wdi-gdp-current-usd`. */
  id: string;
  citation: string;
  publisher: string;
  licence: string;
  url: string | null;
  /** Publication or retrieval date as the source states it (free text, e.g. `2026-02-24`). */
  date: string | null;
  notes: string | null;
}
