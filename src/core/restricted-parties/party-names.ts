// The names of a restricted party: which script a name is in, how a list's names are collected
// (primary, Latin aliases, original-script names) and the slug used as an entity ID by lists
// that have no IDs of their own.

/** True when every letter of the name is Latin script (digits and punctuation do not count). */
export function isLatinScript(name: string): boolean {
  for (const ch of name) if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch)) return false;
  return true;
}

/** Whitespace collapsed, ends trimmed; typographic quotes kept (they are part of some names). */
export const cleanName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** Case, diacritics and spacing folded: two names with the same key are the same spelling. */
export const nameKey = (name: string): string =>
  cleanName(name).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A slug for a name: lower case, diacritics dropped, runs of anything but letters and digits
 * made one hyphen. Letters of other scripts are kept (`日本` stays `日本`), so a name in any script
 * has a slug. Used as the list's entity ID where a list has none (DoD 1260H, NDAA, CN lists).
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The names of one party: a primary name and the other names sorted by script. */
export interface PartyNames {
  name: string;
  aliases: string[];
  originalScriptNames: string[];
}

/**
 * Collects names: the first non-empty one is the primary; the others go to `aliases` (Latin
 * script) or `originalScriptNames` (any other script), once each (case and diacritics folded),
 * never repeating the primary. A non-Latin primary stays the primary.
 */
export function collectNames(names: Iterable<string>): PartyNames {
  const seen = new Set<string>();
  const out: PartyNames = { name: '', aliases: [], originalScriptNames: [] };
  for (const raw of names) {
    const n = cleanName(raw);
    if (!n) continue;
    const key = nameKey(n);
    if (seen.has(key)) continue;
    seen.add(key);
    if (!out.name) out.name = n;
    else if (isLatinScript(n)) out.aliases.push(n);
    else out.originalScriptNames.push(n);
  }
  return out;
}
