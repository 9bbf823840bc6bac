// Inner balance: per indicator the largest member and its share of the coalition total, the HHI,
// whether one member dominates, and each member's share (top five and the others) as a table and
// stacked bars.
import { useCallback, useMemo } from 'react';
import { formatShare } from '../../format-value.ts';
import { useT } from '../../i18n/i18n.tsx';
import { indicatorName, indicatorShortName } from '../../indicator-labels.ts';
import { memberShareBars, type MemberShareRow } from '../share-charts.ts';
import { economyName, useOptionsLabel, Warnings, type AnalysisCtx } from './analysis-options.tsx';
import type { BalanceItem, BalanceReport } from './coalition-data.ts';
import { PlotChart } from './plot-chart.tsx';
import './coalitions.css';

const TOP = 5;
/** The chart's name of the rest together (a colour key, not shown as a member). */
const OTHERS = 'Others';

/** The top five members and, when there are more, the rest together as "Others". */
export function topShares(
  item: BalanceItem,
  ctx: AnalysisCtx,
  othersLabel: (count: number) => string,
): { member: string; short: string; sharePct: number }[] {
  const top = item.members.slice(0, TOP).map((m) => ({
    member: economyName(ctx, m.iso3),
    short: m.iso3,
    sharePct: m.sharePct,
  }));
  const rest = item.members.slice(TOP);
  if (rest.length > 0)
    top.push({
      member: OTHERS,
      short: othersLabel(rest.length),
      sharePct: rest.reduce((s, m) => s + m.sharePct, 0),
    });
  return top;
}

export function BalanceSection({ report, ctx }: { report: BalanceReport; ctx: AnalysisCtx }) {
  const t = useT();
  const optionsLabel = useOptionsLabel();
  const items = report.items.filter((i) => i.members.length > 0);
  const threshold = formatShare(100 * (items[0]?.dominanceThreshold ?? 0.5));
  const othersLabel = useCallback(
    (count: number) => t('coalitions.balance.others', { count }),
    [t],
  );
  const chartData = useMemo(() => {
    const rows: MemberShareRow[] = report.items
      .filter((i) => i.members.length > 0)
      .flatMap((i) =>
        topShares(i, ctx, othersLabel).map((s) => ({
          ...s,
          label: indicatorShortName(i.indicator, ctx.catalogue),
        })),
      );
    // One colour per member across all bars, the most frequent (largest) members first.
    const order = [...new Set(rows.map((d) => d.member))].filter((m) => m !== OTHERS);
    const members = rows.some((d) => d.member === OTHERS) ? [...order, OTHERS] : order;
    return { rows, members };
  }, [report, ctx, othersLabel]);
  const draw = useCallback(
    (width: number) => memberShareBars(chartData.rows, chartData.members, width),
    [chartData],
  );
  return (
    <div className="analysis-body">
      <p className="note">
        {t('coalitions.balance.note', {
          eu: t(
            ctx.options.eu === 'member-states'
              ? 'coalitions.options.euStates'
              : 'coalitions.options.euListed',
          ),
          threshold,
        })}
      </p>
      <Warnings warnings={report.warnings} catalogue={ctx.catalogue} />
      {items.length === 0 ? (
        <p className="muted">{t('coalitions.balance.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="balance-caption" tabIndex={0}>
          <table className="data-table balance-table">
            <caption id="balance-caption">
              {t('coalitions.balance.caption', {
                code: report.code,
                options: optionsLabel(ctx.options),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('coalitions.indicator')}</th>
                <th scope="col" className="num">
                  {t('coalitions.year')}
                </th>
                <th scope="col">{t('coalitions.balance.largest')}</th>
                <th scope="col" className="num">
                  {t('coalitions.balance.itsShare')}
                </th>
                <th scope="col" className="num">
                  {t('coalitions.balance.hhi')}
                </th>
                <th scope="col">{t('coalitions.balance.dominant')}</th>
                <th scope="col">{t('coalitions.balance.shares')}</th>
                <th scope="col">{t('coalitions.warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.indicator} data-indicator={i.indicator}>
                  <th scope="row">{indicatorName(i.indicator, ctx.catalogue)}</th>
                  <td className="num">{i.year}</td>
                  <td className="largest">
                    {i.largest ? (
                      economyName(ctx, i.largest.iso3)
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td className="num">
                    {formatShare(i.largest?.sharePct)}
                    {i.largest && i.missing.length > 0 && (
                      <span className="sub">{t('coalitions.balance.ofWithData')}</span>
                    )}
                  </td>
                  <td className="num">
                    {i.hhi === null ? (
                      '—'
                    ) : (
                      <>
                        {i.hhi.toFixed(3)}
                        <span className="sub" title={t('coalitions.balance.equalTitle')}>
                          {t('coalitions.balance.equal', { n: (1 / i.hhi).toFixed(1) })}
                        </span>
                      </>
                    )}
                  </td>
                  <td>
                    {/* With members missing, their values could change who holds most. */}
                    {i.missing.length > 0 ? (
                      <span className="muted" data-dominance="unknown">
                        {t('coalitions.balance.unknown')}
                      </span>
                    ) : i.dominant ? (
                      <span className="badge badge-dominant">
                        {t('coalitions.balance.dominantBadge')}
                      </span>
                    ) : (
                      <span className="muted">{t('coalitions.balance.no')}</span>
                    )}
                  </td>
                  <td className="shares-cell">
                    {[
                      ...topShares(i, ctx, othersLabel).map(
                        (s) => `${s.short} ${formatShare(s.sharePct)}`,
                      ),
                      // A member without a value has no share: "—", never 0%.
                      ...i.missing.map((iso3) => t('coalitions.balance.noData', { iso3 })),
                    ].join(' · ')}
                  </td>
                  <td className="notes-cell">
                    {i.warnings.length ? (
                      <Warnings warnings={i.warnings} catalogue={ctx.catalogue} />
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 && (
        <>
          <h3 className="chart-title">{t('coalitions.balance.chartTitle')}</h3>
          <PlotChart draw={draw} />
        </>
      )}
    </div>
  );
}
