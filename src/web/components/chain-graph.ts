// The supply chain drawn with cytoscape: lanes with their stage as a header, inputs as nodes
// shaped by kind and filled by the current colouring, variants boxed under their parent, and the
// `goes_into` flow as arrows. The canvas is for sight; the list beside it is the accessible way in.
// Its picture for download: a PNG from cytoscape, an SVG redrawn from what cytoscape laid out.
import cytoscape from 'cytoscape';
import { h } from '../element.ts';
import type { Chain, InputKind } from './chain-model.ts';
import { HEADER_H, type ChainLayout } from './chain-layout.ts';
import type { ItemPaint } from './chain-paint.ts';
import { tokenColour } from '../ui/token-colour.ts';
import type { ChartImage, SvgPicture } from '../ui/chart-frame.tsx';
import {
  chainSvg,
  wrapLabel,
  type ChainScene,
  type SceneEdge,
  type SceneNode,
} from './chain-svg.ts';
import './chains/chains.css';

/** Node shape per input kind (the legend draws the same). */
export const KIND_SHAPES: Record<InputKind, { shape: cytoscape.Css.NodeShape; label: string }> = {
  process: { shape: 'round-rectangle', label: 'Process' },
  tool: { shape: 'rectangle', label: 'Tool' },
  material: { shape: 'cut-rectangle', label: 'Material' },
  design_resource: { shape: 'round-hexagon', label: 'Design resource' },
  output: { shape: 'round-octagon', label: 'Final output' },
};

const ink = (): string => tokenColour('--color-ink');
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
/** Space around the graph in its pictures. */
const PICTURE_PADDING = 16;
/** The PNG's largest side in px (browsers refuse bigger canvases). */
const PNG_MAX_SIDE = 8000;
/** Below this zoom the whole chain is too small to read: start at `START_ZOOM` instead. */
const MIN_FIT_ZOOM = 0.18;
const START_ZOOM = 0.45;
const accent = (): string => tokenColour('--color-accent');

/** The graph's style, in the colours of the theme in force. */
const style = (): cytoscape.StylesheetJson => [
  {
    selector: 'node',
    style: {
      'z-index-compare': 'manual',
      'font-family': FONT_FAMILY,
      'min-zoomed-font-size': 5,
    },
  },
  {
    selector: 'node.lane',
    style: {
      shape: 'rectangle',
      width: 'data(w)',
      height: 'data(h)',
      'background-color': tokenColour('--color-chain-lane'),
      'border-width': 1,
      'border-color': tokenColour('--color-chain-lane-border'),
      events: 'no',
      'z-index': 0,
    },
  },
  {
    selector: 'node.lane-title',
    style: {
      shape: 'round-rectangle',
      width: 'data(w)',
      height: 'data(h)',
      'background-color': tokenColour('--color-chain-lane-title'),
      label: 'data(label)',
      color: ink(),
      'font-size': 36,
      'font-weight': 600,
      'text-wrap': 'wrap',
      'text-max-width': 'data(tw)',
      'text-valign': 'center',
      'text-halign': 'center',
      events: 'no',
      'z-index': 1,
    },
  },
  {
    selector: 'node.family',
    style: {
      shape: 'round-rectangle',
      width: 'data(w)',
      height: 'data(h)',
      'background-color': tokenColour('--color-chain-family-bg'),
      'background-opacity': 0.7,
      'border-width': 1,
      'border-style': 'dashed',
      'border-color': tokenColour('--color-chain-family-border'),
      events: 'no',
      'z-index': 1,
    },
  },
  {
    selector: 'node.item',
    style: {
      width: 'data(w)',
      height: 'data(h)',
      'background-color': 'data(fill)',
      color: 'data(ink)',
      label: 'data(label)',
      'font-size': 10.5,
      'text-wrap': 'wrap',
      'text-max-width': 'data(tw)',
      'text-valign': 'center',
      'text-halign': 'center',
      'line-height': 1.15,
      'border-width': 1,
      'border-color': tokenColour('--color-chain-node-border'),
      'border-opacity': 0.6,
      'z-index': 10,
    },
  },
  { selector: 'node.in-grid', style: { 'font-size': 13 } },
  {
    selector: 'node.stage',
    // Big enough to read when the whole chain is in view.
    style: {
      shape: 'round-rectangle',
      'font-size': 36,
      'font-weight': 600,
      'text-max-width': 'data(tw)',
    },
  },
  ...Object.entries(KIND_SHAPES).map(([kind, { shape }]) => ({
    selector: `node.kind-${kind}`,
    style: { shape },
  })),
  {
    selector: 'node.no-data',
    style: {
      'border-style': 'dashed',
      'border-color': tokenColour('--color-chain-node-border'),
      'border-opacity': 1,
    },
  },
  {
    selector: 'node.chokepoint',
    style: {
      'border-width': 3,
      'border-color': ink(),
      'border-opacity': 1,
      'border-style': 'solid',
    },
  },
  {
    selector: 'node.is-selected',
    style: {
      'underlay-color': accent(),
      'underlay-padding': 7,
      'underlay-opacity': 0.45,
      'z-index': 20,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.3,
      'curve-style': 'taxi',
      'taxi-direction': 'rightward',
      'taxi-turn': '60%',
      'line-color': tokenColour('--color-chain-edge'),
      'target-arrow-shape': 'triangle',
      'target-arrow-color': tokenColour('--color-chain-edge'),
      'arrow-scale': 0.8,
      events: 'no',
      'z-index': 5,
    },
  },
];

