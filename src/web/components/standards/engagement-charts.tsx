// The engagement dashboard's charts (Observable Plot, in a ChartFrame for SVG and PNG download):
// the secretariats each member and concern economy holds, and the committees created each year
// whose secretariat the coalition or the concern economies hold today.
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { withoutMarkLabels } from '../../ui/plot.ts';
import { PlotBox } from '../chains/plot-box.tsx';
import type { Trend } from './queries.ts';
import './standards.css';

/** The two sides' colours (tokens.css). */
export const SIDE_COLOUR = {
  coalition: 'var(--color-holder-coalition)',
  concern: 'var(--color-holder-concern)',
} as const;

export type Side = keyof typeof SIDE_COLOUR;

export interface SecretariatBar {
  iso3: string;
  name: string;
  side: Side;
  total: number;
}

const STYLE = {
  fontSize: '12px',
  fontFamily: 'inherit',
  background: 'transparent',
  color: 'var(--color-chart-text)',
};

export function SecretariatsChart({
  bars,
  title,
  fileName,
}: {
  bars: readonly SecretariatBar[];
  title: string;
  fileName: string;
}) {
  const t = useT();
  const intl = useIntl();
  const sideLabel = useCallback(
    (s: Side) => t(s === 'coalition' ? 'standards.side.coalition' : 'standards.side.concern'),
    [t],
  );
  const draw = useCallback(
    (w: number) => {
      const width = Math.max(300, Math.min(900, w || 600));
      const names = bars.map((b) => b.name);
      return withoutMarkLabels(
        Plot.plot({
          width,
          height: bars.length * 24 + 50,
          marginLeft: Math.min(180, 14 + 6.6 * Math.max(...names.map((n) => n.length), 4)),
          marginRight: 40,
          style: STYLE,
          ariaLabel: title,
          ariaDescription: bars
            .map((b) => `${b.name} (${sideLabel(b.side)}): ${intl.formatNumber(b.total)}`)
            .join('; '),
          x: { grid: true, label: t('standards.chart.secretariatsAxis') },
          y: { domain: names, label: null, tickSize: 0 },
          marks: [
            Plot.barX(bars, {
              x: 'total',
              y: 'name',
              fill: (b: SecretariatBar) => SIDE_COLOUR[b.side],
            }),
            Plot.text(bars, {
              x: 'total',
              y: 'name',
              text: (b: SecretariatBar) => intl.formatNumber(b.total),
              dx: 4,
              textAnchor: 'start',
              fill: 'var(--color-chart-text)',
            }),
            Plot.ruleX([0]),
          ],
        }),
      );
    },
    [bars, title, intl, t, sideLabel],
  );
  return (
    <ChartFrame
      title={title}
      description={<SideKey />}
      fileName={fileName}
      className="standards-chart"
    >
      <PlotBox draw={draw} className="chart chart-wide" chart="secretariats" />
    </ChartFrame>
  );
}

export function SideKey() {
  const t = useT();
  return (
    <span className="standards-side-key">
      {(['coalition', 'concern'] as const).map((s) => (
        <span key={s} className="side-key-item">
          <span className="swatch" style={{ background: SIDE_COLOUR[s] }} aria-hidden="true" />
          {t(s === 'coalition' ? 'standards.side.coalition' : 'standards.side.concern')}
        </span>
      ))}
    </span>
  );
}

interface TrendPoint {
  year: number;
  side: Side;
  count: number;
}

/** The coalition's and the concern economies' series of the trend, as points by year. */
export function trendPoints(trend: Trend): TrendPoint[] {
  const points: TrendPoint[] = [];
  const sides: [Side, string | undefined][] = [
    ['coalition', trend.coalition?.code],
    ['concern', trend.concern.code],
  ];
  for (const [side, code] of sides) {
    const series = trend.series.find((s) => s.kind === 'group' && s.code === code);
    if (!series) continue;
    trend.years.forEach((year, i) => points.push({ year, side, count: series.counts[i] ?? 0 }));
  }
  return points;
}

export function TrendChart({ trend, title }: { trend: Trend; title: string }) {
  const t = useT();
  const intl = useIntl();
  const points = useMemo(() => trendPoints(trend), [trend]);
  const draw = useCallback(
    (w: number) => {
      const width = Math.max(300, Math.min(960, w || 700));
      const total = (side: Side) =>
        points.filter((p) => p.side === side).reduce((n, p) => n + p.count, 0);
      return withoutMarkLabels(
        Plot.plot({
          width,
          height: 260,
          marginLeft: 40,
          style: STYLE,
          ariaLabel: title,
          ariaDescription: t('standards.trend.description', {
            from: trend.years[0] ?? '',
            to: trend.years[trend.years.length - 1] ?? '',
            coalition: intl.formatNumber(total('coalition')),
            concern: intl.formatNumber(total('concern')),
          }),
          x: { label: null, tickFormat: (d: number) => String(d) },
          y: { grid: true, label: t('standards.chart.trendAxis'), zero: true },
          marks: [
            Plot.ruleY([0]),
            Plot.lineY(points, {
              x: 'year',
              y: 'count',
              z: 'side',
              stroke: (p: TrendPoint) => SIDE_COLOUR[p.side],
              strokeWidth: 1.8,
            }),
            Plot.dot(points, {
              x: 'year',
              y: 'count',
              r: 1.8,
              fill: (p: TrendPoint) => SIDE_COLOUR[p.side],
            }),
            Plot.tip(
              points,
              Plot.pointer({
                x: 'year',
                y: 'count',
                title: (p: TrendPoint) =>
                  `${p.year}: ${intl.formatNumber(p.count)} (${t(
                    p.side === 'coalition' ? 'standards.side.coalition' : 'standards.side.concern',
                  )})`,
              }),
            ),
          ],
        }),
      );
    },
    [points, title, trend.years, intl, t],
  );
  return (
    <ChartFrame
      title={title}
      description={<SideKey />}
      fileName={`standards-trend-${trend.coalition?.code ?? 'all'}`}
      className="standards-chart"
    >
      <PlotBox draw={draw} className="chart chart-wide" chart="trend" />
    </ChartFrame>
  );
}
