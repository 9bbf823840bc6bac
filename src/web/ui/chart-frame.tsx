// A chart's frame: its title, what it shows, the chart, its sources, and downloads of the chart as
// SVG or PNG (at twice the size, on the page's background) — the one way charts are presented and
// saved. An SVG chart is saved as drawn; a chart drawn on a canvas (the cytoscape graph) gives the
// frame its picture through `useChartImage`.
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import { downloadText } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import './chart-frame.css';

/** A standalone SVG document and its size in px. */
export interface SvgPicture {
  markup: string;
  width: number;
  height: number;
}

/** A chart's picture as the frame saves it. */
export interface ChartImage {
  /** The chart as a standalone SVG. */
  svg(): SvgPicture | null;
  /** The chart as a PNG on `background` (default: the SVG drawn on a canvas at twice its size). */
  png?(background: string): Promise<Blob | null>;
}

/** The SVG markup of the first svg in `root`, with its computed size, standalone. */
function svgMarkup(root: HTMLElement): SvgPicture | null {
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

/** The picture of the SVG drawn in `root` (the first svg in it). */
export const drawnSvg = (root: HTMLElement): ChartImage => ({ svg: () => svgMarkup(root) });

/** `svg` drawn on a canvas at twice its size, on `background`, as a PNG. */
async function rasterise(svg: SvgPicture, background: string): Promise<Blob | null> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * 2);
    canvas.height = Math.round(svg.height * 2);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the picture as `name`.svg. */
export function downloadSvg(image: ChartImage, name: string): void {
  const svg = image.svg();
  if (svg) downloadText(`${name}.svg`, svg.markup, 'image/svg+xml');
}

/** Saves the picture as `name`.png, on the page's background. */
export async function downloadPng(image: ChartImage, name: string): Promise<void> {
  const background = getComputedStyle(document.body).backgroundColor;
  let blob: Blob | null;
  if (image.png) blob = await image.png(background);
  else {
    const svg = image.svg();
    blob = svg ? await rasterise(svg, background) : null;
  }
  if (!blob) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${name}.png`;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** How a chart inside a frame hands the frame its picture. */
const ChartImageContext = createContext<((image: ChartImage | null) => void) | null>(null);

/**
 * Gives the enclosing ChartFrame the chart's picture, for a chart that is not an SVG in the frame
 * (a canvas); the frame saves the SVG drawn in it otherwise. `image` should keep its identity.
 */
export function useChartImage(image: ChartImage | null): void {
  const give = useContext(ChartImageContext);
  useEffect(() => {
    if (!give) return;
    give(image);
    return () => give(null);
  }, [give, image]);
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
  const given = useRef<ChartImage | null>(null);
  const give = useCallback((image: ChartImage | null) => void (given.current = image), []);
  const picture = (): ChartImage | null =>
    given.current ?? (chart.current ? drawnSvg(chart.current) : null);
  return (
    <figure className={['chart-frame', className ?? ''].join(' ').trim()}>
      <figcaption>
        <span className="chart-title">{title}</span>
        {description && <span className="chart-description">{description}</span>}
      </figcaption>
      <div ref={chart} className="chart-body">
        <ChartImageContext.Provider value={give}>{children}</ChartImageContext.Provider>
      </div>
      <div className="chart-tools">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const image = picture();
            if (image) downloadSvg(image, fileName);
          }}
        >
          {t('chart.svg')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            const image = picture();
            if (image) void downloadPng(image, fileName);
          }}
        >
          {t('chart.png')}
        </button>
      </div>
      {sources && <div className="chart-sources">{sources}</div>}
    </figure>
  );
}
