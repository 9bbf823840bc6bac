// What the research store is asked for and answers beyond the model itself: the filters of its
// readers, the names an organisation is found by, how many records each kind holds, and the keys
// under which a query to the institution resolver can match (so that only the organisations those
// keys find need to be read to resolve it).
import { acronymKey, institutionKey, rorIdOf } from './institutions.ts';
import type {
  AiInstitution,
  FieldOutput,
  HorizonParticipation,
  HorizonProgrammePart,
  InstitutionPair,
  InternationalTotal,
  PairCollaboration,
  PairField,
  ResearchField,
  ResearchOrganisation,
  ResearchSourceCode,
} from './research.ts';

export interface FieldOutputFilter {
  field?: ResearchField;
  /** ISO3 codes (WLD for the world). */
  economies?: readonly string[];
  years?: readonly number[];
}

/**
 * Pairs of economies: `a` and `b` in either order (`a` alone: every pair it is in); `economies`:
 * both sides among them (with `a`: its partners among them). `programme` `null` keeps the pairs of
 * sources without Horizon 2020 parts.
 */
export interface PairFilter {
  a?: string;
  b?: string;
  economies?: readonly string[];
  source?: ResearchSourceCode;
  field?: PairField;
  programme?: HorizonProgrammePart | null;
  years?: readonly number[];
}

export interface InternationalTotalFilter {
  economies?: readonly string[];
  source?: ResearchSourceCode;
  /** `all` fields or `ai`. */
  field?: PairField;
  /** The last year of the totals' span. */
  years?: readonly number[];
}

/** Which of an organisation's names matched: ROR's display name, an alias, a label, an acronym. */
export type OrganisationNameKind = 'name' | 'alias' | 'label' | 'acronym';

export interface OrganisationNameMatch {
  organisation: ResearchOrganisation;
  /** The kinds of name that matched, in the order of {@link OrganisationNameKind}. */
  matchedBy: OrganisationNameKind[];
}

/** How many records the research store holds of each kind. */
export interface ResearchCounts {
  fieldOutputs: number;
  pairs: number;
  internationalTotals: number;
  participations: number;
  organisations: number;
  organisationNames: number;
  aiInstitutions: number;
  aiInstitutionPairs: number;
}

/** The keys a resolver query can match on (see {@link resolverKeys}). */
export interface ResolverKeys {
  rorId: string | null;
  /** institutionKey of the query and of its parts around a trailing parenthesis. */
  names: string[];
  /** acronymKey of the same texts. */
  acronyms: string[];
}

/** "Beijing University of Aeronautics and Astronautics (BUAA)": a name and what follows it. */
const PARENTHESISED = /^(.+?)\s*\(([^()]+)\)\s*$/;

/**
 * Every key under which core/research/institutions.ts `resolve` can match a query: the ROR id in
 * it, and the name and acronym keys of the whole text and of its base and parenthesised qualifier.
 * The resolver built over the organisations these keys find (and the crosswalk entries they find)
 * resolves the query exactly as one built over every organisation.
 */
export function resolverKeys(query: string): ResolverKeys {
  const text = query.trim();
  const texts = [text];
  const parts = PARENTHESISED.exec(text);
  if (parts) texts.push(parts[1]!.trim(), parts[2]!.trim());
  const distinct = (keys: string[]): string[] => [...new Set(keys.filter((k) => k !== ''))];
  return {
    rorId: rorIdOf(text),
    names: distinct(texts.map(institutionKey)),
    acronyms: distinct(texts.map(acronymKey)),
  };
}

/** The records an import of one dataset stores (a ParsedResearch has them all). */
export interface ResearchRecords {
  fieldOutputs: readonly FieldOutput[];
  pairs: readonly PairCollaboration[];
  totals: readonly InternationalTotal[];
  participations: readonly HorizonParticipation[];
  organisations: readonly ResearchOrganisation[];
  aiInstitutions: readonly AiInstitution[];
  institutionPairs: readonly InstitutionPair[];
}
