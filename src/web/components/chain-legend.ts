// The legend of the supply-chain graph: what the colours mean (with counts), the year of the
// figures, the chokepoint outline, the "no known share" outline and the node shapes.
import { h, s } from '../element.ts';
import type { InputKind } from '../supply-chain-types.ts';
import type { ColourScale } from './chain-colour.ts';
import { KIND_SHAPES } from './chain-graph.ts';
import type { ItemPaint } from './chain-paint.ts';

export interface LegendInput {
  scale: ColourScale;
  paints: ReadonlyMap<string, ItemPaint>;
  /** e.g. "Year: latest per input (2019–2025)". */
  yearLabel: string;
  /** Extra line, e.g. the shocks of the scenario shown. */
  note?: string | undefined;
  kinds: readonly InputKind[];
  /** False when the chokepoint outline is not drawn (colouring by chokepoint already shows it). */
  showChokepointOutline: boolean;
}

/** A small drawing of a node shape, for the key. */
function shapeIcon(kind: InputKind): SVGElement {
  const attrs = { fill: '#ffffff', stroke: '#5b6573', 'stroke-width': 1.2 };
  const shape = ((): SVGElement => {
    switch (kind) {
      case 'process':
        return s('rect', { x: 1, y: 2, width: 26, height: 12, rx: 4, ...attrs });
      case 'tool':
        return s('rect', { x: 1, y: 2, width: 26, height: 12, ...attrs });
      case 'material':
        return s('polygon', { points: '4,2 24,2 27,5 27,11 24,14 4,14 1,11 1,5', ...attrs });
      case 'design_resource':
        return s('polygon', { points: '6,2 22,2 27,8 22,14 6,14 1,8', ...attrs });
      case 'output':
        return s('polygon', { points: '6,2 22,2 27,5 27,11 22,14 6,14 1,11 1,5', ...attrs });
    }
  })();
  return s('svg', { width: 28, height: 16, viewBox: '0 0 28 16', 'aria-hidden': 'true' }, shape);
}

export function chainLegend(input: LegendInput): HTMLElement {
  const counts = new Map<string, number>();
  for (const p of input.paints.values())
    counts.set(p.colourClass, (counts.get(p.colourClass) ?? 0) + 1);
  const noData = counts.get('no-data') ?? 0;
  const row = (swatch: HTMLElement, label: string, count?: number): HTMLElement =>
    h(
      'li',
      {},
      swatch,
      h('span', { class: 'legend-label' }, label),
      count === undefined ? null : h('span', { class: 'legend-count' }, `(${count})`),
    );
  return h(
    'figure',
    { class: 'map-legend chain-legend', 'aria-label': 'Legend of the graph' },
    h(
      'figcaption',
      {},
      h('span', { class: 'legend-title' }, input.scale.title),
      h('span', { class: 'legend-meta chain-legend-year' }, input.yearLabel),
      input.note ? h('span', { class: 'legend-meta' }, input.note) : null,
    ),
    h(
      'ul',
      { class: 'legend-bins' },
      [...input.scale.classes]
        .reverse()
        .map((c) =>
          row(
            h('span', { class: 'swatch', style: `background:${c.colour}`, 'aria-hidden': 'true' }),
            c.label,
            counts.get(c.key) ?? 0,
          ),
        ),
      noData > 0
        ? row(
            h('span', { class: 'swatch swatch-dashed', 'aria-hidden': 'true' }),
            'No known share',
            noData,
          )
        : null,
      input.showChokepointOutline
        ? row(
            h('span', { class: 'swatch swatch-chokepoint', 'aria-hidden': 'true' }),
            'Thick outline: chokepoint',
          )
        : null,
    ),
    input.kinds.length > 1
      ? h(
          'ul',
          { class: 'legend-shapes', 'aria-label': 'Node shapes' },
          input.kinds.map((k) => h('li', {}, shapeIcon(k), KIND_SHAPES[k].label)),
        )
      : null,
  );
}
