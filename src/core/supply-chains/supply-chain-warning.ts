// Supply-chain warnings: what looks wrong in the data behind an analysis, returned with its result.

/**
 * Why a supply-chain result is less than complete. Analyses return these instead of failing:
 *
 * - `invalid_provision` — a provision row with an unknown provider, a share outside 0–100 or not
 *   a number was left out (see `validateChain`);
 * - `duplicate_provision` — one provider, item and year twice: the first row is used;
 * - `shares_over_100` — known shares of one item sum past 100% by more than rounding
 *   (`ROUNDING_TOLERANCE_PCT`, 3 points): they were scaled to sum to 100;
 * - `no_data_in_year` — an item has no provision row in the year asked for;
 * - `later_year_without_shares` — the latest year of an item names providers but no shares, so
 *   an earlier year with shares was used;
 * - `no_known_shares` — an item's providers are all "major provider, share unknown";
 * - `share_unknown` — an economy of a coalition (or of concern, or shocked) is a major provider
 *   with unknown share: results that count it are bounds, not values;
 * - `groups_overlap` — the coalition and the concern set (or the controlling coalition and the
 *   target) share economies;
 * - `organisation_share_capped` — a firm's share exceeds its home economy's: capped to it;
 * - `shock_without_effect` — a shock names a provider that supplies nothing it targets (in the year
 *   used);
 * - `no_outputs` — the chain has no input of kind `output`: there are no final outputs to report;
 * - `unused_risk_parameter` — Monte Carlo parameters for an economy that provides nothing in the
 *   chain were ignored;
 * - `goal_unreachable` — no set of additional economies brings a control's coverage to the goal.
 */
export type SupplyChainWarningCode =
  | 'invalid_provision'
  | 'duplicate_provision'
  | 'shares_over_100'
  | 'no_data_in_year'
  | 'later_year_without_shares'
  | 'no_known_shares'
  | 'share_unknown'
  | 'groups_overlap'
  | 'organisation_share_capped'
  | 'shock_without_effect'
  | 'no_outputs'
  | 'unused_risk_parameter'
  | 'goal_unreachable';

/** One warning: a stable code, a sentence for people, and the ids it concerns (sorted). */
export interface SupplyChainWarning {
  code: SupplyChainWarningCode;
  message: string;
  /** Input, stage, provider or ISO3 ids the warning is about, sorted and unique; may be empty. */
  ids: string[];
}

/** Builds a warning, sorting and de-duplicating the ids it names. */
export function chainWarning(
  code: SupplyChainWarningCode,
  message: string,
  ids: Iterable<string> = [],
): SupplyChainWarning {
  return { code, message, ids: [...new Set(ids)].sort() };
}

/**
 * Merges warnings of many items: one warning per code and message, ids united. Keeps the order
 * in which codes first appear.
 */
export function mergeWarnings(warnings: Iterable<SupplyChainWarning>): SupplyChainWarning[] {
  const byKey = new Map<string, SupplyChainWarning>();
  for (const w of warnings) {
    const key = `${w.code}\u0000${w.message}`;
    const before = byKey.get(key);
    byKey.set(
      key,
      before === undefined ? w : chainWarning(w.code, w.message, [...before.ids, ...w.ids]),
    );
  }
  return [...byKey.values()];
}

/** A number for a message: at most `digits` decimals, no trailing zeros (`47`, `12.5`). */
export const fmt = (x: number, digits = 1): string => String(Number(x.toFixed(digits)));
