// The members' collaboration network drawn with d3-force into SVG: a node per member sized by its
// centrality, an edge per pair with co-authored works, its width by works; pairs whose
// collaboration index is below expected (under-connected) are drawn dashed in the caution colour.
// The layout is computed once per answer (a fixed number of ticks, no animation).
import {
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useNumbers } from './labels.ts';
import type { NetworkLink, NetworkMember } from './queries.ts';
import './research.css';

interface Node extends SimulationNodeDatum {
  iso3: string;
  r: number;
}
interface Edge extends SimulationLinkDatum<Node> {
  link: NetworkLink;
  under: boolean;
}

const WIDTH = 760;
const HEIGHT = 520;

export function NetworkGraph({
  members,
  links,
  underConnected,
  nameOf,
}: {
  members: readonly NetworkMember[];
  links: readonly NetworkLink[];
  underConnected: readonly NetworkLink[];
  nameOf: (iso3: string) => string;
}) {
  const t = useT();
  const n = useNumbers();
  const layout = useMemo(() => {
    const maxC = Math.max(...members.map((m) => m.centrality ?? 0), 1e-9);
    const nodes: Node[] = members.map((m) => ({
      iso3: m.iso3,
      r: 8 + 22 * Math.sqrt((m.centrality ?? 0) / maxC),
    }));
    const byIso = new Map(nodes.map((x) => [x.iso3, x]));
    const under = new Set(underConnected.map((l) => [l.a, l.b].sort().join(':')));
    const maxW = Math.max(...links.map((l) => l.works), 1);
    const edges: Edge[] = links
      .filter((l) => byIso.has(l.a) && byIso.has(l.b))
      .map((l) => ({
        source: byIso.get(l.a)!,
        target: byIso.get(l.b)!,
        link: l,
        under: under.has([l.a, l.b].sort().join(':')),
      }));
    const sim = forceSimulation(nodes)
      .force(
        'link',
        forceLink<Node, Edge>(edges)
          .distance(230)
          .strength((e) => 0.1 + 0.5 * (e.link.works / maxW)),
      )
      .force('charge', forceManyBody().strength(-500))
      .force('center', forceCenter(WIDTH / 2, HEIGHT / 2))
      .force(
        'collide',
        forceCollide<Node>((d) => d.r + 24),
      )
      .stop();
    sim.tick(300);
    const clamp = (v: number, r: number, max: number) =>
      Math.max(r + 40, Math.min(max - r - 40, v));
    for (const x of nodes) {
      x.x = clamp(x.x ?? 0, x.r, WIDTH);
      x.y = clamp(x.y ?? 0, x.r, HEIGHT);
    }
    return { nodes, edges, maxW };
  }, [members, links, underConnected]);
  return (
    <>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('research.network.aria', { count: members.length })}
        className="research-network-svg"
      >
        <g>
          {layout.edges.map((e) => {
            const s = e.source as Node;
            const d = e.target as Node;
            return (
              <line
                key={`${s.iso3}:${d.iso3}`}
                x1={s.x}
                y1={s.y}
                x2={d.x}
                y2={d.y}
                className={e.under ? 'research-edge research-edge-under' : 'research-edge'}
                strokeWidth={1 + 9 * Math.sqrt(e.link.works / layout.maxW)}
                data-pair={`${s.iso3}-${d.iso3}`}
              >
                <title>
                  {t('research.network.edge', {
                    a: nameOf(s.iso3),
                    b: nameOf(d.iso3),
                    works: n.count(e.link.works),
                    index: n.ratio(e.link.index),
                  })}
                </title>
              </line>
            );
          })}
        </g>
        <g>
          {layout.nodes.map((x) => (
            <g key={x.iso3} transform={`translate(${x.x}, ${x.y})`} data-economy={x.iso3}>
              <circle r={x.r} className="research-node" />
              <text y={x.r + 14} textAnchor="middle" className="research-node-label">
                {nameOf(x.iso3)}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <ul className="research-legend">
        <li>
          <span className="research-line" />
          {t('research.network.legendLink')}
        </li>
        <li>
          <span className="research-line research-line-under" />
          {t('research.network.legendUnder')}
        </li>
        <li>
          <span className="research-dot" />
          {t('research.network.legendNode')}
        </li>
      </ul>
    </>
  );
}