export interface ChainGraphOptions {
  /** The canvas's accessible name (the canvas itself says nothing to a screen reader). */
  label: string;
  onSelect(id: string): void;
}

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Text width inside a node of width `w` (a little narrower for hexagons and octagons). */
const textWidth = (w: number, kind: string): number =>
  Math.max(40, w - (kind === 'design_resource' || kind === 'output' ? 30 : 14));

const px = (v: string): number => Number.parseFloat(v) || 0;
/** A computed style of a graph element, as text (cytoscape types it as any). */
const css = (ele: cytoscape.SingularElementArgument, key: string): string =>
  String(ele.style(key) ?? '');

export class ChainGraph implements ChartImage {
  readonly element: HTMLElement;
  private readonly container: HTMLElement;
  private cy: cytoscape.Core | null = null;
  private names = new Map<string, string>();
  private selected: string | null = null;

  constructor(
    private readonly chain: Chain,
    private readonly layout: ChainLayout,
    private readonly options: ChainGraphOptions,
  ) {
    this.container = h('div', {
      class: `chain-graph chain-graph-${layout.kind}`,
      role: 'img',
      'aria-label': options.label,
    });
    const zoom = (factor: number) => () => this.zoomBy(factor);
    this.element = h(
      'div',
      { class: 'chain-graph-frame' },
      h(
        'div',
        { class: 'graph-toolbar', role: 'group', 'aria-label': 'Graph view' },
        h(
          'button',
          { type: 'button', class: 'button button-quiet button-small', onClick: zoom(1.4) },
          'Zoom in',
        ),
        h(
          'button',
          { type: 'button', class: 'button button-quiet button-small', onClick: zoom(1 / 1.4) },
          'Zoom out',
        ),
        h(
          'button',
          { type: 'button', class: 'button button-quiet button-small', onClick: () => this.fit() },
          'Fit',
        ),
        h(
          'span',
          { class: 'graph-hint' },
          'Drag to pan, scroll or pinch to zoom, click an input for its providers.',
        ),
      ),
      this.container,
    );
    for (const i of chain.inputs) this.names.set(i.id, i.name);
    for (const s of chain.stages) this.names.set(s.id, s.name);
  }

  /** Draws the graph; call once the element is in the page (cytoscape needs its size). */
  mount(paints: ReadonlyMap<string, ItemPaint>): void {
    this.cy?.destroy();
    const cy = cytoscape({
      container: this.container,
      elements: this.elements(paints),
      style: style(),
      layout: { name: 'preset', fit: true, padding: 16 },
      minZoom: 0.08,
      maxZoom: 3,
      autoungrabify: true,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node.item', (event) => {
      const node = event.target as cytoscape.NodeSingular;
      this.options.onSelect(node.id());
    });
    cy.on('mouseover', 'node.item', () => (this.container.style.cursor = 'pointer'));
    cy.on('mouseout', 'node.item', () => (this.container.style.cursor = ''));
    this.cy = cy;
    this.initialView();
    if (this.selected) this.select(this.selected, false);
  }

