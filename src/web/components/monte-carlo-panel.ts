// Monte Carlo: random disruptions of every economy (probability and severity), many trials, and
// per stage and final output the mean, p5, p50 and p95 availability — as a table, a chart and CSV.
import * as Plot from '@observablehq/plot';
import { h } from '../element.ts';
import { downloadCsv, toCsv } from '../csv-file.ts';
import { formatShare } from '../format-value.ts';
import { errorBlock, isAbort } from '../page-status.ts';
import type { MonteCarloItem, MonteCarloRequest, MonteCarloResult } from '../supply-chain-types.ts';
import { kindLabel } from './supply-chain-labels.ts';

export interface MonteCarloOptions {
  chain: string;
  run(request: MonteCarloRequest): Promise<MonteCarloResult>;
}

const field = (id: string, label: string, input: HTMLInputElement, hint?: string): HTMLElement =>
  h(
    'div',
    { class: 'field field-narrow' },
    h('label', { for: id }, label),
    input,
    hint ? h('span', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
  );

const numberInput = (id: string, value: string, min: number, max: number, step: string) =>
  h('input', {
    type: 'number',
    id,
    value,
    min,
    max,
    step,
    inputmode: 'decimal',
    'aria-describedby': `${id}-hint`,
  });

function resultChart(items: readonly MonteCarloItem[], width: number): Element {
  const labels = items.map((i) => i.name);
  return Plot.plot({
    width,
    height: items.length * 30 + 60,
    marginLeft: Math.min(
      width < 480 ? 140 : 220,
      14 + 6.4 * Math.max(...labels.map((l) => l.length)),
    ),
    marginRight: 24,
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent', color: '#3d4550' },
    ariaLabel: 'Availability per stage and output: p5 to p95 range, median and mean',
    ariaDescription: items
      .map(
        (i) =>
          `${i.name}: mean ${formatShare(i.meanPct)}, p5 ${formatShare(i.p5Pct)}, p50 ${formatShare(i.p50Pct)}, p95 ${formatShare(i.p95Pct)}`,
      )
      .join('; '),
    x: { domain: [0, 100], grid: true, label: 'Availability (% of normal supply)' },
    y: { domain: labels, label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(items, {
        x1: 'p5Pct',
        x2: 'p95Pct',
        y: 'name',
        stroke: '#89bedc',
        strokeWidth: 8,
      }),
      Plot.tickX(items, { x: 'p50Pct', y: 'name', stroke: '#08306b', strokeWidth: 2 }),
      Plot.dot(items, { x: 'meanPct', y: 'name', fill: '#c81d25', r: 4 }),
    ],
  });
}

function resultTable(result: MonteCarloResult): HTMLElement {
  const rows = [...result.stages, ...result.outputs];
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'mc-caption', tabindex: '0' },
    h(
      'table',
      { class: 'data-table montecarlo-table' },
      h(
        'caption',
        { id: 'mc-caption' },
        `${result.trials.toLocaleString('en-US')} trials over ${result.economies.length} economies; shares of each input's latest year. Availability in % of normal supply.`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Stage or output'),
          h('th', { scope: 'col' }, 'Kind'),
          ...['Mean', 'p5', 'p50', 'p95', 'Shortfall chance'].map((c) =>
            h('th', { scope: 'col', class: 'num' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-item': r.item },
            h('th', { scope: 'row' }, r.name),
            h('td', {}, kindLabel(r.kind)),
            h('td', { class: 'num' }, formatShare(r.meanPct)),
            h('td', { class: 'num' }, formatShare(r.p5Pct)),
            h('td', { class: 'num' }, formatShare(r.p50Pct)),
            h('td', { class: 'num' }, formatShare(r.p95Pct)),
            h('td', { class: 'num' }, formatShare(r.shortfallProbability * 100)),
          ),
        ),
      ),
    ),
  );
}

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

export function monteCarloPanel(o: MonteCarloOptions): HTMLElement {
  const trials = numberInput('mc-trials', '10000', 1, 1_000_000, '1');
  const seed = numberInput('mc-seed', '1', 0, 4_294_967_295, '1');
  const probability = numberInput('mc-probability', '0.05', 0, 1, '0.01');
  const severity = numberInput('mc-severity', '0.5', 0, 1, '0.05');
  const out = h('div', { class: 'mc-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'button' }, 'Run the simulation');
  const form = h(
    'form',
    { class: 'mc-form', novalidate: true, 'aria-labelledby': 'mc-heading' },
    h(
      'div',
      { class: 'controls' },
      field('mc-trials', 'Trials', trials, 'up to 1,000,000'),
      field('mc-seed', 'Seed', seed, 'same seed, same result'),
      field('mc-probability', 'Disruption probability', probability, 'per economy and trial'),
      field('mc-severity', 'Severity', severity, 'fraction lost when disrupted'),
      h('div', { class: 'field field-action' }, button),
    ),
    out,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void (async () => {
      const request: MonteCarloRequest = {
        chain: o.chain,
        trials: Number(trials.value),
        seed: Number(seed.value),
        defaults: { probability: Number(probability.value), severity: Number(severity.value) },
      };
      button.disabled = true;
      out.setAttribute('aria-busy', 'true');
      try {
        const result = await o.run(request);
        const chart = h('div', { class: 'chart chart-wide' });
        out.replaceChildren(
          h(
            'div',
            { class: 'button-row' },
            h(
              'button',
              {
                type: 'button',
                class: 'button button-quiet',
                onClick: () =>
                  downloadCsv(
                    `${o.chain}-montecarlo-seed${request.seed}.csv`,
                    csv(result, request.seed),
                  ),
              },
              'Download CSV',
            ),
          ),
          resultTable(result),
          h('p', { class: 'note' }, 'Bar: p5 to p95; dark tick: median (p50); red dot: mean.'),
          chart,
          result.warnings.length
            ? h(
                'details',
                { class: 'scenario-warnings' },
                h('summary', {}, `Warnings (${result.warnings.length})`),
                h(
                  'ul',
                  { class: 'warning-list' },
                  result.warnings.map((w) => h('li', {}, w.message)),
                ),
              )
            : '',
        );
        const items = [...result.stages, ...result.outputs];
        if (items.length)
          chart.replaceChildren(
            resultChart(items, Math.max(300, Math.min(900, chart.clientWidth || 600))),
          );
      } catch (e) {
        if (!isAbort(e)) out.replaceChildren(errorBlock('The simulation could not be run', e));
      } finally {
        button.disabled = false;
        out.removeAttribute('aria-busy');
      }
    })();
  });
  return form;
}
