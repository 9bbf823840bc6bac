// How each item of a chain is drawn for the chosen colouring: a metric of its supply, or its
// availability before or after a disruption. One result feeds the graph, the list and the legend.
import { formatShare } from '../format-value.ts';
import type { ChainMetrics, ChokepointItem, DisruptionResult } from './chain-model.ts';
import {
  availabilityScale,
  hasShares,
  inkFor,
  isColourMetric,
  metricScale,
  metricText,
  metricValue,
  type ColourMetric,
  type ColourScale,
} from './chain-colour.ts';
import { concernLabel } from './supply-chain-labels.ts';

/**
 * What the graph is coloured by: a metric (see {@link ColourMetric}), or availability `before`
 * (every item at 100%: nothing lost yet) or `after` the shocks of the last scenario run.
 */
export type ColourMode = ColourMetric | 'before' | 'after';

export const isColourMode = (s: string | null): s is ColourMode =>
  isColourMetric(s) || s === 'before' || s === 'after';

export interface ItemPaint {
  colour: string;
  /** Text colour readable on `colour`. */
  ink: string;
  /** The colour class key (see `ColourClass.key`). */
  colourClass: string;
  /** The value in words, e.g. "CHN 100%" or "0% available". */
  text: string;
  chokepoint: boolean;
  /** No known share (metric modes) — drawn with a dashed outline. */
  noData: boolean;
  /** Availability in the scenario modes; null in metric modes. */
  availabilityPct: number | null;
}

export function scaleFor(mode: ColourMode, metrics: ChainMetrics): ColourScale {
  if (mode === 'before' || mode === 'after') return availabilityScale(mode);
  return metricScale(mode, metrics.coalition.code, concernLabel(metrics));
}

/** The paint of every item (inputs and stages) in `ids`. */
export function paintItems(
  mode: ColourMode,
  ids: readonly string[],
  metrics: ChainMetrics,
  result: DisruptionResult | null,
): Map<string, ItemPaint> {
  const scale = scaleFor(mode, metrics);
  const byItem = new Map<string, ChokepointItem>(metrics.chokepoints.items.map((i) => [i.item, i]));
  const availability = new Map<string, number>(
    result ? [...result.inputs, ...result.stages].map((i) => [i.item, i.availabilityPct]) : [],
  );
  const paints = new Map<string, ItemPaint>();
  for (const id of ids) {
    const item = byItem.get(id);
    const chokepoint = item?.chokepoint ?? false;
    if (mode === 'before' || mode === 'after') {
      const pct = mode === 'before' ? 100 : (availability.get(id) ?? null);
      const cls = scale.classOf(pct);
      paints.set(id, {
        colour: cls.colour,
        ink: inkFor(cls.colour),
        colourClass: cls.key,
        text: pct === null ? 'not in the result' : `${formatShare(pct)} available`,
        chokepoint,
        noData: pct === null,
        availabilityPct: pct,
      });
      continue;
    }
    const cls = scale.classOf(metricValue(mode, item));
    paints.set(id, {
      colour: cls.colour,
      ink: inkFor(cls.colour),
      colourClass: cls.key,
      text: metricText(mode, item),
      chokepoint,
      noData: !hasShares(item),
      availabilityPct: null,
    });
  }
  return paints;
}
