// What-if: take one coalition's economies, add or remove some, and see its shares of the world
// change. The figures come from GET /api/v1/coalitions/:code/what-if, so the rule (world = sum of
// economies with a value, the EU as its member states) lives on the server only. Nothing is saved.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatShare } from '../../format-value.ts';
import { useT } from '../../i18n/i18n.tsx';
import { indicatorName } from '../../indicator-labels.ts';
import { announce } from '../../page-status.ts';
import { EconomyPicker, type PickerEntry } from '../../ui/economy-picker.tsx';
import { ErrorNotice, Loading } from '../../ui/query-state.tsx';
import { economyName, Warnings, type AnalysisCtx } from './analysis-options.tsx';
import {
  fetchWhatIf,
  type Economy,
  type LeverageReport,
  type WhatIfChange,
} from './coalition-data.ts';
import './coalitions.css';

const signed = (points: number): string =>
  `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(2)} pp`;

const deltaClass = (points: number | null): string =>
  `num delta${points === null ? '' : points > 0 ? ' delta-up' : points < 0 ? ' delta-down' : ''}`;

/** The year of a change: one year, or "before → after" when the API measured them differently. */
const yearOf = ({ before, after }: WhatIfChange): string =>
  before.year === after.year
    ? String(before.year ?? '—')
    : `${before.year ?? '—'} → ${after.year ?? '—'}`;

/** The what-if's changes (the page keeps them in the address): the base coalition, ISO3 codes. */
export interface WhatIfState {
  base?: string;
  add: readonly string[];
  remove: readonly string[];
}

