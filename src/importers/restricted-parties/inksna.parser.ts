// Parser for the State Department's INKSNA determinations (Iran, North Korea, and Syria
// Nonproliferation Act) as OpenSanctions' us_special_leg transcribes them from the Federal
// Register: persons and companies with a two-year measure from the determination date.
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { OPENSANCTIONS_CSV_LICENCE, parseSpecialLeg } from './special-leg.ts';

/** Reads the INKSNA file into the list `us-state-inksna`. */
export function parseInksna(
  file: string,
  options: RestrictedListOptions = {},
): ParsedRestrictedList {
  return parseSpecialLeg(file, options, ({ authority, latest }) => ({
    id: 'us-state-inksna',
    name: 'Iran, North Korea, and Syria Nonproliferation Act (INKSNA) measures — U.S. Department of State',
    jurisdiction: 'US',
    publisher: authority || 'U.S. Department of State',
    licence: OPENSANCTIONS_CSV_LICENCE,
    date: latest,
    url: 'https://www.state.gov/key-topics-bureau-of-international-security-and-nonproliferation/nonproliferation-sanctions/',
  }));
}
