// Screening subjects: the entity a list names and the query screened against it, in the shape
// the matching engine needs (the entity model of the lists maps onto it).

/**
 * What an entity is. Two different types conflict: a person is never the company of the same
 * name. Lists that do not say leave the type out, and then nothing conflicts.
 *
 * - `person` — a natural person (FollowTheMoney `Person`);
 * - `organization` — a company, organisation, legal entity or public body (`Company`,
 *   `Organization`, `LegalEntity`, `PublicBody`);
 * - `vessel`, `aircraft` — a ship or an aeroplane, listed by name.
 */
export type EntityType = 'person' | 'organization' | 'vessel' | 'aircraft';

/** An entity of a list, as the screening index holds it. */
export interface ScreeningEntity {
  /** The list's id of the entity, unique in the index. */
  id: string;
  /** Primary name first, then aliases (in any script). */
  names: string[];
  type?: EntityType;
  /** ISO 3166-1 alpha-2 or alpha-3 codes (nationality, citizenship, jurisdiction, address). */
  countries?: string[];
  /** Dates of birth (or incorporation) as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  birthDates?: string[];
}

/** One name screened, with what else is known of it. */
export interface ScreeningQuery {
  name: string;
  type?: EntityType;
  /** ISO 3166-1 alpha-2 or alpha-3 code. */
  country?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  birthDate?: string;
}

/**
 * Reads an FtM schema name or a list's type word as an entity type: `Person`, `individual` →
 * `person`; `Company`, `Organization`, `LegalEntity`, `PublicBody`, `entity` → `organization`;
 * `Vessel`, `Airplane` …; undefined for anything else.
 */
export function entityTypeOf(word: string): EntityType | undefined {
  const w = word.trim().toLowerCase();
  if (w === 'person' || w === 'individual') return 'person';
  if (
    ['company', 'organization', 'organisation', 'legalentity', 'publicbody', 'entity'].includes(w)
  )
    return 'organization';
  if (w === 'vessel') return 'vessel';
  if (w === 'aircraft' || w === 'airplane') return 'aircraft';
  return undefined;
}
