// The chain graph's SVG: shapes as cytoscape draws them, labels wrapped like its wrap, arrows at
// the edge's end, text escaped, and a standalone document with the graph's extent.
import { describe, expect, it } from 'vitest';
import { chainSvg, shapePath, wrapLabel, type SceneNode } from './chain-svg.ts';

const width = (s: string): number => s.length * 10;

const node = (over: Partial<SceneNode> = {}): SceneNode => ({
  x: 100,
  y: 50,
  w: 80,
  h: 40,
  shape: 'round-rectangle',
  fill: 'var(--fill)',
  fillOpacity: 1,
  stroke: 'var(--line)',
  strokeWidth: 1,
  strokeOpacity: 0.6,
  dashed: false,
  lines: ['Gallium', 'CHN 99.0%'],
  fontSize: 10,
  fontWeight: 'normal',
  ink: 'var(--ink)',
  lineHeight: 1.2,
  underlay: null,
  ...over,
});

describe('wrapLabel', () => {
  it('breaks at spaces within the width and keeps the label’s own line breaks', () => {
    expect(wrapLabel('Rare earth elements\nCHN 69.0%', 120, width)).toEqual([
      'Rare earth',
      'elements',
      'CHN 69.0%',
    ]);
  });
  it('keeps a word wider than the line whole', () => {
    expect(wrapLabel('Photolithography tools', 50, width)).toEqual(['Photolithography', 'tools']);
  });
});

describe('shapePath', () => {
  it('draws a rectangle on its corners', () => {
    expect(shapePath('rectangle', 10, 10, 20, 10)).toBe('M0,5L20,5L20,15L0,15Z');
  });
  it('rounds a round rectangle by at most 8', () => {
    const d = shapePath('round-rectangle', 0, 0, 100, 100);
    expect(d).toContain('Q-50,-50 -42,-50');
  });
  it('draws hexagons and octagons with their six and eight corners inside the box', () => {
    for (const [shape, corners] of [
      ['round-hexagon', 6],
      ['round-octagon', 8],
    ] as const) {
      const d = shapePath(shape, 0, 0, 100, 60);
      expect(d.match(/Q/g)).toHaveLength(corners);
      const xs = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
      const ys = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[2]));
      expect(Math.max(...xs.map(Math.abs))).toBeLessThanOrEqual(50);
      expect(Math.max(...ys.map(Math.abs))).toBeLessThanOrEqual(30);
    }
  });
  it('cuts the corners of a cut rectangle by 8', () => {
    expect(shapePath('cut-rectangle', 0, 0, 40, 20)).toBe(
      'M-12,-10L12,-10L20,-2L20,2L12,10L-12,10L-20,2L-20,-2Z',
    );
  });
});

describe('chainSvg', () => {
  const svg = chainSvg({
    box: { x: -16, y: -16, width: 232, height: 132 },
    fontFamily: 'system-ui',
    title: 'Graph of <Critical minerals>',
    layers: [
      { kind: 'node', node: node({ shape: 'rectangle', lines: [''], strokeWidth: 0 }) },
      {
        kind: 'edge',
        edge: {
          points: [
            { x: 0, y: 0 },
            { x: 50, y: 0 },
            { x: 50, y: 40 },
          ],
          colour: 'var(--edge)',
          width: 1.3,
          arrow: 7,
        },
      },
      {
        kind: 'node',
        node: node({
          dashed: true,
          lines: ['R&D', 'x'],
          underlay: { colour: 'var(--accent)', padding: 7, opacity: 0.45 },
        }),
      },
    ],
  });

  it('is a standalone document with the graph’s extent and an escaped title', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="232" height="132" viewBox="-16 -16 232 132"/,
    );
    expect(svg).toContain('<title>Graph of &lt;Critical minerals&gt;</title>');
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('ends an edge at its arrow’s base and points the arrow at the last point', () => {
    expect(svg).toContain('<path d="M0,0L50,0L50,33" fill="none" stroke="var(--edge)"');
    expect(svg).toContain('<polygon points="50,40 46.5,33 53.5,33" fill="var(--edge)"/>');
  });

  it('draws a node’s lines centred on it, its dashed outline and its highlight behind it', () => {
    expect(svg).toContain('<tspan x="100" y="44">R&amp;D</tspan><tspan x="100" y="56">x</tspan>');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg.indexOf('fill="var(--accent)" fill-opacity="0.45"')).toBeLessThan(
      svg.indexOf('R&amp;D'),
    );
    // A node without a label draws no text; one without an outline no stroke.
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toMatch(
      /<path d="M60,30L140,30L140,70L60,70Z" fill="var\(--fill\)" fill-opacity="1"\/>/,
    );
  });
});