  /**
   * The whole chain when it fits at a zoom where its colours and lanes still read; otherwise (a
   * big chain on a phone) its start, readable, with "Fit" one click away.
   */
  private initialView(): void {
    const cy = this.cy;
    if (!cy || cy.zoom() >= MIN_FIT_ZOOM) return;
    const box = cy.elements().boundingBox({});
    cy.zoom(START_ZOOM);
    cy.pan({ x: 12 - box.x1 * START_ZOOM, y: 12 - box.y1 * START_ZOOM });
  }

  /** Recolours the items (fill, text, outline) without moving anything. */
  paint(paints: ReadonlyMap<string, ItemPaint>): void {
    const cy = this.cy;
    if (!cy) return;
    cy.batch(() => {
      for (const [id, p] of paints) {
        const node = cy.getElementById(id);
        if (node.empty()) continue;
        node.data({
          fill: p.colour,
          ink: p.ink,
          label: this.label(id, p),
          colourClass: p.colourClass,
        });
        node.toggleClass('chokepoint', p.chokepoint);
        node.toggleClass('no-data', p.noData);
      }
    });
  }

  /** Marks `id` as selected and brings it into view (zooming in when the whole chain is tiny). */
  select(id: string | null, reveal = true): void {
    this.selected = id;
    const cy = this.cy;
    if (!cy) return;
    cy.nodes('.is-selected').removeClass('is-selected');
    if (id === null) return;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    node.addClass('is-selected');
    if (!reveal) return;
    const extent = cy.extent();
    const box = node.boundingBox({});
    const inView =
      box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
    if (inView && cy.zoom() >= 0.5) return;
    const zoom = Math.max(cy.zoom(), 0.8);
    const duration = reducedMotion() ? 0 : 250;
    cy.animate({ zoom, center: { eles: node } }, { duration });
  }

  /** The whole graph as drawn (colours, selection), as a standalone SVG. */
  svg(): SvgPicture | null {
    const scene = this.scene();
    if (!scene) return null;
    return { markup: chainSvg(scene), width: scene.box.width, height: scene.box.height };
  }

  /** The whole graph as a PNG at twice its size (less for a huge graph), on `background`. */
  async png(background: string): Promise<Blob | null> {
    const cy = this.cy;
    if (!cy) return null;
    const box = cy.elements().boundingBox({});
    const scale = Math.min(2, PNG_MAX_SIDE / Math.max(box.w, box.h, 1));
    return cy.png({ output: 'blob-promise', full: true, scale, bg: background });
  }

  /** What the graph draws, read from cytoscape: positions, computed styles and edge routes. */
  private scene(): ChainScene | null {
    const cy = this.cy;
    if (!cy) return null;
    const context = document.createElement('canvas').getContext('2d');
    const measure = (font: string, size: number) => (s: string) => {
      if (!context) return s.length * size * 0.55;
      context.font = font;
      return context.measureText(s).width;
    };
    const node = (n: cytoscape.NodeSingular): SceneNode => {
      const fontSize = px(css(n, 'font-size'));
      const fontWeight = css(n, 'font-weight');
      const label = String(n.data('label') ?? '');
      const wrapWidth = Number(n.data('tw'));
      const selected = n.hasClass('is-selected');
      return {
        ...n.position(),
        w: Number(n.data('w')) || n.width(),
        h: Number(n.data('h')) || n.height(),
        shape: css(n, 'shape'),
        fill: css(n, 'background-color'),
        fillOpacity: px(css(n, 'background-opacity')),
        stroke: css(n, 'border-color'),
        strokeWidth: px(css(n, 'border-width')),
        strokeOpacity: px(css(n, 'border-opacity')),
        dashed: css(n, 'border-style') === 'dashed',
        lines: wrapWidth
          ? wrapLabel(
              label,
              wrapWidth,
              measure(`${fontWeight} ${fontSize}px ${FONT_FAMILY}`, fontSize),
            )
          : label.split('\n'),
        fontSize,
        fontWeight,
        ink: css(n, 'color'),
        lineHeight: px(css(n, 'line-height')) || 1,
        underlay: selected
          ? {
              colour: css(n, 'underlay-color'),
              padding: px(css(n, 'underlay-padding')),
              opacity: px(css(n, 'underlay-opacity')),
            }
          : null,
      };
    };
    const edge = (e: cytoscape.EdgeSingular): SceneEdge => {
      const width = px(css(e, 'width'));
      // cytoscape's triangle arrow: as long and as wide as 0.3 of its arrow width.
      const arrowWidth = Math.max((width * 13.37) ** 0.9, 29) * px(css(e, 'arrow-scale'));
      return {
        points: [e.sourceEndpoint(), ...(e.segmentPoints() ?? []), e.targetEndpoint()],
        colour: css(e, 'line-color'),
        width,
        arrow: 0.3 * arrowWidth,
      };
    };
    const z = (ele: cytoscape.SingularElementArgument): number => px(css(ele, 'z-index'));
    // Lowest first; elements of equal height in the order they were added, as cytoscape draws.
    const ordered = cy
      .elements()
      .toArray()
      .map((ele, i) => ({ ele, i }))
      .sort((a, b) => z(a.ele) - z(b.ele) || a.i - b.i);
    const box = cy.elements().boundingBox({});
    return {
      box: {
        x: box.x1 - PICTURE_PADDING,
        y: box.y1 - PICTURE_PADDING,
        width: box.w + 2 * PICTURE_PADDING,
        height: box.h + 2 * PICTURE_PADDING,
      },
      fontFamily: FONT_FAMILY,
      title: this.options.label,
      layers: ordered.map(({ ele }) =>
        ele.isNode()
          ? { kind: 'node' as const, node: node(ele) }
          : { kind: 'edge' as const, edge: edge(ele) },
      ),
    };
  }

