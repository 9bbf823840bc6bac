// Reconciliation: which parties one set of lists names and another does not. Parties are matched
// with the screening engine (the same scores and threshold as a screening), so "not listed by B"
// means "no party of B scores at or above the threshold against any of its names".
import { buildNameIndex } from '../screening/name-index.ts';
import { DEFAULT_THRESHOLD } from '../screening/score-match.ts';
import { screen } from '../screening/screen.ts';
import type { ScreeningQuery } from '../screening/screening-entity.ts';
import { partyEntity } from './party-entity.ts';
import type { RestrictedParty } from './restricted-party.ts';

/** Names of a party screened against the other side (primary name first). */
export const RECONCILE_NAMES_PER_PARTY = 5;

/** Two parties, one from each side, that the engine takes for one entity ("same as"). */
export interface SameAs {
  a: string;
  b: string;
  score: number;
  /** The name of the screened party that matched, and the other party's name it matched. */
  queryName: string;
  matchedName: string;
}

export interface Reconciliation {
  threshold: number;
  /** Ids of A's parties that no party of B matches, in A's order. */
  onlyA: string[];
  /** Ids of B's parties that no party of A matches, in B's order. */
  onlyB: string[];
  /** Every matched pair, best score first. */
  sameAs: SameAs[];
}

/** The queries screened for one party: its first names, with its country and birth date when single. */
function queriesOf(p: RestrictedParty): ScreeningQuery[] {
  const e = partyEntity(p);
  return e.names.slice(0, RECONCILE_NAMES_PER_PARTY).map((name) => ({
    name,
    ...(e.type ? { type: e.type } : {}),
    ...(p.countries.length === 1 ? { country: p.countries[0]! } : {}),
    ...(p.birthDates.length === 1 ? { birthDate: p.birthDates[0]! } : {}),
  }));
}

/**
 * Reconciles two sets of parties. The smaller side is screened against an index of the larger
 * one, every name of a party (up to {@link RECONCILE_NAMES_PER_PARTY}) in turn; a pair scoring at
 * or above the threshold links the two parties. A party linked to none is listed by its side only.
 */
export function reconcile(
  a: readonly RestrictedParty[],
  b: readonly RestrictedParty[],
  options: { threshold?: number } = {},
): Reconciliation {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const swap = a.length > b.length;
  const [small, large] = swap ? [b, a] : [a, b];
  const index = buildNameIndex(large.map(partyEntity));
  const matchedLarge = new Set<string>();
  const matchedSmall = new Set<string>();
  const best = new Map<string, SameAs>();
  for (const p of small)
    for (const q of queriesOf(p))
      for (const hit of screen(index, q, { threshold }).hits) {
        matchedSmall.add(p.id);
        matchedLarge.add(hit.entityId);
        const pair: SameAs = swap
          ? {
              a: hit.entityId,
              b: p.id,
              score: hit.score,
              queryName: q.name,
              matchedName: hit.explanation.matchedName,
            }
          : {
              a: p.id,
              b: hit.entityId,
              score: hit.score,
              queryName: q.name,
              matchedName: hit.explanation.matchedName,
            };
        const key = `${pair.a}\u0000${pair.b}`;
        if ((best.get(key)?.score ?? -1) < pair.score) best.set(key, pair);
      }
  const matched = (id: string): boolean => matchedSmall.has(id) || matchedLarge.has(id);
  return {
    threshold,
    onlyA: a.filter((p) => !matched(p.id)).map((p) => p.id),
    onlyB: b.filter((p) => !matched(p.id)).map((p) => p.id),
    sameAs: [...best.values()].sort(
      (x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1),
    ),
  };
}

/** Parties counted by each country they name (a party naming two countries counts for both); `null` for none. */
export function countByCountry(
  parties: readonly RestrictedParty[],
): { country: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const p of parties)
    for (const c of p.countries.length > 0 ? p.countries : [null])
      counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([country, count]) => ({ country, count }))
    .sort(
      (x, y) =>
        y.count - x.count ||
        (x.country === null ? 1 : y.country === null ? -1 : x.country < y.country ? -1 : 1),
    );
}
