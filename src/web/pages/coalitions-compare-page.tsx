// Coalitions side by side (`#/coalitions/compare?codes=G7,D10,T12`): each one's share of the world
// per indicator as a table and grouped bars, a CSV of the figures, and a what-if.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import {
  AnalysisControls,
  analysisYears,
  optionsSearch,
  optionsSlug,
  readOptions,
  useOptionsLabel,
  type AnalysisCtx,
} from '../components/coalitions/analysis-options.tsx';
import { fetchComparison, type LeverageReport } from '../components/coalitions/coalition-data.ts';
import { PlotChart } from '../components/coalitions/plot-chart.tsx';
import { economiesQuery, indicatorsQuery } from '../components/coalitions/queries.ts';
import { WhatIf, type WhatIfState } from '../components/coalitions/what-if.tsx';
import { leverageCsv } from '../components/coalitions/leverage-csv.ts';
import { groupedShareBars, type GroupedShareRow } from '../components/share-charts.ts';
import { downloadCsv } from '../csv-file.ts';
import { formatShare } from '../format-value.ts';
import { useT } from '../i18n/i18n.tsx';
import { catalogueOf, indicatorName, indicatorShortName } from '../indicator-labels.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading } from '../ui/query-state.tsx';
import type { CompareSearch } from './coalitions-search.ts';
import '../components/coalitions/coalitions.css';

const MAX_CODES = 10;
const CODE = /^[A-Za-z][A-Za-z0-9_]{1,31}$/;

/** The codes in `?codes=`, upper-cased, valid and each once, at most ten. */
/** ISO3 codes of the what-if's `add` / `remove` (`JPN,KOR`): upper-cased, deduplicated. */
const isoList = (raw: string | undefined): string[] =>
  [...new Set((raw ?? '').split(',').map((c) => c.trim().toUpperCase()))].filter((c) =>
    /^[A-Z]{3}$/.test(c),
  );

export function readCodes(raw: string | undefined): string[] {
  const codes = (raw ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => CODE.test(c));
  return [...new Set(codes)].slice(0, MAX_CODES);
}

