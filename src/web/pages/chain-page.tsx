// One supply chain: the graph (stages as lanes, inputs coloured by a chosen metric), the list of
// its inputs beside it, one input's providers in detail, the disruption scenario builder with
// before/after colouring, Monte Carlo, the metrics table and the sources. State lives in the URL.
// The graph sits in a ChartFrame, which saves it as PNG or SVG.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { COLOUR_METRICS } from '../components/chain-colour.ts';
import type { Chain, ChainDetail, ChainMetrics } from '../components/chain-model.ts';
import { layoutChain, type ChainLayout } from '../components/chain-layout.ts';
import { isColourMode, paintItems, scaleFor, type ColourMode } from '../components/chain-paint.ts';
import {
  chainCoalition,
  chainYear,
  disruption,
  metricsQuery,
} from '../components/chain-queries.ts';
import { useChain, useEconomyNames, useShare } from '../components/chains/chain-hooks.ts';
import { ChainLegend } from '../components/chains/chain-legend.tsx';
import { ChainSources } from '../components/chains/chain-sources.tsx';
import { kindMessage, modeMessage } from '../components/chains/chain-words.ts';
import { GraphView } from '../components/chains/graph-view.tsx';
import { ItemDetail } from '../components/chains/item-detail.tsx';
import { ItemList, type ListGroup } from '../components/chains/item-list.tsx';
import { MetricsTable } from '../components/chains/metrics-table.tsx';
import {
  MC_DEFAULTS,
  MonteCarloPanel,
  type MonteCarloSettings,
} from '../components/chains/monte-carlo.tsx';
import { ScenarioForm } from '../components/chains/scenario-form.tsx';
import { ScenarioResults, shockSentence } from '../components/chains/scenario-results.tsx';
import { shocksFromParam, shocksToParam } from '../components/chains/scenario-shocks.ts';
import { Breadcrumb, LoadError, NotFoundNotice } from '../components/facts/not-found.tsx';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { ChartFrame } from '../ui/chart-frame.tsx';
import { useCoalitions } from '../ui/coalition-picker.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading } from '../ui/query-state.tsx';
import type { ChainSearch } from './chains-search.ts';
import './chain-page.css';
import '../components/chains/chains.css';

type T = ReturnType<typeof useT>;

/** The lanes (or one group for a grid) with their stage first, then inputs in drawing order. */
function listGroups(t: T, chain: Chain, layout: ChainLayout): ListGroup[] {
  const inputs = new Map(chain.inputs.map((i) => [i.id, i]));
  const item = (id: string, depth: number) => ({
    id,
    name: inputs.get(id)?.name ?? id,
    depth,
    kindLabel: t(kindMessage[inputs.get(id)?.kind ?? 'material']),
  });
  if (layout.kind === 'grid')
    return [{ id: 'all', label: null, items: layout.inputs.map((n) => item(n.id, 0)) }];
  return layout.lanes.map((lane) => ({
    id: lane.id,
    label: lane.stageId ? t('chains.controls.stageName', { name: lane.label }) : lane.label,
    items: [
      ...(lane.stageId
        ? [
            {
              id: lane.stageId,
              name: t('chains.chain.theStage', { name: lane.label }),
              depth: 0,
              kindLabel: t('chains.kind.stage'),
            },
          ]
        : []),
      ...layout.inputs.filter((n) => n.lane === lane.id).map((n) => item(n.id, n.depth)),
    ],
  }));
}

function yearLabel(t: T, metrics: ChainMetrics, year: string): string {
  if (year !== 'latest') return t('chains.chain.yearIs', { year });
  const years = metrics.shares.map((s) => s.year).filter((y): y is number => y !== null);
  if (years.length === 0) return t('chains.chain.yearNone');
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return t('chains.chain.yearLatest', { years: lo === hi ? String(lo) : `${lo}–${hi}` });
}

