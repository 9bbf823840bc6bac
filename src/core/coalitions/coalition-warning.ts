// Coalition warnings: what looks wrong in the data behind a coalition analysis, and what it means.

/**
 * Why an analysis of a coalition is less than complete. Every analysis returns its warnings with
 * its result instead of failing:
 *
 * - `supranational_without_members` — a supranational participant (the African Union, say) whose
 *   member states are not known, so it adds no economy.
 * - `supranational_not_expanded` — a supranational participant (the EU) was not counted through
 *   its member states, because the analysis counts the economies a coalition enumerates.
 * - `counted_through_supranational` — an economy is a participant in its own right and also a
 *   member state of a supranational participant counted through its members; it counts once.
 * - `empty_coalition` — no economy stands for the coalition in the tiers asked for.
 * - `unknown_economy` — a coalition economy is not in the reference table (the universe); it is
 *   left out of every sum, so that the coalition can never exceed the world.
 * - `values_outside_universe` — values for codes outside the reference table (a regional
 *   aggregate such as `WLD` or `EUU`) were given and ignored.
 * - `other_indicator_values` — values of another indicator were given and ignored.
 * - `duplicate_value` — two values for one economy and year; the first one given is used.
 * - `share_understated` — coalition economies have no value in the year used, so the coalition's
 *   value and share are understated (or, within the coalition, the others' shares overstated).
 * - `sparse_year_skipped` — the `latest` year policy passed over later years with too few values.
 * - `low_coverage` — the year asked for has fewer values than the policy would accept for `latest`.
 * - `tie_broken_by_code` — equal values were ordered alphabetically by ISO3.
 * - `already_member`, `not_a_member`, `added_and_removed` — a what-if change that changes nothing.
 * - `years_differ` — coalitions compared side by side were measured in different years.
 */
export type CoalitionWarningCode =
  | 'supranational_without_members'
  | 'supranational_not_expanded'
  | 'counted_through_supranational'
  | 'empty_coalition'
  | 'unknown_economy'
  | 'values_outside_universe'
  | 'other_indicator_values'
  | 'duplicate_value'
  | 'share_understated'
  | 'sparse_year_skipped'
  | 'low_coverage'
  | 'tie_broken_by_code'
  | 'already_member'
  | 'not_a_member'
  | 'added_and_removed'
  | 'years_differ';

/** One warning: a stable code, a sentence for people, and the codes it concerns (sorted). */
export interface CoalitionWarning {
  code: CoalitionWarningCode;
  message: string;
  /** The ISO3 (or participant, or indicator) codes the warning is about, sorted; may be empty. */
  codes: string[];
}

/** Builds a warning, sorting and de-duplicating the codes it names. */
export function coalitionWarning(
  code: CoalitionWarningCode,
  message: string,
  codes: Iterable<string> = [],
): CoalitionWarning {
  return { code, message, codes: [...new Set(codes)].sort() };
}

/** Lists codes for a message: all of them up to `max`, then "and N more". */
export function listCodes(codes: readonly string[], max = 10): string {
  if (codes.length <= max) return codes.join(', ');
  return `${codes.slice(0, max).join(', ')} and ${codes.length - max} more`;
}
