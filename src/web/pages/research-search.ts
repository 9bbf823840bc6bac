// The shareable state of the research and development pages, read from the address's query string
// (plain strings; values the API would refuse are dropped), and the addresses of the pages. Kept
// apart from the pages so the route tree can use it without loading them.
import { isResearchField, type ResearchField } from '../../core/research/research.ts';

const text = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' && v.trim().length <= max ? v.trim() : undefined;

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  values.find((x) => x === v);

/** A year given as a string or a number, within 1900–2100. */
const year = (v: unknown): number | undefined => {
  const s = typeof v === 'number' ? String(v) : text(v, 4);
  if (s === undefined || !/^\d{4}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1900 && n <= 2100 ? n : undefined;
};

const field = (v: unknown): ResearchField | undefined => {
  const s = text(v, 60);
  return s !== undefined && isResearchField(s) ? s : undefined;
};

/** A coalition code or a comma-separated ISO3 list, upper-cased. */
const group = (v: unknown): string | undefined => {
  const s = text(v, 400)?.toUpperCase().replace(/\s+/g, '');
  return s && /^[A-Z0-9][A-Z0-9_,-]*$/.test(s) ? s : undefined;
};

export const RESEARCH_SOURCES = ['nsf', 'openalex', 'cordis'] as const;
export type ResearchSource = (typeof RESEARCH_SOURCES)[number];
export const PAIR_FIELDS = ['all', 'ai'] as const;
export type PairField = (typeof PAIR_FIELDS)[number];

/** The coalition the pages open on. */
export const DEFAULT_COALITION = 'G7';

export interface StrengthsSearch {
  /** The coalition whose members are the heat map's rows. */
  coalition?: string;
  year?: number;
  /** The field whose world shares are listed. */
  field?: ResearchField;
}

export const strengthsSearch = (s: Record<string, unknown>): StrengthsSearch => ({
  coalition: group(s.coalition),
  year: year(s.year),
  field: field(s.field),
});

export interface NetworkSearch {
  coalition?: string;
  source?: ResearchSource;
  field?: PairField;
  year?: number;
}

export const networkSearch = (s: Record<string, unknown>): NetworkSearch => ({
  coalition: group(s.coalition),
  source: oneOf(RESEARCH_SOURCES, s.source),
  field: oneOf(PAIR_FIELDS, s.field),
  year: year(s.year),
});

export interface PartnersSearch {
  /** The member looking for partners (ISO3 or a name). */
  member?: string;
  field?: ResearchField;
  /** The economies to choose among: a coalition code or an ISO3 list. */
  pool?: string;
}

export const partnersSearch = (s: Record<string, unknown>): PartnersSearch => ({
  member: text(s.member, 100),
  field: field(s.field),
  pool: group(s.pool),
});

export interface InstitutionSearch {
  /** A name, alias, acronym or ROR id. */
  name?: string;
}

export const institutionSearch = (s: Record<string, unknown>): InstitutionSearch => ({
  name: text(s.name, 300),
});

/** The address of an institution's page. */
export const institutionHref = (name: string): string =>
  `#/research/institution?name=${encodeURIComponent(name)}`;

/** The address of a member's partner suggestions in a field. */
export const partnersHref = (member: string, field: ResearchField): string =>
  `#/research/partners?member=${encodeURIComponent(member)}&field=${field}`;
