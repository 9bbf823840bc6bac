// The world map in React: choropleth-map.ts draws it with d3-geo once per atlas and economy list;
// this component places that drawing, repaints it when the colours change, outlines a grouping,
// and frames it for SVG and PNG download.
import { useEffect, useRef } from 'react';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import './facts-charts.css';
import type { ChoroplethMap, CountryStyle } from '../choropleth-map.ts';

export function WorldMap({
  map,
  styles,
  members,
  busy,
  title,
  description,
  fileName,
}: {
  map: ChoroplethMap;
  styles: ReadonlyMap<string, CountryStyle> | null;
  members: ReadonlySet<string>;
  busy: boolean;
  title: string;
  description: string;
  fileName: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.replaceChildren(map.element);
    return () => el.replaceChildren();
  }, [map]);
  useEffect(() => {
    if (styles) map.paint(new Map(styles));
  }, [map, styles]);
  useEffect(() => map.highlight(members), [map, members]);
  useEffect(() => {
    if (busy) map.element.setAttribute('aria-busy', 'true');
    else map.element.removeAttribute('aria-busy');
  }, [map, busy]);
  return (
    <ChartFrame title={title} description={description} fileName={fileName} className="map-chart">
      <div ref={box} />
    </ChartFrame>
  );
}
