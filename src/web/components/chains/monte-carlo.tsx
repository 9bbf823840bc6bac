// Monte Carlo of random disruptions: trials, seed, probability and severity (kept in the URL, so a
// simulation can be shared); the spread of availability per stage and final output as a table and
// a chart.
import { withoutMarkLabels } from '../../ui/plot.ts';
import * as Plot from '@observablehq/plot';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { downloadCsv, toCsv } from '../../csv-file.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { ErrorNotice, Loading } from '../../ui/query-state.tsx';
import type { MonteCarloItem, MonteCarloRequest, MonteCarloResult } from '../chain-model.ts';
import { monteCarlo } from '../chain-queries.ts';
import { useShare } from './chain-hooks.ts';
import { kindMessage } from './chain-words.ts';
import { PlotBox } from './plot-box.tsx';
import './chains.css';

/** The simulation's settings as the URL keeps them (strings; the defaults when absent). */
export interface MonteCarloSettings {
  trials: string;
  seed: string;
  probability: string;
  severity: string;
}

export const MC_DEFAULTS: MonteCarloSettings = {
  trials: '10000',
  seed: '1',
  probability: '0.05',
  severity: '0.5',
};

const csv = (result: MonteCarloResult, seed: number): string =>
  toCsv(
    [
      'chain',
      'trials',
      'seed',
      'item',
      'name',
      'kind',
      'mean_pct',
      'p5_pct',
      'p50_pct',
      'p95_pct',
      'min_pct',
      'shortfall_probability',
    ],
    [...result.stages, ...result.outputs].map((r) => [
      result.chain,
      result.trials,
      seed,
      r.item,
      r.name,
      r.kind,
      r.meanPct,
      r.p5Pct,
      r.p50Pct,
      r.p95Pct,
      r.minPct,
      r.shortfallProbability,
    ]),
  );

function ResultChart({ items, title }: { items: readonly MonteCarloItem[]; title: string }) {
  const t = useT();
  const share = useShare();
  const draw = useCallback(
    (w: number) => {
      const width = Math.max(300, Math.min(900, w || 600));
      const labels = items.map((i) => i.name);
      return withoutMarkLabels(
        Plot.plot({
          width,
          height: items.length * 30 + 60,
          marginLeft: Math.min(
            width < 480 ? 140 : 220,
            14 + 6.4 * Math.max(...labels.map((l) => l.length)),
          ),
          marginRight: 24,
          style: {
            fontSize: '12px',
            fontFamily: 'inherit',
            background: 'transparent',
            color: 'var(--color-chart-text)',
          },
          ariaLabel: title,
          ariaDescription: items
            .map(
              (i) =>
                `${i.name}: mean ${share(i.meanPct)}, p5 ${share(i.p5Pct)}, p50 ${share(i.p50Pct)}, p95 ${share(i.p95Pct)}`,
            )
            .join('; '),
          x: { domain: [0, 100], grid: true, label: t('chains.mc.axis') },
          y: { domain: labels, label: null, tickSize: 0 },
          marks: [
            Plot.ruleY(items, {
              x1: 'p5Pct',
              x2: 'p95Pct',
              y: 'name',
              stroke: 'var(--color-mc-range)',
              strokeWidth: 8,
            }),
            Plot.tickX(items, {
              x: 'p50Pct',
              y: 'name',
              stroke: 'var(--color-mc-median)',
              strokeWidth: 2,
            }),
            Plot.dot(items, { x: 'meanPct', y: 'name', fill: 'var(--color-mc-mean)', r: 4 }),
          ],
        }),
      );
    },
    [items, title, share, t],
  );
  return <PlotBox draw={draw} className="chart chart-wide" />;
}

