// A case as the registry keeps it: the case itself, where it came from (an import format or
// `manual`), who may see it, and its version history; the editable map from technology categories
// to control-list entries.
import type { CaseKind, MisuseCase, TechnologyCategory } from './case.ts';
import type { TechnologyControl } from './technology-controls.ts';

/**
 * Who sees a case: everyone, every signed-in account, or member delegations only (as a proposal,
 * accounts/access.ts `canSee`). Imported cases are public; a case recorded by hand chooses.
 */
export type CaseConfidentiality = 'public' | 'alliance' | 'members';

export const CASE_CONFIDENTIALITIES: readonly CaseConfidentiality[] = [
  'public',
  'alliance',
  'members',
];

/** The source of the cases recorded by hand (an import's source is its format's name). */
export const MANUAL_CASE_SOURCE = 'manual';

export interface StoredCase extends MisuseCase {
  /** The import format that brought it (`carnegie-aigs` …), or `manual`. */
  source: string;
  confidentiality: CaseConfidentiality;
  /** The delegation of the account that recorded it by hand; null for imported cases. */
  authorDelegation: string | null;
  /** 1 when recorded, one more with every change. */
  version: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

/** One version of a case, as it was. */
export interface CaseVersion {
  caseId: string;
  version: number;
  case: MisuseCase;
  changedBy: string;
  changedAt: string;
}

/** Which cases a list shows: every condition given must hold. */
export interface CaseFilter {
  /** A country the case happened in (ISO3). */
  country?: string;
  kind?: CaseKind;
  technology?: TechnologyCategory;
  /** The year the case is counted in (`caseYear`). */
  year?: number;
  /** A supplier's normalised key (`SupplierMention.key`). */
  supplierKey?: string;
  source?: string;
  /** The confidentialities the reader may see; all when absent. */
  confidentiality?: readonly CaseConfidentiality[];
  /** At most this many (default 100, at most 10,000). */
  limit?: number;
  offset?: number;
}

/** One supplier named by the cases: its key, the spellings used, and how many cases name it. */
export interface CaseSupplier {
  key: string;
  /** The names as printed, most used first. */
  names: string[];
  cases: number;
}

/** A link from a technology category to a control-list entry, as stored: with who made it. */
export interface StoredTechnologyControl extends TechnologyControl {
  /** Null for the documented defaults the platform was installed with. */
  createdBy: string | null;
  createdAt: string | null;
}
