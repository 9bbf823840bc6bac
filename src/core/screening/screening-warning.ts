// Screening warnings: what about a query makes its result less reliable, and what to do about it.
import { parsePartialDate } from './birth-date.ts';
import { countryIso3 } from './country-code.ts';
import type { PreparedName } from './prepared-name.ts';
import type { ScreeningQuery } from './screening-entity.ts';

/**
 * Why a screening result deserves a second look:
 *
 * - `empty_name` — the name has no letter or digit in any script: nothing was screened;
 * - `only_removable_words` — the name is nothing but titles, fillers or legal forms ("GmbH",
 *   "The Company"), so they were kept and matched as the name;
 * - `unknown_country` — the country is not an ISO 3166-1 alpha-2 or alpha-3 code: ignored;
 * - `unreadable_birth_date` — the birth date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: ignored;
 * - `single_token` — the name has one token: hits rest on one word and deserve review.
 */
export type ScreeningWarningCode =
  | 'empty_name'
  | 'only_removable_words'
  | 'unknown_country'
  | 'unreadable_birth_date'
  | 'single_token';

/** One warning: a stable code and a sentence for people. */
export interface ScreeningWarning {
  code: ScreeningWarningCode;
  message: string;
}

/** The warnings about a query, given its prepared name. */
export function queryWarnings(query: ScreeningQuery, name: PreparedName): ScreeningWarning[] {
  const warnings: ScreeningWarning[] = [];
  const n = name.name;
  if (n.tokens.length === 0)
    warnings.push({
      code: 'empty_name',
      message: `'${query.name}' has no letter or digit: nothing to screen`,
    });
  else if (n.onlyRemovableWords)
    warnings.push({
      code: 'only_removable_words',
      message: `'${query.name}' is only titles, fillers or legal forms; they were screened as the name`,
    });
  else if (n.tokens.length === 1)
    warnings.push({
      code: 'single_token',
      message: `'${query.name}' is a single word: review hits against the full record`,
    });
  if (query.country !== undefined && countryIso3(query.country) === null)
    warnings.push({
      code: 'unknown_country',
      message: `'${query.country}' is not an ISO 3166-1 country code: the country was ignored`,
    });
  if (query.birthDate !== undefined && parsePartialDate(query.birthDate) === null)
    warnings.push({
      code: 'unreadable_birth_date',
      message: `'${query.birthDate}' is not YYYY, YYYY-MM or YYYY-MM-DD: the birth date was ignored`,
    });
  return warnings;
}
