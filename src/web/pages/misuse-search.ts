// The shareable state of the illiberal-technology pages, read from the address's query string
// (plain strings; values the API would refuse are dropped), and the addresses of a supplier's and a
// case's page. Kept apart from the pages so the route tree can use it without loading them.
import {
  CASE_KINDS,
  TECHNOLOGY_CATEGORIES,
  type CaseKind,
  type TechnologyCategory,
} from '../../core/misuse/case.ts';

const text = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' && v.trim().length <= max ? v.trim() : undefined;

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined =>
  values.find((x) => x === v);

/** A whole number from a string or a number, within [min, max]. */
const whole = (v: unknown, min: number, max: number): number | undefined => {
  const s = typeof v === 'number' ? String(v) : text(v, 10);
  if (s === undefined || !/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
};

/** The cases a page of the case list shows. */
export const CASES_PAGE_SIZE = 50;

export interface MisuseSearch {
  /** Cases in this economy (ISO3). */
  country?: string;
  kind?: CaseKind;
  technology?: TechnologyCategory;
  /** The year a case counts in. */
  year?: number;
  /** Cases naming this supplier (a name as the sources print it). */
  supplier?: string;
  /** Cases of this source (an import format, or `manual`). */
  source?: string;
  /** The first case shown (a multiple of CASES_PAGE_SIZE). */
  offset?: number;
  /** Words of a supplier's name (the suppliers list). */
  q?: string;
}

export const misuseSearch = (s: Record<string, unknown>): MisuseSearch => {
  const country = text(s.country, 3)?.toUpperCase();
  const source = text(s.source, 40);
  const offset = whole(s.offset, 0, 1_000_000);
  return {
    country: country && /^[A-Z]{3}$/.test(country) ? country : undefined,
    kind: oneOf(CASE_KINDS, s.kind),
    technology: oneOf(TECHNOLOGY_CATEGORIES, s.technology),
    year: whole(s.year, 1900, 2100),
    supplier: text(s.supplier, 300),
    source: source && /^[a-z][a-z0-9-]{1,39}$/.test(source) ? source : undefined,
    offset:
      offset !== undefined && offset > 0
        ? offset - (offset % CASES_PAGE_SIZE) || undefined
        : undefined,
    q: text(s.q),
  };
};

export interface SupplierSearch {
  /** The supplier's name as the sources print it (`Hikvision`). */
  name?: string;
}

export const supplierSearch = (s: Record<string, unknown>): SupplierSearch => ({
  name: text(s.name, 300),
});

export interface CaseSearch {
  /** The case's id (`carnegie-aigs-2022:GBR:safe-city`). */
  id?: string;
}

export const caseSearch = (s: Record<string, unknown>): CaseSearch => ({ id: text(s.id, 300) });

/** The address of a supplier's page. */
export const supplierHref = (name: string): string =>
  `#/misuse/supplier?name=${encodeURIComponent(name)}`;

/** The address of a case's page. */
export const caseHref = (id: string): string => `#/misuse/case?id=${encodeURIComponent(id)}`;

/** The case list filtered by one economy. */
export const countryCasesHref = (iso3: string): string =>
  `#/misuse?country=${encodeURIComponent(iso3)}`;
