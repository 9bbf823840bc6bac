// The evaluation table's CSV (the DataTable's download): one row per economy shown, with every
// criterion's evidence, partner tier included, whichever columns are shown (outcome, value, year,
// compared quantity, threshold in the indicator's unit, source, reason).
import type { CsvCell } from '../csv-file.ts';
import type { CsvTable } from '../ui/data-table.tsx';
import type { CriteriaResult, EconomyEvaluation } from './criteria-shapes.ts';

const FIELDS = [
  'outcome',
  'value',
  'year',
  'compared',
  'threshold',
  'threshold_indicator_value',
  'source',
  'missing_reason',
] as const;

/**
 * The CSV of `rows`, with the criteria `criterionIds` (in that order) as column groups; the result
 * in the reader's words (`resultLabel`), the API's reasons and the column names as they are.
 */
export function criteriaCsv(
  rows: readonly EconomyEvaluation[],
  criterionIds: readonly string[],
  regionOf: (iso3: string) => string | null,
  resultLabel: (result: CriteriaResult) => string,
): CsvTable {
  const header = [
    'iso3',
    'economy',
    'region',
    'result',
    'reason',
    ...criterionIds.flatMap((id) => FIELDS.map((f) => `${id}.${f}`)),
  ];
  const body = rows.map((e): CsvCell[] => {
    const byId = new Map(e.criteria.map((c) => [c.id, c]));
    return [
      e.iso3,
      e.name,
      regionOf(e.iso3),
      resultLabel(e.result),
      e.reason,
      ...criterionIds.flatMap((id): CsvCell[] => {
        const c = byId.get(id);
        if (!c) return FIELDS.map(() => null);
        return [
          c.outcome,
          c.value,
          c.year,
          c.compared,
          `${c.comparator} ${c.threshold.value}${c.threshold.kind === 'absolute' ? '' : ` (${c.threshold.kind})`}`,
          c.threshold.indicatorValue,
          c.sourceId,
          c.reason,
        ];
      }),
    ];
  });
  return { header, body };
}