  fit(): void {
    this.cy?.fit(undefined, 16);
  }

  destroy(): void {
    this.cy?.destroy();
    this.cy = null;
  }

  private zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  private label(id: string, p: ItemPaint): string {
    return `${this.names.get(id) ?? id}\n${p.text}`;
  }

  private elements(paints: ReadonlyMap<string, ItemPaint>): cytoscape.ElementDefinition[] {
    const { chain, layout } = this;
    const els: cytoscape.ElementDefinition[] = [];
    const itemData = (id: string, w: number, height: number, kind: string) => {
      const p = paints.get(id);
      return {
        id,
        w,
        h: height,
        tw: textWidth(w, kind),
        fill: p?.colour ?? tokenColour('--color-chain-node'),
        ink: p?.ink ?? ink(),
        label: p ? this.label(id, p) : (this.names.get(id) ?? id),
        colourClass: p?.colourClass ?? '',
      };
    };
    const flags = (id: string): string => {
      const p = paints.get(id);
      return `${p?.chokepoint ? ' chokepoint' : ''}${p?.noData ? ' no-data' : ''}`;
    };
    for (const lane of layout.lanes) {
      const cx = lane.x + lane.width / 2;
      els.push({
        group: 'nodes',
        data: { id: `lane:${lane.id}`, w: lane.width, h: layout.height },
        position: { x: cx, y: layout.height / 2 },
        classes: 'lane',
      });
      const header = { w: lane.width - 12, h: HEADER_H - 16 };
      const position = { x: cx, y: (HEADER_H - 4) / 2 };
      if (lane.stageId)
        els.push({
          group: 'nodes',
          data: itemData(lane.stageId, header.w, header.h, 'stage'),
          position,
          classes: `item stage${flags(lane.stageId)}`,
        });
      else
        els.push({
          group: 'nodes',
          data: { id: `lane-title:${lane.id}`, label: lane.label, tw: header.w - 16, ...header },
          position,
          classes: 'lane-title',
        });
    }
    for (const box of layout.families)
      els.push({
        group: 'nodes',
        data: { id: `family:${box.root}`, w: box.width, h: box.height },
        position: { x: box.x, y: box.y },
        classes: 'family',
      });
    const kinds = new Map(chain.inputs.map((i) => [i.id, i.kind]));
    for (const n of layout.inputs) {
      const kind = kinds.get(n.id) ?? 'material';
      els.push({
        group: 'nodes',
        data: itemData(n.id, n.width, n.height, kind),
        position: { x: n.x, y: n.y },
        classes: `item input kind-${kind}${layout.kind === 'grid' ? ' in-grid' : ''}${flags(n.id)}`,
      });
    }
    const placed = new Set(layout.inputs.map((n) => n.id));
    chain.edges.forEach((e, i) => {
      if (e.kind === 'goes_into' && placed.has(e.from) && placed.has(e.to))
        els.push({ group: 'edges', data: { id: `flow:${i}`, source: e.from, target: e.to } });
    });
    return els;
  }
}
