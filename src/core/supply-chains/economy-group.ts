// Sets of economies an analysis counts together: a coalition, the countries of concern, a
// controlling coalition or a target; and the share of an item they hold.
import type { InputShares } from './input-shares.ts';

/**
 * A named set of economies (ISO3). A coalition from `core/coalitions` becomes one through
 * `coalitionEconomies`; a comma list of ISO3 codes is one with a made-up code.
 */
export interface EconomyGroup {
  /** A label: a grouping or coalition code (`G7`, `T12`), or any name the caller chooses. */
  code: string;
  economies: readonly string[];
}

/** The default countries of concern: China, Iran, North Korea, Russia. */
export const DEFAULT_CONCERN: EconomyGroup = {
  code: 'CONCERN',
  economies: ['CHN', 'IRN', 'PRK', 'RUS'],
};

export interface GroupShareOptions {
  /**
   * The code of the one group for which the "EUR" pseudo-provider (Europe as a whole) counts, or
   * null (the default): EUR then counts for no group. Name a coalition here only when it includes
   * the EU, since EUR is European supply that the source does not split by country.
   */
  eurCountsFor?: string | null;
}

/** The share of one item held by one group. */
export interface GroupShare {
  group: string;
  /** Sum of the members' known shares, plus EUR's when it counts for this group; percent. */
  sharePct: number;
  /** Members with a known share, largest first (ties by ISO3). */
  members: { iso3: string; sharePct: number }[];
  /** Members named as major providers whose share is unknown: `sharePct` is a lower bound. */
  unknownShare: string[];
  /** The EUR share included in `sharePct` (0 unless EUR counts for this group). */
  europePct: number;
}

/** The share of an item's world supply that a group's economies hold. */
export function groupShare(
  shares: InputShares,
  group: EconomyGroup,
  options: GroupShareOptions = {},
): GroupShare {
  const set = new Set(group.economies);
  const members: { iso3: string; sharePct: number }[] = [];
  const unknownShare: string[] = [];
  for (const e of shares.economies) {
    if (!set.has(e.iso3)) continue;
    if (e.sharePct === null) unknownShare.push(e.iso3);
    else members.push({ iso3: e.iso3, sharePct: e.sharePct });
  }
  const europePct =
    options.eurCountsFor != null && options.eurCountsFor === group.code
      ? shares.pseudo.filter((p) => p.europe).reduce((s, p) => s + (p.sharePct ?? 0), 0)
      : 0;
  const sharePct = members.reduce((s, m) => s + m.sharePct, 0) + europePct;
  return { group: group.code, sharePct, members, unknownShare: unknownShare.sort(), europePct };
}

/** The economies two groups have in common, sorted. */
export function commonEconomies(a: EconomyGroup, b: EconomyGroup): string[] {
  const set = new Set(a.economies);
  return [...new Set(b.economies.filter((e) => set.has(e)))].sort();
}
