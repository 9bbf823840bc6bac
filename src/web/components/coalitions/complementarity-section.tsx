// Complementarity: per capability the members ranked first and second within the coalition, and
// per member the capabilities where it ranks first or second — every member's distinctive strengths.
import { formatIndicatorValue } from '../../category-labels.ts';
import { formatValue } from '../../format-value.ts';
import { useT } from '../../i18n/i18n.tsx';
import { indicatorName } from '../../indicator-labels.ts';
import { economyName, useOptionsLabel, Warnings, type AnalysisCtx } from './analysis-options.tsx';
import type { ComplementarityReport, RankedMember } from './coalition-data.ts';
import './coalitions.css';

function RankedCell({
  m,
  indicator,
  ctx,
}: {
  m: RankedMember | null;
  indicator: string;
  ctx: AnalysisCtx;
}) {
  if (!m) return <td className="muted">—</td>;
  const entry = ctx.catalogue.get(indicator);
  const value = entry ? formatIndicatorValue(m.value, entry) : formatValue(m.value, '');
  return (
    <td>
      {economyName(ctx, m.iso3)}
      <span className="sub">{value}</span>
    </td>
  );
}

export function ComplementaritySection({
  report,
  ctx,
}: {
  report: ComplementarityReport;
  ctx: AnalysisCtx;
}) {
  const t = useT();
  const optionsLabel = useOptionsLabel();
  const { indicators, members, membersWithoutData, warnings } = report.result;
  const name = (code: string): string => indicatorName(code, ctx.catalogue);
  const byName = (a: { iso3: string }, b: { iso3: string }): number =>
    economyName(ctx, a.iso3).localeCompare(economyName(ctx, b.iso3));
  // Members leading somewhere get a line, most strengths first; the rest are named together.
  const leaders = members
    .filter((m) => m.strengths.length > 0)
    .sort((a, b) => b.strengths.length - a.strengths.length || byName(a, b));
  const others = members.filter((m) => m.strengths.length === 0).sort(byName);
  return (
    <div className="analysis-body">
      <p className="note">{t('coalitions.complementarity.note')}</p>
      <Warnings warnings={[...report.warnings, ...warnings]} catalogue={ctx.catalogue} />
      <div
        className="table-scroll"
        role="region"
        aria-labelledby="complementarity-caption"
        tabIndex={0}
      >
        <table className="data-table complementarity-table">
          <caption id="complementarity-caption">
            {t('coalitions.complementarity.caption', {
              code: report.code,
              options: optionsLabel(ctx.options),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('coalitions.complementarity.capability')}</th>
              <th scope="col" className="num">
                {t('coalitions.year')}
              </th>
              <th scope="col">{t('coalitions.complementarity.first')}</th>
              <th scope="col">{t('coalitions.complementarity.second')}</th>
              <th scope="col">{t('coalitions.leverage.membersWithout')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.indicator} data-indicator={i.indicator}>
                <th scope="row">
                  {name(i.indicator)}
                  {i.tieBrokenByCode && (
                    <span className="sub">{t('coalitions.complementarity.tie')}</span>
                  )}
                </th>
                <td className="num">{i.year ?? '—'}</td>
                <RankedCell m={i.first} indicator={i.indicator} ctx={ctx} />
                <RankedCell m={i.second} indicator={i.indicator} ctx={ctx} />
                <td className={i.missing.length ? 'codes-cell' : 'muted'}>
                  {i.missing.length ? i.missing.join(', ') : t('coalitions.none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="chart-title" id="strengths-heading">
        {t('coalitions.complementarity.strengths')}
      </h3>
      {leaders.length === 0 ? (
        <p className="muted">{t('coalitions.complementarity.noLeaders')}</p>
      ) : (
        <ul className="strengths" aria-labelledby="strengths-heading">
          {leaders.map((m) => {
            const firsts = m.strengths.filter((s) => s.rank === 1).map((s) => name(s.indicator));
            const seconds = m.strengths.filter((s) => s.rank === 2).map((s) => name(s.indicator));
            return (
              <li key={m.iso3} data-iso3={m.iso3}>
                <span className="strength-name">{economyName(ctx, m.iso3)}</span>
                {firsts.length > 0 && (
                  <span className="strength-line">
                    <strong>{t('coalitions.complementarity.firstOn')} </strong>
                    {firsts.join(', ')}
                  </span>
                )}
                {seconds.length > 0 && (
                  <span className="strength-line">
                    <strong>{t('coalitions.complementarity.secondOn')} </strong>
                    {seconds.join(', ')}
                  </span>
                )}
                {m.indicatorsWithoutData.length > 0 && (
                  <span className="strength-line muted">
                    {t('coalitions.complementarity.noDataOn', {
                      list: m.indicatorsWithoutData.map(name).join(', '),
                    })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {others.length > 0 && (
        <p className="strength-others">
          <strong>{t('coalitions.complementarity.others', { count: others.length })} </strong>
          {others.map((m) => economyName(ctx, m.iso3)).join(', ')}.
        </p>
      )}
      {membersWithoutData.length > 0 && (
        <p className="muted">
          {t('coalitions.complementarity.withoutData', {
            list: membersWithoutData.map((c) => economyName(ctx, c)).join(', '),
          })}
        </p>
      )}
    </div>
  );
}
