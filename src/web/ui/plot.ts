// Observable Plot names each mark's group ("bar", "rule", "line") with aria-label on a plain g,
// which ARIA does not allow there (axe: aria-prohibited-attr). The chart's own label and
// description, on its svg or figure, stay: they are what a screen reader should read.
export function withoutMarkLabels<T extends Element>(chart: T): T {
  for (const g of chart.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  return chart;
}