function Result({ result, seed }: { result: MonteCarloResult; seed: number }) {
  const t = useT();
  const intl = useIntl();
  const share = useShare();
  const rows = [...result.stages, ...result.outputs];
  const title = t('chains.mc.chartTitle');
  return (
    <>
      <div className="button-row">
        <button
          type="button"
          className="button button-quiet"
          onClick={() =>
            downloadCsv(`${result.chain}-montecarlo-seed${seed}.csv`, csv(result, seed))
          }
        >
          {t('chains.csv')}
        </button>
      </div>
      <div className="table-scroll" role="region" aria-labelledby="mc-caption" tabIndex={0}>
        <table className="data-table montecarlo-table">
          <caption id="mc-caption">
            {t('chains.mc.caption', {
              trials: intl.formatNumber(result.trials),
              economies: result.economies.length,
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('chains.mc.item')}</th>
              <th scope="col">{t('chains.results.kind')}</th>
              <th scope="col" className="num">
                {t('chains.mc.mean')}
              </th>
              <th scope="col" className="num">
                p5
              </th>
              <th scope="col" className="num">
                p50
              </th>
              <th scope="col" className="num">
                p95
              </th>
              <th scope="col" className="num">
                {t('chains.mc.shortfall')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.item} data-item={r.item}>
                <th scope="row">{r.name}</th>
                <td>{t(kindMessage[r.kind])}</td>
                <td className="num">{share(r.meanPct)}</td>
                <td className="num">{share(r.p5Pct)}</td>
                <td className="num">{share(r.p50Pct)}</td>
                <td className="num">{share(r.p95Pct)}</td>
                <td className="num">{share(r.shortfallProbability * 100)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 0 && (
        <ChartFrame
          title={title}
          description={t('chains.mc.key')}
          fileName={`${result.chain}-montecarlo-seed${seed}`}
        >
          <ResultChart items={rows} title={title} />
        </ChartFrame>
      )}
      {result.warnings.length > 0 && (
        <details className="scenario-warnings">
          <summary>{t('chains.warnings', { count: result.warnings.length })}</summary>
          <ul className="warning-list">
            {result.warnings.map((w, i) => (
              <li key={i}>{w.message}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/**
 * The form and its result. `applied` is the simulation in the URL (null: none run); running one
 * puts its settings there.
 */
export function MonteCarloPanel({
  chain,
  applied,
  onRun,
}: {
  chain: string;
  applied: MonteCarloSettings | null;
  onRun: (settings: MonteCarloSettings) => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<MonteCarloSettings>(applied ?? MC_DEFAULTS);
  const request: MonteCarloRequest | null = applied && {
    chain,
    trials: Number(applied.trials),
    seed: Number(applied.seed),
    defaults: { probability: Number(applied.probability), severity: Number(applied.severity) },
  };
  const run = useQuery({
    queryKey: ['montecarlo', request],
    queryFn: ({ signal }) => monteCarlo(request!, signal),
    enabled: request !== null,
    staleTime: Infinity,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (JSON.stringify(draft) === JSON.stringify(applied)) void run.refetch();
    else onRun(draft);
  };
  const field = (
    key: keyof MonteCarloSettings,
    label: string,
    hint: string,
    min: number,
    max: number,
    step: string,
  ) => (
    <div className="field field-narrow">
      <label htmlFor={`mc-${key}`}>{label}</label>
      <input
        type="number"
        id={`mc-${key}`}
        min={min}
        max={max}
        step={step}
        inputMode="decimal"
        aria-describedby={`mc-${key}-hint`}
        value={draft[key]}
        onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
      />
      <span className="field-hint" id={`mc-${key}-hint`}>
        {hint}
      </span>
    </div>
  );
  return (
    <form className="mc-form" noValidate aria-labelledby="mc-heading" onSubmit={submit}>
      <div className="controls">
        {field('trials', t('chains.mc.trials'), t('chains.mc.trialsHint'), 1, 1_000_000, '1')}
        {field('seed', t('chains.mc.seed'), t('chains.mc.seedHint'), 0, 4_294_967_295, '1')}
        {field(
          'probability',
          t('chains.mc.probability'),
          t('chains.mc.probabilityHint'),
          0,
          1,
          '0.01',
        )}
        {field('severity', t('chains.mc.severity'), t('chains.mc.severityHint'), 0, 1, '0.05')}
        <div className="field field-action">
          <button type="submit" className="button" disabled={run.isFetching}>
            {t('chains.mc.run')}
          </button>
        </div>
      </div>
      <div className="mc-result" aria-live="polite" aria-busy={run.isFetching || undefined}>
        {run.isError ? (
          <ErrorNotice title={t('chains.mc.error')} error={run.error} />
        ) : run.data && request ? (
          <Result result={run.data} seed={request.seed} />
        ) : run.isFetching ? (
          <Loading what={t('chains.mc.what')} />
        ) : null}
      </div>
    </form>
  );
}