function ComparisonTable({
  reports,
  ctx,
}: {
  reports: readonly LeverageReport[];
  ctx: AnalysisCtx;
}) {
  const t = useT();
  const optionsLabel = useOptionsLabel();
  const indicators = [...new Set(reports.flatMap((r) => r.items.map((i) => i.indicator)))];
  return (
    <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="data-table compare-table">
        <caption id="compare-caption">
          {t('coalitions.compare.caption', { options: optionsLabel(ctx.options) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('coalitions.indicator')}</th>
            <th scope="col" className="num">
              {t('coalitions.year')}
            </th>
            {reports.map((r) => (
              <th key={r.code} scope="col" className="num coalition-col" data-coalition={r.code}>
                <a href={`#/coalitions/${encodeURIComponent(r.code)}`} title={r.name}>
                  {r.code}
                </a>
                <span className="sub">
                  {t('coalitions.compare.economies', { count: r.economies.length })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const years = [
              ...new Set(
                reports.map((r) => r.items.find((i) => i.indicator === indicator)?.year ?? null),
              ),
            ].filter((y) => y !== null);
            return (
              <tr key={indicator} data-indicator={indicator}>
                <th scope="row">{indicatorName(indicator, ctx.catalogue)}</th>
                <td className="num">{years.length ? years.join(' / ') : '—'}</td>
                {reports.map((r) => {
                  const item = r.items.find((i) => i.indicator === indicator);
                  if (!item)
                    return (
                      <td key={r.code} className="num muted">
                        —
                      </td>
                    );
                  const missing = item.coalitionEconomiesMissing;
                  return (
                    <td key={r.code} className="num" data-coalition={r.code}>
                      <strong>{formatShare(item.sharePct)}</strong>
                      {missing.length > 0 && (
                        <span
                          className="sub"
                          title={t('coalitions.compare.noDataTitle', { list: missing.join(', ') })}
                        >
                          {t('coalitions.compare.withoutData', { count: missing.length })}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Results({
  codes,
  reports,
  ctx,
}: {
  codes: readonly string[];
  reports: readonly LeverageReport[];
  ctx: AnalysisCtx;
}) {
  const t = useT();
  const { catalogue } = ctx;
  const rows = useMemo(
    () =>
      reports.flatMap((r) =>
        r.items.flatMap((i): GroupedShareRow[] =>
          i.sharePct === null
            ? []
            : [
                {
                  coalition: r.code,
                  label: indicatorShortName(i.indicator, catalogue),
                  sharePct: i.sharePct,
                },
              ],
        ),
      ),
    [reports, catalogue],
  );
  const draw = useCallback(
    (width: number) =>
      groupedShareBars(
        rows,
        reports.map((r) => r.code),
        width,
      ),
    [rows, reports],
  );
  return (
    <>
      <p className="note world-note">{t('coalitions.worldNote')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-quiet"
          onClick={() =>
            downloadCsv(
              `compare-${codes.join('-')}-${optionsSlug(ctx.options)}.csv`,
              leverageCsv(reports, ctx.catalogue),
            )
          }
        >
          {t('coalitions.downloadCsv')}
        </button>
      </div>
      <ComparisonTable reports={reports} ctx={ctx} />
      <h2 className="chart-heading">{t('coalitions.leverage.chartTitle')}</h2>
      <PlotChart draw={draw} />
    </>
  );
}

export function CoalitionsComparePage(): ReactNode {
  const t = useT();
  const search: CompareSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const codes = readCodes(search.codes);
  const { tier, year, eu } = search;
  const options = useMemo(() => readOptions({ tier, year, eu }), [tier, year, eu]);
  const [typed, setTyped] = useState(codes.join(', '));
  const economies = useQuery(economiesQuery);
  const indicators = useQuery(indicatorsQuery);
  const comparison = useQuery({
    queryKey: ['comparison', codes, options],
    queryFn: ({ signal }) => fetchComparison(codes, options, signal),
    enabled: codes.length > 0,
    placeholderData: keepPreviousData,
  });
  const catalogue = useMemo(() => catalogueOf(indicators.data?.items ?? []), [indicators.data]);
  const names = useMemo(
    () => new Map((economies.data?.items ?? []).map((e) => [e.iso3, e.name])),
    [economies.data],
  );
  const ctx: AnalysisCtx = useMemo(
    () => ({ catalogue, names, options }),
    [catalogue, names, options],
  );
  const setSearch = (patch: Partial<CompareSearch>) =>
    void navigate({
      to: '/coalitions/compare',
      search: (prev: CompareSearch) => ({ ...prev, ...patch }),
      replace: true,
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = readCodes(typed.replace(/\s+/g, ','));
    void navigate({
      to: '/coalitions/compare',
      search: (prev: CompareSearch) => ({ ...prev, codes: next.join(',') }),
    });
  };
  const whatIf: WhatIfState = useMemo(
    () => ({ base: search.base, add: isoList(search.add), remove: isoList(search.remove) }),
    [search.base, search.add, search.remove],
  );
  const failed = [economies, indicators, comparison].find((q) => q.isError);
  const title = codes.length
    ? t('coalitions.compare.titleOf', { list: codes.join(', ') })
    : t('coalitions.compare.title');
  return (
    <>
      <nav className="breadcrumb" aria-label={t('coalitions.breadcrumb')}>
        <a href="#/coalitions">{t('coalitions.list.title')}</a> › {t('coalitions.list.compare')}
      </nav>
      <PageHeading title={title}>{t('coalitions.compare.title')}</PageHeading>
      <p className="lede">{t('coalitions.compare.lede')}</p>
      <form className="controls" aria-label={t('coalitions.list.formLabel')} onSubmit={submit}>
        <div className="field field-wide">
          <label htmlFor="compare-codes">{t('coalitions.compare.codes')}</label>
          <input
            type="text"
            id="compare-codes"
            name="codes"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="compare-codes-hint"
          />
          <p className="field-hint" id="compare-codes-hint">
            {t('coalitions.compare.hint', { max: MAX_CODES })}{' '}
            <a href="#/coalitions">{t('coalitions.compare.hintLink')}</a>.
          </p>
        </div>
        <div className="field field-action">
          <button type="submit" className="button">
            {t('coalitions.list.compare')}
          </button>
        </div>
      </form>
      {codes.length === 0 ? (
        <div className="compare-results">
          <div className="notice">
            <p>{t('coalitions.compare.nameThem')}</p>
          </div>
        </div>
      ) : (
        <>
          {indicators.data && (
            <div className="analysis-settings">
              <AnalysisControls
                options={options}
                years={analysisYears(indicators.data.items)}
                onChange={(o) => setSearch(optionsSearch(o))}
              />
            </div>
          )}
          <div className="compare-results" aria-busy={comparison.isFetching || undefined}>
            {failed ? (
              <ErrorNotice
                title={t('coalitions.compare.loadError')}
                error={failed.error}
                retry={() => void failed.refetch()}
              />
            ) : comparison.data && economies.data && indicators.data ? (
              <Results codes={codes} reports={comparison.data.items} ctx={ctx} />
            ) : (
              <Loading what={t('coalitions.compare.what', { list: codes.join(', ') })} />
            )}
          </div>
          {!failed && comparison.data && economies.data && comparison.data.items.length > 0 && (
            <WhatIf
              key={comparison.data.items.map((r) => r.code).join(',')}
              reports={comparison.data.items}
              economies={economies.data.items}
              ctx={ctx}
              state={whatIf}
              onChange={(next) =>
                setSearch({
                  base: next.base,
                  add: next.add.join(',') || undefined,
                  remove: next.remove.join(',') || undefined,
                })
              }
            />
          )}
        </>
      )}
    </>
  );
}
