// Screening: one query against an index of list entities — candidates from the index, exact
// scores on the candidates only, hits above the threshold with their explanations.
import { candidatesOf, DEFAULT_CANDIDATE_LIMIT, type NameIndex } from './name-index.ts';
import { prepareQuery } from './prepared-subject.ts';
import {
  DEFAULT_THRESHOLD,
  scoreMatch,
  scoreSubjects,
  type MatchExplanation,
} from './score-match.ts';
import type { ScreeningQuery } from './screening-entity.ts';
import { queryWarnings, type ScreeningWarning } from './screening-warning.ts';

/** How to screen. */
export interface ScreenOptions {
  /** Least score of a hit; default {@link DEFAULT_THRESHOLD}. */
  threshold?: number;
  /** Most hits returned (the best ones); default 10. */
  limit?: number;
  /** Candidates scored exactly; default {@link DEFAULT_CANDIDATE_LIMIT}. */
  candidateLimit?: number;
}

/** One entity that matched. */
export interface ScreeningHit {
  entityId: string;
  /** In [0, 1]. */
  score: number;
  explanation: MatchExplanation;
}

/** The result of screening one query. */
export interface ScreeningResult {
  query: ScreeningQuery;
  /** Best score first (equal scores: the entity listed first). */
  hits: ScreeningHit[];
  /** How many candidates were scored exactly. */
  candidatesScored: number;
  threshold: number;
  warnings: ScreeningWarning[];
}

export const DEFAULT_HIT_LIMIT = 10;

/**
 * Screens a query: takes the candidates from the index (see `candidates`), scores each exactly
 * with `scoreMatch` (its names that share blocking keys with the query, the best one kept, with
 * the country, birth-date and type evidence), and returns those at or above the threshold, best
 * first.
 */
export function screen(
  index: NameIndex,
  query: ScreeningQuery,
  options: ScreenOptions = {},
): ScreeningResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const prepared = prepareQuery(query);
  const warnings = queryWarnings(query, prepared.names[0]!);
  if (prepared.names[0]!.tokens.length === 0)
    return { query, hits: [], candidatesScored: 0, threshold, warnings };
  const found = candidatesOf(index, prepared, options.candidateLimit ?? DEFAULT_CANDIDATE_LIMIT);
  const hits: (ScreeningHit & { order: number })[] = [];
  for (const { entity: e, names } of found) {
    const entity = index.entities[e]!;
    // Rank by the bare score; explain only the hits.
    if (scoreSubjects(prepared, entity.subject, names).score < threshold) continue;
    const s = scoreMatch(prepared, entity.subject, { threshold, names });
    hits.push({ entityId: entity.id, score: s.score, explanation: s.explanation, order: e });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return {
    query,
    hits: hits.slice(0, options.limit ?? DEFAULT_HIT_LIMIT).map(({ order: _, ...hit }) => hit),
    candidatesScored: found.length,
    threshold,
    warnings,
  };
}
