// Birth dates in screening: partial dates (year, year-month, full date) compared at the precision
// both sides have, so that "1965" agrees with "1965-06-29".

/** A date known to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (`/` or `.` also accepted as separators); null for
 * anything else, which screening then ignores rather than guesses at.
 */
export function parsePartialDate(text: string): PartialDate | null {
  const m = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$/.exec(text);
  if (!m) return null;
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year: Number(m[1]), month, day };
}

/**
 * How two sets of birth dates compare:
 *
 * - `agree` — some pair of dates is equal at the precision both have (a year-only date agrees
 *   with any date in that year);
 * - `conflict` — both sides have dates and no pair agrees;
 * - `unknown` — a side has no readable date.
 */
export type DateComparison = 'agree' | 'conflict' | 'unknown';

/** Whether two partial dates are equal at the precision both have. */
function sameAtCommonPrecision(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== b.year) return false;
  if (a.month === null || b.month === null) return true;
  if (a.month !== b.month) return false;
  return a.day === null || b.day === null || a.day === b.day;
}

/** Compares the birth dates of a query and a candidate (see {@link DateComparison}). */
export function compareBirthDates(
  query: readonly string[],
  candidate: readonly string[],
): { result: DateComparison; query: string | null; candidate: string | null } {
  const q = query.map((t) => ({ t, d: parsePartialDate(t) })).filter((x) => x.d !== null);
  const c = candidate.map((t) => ({ t, d: parsePartialDate(t) })).filter((x) => x.d !== null);
  if (q.length === 0 || c.length === 0) return { result: 'unknown', query: null, candidate: null };
  for (const a of q)
    for (const b of c)
      if (sameAtCommonPrecision(a.d!, b.d!)) return { result: 'agree', query: a.t, candidate: b.t };
  return { result: 'conflict', query: q[0]!.t, candidate: c[0]!.t };
}
