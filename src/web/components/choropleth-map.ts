// The world map: world-atlas countries projected with d3-geo, each country a link to its economy,
// coloured by value with a hatched "no data" style, tooltips on hover and focus, group outlines.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ResponseOf } from '../api/client.ts';
import { h, s } from '../element.ts';
import { MapTooltip, type TooltipContent } from './map-tooltip.ts';
import './map.css';

type Economy = ResponseOf<'/api/v1/economies'>['items'][number];

const WIDTH = 960;
const HEIGHT = 440;
/** Features without an ISO numeric id in world-atlas that are economies in their own right. */
const BY_NAME: Record<string, string> = { Kosovo: 'XKX' };
/** Antarctica is left out: it has no economy data and would take a fifth of the frame. */
const LEFT_OUT = new Set(['010']);

export interface CountryStyle {
  colour: string | null;
  /** Accessible name, e.g. "Germany: 4.53 trn US$ (2023)". */
  label: string;
  tooltip: TooltipContent;
}

interface CountryShape {
  iso3: string;
  anchor: SVGAElement | null;
  path: SVGPathElement;
  d: string;
}

export class ChoroplethMap {
  readonly element: HTMLElement;
  private readonly shapes: CountryShape[] = [];
  private readonly outlines: SVGGElement;
  private readonly pointerRing: SVGPathElement;
  private readonly tooltip: MapTooltip;
  private styles = new Map<string, CountryStyle>();

  constructor(topology: Topology, economies: readonly Economy[], label: string) {
    const byNumeric = new Map(economies.filter((e) => e.isoNumeric).map((e) => [e.isoNumeric!, e]));
    const byIso3 = new Map(economies.map((e) => [e.iso3, e]));
    const countries = feature(
      topology,
      topology.objects.countries as GeometryCollection,
    ) as FeatureCollection<Geometry, { name: string }>;
    const drawn = countries.features.filter((f) => !LEFT_OUT.has(String(f.id)));
    const projection = geoEqualEarth().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      { type: 'FeatureCollection', features: drawn },
    );
    const path = geoPath(projection);

    const svg = s('svg', {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      class: 'map-svg',
      role: 'group',
      'aria-label': label,
    });
    svg.append(
      s(
        'defs',
        {},
        s(
          'pattern',
          {
            id: 'no-data-hatch',
            patternUnits: 'userSpaceOnUse',
            width: 5,
            height: 5,
            patternTransform: 'rotate(45)',
          },
          s('rect', { width: 5, height: 5, fill: 'var(--color-map-no-data)' }),
          s('line', {
            x1: 0,
            y1: 0,
            x2: 0,
            y2: 5,
            stroke: 'var(--color-map-hatch)',
            'stroke-width': 1.4,
          }),
        ),
      ),
      s('path', { class: 'graticule', d: path(geoGraticule10()) ?? '', 'aria-hidden': 'true' }),
    );
    const countriesLayer = s('g', { class: 'countries' });
    const economyOf = (f: Feature<Geometry, { name: string }>): Economy | undefined =>
      f.id !== undefined
        ? byNumeric.get(String(f.id))
        : byIso3.get(BY_NAME[f.properties.name] ?? '');
    // Alphabetical document order gives keyboard users a predictable tab order through the map.
    const ordered = [...drawn].sort((a, b) =>
      (economyOf(a)?.name ?? a.properties.name).localeCompare(
        economyOf(b)?.name ?? b.properties.name,
      ),
    );
    for (const f of ordered) {
      const economy = economyOf(f);
      const d = path(f) ?? '';
      const shape = s('path', {
        d,
        class: 'country',
        'data-iso3': economy?.iso3 ?? '',
        'data-has-value': 'false',
        fill: 'url(#no-data-hatch)',
      });
      if (!economy) {
        // Drawn for geography, not data: an area the economy list does not hold separately.
        shape.setAttribute('aria-hidden', 'true');
        shape.classList.add('unmatched');
        shape.append(s('title', {}, `${f.properties.name} (no separate data)`));
        countriesLayer.append(shape);
        continue;
      }
      const anchor = s(
        'a',
        { href: `#/economies/${economy.iso3}`, class: 'country-link', 'aria-label': economy.name },
        shape,
      );
      countriesLayer.append(anchor);
      this.shapes.push({ iso3: economy.iso3, anchor, path: shape, d });
    }
    this.outlines = s('g', { class: 'group-outlines', 'aria-hidden': 'true' });
    // Drawn on top of every country, so the hovered or focused one is outlined in full.
    this.pointerRing = s('path', { class: 'pointer-ring', 'aria-hidden': 'true', d: '' });
    svg.append(countriesLayer, this.outlines, this.pointerRing);

    this.element = h('div', { class: 'map-frame' }, svg);
    this.tooltip = new MapTooltip(this.element);
    this.wireTooltip(countriesLayer, this.element);
  }

  /** ISO3 codes of the economies drawn on the map. */
  drawnCodes(): Set<string> {
    return new Set(this.shapes.map((x) => x.iso3));
  }

  /** Colours every country; codes without a style get the "no data" hatch. */
  paint(styles: Map<string, CountryStyle>): void {
    this.styles = styles;
    for (const { iso3, anchor, path } of this.shapes) {
      const style = styles.get(iso3);
      path.setAttribute('fill', style?.colour ?? 'url(#no-data-hatch)');
      path.setAttribute('data-has-value', style?.colour ? 'true' : 'false');
      if (anchor && style) anchor.setAttribute('aria-label', style.label);
    }
    this.tooltip.hide();
    this.pointerRing.setAttribute('d', '');
  }

  /** Outlines the given economies strongly; an empty set clears the outlines. */
  highlight(members: ReadonlySet<string>): void {
    this.outlines.replaceChildren();
    for (const shape of this.shapes) {
      const on = members.has(shape.iso3);
      shape.path.toggleAttribute('data-member', on);
      if (on) this.outlines.append(s('path', { d: shape.d, class: 'group-outline' }));
    }
  }

  private wireTooltip(layer: SVGGElement, frame: HTMLElement): void {
    const shapeOf = (target: EventTarget | null): CountryShape | undefined => {
      const iso3 =
        target instanceof Element
          ? target.closest('a')?.querySelector('path')?.dataset.iso3
          : undefined;
      return iso3 ? this.shapes.find((x) => x.iso3 === iso3) : undefined;
    };
    const clear = (): void => {
      this.tooltip.hide();
      this.pointerRing.setAttribute('d', '');
    };
    const show = (shape: CountryShape | undefined, x: number, y: number): void => {
      const content = shape ? this.styles.get(shape.iso3)?.tooltip : undefined;
      if (!shape || !content) return clear();
      this.pointerRing.setAttribute('d', shape.d);
      this.tooltip.show(content, x, y);
    };
    layer.addEventListener('mousemove', (e) => show(shapeOf(e.target), e.clientX, e.clientY));
    layer.addEventListener('mouseleave', clear);
    // Focus listeners go on the HTML frame: Chromium makes any SVG element with a focus listener
    // a tab stop of its own.
    frame.addEventListener('focusin', (e) => {
      if (!(e.target instanceof Element)) return;
      const box = e.target.getBoundingClientRect();
      show(shapeOf(e.target), box.left + box.width / 2, box.top + box.height / 2);
    });
    frame.addEventListener('focusout', clear);
  }
}
