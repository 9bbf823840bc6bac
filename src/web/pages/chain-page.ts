// One supply chain: the graph (stages as lanes, inputs coloured by a chosen metric), the list of
// its inputs beside it, one input's providers in detail, the disruption scenario builder with
// before/after colouring, Monte Carlo, the metrics table and the sources. State lives in the URL.
import { ApiError, api } from '../api-client.ts';
import type { CoalitionSummary, Source } from '../api-types.ts';
import { COLOUR_METRICS } from '../components/chain-colour.ts';
import { ChainGraph } from '../components/chain-graph.ts';
import { ChainItemList, type ListGroup } from '../components/chain-item-list.ts';
import { layoutChain, type ChainLayout } from '../components/chain-layout.ts';
import { chainLegend } from '../components/chain-legend.ts';
import { metricsTable } from '../components/chain-metrics-table.ts';
import {
  isColourMode,
  modeLabel,
  paintItems,
  scaleFor,
  type ColourMode,
  type ItemPaint,
} from '../components/chain-paint.ts';
import { chainSources } from '../components/chain-sources.ts';
import { inputDetail } from '../components/input-detail.ts';
import { monteCarloPanel } from '../components/monte-carlo-panel.ts';
import { ScenarioBuilder, shockFromParam, shockToParam } from '../components/scenario-builder.ts';
import { scenarioResults, shockSentence } from '../components/scenario-results.ts';
import { supplyChainApi } from '../components/supply-chain-api.ts';
import { kindLabel } from '../components/supply-chain-labels.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock, notFoundBlock } from '../page-status.ts';
import { currentLocation, replaceQuery, type PageContext } from '../router.ts';
import type {
  Chain,
  ChainDetail,
  ChainMetrics,
  DisruptionResult,
  ShockDraft,
} from '../supply-chain-types.ts';

/** The lanes (or one group for a grid) with their stage first, then inputs in drawing order. */
function listGroups(chain: Chain, layout: ChainLayout): ListGroup[] {
  const kinds = new Map(chain.inputs.map((i) => [i.id, i]));
  const item = (id: string, depth: number) => ({
    id,
    name: kinds.get(id)?.name ?? id,
    depth,
    kindLabel: kindLabel(kinds.get(id)?.kind ?? 'material'),
  });
  if (layout.kind === 'grid')
    return [{ id: 'all', label: null, items: layout.inputs.map((n) => item(n.id, 0)) }];
  return layout.lanes.map((lane) => ({
    id: lane.id,
    label: lane.stageId ? `${lane.label} (stage)` : lane.label,
    items: [
      ...(lane.stageId
        ? [{ id: lane.stageId, name: `${lane.label} — the stage`, depth: 0, kindLabel: 'Stage' }]
        : []),
      ...layout.inputs.filter((n) => n.lane === lane.id).map((n) => item(n.id, n.depth)),
    ],
  }));
}

function yearLabel(metrics: ChainMetrics, year: string): string {
  if (year !== 'latest') return `Year: ${year}`;
  const years = metrics.shares.map((s) => s.year).filter((y): y is number => y !== null);
  if (years.length === 0) return 'Year: none (no share rows)';
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return `Year: latest per input (${lo === hi ? lo : `${lo}–${hi}`})`;
}

const chainYears = (chain: Chain): number[] =>
  [...new Set(chain.provision.map((p) => p.year))].sort((a, b) => b - a);

const select = (id: string, options: HTMLElement[]): HTMLSelectElement =>
  h('select', { id }, options);

