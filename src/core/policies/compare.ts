// Side-by-side comparison of jurisdictions in the policy registry: for each jurisdiction asked
// (in the order asked), its instruments on a topic (the topic and every topic below it; all
// topics when none is given), counted by type and bindingness (`unknown` when not known), and a
// timeline of how many each adopted per year.
//
// Years: the timeline has one row per year in which any of the jurisdictions has an instrument,
// in order, each row naming every jurisdiction (0 when it has none that year). Undated
// instruments cannot be placed on the timeline: `undated` counts them per jurisdiction. With a
// year range (yearFrom, yearTo), the columns hold only the instruments dated within it, and
// `undated` still counts the undated ones, which the range could not place.
import { DomainError } from '../errors.ts';
import type { PolicyInstrument, PolicyTopic } from './instrument.ts';
import { topicWithDescendants } from './taxonomy.ts';

export interface ComparisonQuery {
  jurisdictions: readonly string[];
  topic?: string;
  yearFrom?: number;
  yearTo?: number;
}

export interface JurisdictionColumn {
  jurisdiction: string;
  /** Sorted by year (undated last), then title. */
  instruments: PolicyInstrument[];
  byType: Record<string, number>;
  binding: Record<string, number>;
}

export interface JurisdictionComparison {
  topic: string | null;
  columns: JurisdictionColumn[];
  timeline: { year: number; counts: Record<string, number> }[];
  undated: Record<string, number>;
}

/** At most this many jurisdictions side by side. */
export const MAX_COMPARED_JURISDICTIONS = 20;

const byYearThenTitle = (a: PolicyInstrument, b: PolicyInstrument): number =>
  (a.year ?? Infinity) - (b.year ?? Infinity) ||
  a.title.localeCompare(b.title) ||
  a.id.localeCompare(b.id);

/**
 * Compares jurisdictions (codes, any case; a code given twice counts once); throws
 * DomainError('validation_failed') for no jurisdiction, too many, an unknown topic or a bad range.
 */
export function compareJurisdictions(
  instruments: readonly PolicyInstrument[],
  query: ComparisonQuery,
  topics: readonly PolicyTopic[],
): JurisdictionComparison {
  const codes = [...new Set(query.jurisdictions.map((j) => j.trim().toUpperCase()))].filter(
    (j) => j !== '',
  );
  if (codes.length === 0)
    throw new DomainError('validation_failed', 'name at least one jurisdiction to compare', [
      { path: 'jurisdictions', message: 'is empty' },
    ]);
  if (codes.length > MAX_COMPARED_JURISDICTIONS)
    throw new DomainError(
      'validation_failed',
      `at most ${MAX_COMPARED_JURISDICTIONS} jurisdictions can be compared`,
      [{ path: 'jurisdictions', message: `${codes.length} given` }],
    );
  for (const name of ['yearFrom', 'yearTo'] as const) {
    const y = query[name];
    if (y !== undefined && (!Number.isInteger(y) || y < 1000 || y > 9999))
      throw new DomainError('validation_failed', `${name} must be a year`, [
        { path: name, message: 'must be a whole number from 1000 to 9999' },
      ]);
  }
  if (query.yearFrom !== undefined && query.yearTo !== undefined && query.yearFrom > query.yearTo)
    throw new DomainError('validation_failed', 'yearFrom must not be after yearTo', [
      { path: 'yearFrom', message: 'must not be after yearTo' },
    ]);
  let topicSet: Set<string> | null = null;
  if (query.topic !== undefined) {
    topicSet = topicWithDescendants(topics, query.topic);
    if (topicSet.size === 0)
      throw new DomainError('validation_failed', `unknown topic '${query.topic}'`, [
        { path: 'topic', message: `unknown topic '${query.topic}'` },
      ]);
  }
  const ranged = query.yearFrom !== undefined || query.yearTo !== undefined;
  const inRange = (y: number): boolean =>
    (query.yearFrom === undefined || y >= query.yearFrom) &&
    (query.yearTo === undefined || y <= query.yearTo);

  const columns = new Map<string, JurisdictionColumn>(
    codes.map((c) => [c, { jurisdiction: c, instruments: [], byType: {}, binding: {} }]),
  );
  const undated: Record<string, number> = Object.fromEntries(codes.map((c) => [c, 0]));
  const years = new Map<number, Record<string, number>>();
  for (const i of instruments) {
    const column = columns.get(i.jurisdiction.toUpperCase());
    if (!column) continue;
    if (topicSet !== null && !i.topics.some((t) => topicSet.has(t))) continue;
    if (i.year === null) {
      undated[column.jurisdiction]!++;
      if (ranged) continue;
    } else {
      if (!inRange(i.year)) continue;
      let row = years.get(i.year);
      if (!row) years.set(i.year, (row = Object.fromEntries(codes.map((c) => [c, 0]))));
      row[column.jurisdiction]!++;
    }
    column.instruments.push(i);
    column.byType[i.type] = (column.byType[i.type] ?? 0) + 1;
    const b = i.binding ?? 'unknown';
    column.binding[b] = (column.binding[b] ?? 0) + 1;
  }
  for (const c of columns.values()) c.instruments.sort(byYearThenTitle);
  return {
    topic: query.topic ?? null,
    columns: [...columns.values()],
    timeline: [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, counts]) => ({ year, counts })),
    undated,
  };
}
