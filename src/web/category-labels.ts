// Names of the values of categorical indicators ("3 · liberal democracy"), read from the indicator's
// description, which lists them as "0 closed autocracy, 1 electoral autocracy, …".
import type { ResponseOf } from './api/client.ts';
import { formatValue } from './format-value.ts';

type Indicator = ResponseOf<'/api/v1/indicators/{code}'>['indicator'];

const cache = new Map<string, Map<number, string>>();

/** Value → name for a categorical indicator; empty when the indicator is not one or names none. */
export function categoryLabels(indicator: Indicator): Map<number, string> {
  const cached = cache.get(indicator.code);
  if (cached) return cached;
  const labels = new Map<number, string>();
  if (indicator.unit.startsWith('category'))
    for (const m of indicator.description.matchAll(
      /(?:^|[\s:,;])(\d+) ([a-z][a-z -]*[a-z])(?=[,;.]|$)/g,
    ))
      labels.set(Number(m[1]), m[2]!);
  cache.set(indicator.code, labels);
  return labels;
}

/** A value formatted for its indicator: with its category name when it has one. */
export function formatIndicatorValue(value: number, indicator: Indicator): string {
  const label = categoryLabels(indicator).get(value);
  return label ? `${value} · ${label}` : formatValue(value, indicator.unit);
}
