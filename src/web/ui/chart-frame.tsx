// A chart's frame: its title, what it shows, the chart, its sources, and downloads of the drawn
// SVG as SVG or PNG (at twice the size, on the page's background) — the one way charts are
// presented and saved.
import { useRef, type ReactNode } from 'react';
import { downloadText } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import './chart-frame.css';

/** The SVG markup of the first svg in `root`, with its computed size, standalone. */
function svgMarkup(root: HTMLElement): { markup: string; width: number; height: number } | null {
  const svg = root.querySelector('svg');
  if (!svg) return null;
  const box = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  // Colours set through CSS custom properties must travel with the file.
  copy.setAttribute(
    'style',
    `${copy.getAttribute('style') ?? ''};color:${getComputedStyle(svg).color}`,
  );
  return {
    markup: new XMLSerializer().serializeToString(copy),
    width: box.width,
    height: box.height,
  };
}

export function downloadSvg(root: HTMLElement, name: string): void {
  const svg = svgMarkup(root);
  if (svg) downloadText(`${name}.svg`, svg.markup, 'image/svg+xml');
}

export async function downloadPng(root: HTMLElement, name: string): Promise<void> {
  const svg = svgMarkup(root);
  if (!svg) return;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * 2);
    canvas.height = Math.round(svg.height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${name}.png`;
    link.click();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function ChartFrame({
  title,
  description,
  fileName,
  sources,
  children,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  /** The downloads' file name without extension. */
  fileName: string;
  sources?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const t = useT();
  const chart = useRef<HTMLDivElement>(null);
  return (
    <figure className={['chart-frame', className ?? ''].join(' ').trim()}>
      <figcaption>
        <span className="chart-title">{title}</span>
        {description && <span className="chart-description">{description}</span>}
      </figcaption>
      <div ref={chart} className="chart-body">
        {children}
      </div>
      <div className="chart-tools">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => chart.current && downloadSvg(chart.current, fileName)}
        >
          {t('chart.svg')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => chart.current && void downloadPng(chart.current, fileName)}
        >
          {t('chart.png')}
        </button>
      </div>
      {sources && <div className="chart-sources">{sources}</div>}
    </figure>
  );
}
