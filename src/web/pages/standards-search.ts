// The shareable state of the standards pages, read from the address's query string (plain
// strings; values the API would refuse are dropped). Kept apart from the pages so the route tree
// can use it without loading them.
import {
  COMMITTEE_STATUSES,
  COMMITTEE_TYPES,
  type CommitteeStatus,
  type CommitteeType,
} from '../../core/standards/committee.ts';

const text = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' && v.trim().length <= max ? v.trim() : undefined;

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  values.find((x) => x === v);

/** An ISO3 code (upper case). */
const iso3 = (v: unknown): string | undefined => {
  const s = text(v)?.toUpperCase();
  return s && /^[A-Z]{3}$/.test(s) ? s : undefined;
};

/** ISO3 codes, comma-separated; codes that are not one are dropped, repeats kept once. */
const iso3List = (v: unknown): string | undefined => {
  const codes = (text(v, 1000) ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^[A-Z]{3}$/.test(c));
  return codes.length > 0 ? [...new Set(codes)].join(',') : undefined;
};

/** A coalition or grouping code, or an ISO3 list (`G7`, `T12`, `USA,JPN`). */
const group = (v: unknown): string | undefined => {
  const s = text(v, 1000);
  return s && /^[A-Za-z][A-Za-z0-9_ .'-]{1,59}(,\s*[A-Za-z][A-Za-z0-9_ .'-]{1,59}){0,99}$/.test(s)
    ? s
    : undefined;
};

export interface StandardsSearch {
  /** The standards body (ISO, IEC …); none: every body. */
  body?: string;
  type?: CommitteeType;
  status?: CommitteeStatus;
  /** A strategic tag's code (`ai`). */
  tag?: string;
  /** Committees whose secretariat this economy holds (ISO3). */
  secretariat?: string;
  /** Committees this economy is a member of (ISO3). */
  member?: string;
  /** Words of the reference or the title. */
  q?: string;
}

export const standardsSearch = (s: Record<string, unknown>): StandardsSearch => ({
  body: text(s.body, 20),
  type: oneOf(COMMITTEE_TYPES, s.type),
  status: oneOf(COMMITTEE_STATUSES, s.status),
  tag: ((t) => (t && /^[a-z0-9][a-z0-9-]{0,39}$/.test(t) ? t : undefined))(text(s.tag, 40)),
  secretariat: iso3(s.secretariat),
  member: iso3(s.member),
  q: text(s.q),
});

export interface CommitteeSearch {
  /** The committee's reference (`ISO/IEC JTC 1/SC 42`). */
  ref?: string;
}

export const committeeSearch = (s: Record<string, unknown>): CommitteeSearch => ({
  ref: text(s.ref, 100),
});

export interface EngagementSearch {
  /** The coalition (default G7). */
  coalition?: string;
  /** The concern economies, ISO3 comma-separated (default: the API's, CHN,IRN,PRK,RUS). */
  concern?: string;
}

export const engagementSearch = (s: Record<string, unknown>): EngagementSearch => ({
  coalition: group(s.coalition),
  concern: iso3List(s.concern),
});

export interface StandardsChangesSearch {
  /** The snapshot whose changes are shown (default: the newest that changed anything). */
  snapshot?: string;
}

export const standardsChangesSearch = (s: Record<string, unknown>): StandardsChangesSearch => {
  const id = typeof s.snapshot === 'number' ? String(s.snapshot) : text(s.snapshot, 12);
  return { snapshot: id && /^[1-9]\d{0,9}$/.test(id) ? id : undefined };
};

/** The address of a committee's page. */
export const committeeHref = (reference: string): string =>
  `#/standards/committee?ref=${encodeURIComponent(reference)}`;
