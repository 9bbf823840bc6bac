// Prepared subjects: a query or a list entity with its names prepared and its countries read as
// ISO3, so that scoring many pairs normalises each name once.
import { countryIso3 } from './country-code.ts';
import { prepareName, type PreparedName } from './prepared-name.ts';
import type { EntityType, ScreeningEntity, ScreeningQuery } from './screening-entity.ts';

/** A query or an entity ready for scoring. */
export interface PreparedSubject {
  /** Primary name first, then aliases. Names that normalise to nothing are kept (they score 0). */
  names: PreparedName[];
  type?: EntityType;
  /** ISO3 codes, distinct, sorted; codes that are not ISO 3166 are left out. */
  countries: string[];
  birthDates: string[];
}

const iso3s = (codes: readonly string[]): string[] =>
  [...new Set(codes.map(countryIso3).filter((c): c is string => c !== null))].sort();

/** Prepares a query. */
export function prepareQuery(query: ScreeningQuery): PreparedSubject {
  return {
    names: [prepareName(query.name)],
    ...(query.type ? { type: query.type } : {}),
    countries: iso3s(query.country ? [query.country] : []),
    birthDates: query.birthDate ? [query.birthDate] : [],
  };
}

/** Prepares a list entity. */
export function prepareEntity(entity: ScreeningEntity): PreparedSubject {
  return {
    names: entity.names.map((n) => prepareName(n)),
    ...(entity.type ? { type: entity.type } : {}),
    countries: iso3s(entity.countries ?? []),
    birthDates: [...(entity.birthDates ?? [])],
  };
}
