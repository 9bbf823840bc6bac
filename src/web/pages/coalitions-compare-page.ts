// Coalitions side by side (`#/coalitions/compare?codes=G7,D10,T12`): each one's share of the world
// per indicator as a table and grouped bars, a CSV of the figures, and a what-if.
import { api } from '../api-client.ts';
import type { Economy, LeverageReport } from '../api-types.ts';
import type { AnalysisContext, CoalitionOptions } from '../components/analysis-context.ts';
import { optionsLabel, optionsSlug } from '../components/analysis-context.ts';
import { analysisControls, analysisYears, readOptions } from '../components/analysis-controls.ts';
import { leverageCsv, WORLD_NOTE } from '../components/leverage-section.ts';
import { groupedShareBars, type GroupedShareRow } from '../components/share-charts.ts';
import { WhatIfPanel } from '../components/what-if-panel.ts';
import { downloadCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { formatShare } from '../format-value.ts';
import { catalogueOf, indicatorName, indicatorShortName } from '../indicator-labels.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';

const MAX_CODES = 10;
const CODE = /^[A-Za-z][A-Za-z0-9_]{1,31}$/;

/** The codes in `?codes=`, upper-cased, valid and each once, at most ten. */
export function readCodes(raw: string | null): string[] {
  const codes = (raw ?? '')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter((c) => CODE.test(c));
  return [...new Set(codes)].slice(0, MAX_CODES);
}

function comparisonTable(reports: readonly LeverageReport[], ctx: AnalysisContext): HTMLElement {
  const indicators = [...new Set(reports.flatMap((r) => r.items.map((i) => i.indicator)))];
  const cell = (r: LeverageReport, indicator: string): HTMLElement => {
    const item = r.items.find((i) => i.indicator === indicator);
    if (!item) return h('td', { class: 'num muted' }, '—');
    const missing = item.coalitionEconomiesMissing;
    return h(
      'td',
      { class: 'num', 'data-coalition': r.code },
      h('strong', {}, formatShare(item.sharePct)),
      missing.length
        ? h(
            'span',
            { class: 'sub', title: `No data: ${missing.join(', ')}` },
            `${missing.length} without data`,
          )
        : null,
    );
  };
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'compare-caption', tabindex: '0' },
    h(
      'table',
      { class: 'data-table compare-table' },
      h(
        'caption',
        { id: 'compare-caption' },
        `Share of the world per indicator — ${optionsLabel(ctx.options)}.`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Indicator'),
          h('th', { scope: 'col', class: 'num' }, 'Year'),
          reports.map((r) =>
            h(
              'th',
              { scope: 'col', class: 'num coalition-col', 'data-coalition': r.code },
              h('a', { href: `#/coalitions/${encodeURIComponent(r.code)}`, title: r.name }, r.code),
              h('span', { class: 'sub' }, `${r.economies.length} economies`),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        indicators.map((indicator) => {
          const years = [
            ...new Set(
              reports.map((r) => r.items.find((i) => i.indicator === indicator)?.year ?? null),
            ),
          ].filter((y) => y !== null);
          return h(
            'tr',
            { 'data-indicator': indicator },
            h('th', { scope: 'row' }, indicatorName(indicator, ctx.catalogue)),
            h('td', { class: 'num' }, years.length ? years.join(' / ') : '—'),
            reports.map((r) => cell(r, indicator)),
          );
        }),
      ),
    ),
  );
}

export async function coalitionsComparePage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Compare coalitions — techalliance';
  const codes = readCodes(query.get('codes'));
  const codesInput = h('input', {
    type: 'text',
    id: 'compare-codes',
    name: 'codes',
    value: codes.join(', '),
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'compare-codes-hint',
  });
  const settings = h('div', { class: 'analysis-settings' });
  const results = h('div', { class: 'compare-results' });
  const whatIfArea = h('div', {});
  root.append(
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/coalitions' }, 'Coalitions'),
      ' › Compare',
    ),
    h('h1', { tabindex: '-1' }, 'Compare coalitions'),
    h(
      'p',
      { class: 'lede' },
      'Several coalitions’ shares of the world, side by side, for the same indicators and years.',
    ),
    h(
      'form',
      {
        class: 'controls',
        'aria-label': 'Coalitions to compare',
        onSubmit: (e: Event) => {
          e.preventDefault();
          const next = readCodes(codesInput.value.replace(/\s+/g, ','));
          const q = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
          q.set('codes', next.join(','));
          window.location.hash = `#/coalitions/compare?${q.toString().replace(/%2C/g, ',')}`;
        },
      },
      h(
        'div',
        { class: 'field field-wide' },
        h('label', { for: 'compare-codes' }, 'Coalitions'),
        codesInput,
        h(
          'p',
          { class: 'field-hint', id: 'compare-codes-hint' },
          `Up to ${MAX_CODES} codes separated by commas, e.g. G7, D10, T12, QUAD; or tick them on the `,
          h('a', { href: '#/coalitions' }, 'list of coalitions'),
          '.',
        ),
      ),
      h(
        'div',
        { class: 'field field-action' },
        h('button', { type: 'submit', class: 'button' }, 'Compare'),
      ),
    ),
    settings,
    results,
    whatIfArea,
  );
  if (codes.length === 0) {
    results.replaceChildren(
      h(
        'div',
        { class: 'notice' },
        h('p', {}, 'Name the coalitions to compare above, e.g. G7, D10, T12.'),
      ),
    );
    return;
  }
  document.title = `Compare ${codes.join(', ')} — techalliance`;
  results.replaceChildren(loadingBlock(`the comparison of ${codes.join(', ')}`));

  let economies: Economy[];
  let ctx: AnalysisContext;
  try {
    const [e, i] = await Promise.all([api.economies({}, signal), api.indicators(signal)]);
    economies = e.items;
    ctx = {
      catalogue: catalogueOf(i.items),
      names: new Map(e.items.map((x) => [x.iso3, x.name])),
      options: readOptions(query),
    };
    settings.replaceChildren(
      analysisControls(ctx.options, analysisYears(i.items), (options) => void load(options)),
    );
  } catch (e) {
    if (isAbort(e)) return;
    results.replaceChildren(
      errorBlock('The comparison could not be loaded', e, () => location.reload()),
    );
    return;
  }

  let sequence = 0;
  const load = async (options: CoalitionOptions): Promise<void> => {
    const mine = ++sequence;
    const current = { ...ctx, options };
    results.setAttribute('aria-busy', 'true');
    try {
      const { items: reports } = await api.compare(codes, options, signal);
      if (mine !== sequence) return;
      const chartBox = h('div', { class: 'chart chart-wide' });
      results.replaceChildren(
        h('p', { class: 'note world-note' }, WORLD_NOTE),
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
                  `compare-${codes.join('-')}-${optionsSlug(options)}.csv`,
                  leverageCsv(reports, current),
                ),
            },
            'Download CSV',
          ),
        ),
        comparisonTable(reports, current),
        h('h2', { class: 'chart-heading' }, 'Shares of the world'),
        chartBox,
      );
      const rows: GroupedShareRow[] = reports.flatMap((r) =>
        r.items
          .filter((i) => i.sharePct !== null)
          .map((i) => ({
            coalition: r.code,
            label: indicatorShortName(i.indicator, current.catalogue),
            sharePct: i.sharePct!,
          })),
      );
      const width = Math.max(300, Math.min(900, chartBox.clientWidth || 600));
      chartBox.replaceChildren(
        groupedShareBars(
          rows,
          reports.map((r) => r.code),
          width,
        ),
      );
      const panel = new WhatIfPanel(reports, economies, current, signal);
      whatIfArea.replaceChildren(panel.element);
      announce(`Comparison of ${codes.join(', ')} loaded.`);
      await panel.start();
    } catch (e) {
      if (isAbort(e) || mine !== sequence) return;
      whatIfArea.replaceChildren();
      results.replaceChildren(errorBlock('The comparison could not be loaded', e));
    } finally {
      if (mine === sequence) results.removeAttribute('aria-busy');
    }
  };
  await load(ctx.options);
}
