// Parser for the NDAA section files of OpenSanctions' us_special_leg dataset: procurement bans
// named by Congress (FY2019 §889 telecoms, FY2023 §5949 chips, FY2024 §154 batteries) and DoD's
// §1286 lists of foreign institutions of concern. One list per file, keyed by its section.
import { DomainError } from '../../core/errors.ts';
import type { RestrictedListOptions } from './list-options.ts';
import type { ParsedRestrictedList } from './parsed-restricted-list.ts';
import { OPENSANCTIONS_CSV_LICENCE, parseSpecialLeg } from './special-leg.ts';

/** `Section 889 of the John S. McCain National Defense Authorization Act …` → `889`. */
export const ndaaSection = (program: string): string | null =>
  /\bSection\s+(\d+[A-Za-z]?)\b/i.exec(program)?.[1] ?? null;

/**
 * Reads one NDAA section file into the list `us-ndaa-<section>` (e.g. `us-ndaa-889`), named by
 * the act's title. Throws a DomainError naming the file when its program names no section.
 */
export function parseNdaa(file: string, options: RestrictedListOptions = {}): ParsedRestrictedList {
  return parseSpecialLeg(
    file,
    options,
    ({ program, authority, url, latest }) => {
      const section = ndaaSection(program);
      if (!section)
        throw new DomainError(
          'bad_file',
          `${file}: the program '${program}' names no NDAA section (column 'program')`,
        );
      return {
        id: `us-ndaa-${section.toLowerCase()}`,
        name: program,
        jurisdiction: 'US',
        publisher: authority || 'United States Congress',
        licence: OPENSANCTIONS_CSV_LICENCE,
        date: latest,
        url,
      };
    },
    true,
  );
}
