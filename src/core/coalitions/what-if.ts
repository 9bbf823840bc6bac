// What-if: a coalition with members added or removed, and how its shares of the world change.
import type { IndicatorValue } from '../indicators/indicator.ts';
import { coalitionWarning, listCodes, type CoalitionWarning } from './coalition-warning.ts';
import { coalitionLeverage, type CoalitionLeverage } from './leverage.ts';
import type { YearPolicy } from './year-policy.ts';

/** One indicator to measure the change on. */
export interface WhatIfIndicator {
  indicator: string;
  values: readonly IndicatorValue[];
  /** Whether values may be summed (see `ADDITIVE_INDICATOR_CODES`). */
  additive: boolean;
}

/** The indicators, the reference table and the year policy of a what-if. */
export interface WhatIfContext {
  indicators: readonly WhatIfIndicator[];
  /** Every ISO3 of the reference table. */
  universe: readonly string[];
  year: YearPolicy;
}

/** One indicator before and after the change. */
export interface WhatIfChange {
  indicator: string;
  before: CoalitionLeverage;
  after: CoalitionLeverage;
  /** after.sharePct − before.sharePct, in percentage points; null when either share is null. */
  deltaSharePoints: number | null;
}

/** The changed coalition and what the change does to its shares. */
export interface WhatIfResult {
  /** The base set, each economy once, sorted. */
  base: string[];
  /** The new set, sorted. */
  economies: string[];
  /** Economies actually added (not already in the base), sorted. */
  added: string[];
  /** Economies actually removed (in the base), sorted. */
  removed: string[];
  changes: WhatIfChange[];
  warnings: CoalitionWarning[];
}

/**
 * Adds and removes economies from a coalition's set and measures each indicator's share of the
 * world before and after (`coalitionLeverage` twice, same values, universe and year policy).
 * A code both added and removed is left as it is in the base; adding a member or removing a
 * non-member changes nothing; each of these is warned about.
 */
export function whatIf(
  base: readonly string[],
  add: readonly string[],
  remove: readonly string[],
  context: WhatIfContext,
): WhatIfResult {
  const before = new Set(base);
  const removing = new Set(remove);
  const both = [...new Set(add)].filter((e) => removing.has(e));
  const warnings: CoalitionWarning[] = [];
  const warn = (code: CoalitionWarning['code'], codes: string[], what: string): void => {
    if (codes.length > 0)
      warnings.push(coalitionWarning(code, `${listCodes(codes)} ${what}`, codes));
  };
  warn('added_and_removed', both, 'both added and removed: left as in the base');
  warn(
    'already_member',
    add.filter((e) => before.has(e) && !both.includes(e)),
    'already in the coalition',
  );
  warn(
    'not_a_member',
    remove.filter((e) => !before.has(e) && !both.includes(e)),
    'not in the coalition',
  );

  const added = [...new Set(add)].filter((e) => !before.has(e) && !both.includes(e)).sort();
  const removed = [...removing].filter((e) => before.has(e) && !both.includes(e)).sort();
  const after = new Set([...before].filter((e) => !removed.includes(e)).concat(added));
  const measure = (economies: readonly string[], ind: WhatIfIndicator): CoalitionLeverage =>
    coalitionLeverage({ ...ind, economies, universe: context.universe, year: context.year });

  const changes = context.indicators.map((ind): WhatIfChange => {
    const b = measure([...before], ind);
    const a = measure([...after], ind);
    return {
      indicator: ind.indicator,
      before: b,
      after: a,
      deltaSharePoints: a.sharePct === null || b.sharePct === null ? null : a.sharePct - b.sharePct,
    };
  });
  return {
    base: [...before].sort(),
    economies: [...after].sort(),
    added,
    removed,
    changes,
    warnings,
  };
}
