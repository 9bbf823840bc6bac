// A small world map of one coalition (d3-geo, world-atlas): members, partners and the member
// states counted through the EU in their own colours, a tooltip on hover, and, in the builder, a
// click on a country to toggle it as a member. The participant list next to it is the keyboard and
// screen-reader way to the same facts, so the countries themselves are not tab stops.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Economy, Participant } from './coalitions/coalition-data.ts';
import { h, s } from '../element.ts';
import { MapTooltip } from './map-tooltip.ts';
import './map.css';
import './coalitions/coalitions.css';

const WIDTH = 960;
const HEIGHT = 440;
/** Antarctica is left out, as on the world map. */
const LEFT_OUT = new Set(['010']);
const BY_NAME: Record<string, string> = { Kosovo: 'XKX' };

/** How a country takes part: in its own right, or as a member state of a member (the EU). */
export type MapRole = 'member' | 'partner' | 'via-member';

export const ROLE_COLOURS: Record<MapRole | 'none', string> = {
  member: 'var(--color-map-member)',
  partner: 'var(--color-map-partner)',
  'via-member': 'var(--color-map-via-member)',
  none: 'var(--color-map-none)',
};

export interface MapMark {
  role: MapRole;
  /** Tooltip line, e.g. "member via the European Union". */
  note: string;
}

interface Shape {
  iso3: string;
  name: string;
  path: SVGPathElement;
}

export interface CoalitionMapOptions {
  /** Called with the ISO3 of a clicked country; makes the map a picker. */
  onToggle?: (iso3: string) => void;
}

export class CoalitionMap {
  readonly element: HTMLElement;
  private readonly shapes: Shape[] = [];
  private readonly svg: SVGSVGElement;
  private readonly tooltip: MapTooltip;
  private marks = new Map<string, MapMark>();

  constructor(
    topology: Topology,
    economies: readonly Economy[],
    options: CoalitionMapOptions = {},
  ) {
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
    const economyOf = (f: Feature<Geometry, { name: string }>): Economy | undefined =>
      f.id !== undefined
        ? byNumeric.get(String(f.id))
        : byIso3.get(BY_NAME[f.properties.name] ?? '');
    this.svg = s('svg', {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      class: `map-svg coalition-map-svg${options.onToggle ? ' is-picker' : ''}`,
      role: 'img',
    });
    this.svg.append(
      s('path', { class: 'graticule', d: path(geoGraticule10()) ?? '', 'aria-hidden': 'true' }),
    );
    const layer = s('g', { 'aria-hidden': 'true' });
    for (const f of drawn) {
      const economy = economyOf(f);
      const shape = s('path', {
        d: path(f) ?? '',
        class: economy ? 'coalition-country' : 'coalition-country unmatched',
        fill: ROLE_COLOURS.none,
        'data-iso3': economy?.iso3 ?? '',
      });
      layer.append(shape);
      if (economy) this.shapes.push({ iso3: economy.iso3, name: economy.name, path: shape });
    }
    this.svg.append(layer);
    this.element = h('div', { class: 'map-frame coalition-map' }, this.svg);
    this.tooltip = new MapTooltip(this.element);
    this.wire(layer, options.onToggle);
  }

  /** ISO3 codes of the economies drawn on the map (small islands are not, at 1:110m). */
  drawnCodes(): Set<string> {
    return new Set(this.shapes.map((x) => x.iso3));
  }

  /** Colours the countries by their role; `summary` is the map's accessible name. */
  paint(marks: ReadonlyMap<string, MapMark>, summary: string): void {
    this.marks = new Map(marks);
    for (const { iso3, path } of this.shapes) {
      const mark = marks.get(iso3);
      path.setAttribute('fill', ROLE_COLOURS[mark?.role ?? 'none']);
      if (mark) path.setAttribute('data-role', mark.role);
      else path.removeAttribute('data-role');
    }
    this.svg.setAttribute('aria-label', summary);
    this.tooltip.hide();
  }

  private wire(layer: SVGGElement, onToggle: ((iso3: string) => void) | undefined): void {
    const shapeOf = (target: EventTarget | null): Shape | undefined => {
      const iso3 = target instanceof SVGPathElement ? target.dataset.iso3 : undefined;
      return iso3 ? this.shapes.find((x) => x.iso3 === iso3) : undefined;
    };
    layer.addEventListener('mousemove', (e) => {
      const shape = shapeOf(e.target);
      if (!shape) return this.tooltip.hide();
      const mark = this.marks.get(shape.iso3);
      const lines = [mark ? mark.note : 'not in the coalition'];
      if (onToggle)
        lines.push(
          mark?.role === 'member' || mark?.role === 'partner'
            ? 'Click to remove'
            : 'Click to add as a member',
        );
      this.tooltip.show({ title: shape.name, lines }, e.clientX, e.clientY);
    });
    layer.addEventListener('mouseleave', () => this.tooltip.hide());
    if (onToggle)
      layer.addEventListener('click', (e) => {
        const shape = shapeOf(e.target);
        if (shape) onToggle(shape.iso3);
      });
  }
}

/** The map's key: one swatch per role shown. */
export function coalitionMapKey(roles: readonly MapRole[]): HTMLElement {
  const labels: Record<MapRole, string> = {
    member: 'Member',
    partner: 'Partner',
    'via-member': 'Counted through the EU',
  };
  return h(
    'ul',
    { class: 'map-key', 'aria-label': 'Map key' },
    roles.map((r) =>
      h(
        'li',
        {},
        h('span', {
          class: 'swatch',
          style: `background:${ROLE_COLOURS[r]}`,
          'aria-hidden': 'true',
        }),
        labels[r],
      ),
    ),
  );
}

/**
 * Map marks of a coalition's participants: members and partners in their own right, and the
 * member states of a supranational member (`memberStates`: EU → its economies) as counted through it.
 */
export function participantMarks(
  participants: readonly Pick<Participant, 'code' | 'name' | 'kind' | 'tier'>[],
  memberStates: ReadonlyMap<string, readonly string[]>,
): Map<string, MapMark> {
  const marks = new Map<string, MapMark>();
  for (const p of participants) {
    if (p.kind === 'supranational' && p.tier === 'member')
      for (const iso3 of memberStates.get(p.code) ?? [])
        marks.set(iso3, { role: 'via-member', note: `member through the ${p.name}` });
  }
  for (const p of participants) {
    if (p.kind !== 'economy' || (p.tier !== 'member' && p.tier !== 'partner')) continue;
    const through = marks.get(p.code);
    marks.set(p.code, {
      role: p.tier,
      note: through && p.tier === 'partner' ? `partner; also ${through.note}` : p.tier,
    });
  }
  return marks;
}
