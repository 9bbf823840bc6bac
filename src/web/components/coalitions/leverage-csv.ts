// The leverage figures as CSV (one row per coalition and indicator, numbers at full precision) and
// an amount in its unit, shared by the coalition page and the comparison.
import { toCsv } from '../../csv-file.ts';
import { formatCompact, formatValue } from '../../format-value.ts';
import { indicatorName, indicatorUnit, type Catalogue } from '../../indicator-labels.ts';
import type { LeverageReport } from './coalition-data.ts';

/** An amount in its unit: money with its currency, counts compact. */
export function formatAmount(value: number | null, unit: string): string {
  if (value === null) return '—';
  return unit.includes('$') ? formatValue(value, unit) : formatCompact(value);
}

/** The leverage tables as CSV rows: one per coalition and indicator. */
export function leverageCsv(reports: readonly LeverageReport[], catalogue: Catalogue): string {
  return toCsv(
    [
      'coalition',
      'tier',
      'indicator',
      'indicator_name',
      'unit',
      'year',
      'coalition_value',
      'world_value',
      'share_pct',
      'economies_with_data',
      'coalition_economies_with_data',
      'coalition_economies_missing',
      'world_basis',
      'share_unavailable',
      'warnings',
    ],
    reports.flatMap((r) =>
      r.items.map((i) => [
        r.code,
        r.tier,
        i.indicator,
        indicatorName(i.indicator, catalogue),
        indicatorUnit(i.indicator, catalogue),
        i.year,
        i.coalitionValue,
        i.worldValue,
        i.sharePct,
        i.economiesWithData,
        i.coalitionEconomiesWithData,
        i.coalitionEconomiesMissing.join(' '),
        i.worldBasis,
        i.shareUnavailable?.message ?? '',
        i.warnings.map((w) => w.message).join(' | '),
      ]),
    ),
  );
}
