// The shareable state of the policy registry and positions pages, read from the address's query
// string (plain strings; values the API would refuse are dropped). Kept apart from the pages so
// the route tree can use it without loading them.
import {
  BINDINGNESS,
  INSTRUMENT_SOURCES,
  INSTRUMENT_STATUSES,
  INSTRUMENT_TYPES,
} from '../../core/policies/instrument.ts';

const text = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' && v.trim().length <= max ? v.trim() : undefined;

/** A comma-separated list of the values `ok` admits, repeats kept once; none: undefined. */
const list = (v: unknown, ok: (s: string) => boolean, upper = false): string | undefined => {
  const items = (text(v, 1000) ?? '')
    .split(',')
    .map((c) => (upper ? c.trim().toUpperCase() : c.trim()))
    .filter(ok);
  return items.length > 0 ? [...new Set(items)].join(',') : undefined;
};

const JURISDICTION = /^[A-Z][A-Z0-9]{1,9}$/;
const TOPIC = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;
const oneOf = (values: readonly string[]) => (s: string) => values.includes(s);

const year = (v: unknown): string | undefined => {
  const s = typeof v === 'number' ? String(v) : text(v, 4);
  return s && /^(19|20)\d\d$/.test(s) ? s : undefined;
};

export interface PoliciesSearch {
  /** Words of the title, description and tags. */
  q?: string;
  /** Jurisdiction codes, comma-separated (ISO3, EU, organisations). */
  jurisdictions?: string;
  /** One topic code of the taxonomy (its sub-topics included). */
  topic?: string;
  types?: string;
  statuses?: string;
  binding?: string;
  source?: string;
  yearFrom?: string;
  yearTo?: string;
  /** The page of results (0 for the first). */
  page?: string;
}

export const policiesSearch = (s: Record<string, unknown>): PoliciesSearch => {
  const topic = text(s.topic, 80);
  const page = typeof s.page === 'number' ? String(s.page) : text(s.page, 5);
  return {
    q: text(s.q, 300),
    jurisdictions: list(s.jurisdictions, (c) => JURISDICTION.test(c), true),
    topic: topic && TOPIC.test(topic) ? topic : undefined,
    types: list(s.types, oneOf(INSTRUMENT_TYPES)),
    statuses: list(s.statuses, oneOf(INSTRUMENT_STATUSES)),
    binding: list(s.binding, oneOf(BINDINGNESS)),
    source: INSTRUMENT_SOURCES.find((x) => x === s.source),
    yearFrom: year(s.yearFrom),
    yearTo: year(s.yearTo),
    page: page && /^[1-9]\d{0,4}$/.test(page) ? page : undefined,
  };
};

export interface InstrumentSearch {
  /** The instrument's id (`oecd-ai:143dd63b64a0`). */
  id?: string;
}

export const instrumentSearch = (s: Record<string, unknown>): InstrumentSearch => {
  const id = text(s.id, 250);
  return { id: id && /^[a-z-]+:[A-Za-z0-9._:/-]{1,200}$/.test(id) ? id : undefined };
};

export interface PolicyCompareSearch {
  /** 2–6 jurisdictions, comma-separated. */
  jurisdictions?: string;
  topic?: string;
  yearFrom?: string;
  yearTo?: string;
}

export const policyCompareSearch = (s: Record<string, unknown>): PolicyCompareSearch => {
  const topic = text(s.topic, 80);
  const codes = list(s.jurisdictions, (c) => JURISDICTION.test(c), true);
  return {
    jurisdictions: codes?.split(',').slice(0, 6).join(','),
    topic: topic && TOPIC.test(topic) ? topic : undefined,
    yearFrom: year(s.yearFrom),
    yearTo: year(s.yearTo),
  };
};

const WORKSTREAM = /^[a-z][a-z0-9_-]{1,39}$/;

export interface PositionsSearch {
  workstream?: string;
}

export const positionsSearch = (s: Record<string, unknown>): PositionsSearch => {
  const w = text(s.workstream, 40);
  return { workstream: w && WORKSTREAM.test(w) ? w : undefined };
};

export interface IssueSearch {
  id?: string;
}

export const issueSearch = (s: Record<string, unknown>): IssueSearch => {
  const id = text(s.id, 60);
  return { id: id && /^[a-z0-9][a-z0-9-]{1,59}$/.test(id) ? id : undefined };
};

export interface MatrixSearch {
  workstream?: string;
  /** `pending-first`: a member's pending position where it has one. */
  use?: 'current' | 'pending-first';
}

export const matrixSearch = (s: Record<string, unknown>): MatrixSearch => ({
  ...positionsSearch(s),
  use: s.use === 'pending-first' ? 'pending-first' : undefined,
});

/** The address of an instrument's page. */
export const instrumentHref = (id: string): string =>
  `#/policies/instrument?id=${encodeURIComponent(id)}`;

/** The address of an issue's page. */
export const issueHref = (id: string): string => `#/positions/issue?id=${encodeURIComponent(id)}`;
