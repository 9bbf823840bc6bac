// The supply-chain graph as a standalone SVG: cytoscape paints on a canvas, so the graph's download
// redraws what it shows — lanes, stage headers, variant boxes, inputs in their shape, colour and
// outline with their wrapped labels, and the flow's arrows — from the node positions and edge
// routes cytoscape computed (chain-graph.ts reads them into a `ChainScene`).

export interface Point {
  x: number;
  y: number;
}

/** One node as drawn: centred on (x, y), `w` × `h`, in model coordinates. */
export interface SceneNode extends Point {
  w: number;
  h: number;
  /** A cytoscape node shape (rectangle, round-rectangle, cut-rectangle, round-hexagon, …). */
  shape: string;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeOpacity: number;
  dashed: boolean;
  /** The label's lines, already wrapped. */
  lines: readonly string[];
  fontSize: number;
  fontWeight: string;
  ink: string;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** The highlight behind a selected node. */
  underlay: { colour: string; padding: number; opacity: number } | null;
}

/** One edge as drawn: its route (the last point is the arrow's tip) and its triangle arrow. */
export interface SceneEdge {
  points: readonly Point[];
  colour: string;
  width: number;
  /** The arrow's length; its base is as wide. */
  arrow: number;
}

export interface ChainScene {
  /** The drawing's extent in model coordinates. */
  box: { x: number; y: number; width: number; height: number };
  fontFamily: string;
  title: string;
  /** Nodes and edges in drawing order (lowest first). */
  layers: readonly ({ kind: 'node'; node: SceneNode } | { kind: 'edge'; edge: SceneEdge })[];
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]!};`,
  );

/** A regular polygon of `sides` stretched to the square [-1, 1]², as cytoscape draws it. */
function unitPolygon(sides: number): Point[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  const raw = Array.from({ length: sides }, (_, i) => ({
    x: Math.cos(start + i * step),
    y: Math.sin(-(start + i * step)),
  }));
  const xs = raw.map((p) => p.x);
  const ys = raw.map((p) => p.y);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = raw.map((p) => ({ x: p.x * sx, y: p.y * sy }));
  const minY = Math.min(...scaled.map((p) => p.y));
  return minY < -1 ? scaled.map((p) => ({ x: p.x, y: p.y + (-1 - minY) })) : scaled;
}

/** A closed path through `points` with corners rounded by `radius` (0: sharp). */
function polygonPath(points: readonly Point[], radius: number): string {
  if (radius <= 0) return `M${points.map((p) => `${num(p.x)},${num(p.y)}`).join('L')}Z`;
  const n = points.length;
  const toward = (from: Point, to: Point, r: number): Point => {
    const d = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    const k = Math.min(r, d / 2) / d;
    return { x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k };
  };
  const corners = points.map((p, i) => ({
    p,
    a: toward(p, points[(i - 1 + n) % n]!, radius),
    b: toward(p, points[(i + 1) % n]!, radius),
  }));
  const first = corners[0]!;
  let d = `M${num(first.a.x)},${num(first.a.y)}`;
  for (const c of corners)
    d += `L${num(c.a.x)},${num(c.a.y)}Q${num(c.p.x)},${num(c.p.y)} ${num(c.b.x)},${num(c.b.y)}`;
  return `${d}Z`;
}

/** The outline of a node shape centred on (x, y), as an SVG path. */
export function shapePath(shape: string, x: number, y: number, w: number, h: number): string {
  const [x1, y1, x2, y2] = [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
  const corners = [
    { x: x1, y: y1 },
    { x: x2, y: y1 },
    { x: x2, y: y2 },
    { x: x1, y: y2 },
  ];
  switch (shape) {
    case 'rectangle':
      return polygonPath(corners, 0);
    case 'round-rectangle':
      return polygonPath(corners, Math.min(w / 4, h / 4, 8));
    case 'cut-rectangle': {
      const c = Math.min(8, w / 2, h / 2);
      return polygonPath(
        [
          { x: x1 + c, y: y1 },
          { x: x2 - c, y: y1 },
          { x: x2, y: y1 + c },
          { x: x2, y: y2 - c },
          { x: x2 - c, y: y2 },
          { x: x1 + c, y: y2 },
          { x: x1, y: y2 - c },
          { x: x1, y: y1 + c },
        ],
        0,
      );
    }
    case 'hexagon':
    case 'round-hexagon':
    case 'octagon':
    case 'round-octagon': {
      const sides = shape.endsWith('hexagon') ? 6 : 8;
      const points = unitPolygon(sides).map((p) => ({
        x: x + (p.x * w) / 2,
        y: y + (p.y * h) / 2,
      }));
      return polygonPath(points, shape.startsWith('round-') ? Math.min(w / 10, h / 10, 8) : 0);
    }
    default: {
      // An ellipse.
      const [rx, ry] = [num(w / 2), num(h / 2)];
      return `M${num(x1)},${num(y)}A${rx},${ry} 0 1 0 ${num(x2)},${num(y)}A${rx},${ry} 0 1 0 ${num(x1)},${num(y)}Z`;
    }
  }
}

/**
 * `text` in lines no wider than `maxWidth` (as `measure` says), breaking at spaces and keeping its
 * own line breaks; a word wider than the line stays whole, as cytoscape's wrap does.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && measure(next) > maxWidth) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

function nodeSvg(n: SceneNode): string {
  const parts: string[] = [];
  if (n.underlay) {
    const pad = n.underlay.padding;
    parts.push(
      `<path d="${shapePath(n.shape, n.x, n.y, n.w + 2 * pad, n.h + 2 * pad)}" fill="${escapeXml(n.underlay.colour)}" fill-opacity="${num(n.underlay.opacity)}"/>`,
    );
  }
  const stroke =
    n.strokeWidth > 0
      ? ` stroke="${escapeXml(n.stroke)}" stroke-width="${num(n.strokeWidth)}" stroke-opacity="${num(n.strokeOpacity)}"${n.dashed ? ' stroke-dasharray="6 4"' : ''}`
      : '';
  parts.push(
    `<path d="${shapePath(n.shape, n.x, n.y, n.w, n.h)}" fill="${escapeXml(n.fill)}" fill-opacity="${num(n.fillOpacity)}"${stroke}/>`,
  );
  const lines = n.lines;
  if (lines.some((l) => l !== '')) {
    const step = n.fontSize * n.lineHeight;
    const top = n.y - ((lines.length - 1) * step) / 2;
    const spans = lines
      .map((l, i) => `<tspan x="${num(n.x)}" y="${num(top + i * step)}">${escapeXml(l)}</tspan>`)
      .join('');
    parts.push(
      `<text text-anchor="middle" dominant-baseline="central" font-size="${num(n.fontSize)}" font-weight="${escapeXml(n.fontWeight)}" fill="${escapeXml(n.ink)}">${spans}</text>`,
    );
  }
  return parts.join('');
}

function edgeSvg(e: SceneEdge): string {
  const points = e.points;
  if (points.length < 2) return '';
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2]!;
  const d = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [ux, uy] = [(tip.x - from.x) / d, (tip.y - from.y) / d];
  const length = Math.min(e.arrow, d);
  const base = { x: tip.x - ux * length, y: tip.y - uy * length };
  const half = e.arrow / 2;
  const line = [...points.slice(0, -1), base]
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`)
    .join('');
  const colour = escapeXml(e.colour);
  const arrow = [
    tip,
    { x: base.x - uy * half, y: base.y + ux * half },
    { x: base.x + uy * half, y: base.y - ux * half },
  ]
    .map((p) => `${num(p.x)},${num(p.y)}`)
    .join(' ');
  return `<path d="${line}" fill="none" stroke="${colour}" stroke-width="${num(e.width)}"/><polygon points="${arrow}" fill="${colour}"/>`;
}

/** The scene as a standalone SVG document, one unit per model pixel. */
export function chainSvg(scene: ChainScene): string {
  const { x, y, width, height } = scene.box;
  const body = scene.layers
    .map((l) => (l.kind === 'node' ? nodeSvg(l.node) : edgeSvg(l.edge)))
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}" font-family="${escapeXml(scene.fontFamily)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    body,
    '</svg>',
  ].join('\n');
}
