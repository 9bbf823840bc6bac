// A chart drawn by a function that returns an element (Observable Plot), placed in React at the
// width of its box and drawn again when its input changes; drawn when near the viewport
// (drawWhenSeen).
import { useEffect, useRef } from 'react';
import { drawWhenSeen } from '../../ui/draw-when-seen.ts';

export function PlotBox({
  draw,
  className,
  chart,
}: {
  /** Draws the chart at `width` px. */
  draw: (width: number) => Element;
  className?: string;
  /** data-chart attribute (what the chart shows). */
  chart?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const cancel = drawWhenSeen(el, () => el.replaceChildren(draw(el.clientWidth)));
    return () => {
      cancel();
      el.replaceChildren();
    };
  }, [draw]);
  return <div ref={box} className={className} data-chart={chart} />;
}
