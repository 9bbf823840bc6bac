// Screening by full scan: the query scored against every entity of the index, no blocking. The
// straightforward approach, kept as the benchmark's baseline and the index's recall oracle.
import type { NameIndex } from './name-index.ts';
import { prepareQuery } from './prepared-subject.ts';
import { DEFAULT_THRESHOLD, scoreMatch } from './score-match.ts';
import { DEFAULT_HIT_LIMIT, type ScreenOptions, type ScreeningResult } from './screen.ts';
import type { ScreeningQuery } from './screening-entity.ts';
import { queryWarnings } from './screening-warning.ts';

/**
 * Screens a query against every entity of the index with `scoreMatch`: the same hits as `screen`
 * would give if the index's candidates held every entity that scores at or above the threshold.
 * `candidateLimit` is ignored.
 */
export function screenReference(
  index: NameIndex,
  query: ScreeningQuery,
  options: ScreenOptions = {},
): ScreeningResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const prepared = prepareQuery(query);
  const warnings = queryWarnings(query, prepared.names[0]!);
  if (prepared.names[0]!.tokens.length === 0)
    return { query, hits: [], candidatesScored: 0, threshold, warnings };
  const hits = index.entities
    .map((entity, order) => ({
      entity,
      order,
      s: scoreMatch(prepared, entity.subject, { threshold }),
    }))
    .filter((x) => x.s.isMatch)
    .sort((a, b) => b.s.score - a.s.score || a.order - b.order)
    .slice(0, options.limit ?? DEFAULT_HIT_LIMIT)
    .map((x) => ({ entityId: x.entity.id, score: x.s.score, explanation: x.s.explanation }));
  return { query, hits, candidatesScored: index.entities.length, threshold, warnings };
}