export function WhatIf({
  reports,
  economies,
  ctx,
  state,
  onChange,
}: {
  reports: readonly LeverageReport[];
  economies: readonly Economy[];
  ctx: AnalysisCtx;
  state: WhatIfState;
  onChange: (next: WhatIfState) => void;
}) {
  const t = useT();
  const report = reports.find((r) => r.code === state.base) ?? reports[0]!;
  const base = useMemo(() => new Set(report.economies), [report]);
  // The economies of the what-if: the base's, plus those added, minus those removed.
  const set: ReadonlySet<string> = useMemo(
    () => new Set([...report.economies, ...state.add].filter((e) => !state.remove.includes(e))),
    [report, state.add, state.remove],
  );
  const added = [...set].filter((e) => !base.has(e)).sort();
  const removed = [...base].filter((e) => !set.has(e)).sort();
  const answer = useQuery({
    queryKey: ['what-if', report.code, added, removed, ctx.options],
    queryFn: ({ signal }) =>
      fetchWhatIf(report.code, { add: added, remove: removed }, ctx.options, signal),
    placeholderData: keepPreviousData,
  });
  const entries: PickerEntry[] = useMemo(
    () =>
      economies.map((e) => ({
        code: e.iso3,
        name: e.name,
        detail: e.iso3,
        keywords: `${e.officialName ?? ''} ${e.iso2 ?? ''}`,
      })),
    [economies],
  );
  const name = (c: string): string => economyName(ctx, c);
  const describe = (a: readonly string[], r: readonly string[], size: number): string =>
    a.length + r.length === 0
      ? t('coalitions.whatif.asIs', { code: report.code, count: report.economies.length })
      : [
          report.code,
          a.length ? ` ${t('coalitions.whatif.plus', { list: a.map(name).join(', ') })}` : '',
          r.length ? ` ${t('coalitions.whatif.without', { list: r.map(name).join(', ') })}` : '',
          `: ${t('coalitions.whatif.size', { count: size })}`,
        ].join('');
  const reset = (code: string) => onChange({ base: code, add: [], remove: [] });
  const toggle = (entry: PickerEntry) => {
    const next = new Set(set);
    const adding = !next.has(entry.code);
    if (adding) next.add(entry.code);
    else next.delete(entry.code);
    const a = [...next].filter((e) => !base.has(e)).sort();
    const r = [...base].filter((e) => !next.has(e)).sort();
    onChange({ base: report.code, add: a, remove: r });
    announce(
      `${t(adding ? 'coalitions.whatif.added' : 'coalitions.whatif.removed', { name: entry.name })} ${describe(a, r, next.size)}`,
    );
  };
  const rows = (answer.data?.result.changes ?? []).filter(
    (c) => c.before.sharePct !== null || c.after.sharePct !== null,
  );
  return (
    <section className="analysis whatif" id="what-if" aria-labelledby="whatif-heading">
      <h2 id="whatif-heading">{t('coalitions.whatif.heading')}</h2>
      <p className="lede">{t('coalitions.whatif.lede')}</p>
      <div className="controls">
        <div className="field field-wide whatif-base">
          <label htmlFor="whatif-base">{t('coalitions.whatif.base')}</label>
          <select id="whatif-base" value={report.code} onChange={(e) => reset(e.target.value)}>
            {reports.map((r) => (
              <option key={r.code} value={r.code}>
                {r.code} — {r.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-action">
          <button type="button" className="button button-quiet" onClick={() => reset(report.code)}>
            {t('coalitions.whatif.reset')}
          </button>
        </div>
      </div>
      <div className="whatif-grid">
        <div className="whatif-pick">
          <EconomyPicker
            id="whatif-search"
            label={t('coalitions.whatif.search')}
            entries={entries}
            chips={false}
            stateOf={(e) =>
              set.has(e.code)
                ? {
                    selected: true,
                    label: t('coalitions.whatif.removeOne', { name: e.name }),
                    action: t('coalitions.whatif.inRemove'),
                  }
                : {
                    selected: false,
                    label: t('coalitions.whatif.addOne', { name: e.name }),
                    action: t('coalitions.whatif.add'),
                  }
            }
            onToggle={toggle}
          />
        </div>
        <div className="whatif-out">
          <p className="whatif-changes" aria-live="polite">
            {describe(added, removed, set.size)}
          </p>
          <div className="whatif-results" aria-busy={answer.isFetching || undefined}>
            {answer.isError ? (
              <ErrorNotice title={t('coalitions.whatif.failed')} error={answer.error} />
            ) : !answer.data ? (
              <Loading what={t('coalitions.whatif.what')} />
            ) : (
              <>
                <Warnings
                  warnings={[...answer.data.warnings, ...answer.data.result.warnings]}
                  catalogue={ctx.catalogue}
                />
                <div
                  className="table-scroll"
                  role="region"
                  aria-labelledby="whatif-caption"
                  tabIndex={0}
                >
                  <table className="data-table whatif-table">
                    <caption id="whatif-caption">
                      {t('coalitions.whatif.caption', { code: answer.data.code })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('coalitions.indicator')}</th>
                        <th scope="col" className="num">
                          {t('coalitions.year')}
                        </th>
                        <th scope="col" className="num">
                          {answer.data.code}
                        </th>
                        <th scope="col" className="num">
                          {t('coalitions.whatif.whatIf')}
                        </th>
                        <th scope="col" className="num">
                          {t('coalitions.whatif.change')}
                        </th>
                        <th scope="col">{t('coalitions.whatif.missing')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((c) => {
                        const missing = c.after.coalitionEconomiesMissing;
                        return (
                          <tr key={c.indicator} data-indicator={c.indicator}>
                            <th scope="row">{indicatorName(c.indicator, ctx.catalogue)}</th>
                            <td className="num">{yearOf(c)}</td>
                            <td className="num">{formatShare(c.before.sharePct)}</td>
                            <td className="num">
                              <strong>{formatShare(c.after.sharePct)}</strong>
                            </td>
                            <td className={deltaClass(c.deltaSharePoints)}>
                              {c.deltaSharePoints === null ? '—' : signed(c.deltaSharePoints)}
                            </td>
                            <td className={missing.length ? 'codes-cell' : 'muted'}>
                              {missing.length ? missing.join(', ') : t('coalitions.none')}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
                <p className="muted">{t('coalitions.whatif.pp')}</p>
              </>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
