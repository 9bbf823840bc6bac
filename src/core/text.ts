// Characters refused in what users and files give as text: control characters, and the
// bidirectional overrides and isolates that make a text display as something other than what it
// is (in pages, terminals and logs).

/** Any control, C1 or bidirectional character: for single-line values (names, codes, labels). */
// eslint-disable-next-line no-control-regex
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The same, but tabs and line breaks allowed: for free text (positions, notes, outcomes). */
export const UNPRINTABLE_IN_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * The words of a text for a plain word search: lower case, accents folded (`é` → `e`), split at
 * anything but an ASCII letter or digit (`&`, `ß`, `ø` and non-Latin letters too). Unlike
 * `foldText` (core/policies/taxonomy.ts), which keeps every letter and digit and `&`.
 */
export function asciiWords(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
