// One indicator's series as a line chart (series-chart.ts draws it with Observable Plot), sized to
// its box, in a ChartFrame for SVG and PNG download; drawn when near the viewport (drawWhenSeen).
import { useEffect, useRef, type ReactNode } from 'react';
import type { ResponseOf } from '../../api/client.ts';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { drawWhenSeen } from '../../ui/draw-when-seen.ts';
import './facts-charts.css';
import { seriesChart } from '../series-chart.ts';

type Series = ResponseOf<'/api/v1/economies/{iso3}'>['series'][number];

export function SeriesChart({
  series,
  title,
  fileName,
  sources,
}: {
  series: Series;
  title: string;
  fileName: string;
  sources: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const cancel = drawWhenSeen(el, () => {
      const width = Math.max(260, Math.min(620, el.clientWidth || 360));
      el.replaceChildren(seriesChart(series.indicator, series.points, width));
    });
    return () => {
      cancel();
      el.replaceChildren();
    };
  }, [series]);
  return (
    <ChartFrame title={title} fileName={fileName} sources={sources} className="series-frame">
      <div className="chart" ref={box} />
    </ChartFrame>
  );
}
