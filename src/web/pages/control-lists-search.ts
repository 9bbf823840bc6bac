// The shareable state of the control-list pages, read from the address's query string (plain
// strings; anything else is dropped). Kept apart from the pages so the route tree can use it
// without loading them.

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/** A list id as the API takes it (lower-case letters, digits and hyphens). */
const LIST_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const listId = (v: unknown): string | undefined => {
  const s = text(v);
  return s && LIST_ID.test(s) ? s : undefined;
};

/** Comma-separated list ids; ids that are not well formed are dropped. */
const listIds = (v: unknown): string | undefined => {
  const ids = (text(v) ?? '').split(',').filter((s) => LIST_ID.test(s));
  return ids.length > 0 ? [...new Set(ids)].join(',') : undefined;
};

export interface ControlListsSearch {
  /** The list open in the browser. */
  list?: string;
  /** The browser's category (`3`, `ML`); none: every category. */
  category?: string;
  /** The full-text search. */
  q?: string;
  /** The member list whose unilateral controls and adoption lag are shown. */
  member?: string;
  /** The supply chain whose inputs' controls are shown (none: the first chain). */
  chain?: string;
  /** Who counts as a supplier: a coalition code or ISO3 codes (none: every economy with a list). */
  coalition?: string;
}

export const controlListsSearch = (s: Record<string, unknown>): ControlListsSearch => ({
  list: listId(s.list),
  category: text(s.category),
  q: text(s.q),
  member: listId(s.member),
  chain: listId(s.chain),
  coalition: text(s.coalition),
});

export interface ControlEntrySearch {
  /** The lists shown side by side (none: every list that has the entry). */
  lists?: string;
}

export const controlEntrySearch = (s: Record<string, unknown>): ControlEntrySearch => ({
  lists: listIds(s.lists),
});

export interface ControlDiffSearch {
  a?: string;
  b?: string;
}

export const controlDiffSearch = (s: Record<string, unknown>): ControlDiffSearch => ({
  a: listId(s.a),
  b: listId(s.b),
});
