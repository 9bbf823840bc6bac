// The shareable state of the divergence pages, read from the address's query string (plain
// strings; values the API would refuse are dropped). Kept apart from the pages so the route tree
// can use it without loading them.
import { DIVERGENCE_STATES, type DivergenceState } from '../../core/divergences/divergence.ts';

const text = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' && v.trim().length <= max ? v.trim() : undefined;

const matching = (v: unknown, pattern: RegExp, max = 60): string | undefined => {
  const s = text(v, max);
  return s !== undefined && pattern.test(s) ? s : undefined;
};

export interface DivergencesSearch {
  /** A source's id (`positions`, `control-lists` …). */
  source?: string;
  state?: DivergenceState;
  /** A workstream code (`export_controls`). */
  workstream?: string;
  /** A member involved: ISO3 or EU. */
  member?: string;
  /** Words of the title or summary. */
  q?: string;
  /** `true`: also the divergences the last recomputation no longer found. */
  closed?: 'true';
}

export const divergencesSearch = (s: Record<string, unknown>): DivergencesSearch => ({
  source: matching(s.source, /^[a-z][a-z-]{1,39}$/),
  state: DIVERGENCE_STATES.find((x) => x === s.state),
  workstream: matching(s.workstream, /^[a-z][a-z0-9_-]{1,39}$/),
  member: matching(
    typeof s.member === 'string' ? s.member.toUpperCase() : undefined,
    /^([A-Z]{3}|EU)$/,
  ),
  q: text(s.q),
  closed: s.closed === 'true' ? 'true' : undefined,
});

export interface DivergenceSearch {
  /** The divergence's id (a whole number). */
  id?: string;
}

export const divergenceSearch = (s: Record<string, unknown>): DivergenceSearch => ({
  id: matching(typeof s.id === 'number' ? String(s.id) : s.id, /^[1-9][0-9]{0,9}$/, 10),
});

/** The address of one divergence's page. */
export const divergenceHref = (id: number): string => `#/divergences/item?id=${id}`;

export interface AlertsSearch {
  workstream?: string;
  /** `true`: only the alerts nobody has acknowledged. */
  open?: 'true';
}

export const alertsSearch = (s: Record<string, unknown>): AlertsSearch => ({
  workstream: matching(s.workstream, /^[a-z][a-z0-9_-]{1,39}$/),
  open: s.open === 'true' ? 'true' : undefined,
});
