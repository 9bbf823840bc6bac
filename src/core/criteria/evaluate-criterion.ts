// One criterion for one economy: the value the year policy picks, the threshold as computed, the outcome.
import type { CriteriaData } from './criteria-data.ts';
import type {
  Comparator,
  Criterion,
  CriteriaTier,
  ThresholdKind,
  YearPolicy,
} from './criteria-set.ts';

/** `missing`: no usable value (none at all, or too old), so the criterion can neither pass nor fail. */
export type CriterionOutcome = 'pass' | 'fail' | 'missing';

/** The threshold as the set states it and as computed for the year used. */
export interface ThresholdEvidence {
  kind: ThresholdKind;
  /** As the set states it: a value, a share of the world in %, a rank or a percentile. */
  value: number;
  /**
   * The threshold in the indicator's unit for the year used: the value itself (`absolute`); the
   * world total × value ÷ 100 (`world_share_pct`); for `rank` and `percentile`, the value of the
   * passing economy nearest the cut-off (null when none passes). Null when the outcome is missing.
   */
  indicatorValue: number | null;
  /** World total in the year used (`world_share_pct` only). */
  worldTotal: number | null;
  /** Economies with a value in the year used (`world_share_pct`, `rank`, `percentile`). */
  economiesWithData: number | null;
}

/** The evidence for one criterion and one economy. */
export interface CriterionEvidence {
  tier: CriteriaTier;
  id: string;
  label: string;
  indicator: string;
  comparator: Comparator;
  outcome: CriterionOutcome;
  /** Why the outcome is `missing` ("no value", "latest value 2015 older than 5 years before 2024"); null otherwise. */
  reason: string | null;
  /** The value the year policy picked — or, when it is too old, the stale value that was set aside. */
  value: number | null;
  year: number | null;
  sourceId: string | null;
  /** What was compared with the threshold: the value, the world share in %, the rank or the percentile. */
  compared: number | null;
  threshold: ThresholdEvidence;
}

/** True when `x comparator t`. */
export function compare(x: number, comparator: Comparator, t: number): boolean {
  switch (comparator) {
    case '>=':
      return x >= t;
    case '>':
      return x > t;
    case '<=':
      return x <= t;
    case '<':
      return x < t;
  }
}

const years = (n: number): string => `${n} ${n === 1 ? 'year' : 'years'}`;

/** Evaluates one criterion for one economy. */
export function evaluateCriterion(
  criterion: Criterion,
  tier: CriteriaTier,
  iso3: string,
  data: CriteriaData,
): CriterionEvidence {
  const { threshold, yearPolicy, comparator } = criterion;
  const base = {
    tier,
    id: criterion.id,
    label: criterion.label,
    indicator: criterion.indicator,
    comparator,
  };
  const missing = (
    reason: string,
    v: { value: number; year: number; sourceId: string } | null,
  ): CriterionEvidence => ({
    ...base,
    outcome: 'missing',
    reason,
    value: v?.value ?? null,
    year: v?.year ?? null,
    sourceId: v?.sourceId ?? null,
    compared: null,
    threshold: {
      kind: threshold.kind,
      value: threshold.value,
      indicatorValue: null,
      worldTotal: null,
      economiesWithData: null,
    },
  });

  const all = data.valuesOf(criterion.indicator, iso3);
  const picked = all.find((v) => v.year <= yearPolicy.asOf);
  if (picked === undefined) {
    const earliest = all.at(-1);
    return missing(
      earliest === undefined
        ? 'no value'
        : `no value up to ${yearPolicy.asOf} (earliest ${earliest.year})`,
      null,
    );
  }
  if (picked.year < oldestYear(yearPolicy))
    return missing(
      `latest value ${picked.year} older than ${years(yearPolicy.maxAgeYears)} before ${yearPolicy.asOf}`,
      picked,
    );

  const measured = measure(criterion, iso3, picked, data);
  if (typeof measured === 'string') return missing(measured, picked);
  return {
    ...base,
    outcome: compare(measured.compared, comparator, threshold.value) ? 'pass' : 'fail',
    reason: null,
    value: picked.value,
    year: picked.year,
    sourceId: picked.sourceId,
    compared: measured.compared,
    threshold: { kind: threshold.kind, value: threshold.value, ...measured.threshold },
  };
}

/** The oldest year a policy accepts. */
export const oldestYear = (p: YearPolicy): number => p.asOf - p.maxAgeYears;

type Measured = {
  compared: number;
  threshold: Omit<ThresholdEvidence, 'kind' | 'value'>;
};

/** The quantity compared and the computed threshold, or why they cannot be computed. */
function measure(
  criterion: Criterion,
  iso3: string,
  picked: { value: number; year: number },
  data: CriteriaData,
): Measured | string {
  const { threshold } = criterion;
  const year = picked.year;
  if (threshold.kind === 'absolute') {
    return {
      compared: picked.value,
      threshold: { indicatorValue: threshold.value, worldTotal: null, economiesWithData: null },
    };
  }
  const section = data.section(criterion.indicator, year);
  const own = section.byIso3.get(iso3)!;
  const n = section.placings.length;
  if (threshold.kind === 'world_share_pct') {
    if (!(section.total > 0)) return `world total of ${year} is not positive (${section.total})`;
    return {
      // × 100 before ÷ so that an exact share (3 of 300 = 1%) compares exactly.
      compared: (own.value * 100) / section.total,
      threshold: {
        indicatorValue: (section.total * threshold.value) / 100,
        worldTotal: section.total,
        economiesWithData: n,
      },
    };
  }
  const quantity = (p: { rank: number; percentile: number }): number =>
    threshold.kind === 'rank' ? p.rank : p.percentile;
  let boundary: { value: number; distance: number } | null = null;
  for (const p of section.placings) {
    if (!compare(quantity(p), criterion.comparator, threshold.value)) continue;
    const distance = Math.abs(quantity(p) - threshold.value);
    if (boundary === null || distance < boundary.distance) boundary = { value: p.value, distance };
  }
  return {
    compared: quantity(own),
    threshold: {
      indicatorValue: boundary?.value ?? null,
      worldTotal: null,
      economiesWithData: n,
    },
  };
}
