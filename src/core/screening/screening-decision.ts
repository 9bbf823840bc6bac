// Analysts' decisions on screening hits: a hit marked "match" or "no match" is remembered for the
// name screened, so that a later screening of the same name shows it instead of asking again.
import { normaliseName } from './normalise-name.ts';

export type DecisionValue = 'match' | 'no_match';

export const DECISION_VALUES: readonly DecisionValue[] = ['match', 'no_match'];

/** One recorded decision. */
export interface ScreeningDecision {
  /** The name as screened when the decision was taken. */
  queryName: string;
  /** The key the decision is found by: see {@link decisionKey}. */
  queryKey: string;
  entityId: string;
  decision: DecisionValue;
  /** Why, in the analyst's words (may be empty). */
  note: string;
  /** Who decided: the account or token holder the server names. */
  decidedBy: string;
  /** The deciding account's name, added when decisions are read (not part of the record). */
  decidedByName?: string | null;
  decidedAt: string;
}

/**
 * The key a decision is remembered under: the screened name normalised (case, diacritics, script,
 * legal forms, titles out) with its tokens sorted, so that "SALEK, Abdulhai", "Abdulhai Salek"
 * and "Абдулхай Салек"... fall on one key when they normalise to the same tokens. Empty for a
 * name with no tokens.
 */
export function decisionKey(name: string): string {
  return [...normaliseName(name).tokens].sort().join(' ');
}
