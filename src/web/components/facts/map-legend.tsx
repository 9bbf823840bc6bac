// The map legend: what is shown (indicator, year, unit), the colour bins with their ranges and
// counts, the "no data" hatch, and the outline of a highlighted grouping.
import { formatTick } from '../../format-value.ts';
import { useStableT as useT, type Translate } from './use-stable-t.ts';
import type { Bin } from '../quantile-scale.ts';
import './facts.css';

const binLabel = (t: Translate, b: Bin, unit: string, exact: (v: number) => string): string => {
  if (b.exact !== null) return exact(b.exact);
  if (b.from === null && b.to !== null)
    return t('map.legend.below', { to: formatTick(b.to, unit) });
  if (b.to === null && b.from !== null)
    return t('map.legend.above', { from: formatTick(b.from, unit) });
  return `${formatTick(b.from!, unit)} – ${formatTick(b.to!, unit)}`;
};

export function MapLegend({
  indicatorName,
  unit,
  yearLabel,
  bins,
  noDataCount,
  outlineLabel,
  formatExact,
}: {
  indicatorName: string;
  unit: string;
  /** "2023", or "Latest available per economy (2011–2023)". */
  yearLabel: string;
  bins: readonly Bin[];
  noDataCount: number;
  /** e.g. "G7 members (outlined)", when a grouping is highlighted. */
  outlineLabel: string | null;
  /** Formats a single value (bins of one value each, e.g. categories). */
  formatExact: (value: number) => string;
}) {
  const t = useT();
  return (
    <figure className="map-legend" aria-label={t('map.legend')}>
      <figcaption>
        <span className="legend-title">{indicatorName}</span>
        <span className="legend-meta">
          {t('map.legend.meta', { year: yearLabel })}
          <span className="legend-unit">{unit}</span>
        </span>
        <span className="legend-meta">
          {bins.every((b) => b.exact !== null) ? t('map.legend.exact') : t('map.legend.quantiles')}
        </span>
      </figcaption>
      <ul className="legend-bins">
        {bins.map((b, i) => (
          <li key={i}>
            <span className="swatch" style={{ background: b.colour }} aria-hidden="true" />
            <span className="legend-label">{binLabel(t, b, unit, formatExact)}</span>
            <span className="legend-count">({b.count})</span>
          </li>
        ))}
        <li className="legend-no-data">
          <span className="swatch swatch-no-data" aria-hidden="true" />
          <span className="legend-label">{t('map.noDataShort')}</span>
          <span className="legend-count">({noDataCount})</span>
        </li>
        {outlineLabel && (
          <li className="legend-outline">
            <span className="swatch swatch-outline" aria-hidden="true" />
            <span className="legend-label">{outlineLabel}</span>
          </li>
        )}
      </ul>
    </figure>
  );
}
