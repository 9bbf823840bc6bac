// The shareable state of the conversation pages, read from the address's query string (plain
// strings; values the API would refuse are dropped). Kept apart from the pages so the route tree
// can use it without loading them.

/** How the opinion map is weighted (the API's `weight`). */
export const MAP_WEIGHTINGS = ['none', 'economy', 'constituency', 'both', 'indicator'] as const;
export type MapWeighting = (typeof MAP_WEIGHTINGS)[number];

const CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
const INDICATOR = /^[A-Za-z0-9_.:-]{1,80}$/;

export interface ConversationSearch {
  /** The conversation's code (`brexit-consensus`). */
  code?: string;
  /** The map's weighting; absent: unweighted. */
  weight?: Exclude<MapWeighting, 'none'>;
  /** The indicator that weighs each economy when `weight` is `indicator`. */
  indicator?: string;
}

const matching = (v: unknown, pattern: RegExp): string | undefined =>
  typeof v === 'string' && pattern.test(v.trim()) ? v.trim() : undefined;

export const conversationSearch = (s: Record<string, unknown>): ConversationSearch => {
  const weight = MAP_WEIGHTINGS.find((w) => w !== 'none' && w === s.weight) as
    ConversationSearch['weight'] | undefined;
  const indicator = weight === 'indicator' ? matching(s.indicator, INDICATOR) : undefined;
  return {
    code: matching(s.code, CODE),
    weight: weight === 'indicator' && indicator === undefined ? undefined : weight,
    indicator,
  };
};

/** The address of one conversation's page. */
export const conversationHref = (code: string): string =>
  `#/conversations/item?code=${encodeURIComponent(code)}`;
