// An Observable Plot chart drawn into the page at the width of its box, redrawn when the data
// (or the box's width) changes; drawn when near the viewport (drawWhenSeen).
import { useEffect, useRef, useState } from 'react';
import { drawWhenSeen } from '../../ui/draw-when-seen.ts';

export function PlotChart({
  draw,
  className = 'chart chart-wide',
}: {
  /** Makes the chart for a width in pixels. */
  draw: (width: number) => Element;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(300, Math.min(900, el.clientWidth || 600)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el || width === 0) return;
    return drawWhenSeen(el, () => el.replaceChildren(draw(width)));
  }, [draw, width]);
  return <div ref={box} className={className} />;
}
