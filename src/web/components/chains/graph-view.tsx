// The cytoscape graph inside React: ChainGraph stays imperative (it paints on a canvas), held by
// a ref; it is drawn once the first colours are known, then recoloured and its selection moved. It
// gives the ChartFrame around it its picture (PNG and SVG), since a canvas is no SVG to save.
import { useEffect, useMemo, useRef } from 'react';
import { useChartImage, type ChartImage } from '../../ui/chart-frame.tsx';
import type { Chain } from '../chain-model.ts';
import { ChainGraph } from '../chain-graph.ts';
import type { ChainLayout } from '../chain-layout.ts';
import type { ItemPaint } from '../chain-paint.ts';
import './chains.css';

export function GraphView({
  chain,
  layout,
  label,
  height,
  paints,
  selected,
  onSelect,
}: {
  chain: Chain;
  layout: ChainLayout;
  /** The canvas's accessible name. */
  label: string;
  /** The graph's height in px for a grid (lanes size themselves), or null. */
  height: number | null;
  paints: ReadonlyMap<string, ItemPaint> | null;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const graph = useRef<ChainGraph | null>(null);
  const drawn = useRef<ChainGraph | null>(null);
  const select = useRef(onSelect);
  /** Set while a choice made in the graph comes back as `selected`: no need to pan to it. */
  const fromGraph = useRef(false);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);
  const image = useMemo<ChartImage>(
    () => ({
      svg: () => graph.current?.svg() ?? null,
      png: async (background) => (graph.current ? graph.current.png(background) : null),
    }),
    [],
  );
  useChartImage(image);

  useEffect(() => {
    const box = host.current;
    if (!box) return;
    const g = new ChainGraph(chain, layout, {
      label,
      onSelect: (id) => {
        fromGraph.current = true;
        select.current(id);
      },
    });
    if (height !== null) g.element.style.setProperty('--graph-height', `${height}px`);
    box.replaceChildren(g.element);
    graph.current = g;
    return () => {
      g.destroy();
      graph.current = null;
      drawn.current = null;
      box.replaceChildren();
    };
  }, [chain, layout, label, height]);

  useEffect(() => {
    const g = graph.current;
    if (!g || !paints) return;
    if (drawn.current === g) g.paint(paints);
    else {
      g.mount(paints);
      drawn.current = g;
    }
  }, [paints, chain, layout, label, height]);

  useEffect(() => {
    graph.current?.select(selected, !fromGraph.current);
    fromGraph.current = false;
  }, [selected, paints]);

  return <div ref={host} className="graph-host" />;
}