export function ChainPage() {
  const t = useT();
  const { code = '' }: { code?: string } = useParams({ strict: false });
  const chain = useChain(code);
  const list = { href: '#/chains', label: t('chains.list.title') };
  if (chain.isError && chain.error instanceof ApiError && chain.error.notFound)
    return (
      <NotFoundNotice
        title={t('chains.chain.notFound', { code })}
        detail={t('chains.chain.notFoundDetail')}
        back={{ href: '#/chains', label: t('chains.chain.browse') }}
        apiMessage={chain.error.message}
      />
    );
  return (
    <>
      <Breadcrumb list={list} name={code} />
      <PageHeading title={chain.data?.chain.name ?? code} />
      {chain.isPending ? (
        <Loading what={t('chains.chain.what', { code })} />
      ) : chain.isError ? (
        <LoadError
          title={t('chains.chain.loadErrorOf', { code })}
          error={chain.error}
          retry={() => void chain.refetch()}
        />
      ) : (
        <ChainBody key={code} detail={chain.data} />
      )}
    </>
  );
}

function ChainBody({ detail }: { detail: ChainDetail }) {
  const t = useT();
  const share = useShare();
  const { chain } = detail;
  const search: ChainSearch = useSearch({ from: '/chains/$code' });
  const navigate = useNavigate({ from: '/chains/$code' });
  const setSearch = (patch: Partial<ChainSearch>) =>
    void navigate({ search: (prev: ChainSearch) => ({ ...prev, ...patch }), replace: true });

  const economyNames = useEconomyNames();
  const names = useMemo(() => {
    const all = new Map(economyNames);
    for (const p of chain.providers)
      if (p.kind === 'economy' && !all.has(p.iso3)) all.set(p.iso3, p.name);
    return all;
  }, [economyNames, chain]);
  const sources = useMemo(() => new Map(detail.sources.map((s) => [s.id, s])), [detail]);
  const coalitions = useCoalitions();

  // Settings, from the URL.
  const coalition = chainCoalition(search);
  const year = chainYear(search);
  const wanted: ColourMode = isColourMode(search.colour ?? null)
    ? (search.colour as ColourMode)
    : 'top1';
  const selected = search.item ?? null;
  const shocks = useMemo(() => shocksFromParam(search.shock), [search.shock]);

  const metrics = useQuery({
    ...metricsQuery(chain.code, coalition, year),
    placeholderData: keepPreviousData,
  });
  const scenario = useQuery({
    queryKey: ['disruption', chain.code, shocks, coalition, year],
    queryFn: ({ signal }) => disruption({ chain: chain.code, shocks, coalition, year }, signal),
    enabled: shocks.length > 0,
    staleTime: Infinity,
    retry: false,
  });
  const result = shocks.length > 0 ? (scenario.data ?? null) : null;
  // A scenario colouring waits for its scenario.
  const mode: ColourMode = (wanted === 'before' || wanted === 'after') && !result ? 'top1' : wanted;

  // The graph's layout, for the width the page gives it.
  const frame = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const w = frame.current?.clientWidth ?? window.innerWidth;
    setWidth(Math.max(300, w - (w > 900 ? 380 : 0)));
  }, []);
  const layout = useMemo(
    () =>
      width === null ? null : layoutChain(chain, Math.max(2, Math.min(6, Math.round(width / 170)))),
    [chain, width],
  );
  const graphHeight =
    layout?.kind === 'grid' && width !== null
      ? Math.round(
          Math.max(
            400,
            Math.min(640, layout.height * Math.min(1, width / (layout.width + 40)) + 70),
          ),
        )
      : null;
  const groups = useMemo(() => (layout ? listGroups(t, chain, layout) : []), [t, chain, layout]);
  const allIds = useMemo(
    () => [...chain.stages.map((s) => s.id), ...chain.inputs.map((i) => i.id)],
    [chain],
  );
  const years = useMemo(
    () => new Map((metrics.data?.shares ?? []).map((s) => [s.item, s.year] as const)),
    [metrics.data],
  );
  const paints = useMemo(
    () => (metrics.data ? paintItems(mode, allIds, metrics.data, result) : null),
    [mode, allIds, metrics.data, result],
  );

  // Choosing an item: from the table, the detail takes focus; elsewhere it is announced.
  const focusDetail = useRef(false);
  const choose = (id: string, from: 'graph' | 'list' | 'table') => {
    setSearch({ item: id });
    if (from === 'table') focusDetail.current = true;
    else
      announce(
        t('chains.chain.selected', {
          name: chain.inputs.find((i) => i.id === id)?.name ?? id,
        }),
      );
  };
  useEffect(() => {
    if (!focusDetail.current) return;
    focusDetail.current = false;
    const h2 = document.getElementById('item-detail-heading');
    h2?.focus();
    h2?.scrollIntoView({ block: 'start' });
  }, [selected]);

  useEffect(() => {
    if (scenario.data && shocks.length) {
      const lost = [...scenario.data.inputs, ...scenario.data.stages].filter(
        (i) => i.availabilityPct < 100,
      ).length;
      announce(t('chains.chain.scenarioRun', { count: lost }));
    }
  }, [scenario.data, shocks.length, t]);

  const sentences = (result?.shocks ?? []).map((s) => shockSentence(t, share, s, chain, names));
  const legendNote = !metrics.data
    ? undefined
    : mode === 'after' || mode === 'before'
      ? `${t(mode === 'before' ? 'chains.chain.before' : 'chains.chain.after')}: ${sentences.join('; ')}`
      : mode === 'coalition'
        ? t('chains.chain.coalitionNote', {
            code: metrics.data.coalition.code,
            count: metrics.data.coalition.economies.length,
          })
        : mode === 'concern'
          ? t('chains.chain.concernNote', { list: metrics.data.concern.economies.join(', ') })
          : undefined;
  const selectedPaint = selected ? paints?.get(selected) : undefined;
  const selectedName = selected
    ? (chain.inputs.find((i) => i.id === selected)?.name ??
      chain.stages.find((s) => s.id === selected)?.name ??
      selected)
    : '';

  const coalitionCodes = coalitions.data?.items ?? [];
  const chainYears = [...new Set(chain.provision.map((p) => p.year))].sort((a, b) => b - a);
  const mc: MonteCarloSettings | null = search.trials
    ? {
        trials: search.trials,
        seed: search.seed ?? MC_DEFAULTS.seed,
        probability: search.probability ?? MC_DEFAULTS.probability,
        severity: search.severity ?? MC_DEFAULTS.severity,
      }
    : null;
  const stageCount = chain.stages.length;

  return (
    <div ref={frame}>
      <p className="lede">
        {t('chains.chain.lede', {
          code: chain.code,
          stages: stageCount,
          inputs: chain.inputs.length,
          providers: chain.providers.length,
          rows: chain.provision.length,
        })}{' '}
        <a href={`#/controls?chain=${encodeURIComponent(chain.code)}`}>
          {t('chains.controls.title')}
        </a>
        {' · '}
        <a href="#chain-sources-heading">{t('chains.chain.sources')}</a>
      </p>
      <form
        className="controls chain-controls"
        aria-label={t('chains.chain.settings')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="chain-colour">{t('chains.chain.colourBy')}</label>
          <select
            id="chain-colour"
            value={mode}
            onChange={(e) => {
              const next = e.target.value as ColourMode;
              setSearch({ colour: next === 'top1' ? undefined : next });
            }}
          >
            {COLOUR_METRICS.map((m) => (
              <option key={m.id} value={m.id}>
                {t(modeMessage[m.id])}
              </option>
            ))}
            <optgroup label={t('chains.chain.scenarioGroup')}>
              <option value="before" disabled={!result}>
                {t(modeMessage.before)}
              </option>
              <option value="after" disabled={!result}>
                {t(modeMessage.after)}
              </option>
            </optgroup>
          </select>
        </div>
        <div className="field">
          <label htmlFor="chain-coalition">{t('chains.chain.coalition')}</label>
          <select
            id="chain-coalition"
            value={coalition}
            onChange={(e) =>
              setSearch({ coalition: e.target.value === 'G7' ? undefined : e.target.value })
            }
          >
            {!coalitionCodes.some((c) => c.code === coalition) && (
              <option value={coalition}>{coalition}</option>
            )}
            {coalitionCodes.map((c) => (
              <option key={c.code} value={c.code}>
                {`${c.code} — ${c.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-narrow">
          <label htmlFor="chain-year">{t('chains.controls.year')}</label>
          <select
            id="chain-year"
            value={year}
            onChange={(e) =>
              setSearch({ year: e.target.value === 'latest' ? undefined : e.target.value })
            }
          >
            <option value="latest">{t('chains.latestPerInput')}</option>
            {chainYears.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div className="chain-layout">
        <div className="chain-main">
          <ChartFrame
            className="chain-graph-chart"
            title={t('chains.chain.graphTitle', { mode: t(modeMessage[mode]) })}
            fileName={`${chain.code}-graph-${mode}`}
          >
            <div className="graph-with-callout">
              {layout && (
                <GraphView
                  chain={chain}
                  layout={layout}
                  height={graphHeight}
                  label={t(
                    layout.kind === 'lanes' ? 'chains.chain.graphLanes' : 'chains.chain.graphGrid',
                    {
                      name: chain.name,
                      inputs: chain.inputs.length,
                      lanes: layout.kind === 'lanes' ? layout.lanes.length : 0,
                    },
                  )}
                  paints={paints}
                  selected={selected}
                  onSelect={(id) => choose(id, 'graph')}
                />
              )}
              {selected && metrics.data && (
                <div className="graph-callout">
                  <p className="callout-name">{selectedName}</p>
                  <p className="callout-value">
                    {`${t(modeMessage[mode])}: ${selectedPaint?.text ?? '—'}${years.get(selected) ? ` (${years.get(selected)})` : ''}`}
                  </p>
                  {selectedPaint?.chokepoint && (
                    <p className="callout-flag">{t('chains.chain.chokepoint')}</p>
                  )}
                  <a href="#item-detail-heading">{t('chains.chain.toDetail')}</a>
                </div>
              )}
            </div>
          </ChartFrame>
        </div>
        <div className="chain-side">
          <div className="chain-legend-box" aria-busy={metrics.isFetching || undefined}>
            {metrics.isError ? (
              <ErrorNotice title={t('chains.chain.coloursError')} error={metrics.error} />
            ) : metrics.data && paints ? (
              <ChainLegend
                scale={scaleFor(mode, metrics.data)}
                paints={paints}
                yearLabel={yearLabel(t, metrics.data, year)}
                note={legendNote}
                kinds={[...new Set(chain.inputs.map((i) => i.kind))]}
                showChokepointOutline={mode !== 'chokepoint'}
              />
            ) : null}
          </div>
          <ItemList
            groups={groups}
            years={years}
            paints={paints}
            selected={selected}
            onSelect={(id) => choose(id, 'list')}
          />
        </div>
      </div>
      <div className="item-detail-box" id="item-detail">
        {selected && metrics.data ? (
          <ItemDetail
            id={selected}
            ctx={{
              chain,
              metrics: metrics.data,
              names,
              sources,
              result: mode === 'before' ? null : result,
            }}
          />
        ) : (
          <p className="muted detail-hint">{t('chains.chain.detailHint')}</p>
        )}
      </div>
      <section className="scenario" aria-labelledby="scenario-heading">
        <h2 id="scenario-heading">{t('chains.scenario.title')}</h2>
        <p className="lede">{t('chains.scenario.lede')}</p>
        <ScenarioForm
          chain={chain}
          names={names}
          initial={shocks}
          running={scenario.isFetching}
          error={shocks.length > 0 && scenario.isError ? scenario.error : null}
          onRun={(next) => {
            if (shocksToParam(next) === search.shock) void scenario.refetch();
            setSearch({ shock: shocksToParam(next), colour: 'after' });
          }}
          onClear={() => setSearch({ shock: undefined, colour: undefined })}
        />
        {result && (
          <ScenarioResults
            chain={chain}
            result={result}
            names={names}
            yearLabel={year === 'latest' ? t('chains.chain.latestYear') : year}
            view={mode === 'before' ? 'before' : 'after'}
            onView={(view) => setSearch({ colour: view })}
            onSelect={(id) => choose(id, 'table')}
          />
        )}
      </section>
      <section className="montecarlo" aria-labelledby="mc-heading">
        <h2 id="mc-heading">{t('chains.mc.title')}</h2>
        <p className="lede">{t('chains.mc.lede')}</p>
        <MonteCarloPanel chain={chain.code} applied={mc} onRun={(s) => setSearch({ ...s })} />
      </section>
      {metrics.isError ? (
        <ErrorNotice
          title={t('chains.chain.metricsError')}
          error={metrics.error}
          retry={() => void metrics.refetch()}
        />
      ) : metrics.data ? (
        <MetricsTable chain={chain} metrics={metrics.data} onSelect={(id) => choose(id, 'table')} />
      ) : (
        <Loading what={t('chains.chain.metricsWhat')} />
      )}
      <ChainSources sources={detail.sources} />
    </div>
  );
}
