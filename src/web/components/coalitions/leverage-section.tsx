// A coalition's leverage: its share of the world per indicator as a table (year, totals,
// coverage, members without data, warnings), a bar chart of the shares, its sources, and a CSV.
import { useCallback, useMemo } from 'react';
import { downloadCsv } from '../../csv-file.ts';
import { formatShare } from '../../format-value.ts';
import { useT } from '../../i18n/i18n.tsx';
import { indicatorName, indicatorShortName, indicatorUnit } from '../../indicator-labels.ts';
import { Citation } from '../facts/citation.tsx';
import { formatAmount, leverageCsv } from './leverage-csv.ts';
import { shareBars } from '../share-charts.ts';
import {
  economyName,
  optionsSlug,
  useOptionsLabel,
  Warnings,
  type AnalysisCtx,
} from './analysis-options.tsx';
import type { LeverageReport } from './coalition-data.ts';
import { PlotChart } from './plot-chart.tsx';
import './coalitions.css';

function Sources({ report }: { report: LeverageReport }) {
  const t = useT();
  return (
    <section
      className="sources"
      aria-label={t('coalitions.leverage.sourcesOf', { code: report.code })}
    >
      <h3>{t('coalitions.sources')}</h3>
      {report.sources.length === 0 ? (
        <p className="muted">{t('coalitions.leverage.noSources')}</p>
      ) : (
        <ol>
          {report.sources.map((s, i) => (
            <li key={i}>
              <Citation text={s.citation} />
              <span className="muted">
                {' '}
                — {s.publisher}. {t('coalitions.licence', { licence: s.licence })}
              </span>
              {s.url && (
                <>
                  {' '}
                  <a href={s.url} rel="noopener">
                    {s.url}
                  </a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function LeverageSection({ report, ctx }: { report: LeverageReport; ctx: AnalysisCtx }) {
  const t = useT();
  const optionsLabel = useOptionsLabel();
  const stem = `${report.code}-leverage-${optionsSlug(ctx.options)}`;
  const { catalogue } = ctx;
  const shares = useMemo(
    () =>
      report.items.flatMap((i) =>
        i.sharePct === null
          ? []
          : [{ label: indicatorShortName(i.indicator, catalogue), sharePct: i.sharePct }],
      ),
    [report, catalogue],
  );
  const chartTitle = t('coalitions.leverage.chartLabel', { code: report.code });
  const draw = useCallback(
    (width: number) => shareBars(shares, width, chartTitle),
    [shares, chartTitle],
  );
  return (
    <div className="analysis-body">
      <p className="note world-note">{t('coalitions.worldNote')}</p>
      <Warnings warnings={report.warnings} catalogue={ctx.catalogue} />
      <div className="button-row">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => downloadCsv(`${stem}.csv`, leverageCsv([report], ctx.catalogue))}
        >
          {t('coalitions.downloadCsv')}
        </button>
      </div>
      <div className="table-scroll" role="region" aria-labelledby="leverage-caption" tabIndex={0}>
        <table className="data-table leverage-table">
          <caption id="leverage-caption">
            {t('coalitions.leverage.caption', {
              code: report.code,
              options: optionsLabel(ctx.options),
              count: report.economies.length,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('coalitions.indicator')}</th>
              <th scope="col" className="num">
                {t('coalitions.year')}
              </th>
              <th scope="col" className="num">
                {t('coalitions.leverage.coalition')}
              </th>
              <th scope="col" className="num">
                {t('coalitions.leverage.world')}
              </th>
              <th scope="col" className="num">
                {t('coalitions.leverage.share')}
              </th>
              <th scope="col" className="num wrap">
                {t('coalitions.leverage.withData')}
              </th>
              <th scope="col" className="wrap">
                {t('coalitions.leverage.membersWithout')}
              </th>
              <th scope="col">{t('coalitions.warnings')}</th>
            </tr>
          </thead>
          <tbody>
            {report.items.map((i) => {
              const unit = indicatorUnit(i.indicator, ctx.catalogue);
              const name = indicatorName(i.indicator, ctx.catalogue);
              // "Share understated" repeats the column of members without data: shown there only.
              const notes = [
                ...(i.shareUnavailable
                  ? [{ code: i.shareUnavailable.reason, message: i.shareUnavailable.message }]
                  : []),
                ...i.warnings.filter((w) => w.code !== 'share_understated'),
              ];
              const missing = i.coalitionEconomiesMissing;
              return (
                <tr key={i.indicator} data-indicator={i.indicator}>
                  <th scope="row">
                    {name}
                    {unit && unit !== 'persons' && !name.includes(unit) && (
                      <span className="sub">{unit}</span>
                    )}
                  </th>
                  <td className="num">{i.year ?? '—'}</td>
                  <td className="num">{formatAmount(i.coalitionValue, unit)}</td>
                  <td className="num">{formatAmount(i.worldValue, unit)}</td>
                  <td className="num share">
                    <strong>{formatShare(i.sharePct)}</strong>
                  </td>
                  <td className="num">{i.economiesWithData}</td>
                  {missing.length === 0 ? (
                    <td className="muted">{t('coalitions.none')}</td>
                  ) : (
                    <td className="codes-cell">
                      <span className="count">
                        {t('coalitions.leverage.understated', { count: missing.length })}{' '}
                      </span>
                      {missing.map((c, n) => (
                        <span key={c}>
                          {n > 0 ? ', ' : ''}
                          <abbr title={economyName(ctx, c)} className="code">
                            {c}
                          </abbr>
                        </span>
                      ))}
                    </td>
                  )}
                  <td className="notes-cell">
                    {notes.length ? (
                      <Warnings warnings={notes} catalogue={ctx.catalogue} />
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3 className="chart-title">{t('coalitions.leverage.chartTitle')}</h3>
      {shares.length ? (
        <PlotChart draw={draw} />
      ) : (
        <p className="muted">{t('coalitions.leverage.noShare')}</p>
      )}
      <Sources report={report} />
    </div>
  );
}