export async function chainPage({ root, params, query, signal }: PageContext): Promise<void> {
  const code = params.code ?? '';
  document.title = `${code} — techalliance`;
  const heading = h('h1', { tabindex: '-1' }, code);
  const body = h('div', {}, loadingBlock(`supply chain ${code}`));
  root.append(
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/chains' }, 'Supply chains'),
      ' › ',
      code,
    ),
    heading,
    body,
  );

  let detail: ChainDetail;
  let coalitions: CoalitionSummary[];
  const names = new Map<string, string>();
  try {
    const [d, c, e] = await Promise.all([
      supplyChainApi.chain(code, signal),
      api.coalitions(signal),
      api.economies({}, signal).catch((err: unknown) => {
        if (isAbort(err)) throw err;
        return { count: 0, items: [] };
      }),
    ]);
    detail = d;
    coalitions = c.items;
    for (const x of e.items) names.set(x.iso3, x.name);
  } catch (e) {
    if (isAbort(e)) return;
    if (e instanceof ApiError && e.notFound) {
      const hadFocus = document.activeElement === heading;
      document.title = 'Supply chain not found — techalliance';
      root.replaceChildren(
        notFoundBlock(
          `No supply chain with the code “${code}”`,
          'No chain with this code is loaded. The semiconductor chain is imported by each user (its licence forbids bundling it).',
          { href: '#/chains', label: 'Browse the supply chains' },
          e.message,
        ),
      );
      if (hadFocus) root.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    body.replaceChildren(
      errorBlock(`Supply chain ${code} could not be loaded`, e, () =>
        window.dispatchEvent(new HashChangeEvent('hashchange')),
      ),
    );
    return;
  }
  const chain = detail.chain;
  for (const p of chain.providers)
    if (p.kind === 'economy' && !names.has(p.iso3)) names.set(p.iso3, p.name);
  const sources = new Map<string, Source>(detail.sources.map((s) => [s.id, s]));
  document.title = `${chain.name} — techalliance`;
  heading.textContent = chain.name;

  // State, from the URL.
  let coalition = (query.get('coalition') ?? 'G7').trim() || 'G7';
  let year = /^\d{4}$/.test(query.get('year') ?? '') ? query.get('year')! : 'latest';
  let mode: ColourMode = isColourMode(query.get('colour'))
    ? (query.get('colour') as ColourMode)
    : 'top1';
  let selected: string | null = query.get('item');
  const initialShocks = query
    .getAll('shock')
    .map(shockFromParam)
    .filter((s): s is ShockDraft => s !== null);
  let metrics: ChainMetrics | null = null;
  let result: DisruptionResult | null = null;
  let resultShocks: ShockDraft[] = [];
  // A scenario colouring waits for its scenario to run again.
  const wantedMode = mode;
  if (mode === 'before' || mode === 'after') mode = 'top1';

  // Controls.
  const coalitionSelect = select('chain-coalition', [
    ...(coalitions.some((c) => c.code === coalition)
      ? []
      : [h('option', { value: coalition }, coalition)]),
    ...coalitions.map((c) => h('option', { value: c.code }, `${c.code} — ${c.name}`)),
  ]);
  coalitionSelect.value = coalition;
  const colourSelect = select('chain-colour', [
    ...COLOUR_METRICS.map((m) => h('option', { value: m.id }, m.label)),
    h(
      'optgroup',
      { label: 'Scenario (run one below)' },
      h('option', { value: 'before', disabled: true }, 'Availability before the shock'),
      h('option', { value: 'after', disabled: true }, 'Availability after the shock'),
    ),
  ]);
  const yearSelect = select('chain-year', [
    h('option', { value: 'latest' }, 'Latest per input'),
    ...chainYears(chain).map((y) => h('option', { value: String(y) }, String(y))),
  ]);
  yearSelect.value = year;
  const controls = h(
    'form',
    {
      class: 'controls chain-controls',
      'aria-label': 'Graph settings',
      onSubmit: (e: Event) => e.preventDefault(),
    },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'chain-colour' }, 'Colour inputs by'),
      colourSelect,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'chain-coalition' }, 'Coalition'),
      coalitionSelect,
    ),
    h(
      'div',
      { class: 'field field-narrow' },
      h('label', { for: 'chain-year' }, 'Year of shares'),
      yearSelect,
    ),
  );

  // Graph, list, legend, callout, detail.
  const frameWidth = Math.max(300, root.clientWidth - (root.clientWidth > 900 ? 380 : 0));
  const layout = layoutChain(chain, Math.max(2, Math.min(6, Math.round(frameWidth / 170))));
  const allIds = [...chain.stages.map((s) => s.id), ...chain.inputs.map((i) => i.id)];
  const years = new Map<string, number | null>();
  const graph = new ChainGraph(chain, layout, {
    label: `Graph of ${chain.name}: ${chain.inputs.length} inputs${layout.kind === 'lanes' ? ` in ${layout.lanes.length} lanes, stages left to right` : ' in a grid'}. The list of inputs beside it holds the same items and colours.`,
    onSelect: (id) => choose(id, 'graph'),
  });
  if (layout.kind === 'grid') {
    const zoom = Math.min(1, frameWidth / (layout.width + 40));
    graph.element.style.setProperty(
      '--graph-height',
      `${Math.round(Math.max(400, Math.min(640, layout.height * zoom + 70)))}px`,
    );
  }
  const list = new ChainItemList(listGroups(chain, layout), years, (id) => choose(id, 'list'));
  const legendBox = h('div', { class: 'chain-legend-box' });
  const callout = h('div', { class: 'graph-callout', hidden: true });
  const detailBox = h(
    'div',
    { class: 'item-detail-box', id: 'item-detail' },
    h(
      'p',
      { class: 'muted detail-hint' },
      'Choose an input in the graph or the list to see who provides it.',
    ),
  );
  const metricsBox = h('div', {});
  const resultsBox = h('div', {});

  const paints = (): Map<string, ItemPaint> => paintItems(mode, allIds, metrics!, result);
  const legendNote = (): string | undefined =>
    mode === 'after' || mode === 'before'
      ? `${mode === 'before' ? 'Before' : 'After'}: ${resultShocks.map((s) => shockSentence(s, chain, names)).join('; ')}`
      : mode === 'coalition'
        ? `${metrics!.coalition.code}: ${metrics!.coalition.economies.length} economies`
        : mode === 'concern'
          ? `Countries of concern: ${metrics!.concern.economies.join(', ')}`
          : undefined;

  const repaint = (): void => {
    if (!metrics) return;
    const p = paints();
    graph.paint(p);
    list.paint(p);
    legendBox.replaceChildren(
      chainLegend({
        scale: scaleFor(mode, metrics),
        paints: p,
        yearLabel: yearLabel(metrics, year),
        note: legendNote(),
        kinds: [...new Set(chain.inputs.map((i) => i.kind))],
        showChokepointOutline: mode !== 'chokepoint',
      }),
    );
    updateCallout(p);
  };

  const updateCallout = (p: Map<string, ItemPaint>): void => {
    if (!selected || !metrics) {
      callout.hidden = true;
      return;
    }
    const paint = p.get(selected);
    const name =
      chain.inputs.find((i) => i.id === selected)?.name ??
      chain.stages.find((s) => s.id === selected)?.name ??
      selected;
    callout.hidden = false;
    callout.replaceChildren(
      h('p', { class: 'callout-name' }, name),
      h(
        'p',
        { class: 'callout-value' },
        `${modeLabel(mode)}: ${paint?.text ?? '—'}${years.get(selected) ? ` (${years.get(selected)})` : ''}`,
      ),
      paint?.chokepoint ? h('p', { class: 'callout-flag' }, 'Chokepoint') : '',
      h('a', { href: '#item-detail-heading' }, 'Providers and figures ↓'),
    );
  };

  const renderDetail = (): void => {
    if (!selected || !metrics) return;
    const rendered = inputDetail(selected, {
      chain,
      metrics,
      names,
      sources,
      result: mode === 'before' ? null : result,
    });
    detailBox.replaceChildren(rendered.element);
    rendered.draw();
  };

  /** Selects an item; `from` says where the choice was made (what to reveal and announce). */
  function choose(id: string, from: 'graph' | 'list' | 'table' | 'url'): void {
    selected = id;
    replaceQuery({ item: id });
    graph.select(id, from !== 'graph');
    list.select(id);
    renderDetail();
    if (metrics) updateCallout(paints());
    const name = chain.inputs.find((i) => i.id === id)?.name ?? id;
    if (from === 'table') {
      const h2 = detailBox.querySelector<HTMLElement>('h2');
      h2?.focus();
      h2?.scrollIntoView({ block: 'start' });
    } else if (from !== 'url')
      announce(`${name} selected; its providers are shown below the graph.`);
  }

  const setMode = (next: ColourMode): void => {
    mode = next;
    colourSelect.value = next;
    replaceQuery({ colour: next === 'top1' ? null : next });
    repaint();
    renderDetail();
    renderResults();
  };
  colourSelect.addEventListener('change', () => setMode(colourSelect.value as ColourMode));

  const renderResults = (): void => {
    if (!result) {
      resultsBox.replaceChildren();
      return;
    }
    resultsBox.replaceChildren(
      scenarioResults({
        chain,
        result,
        names,
        yearLabel: year === 'latest' ? 'latest year per input' : year,
        view: mode === 'before' ? 'before' : 'after',
        onView: (view) => setMode(view),
        onSelect: (id) => choose(id, 'table'),
      }),
    );
  };

  const runScenario = async (shocks: ShockDraft[]): Promise<void> => {
    const r = await supplyChainApi.disrupt({ chain: chain.code, shocks, coalition, year }, signal);
    result = r;
    resultShocks = shocks;
    for (const o of colourSelect.querySelectorAll('option[value="before"], option[value="after"]'))
      (o as HTMLOptionElement).disabled = false;
    const { path, query: q } = currentLocation();
    q.delete('shock');
    for (const s of shocks) q.append('shock', shockToParam(s));
    q.set('colour', 'after');
    window.history.replaceState(window.history.state, '', `#${path}?${q.toString()}`);
    mode = 'after';
    colourSelect.value = 'after';
    repaint();
    renderDetail();
    renderResults();
    const lowest = [...r.inputs, ...r.stages].filter((i) => i.availabilityPct < 100).length;
    announce(
      `Scenario run: ${lowest} items lose availability. The graph shows availability after the shock.`,
    );
  };

  const builder = new ScenarioBuilder({
    chain,
    names,
    initial: initialShocks,
    onRun: runScenario,
    onClear: () => {
      result = null;
      resultShocks = [];
      for (const o of colourSelect.querySelectorAll(
        'option[value="before"], option[value="after"]',
      ))
        (o as HTMLOptionElement).disabled = true;
      const { path, query: q } = currentLocation();
      q.delete('shock');
      window.history.replaceState(
        window.history.state,
        '',
        `#${path}${q.toString() ? `?${q.toString()}` : ''}`,
      );
      setMode('top1');
    },
  });

  const loadMetrics = async (): Promise<void> => {
    legendBox.setAttribute('aria-busy', 'true');
    try {
      metrics = await supplyChainApi.metrics(chain.code, { coalition, year }, signal);
    } catch (e) {
      if (isAbort(e)) return;
      metricsBox.replaceChildren(
        errorBlock('The metrics could not be loaded', e, () => void loadMetrics()),
      );
      legendBox.replaceChildren(errorBlock('The colours could not be computed', e));
      return;
    } finally {
      legendBox.removeAttribute('aria-busy');
    }
    years.clear();
    for (const s of metrics.shares) years.set(s.item, s.year);
    metricsBox.replaceChildren(metricsTable(chain, metrics, (id) => choose(id, 'table')));
    repaint();
    renderDetail();
  };

  const onSettings = async (): Promise<void> => {
    coalition = coalitionSelect.value;
    year = yearSelect.value;
    replaceQuery({
      coalition: coalition === 'G7' ? null : coalition,
      year: year === 'latest' ? null : year,
    });
    await loadMetrics();
    if (result) await builder.run();
  };
  coalitionSelect.addEventListener('change', () => void onSettings());
  yearSelect.addEventListener('change', () => void onSettings());

  const stageCount = chain.stages.length;
  body.replaceChildren(
    h(
      'p',
      { class: 'lede' },
      `${chain.code} · ${stageCount} ${stageCount === 1 ? 'stage' : 'stages'} · ${chain.inputs.length} inputs · ${chain.providers.length} providers · ${chain.provision.length} share rows. `,
      h(
        'a',
        { href: `#/controls?chain=${encodeURIComponent(chain.code)}` },
        'Export-control coverage',
      ),
      ' · ',
      h('a', { href: '#chain-sources-heading' }, 'Sources'),
    ),
    controls,
    h(
      'div',
      { class: 'chain-layout' },
      h(
        'div',
        { class: 'chain-main' },
        h('div', { class: 'graph-with-callout' }, graph.element, callout),
      ),
      h('div', { class: 'chain-side' }, legendBox, list.element),
    ),
    detailBox,
    h(
      'section',
      { class: 'scenario', 'aria-labelledby': 'scenario-heading' },
      h('h2', { id: 'scenario-heading' }, 'Disruption scenario'),
      h(
        'p',
        { class: 'lede' },
        'Take supply away — an economy or a firm losing a fraction of one input or of everything — and see how it propagates downstream: an item is as available as the least available of what goes into it and its own supply; variants substitute for each other.',
      ),
      builder.element,
      resultsBox,
    ),
    h(
      'section',
      { class: 'montecarlo', 'aria-labelledby': 'mc-heading' },
      h('h2', { id: 'mc-heading' }, 'Monte Carlo: random disruptions'),
      h(
        'p',
        { class: 'lede' },
        'Each economy is disrupted at random in each trial (probability), losing a fraction of what it supplies (severity); the spread of availability per stage and final output.',
      ),
      monteCarloPanel({ chain: chain.code, run: (req) => supplyChainApi.monteCarlo(req, signal) }),
    ),
    metricsBox,
    chainSources(detail.sources),
  );

  signal.addEventListener('abort', () => graph.destroy());
  await loadMetrics();
  if (signal.aborted || !metrics) return;
  graph.mount(paints());
  if (selected) choose(selected, 'url');
  if (initialShocks.length) {
    await builder.run();
    if (result && wantedMode === 'before') setMode('before');
  }
  announce(`${chain.name}: ${chain.inputs.length} inputs.`);
}
