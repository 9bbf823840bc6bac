// The world map page: an indicator and year coloured by country, a grouping outlined, a legend, a
// table of the same values, and the source of every figure. The controls, sources and table show
// as soon as the API has answered; the drawing code and the atlas load beside them (their own
// chunk and JSON file) and the map fills its box when they arrive.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, type MouseEvent, type ReactNode } from 'react';
import type { ResponseOf } from '../api/client.ts';
import { formatIndicatorValue } from '../category-labels.ts';
import { citationText } from '../components/citation.ts';
import type { ChoroplethMap, CountryStyle } from '../components/choropleth-map.ts';
import { Citation } from '../components/facts/citation.tsx';
import type { IndicatorValues } from '../components/facts/indicator-values.ts';
import { MapLegend } from '../components/facts/map-legend.tsx';
import { LoadError } from '../components/facts/not-found.tsx';
import { WorldMap } from '../components/facts/world-map.tsx';
import {
  atlasQuery,
  catalogueQuery,
  groupQuery,
  DEFAULT_INDICATOR,
  valuesQuery,
  yearOf,
  type MapValues,
  economiesQuery,
  groupsQuery,
} from '../components/facts/queries.ts';
import { quantileScale } from '../components/quantile-scale.ts';
import { useStableT as useT, type Translate } from '../components/facts/use-stable-t.ts';
import { announce } from '../page-status.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { Loading } from '../ui/query-state.tsx';
import type { MapSearch } from './facts-search.ts';
import '../components/facts/facts.css';

type Catalogue = ResponseOf<'/api/v1/indicators'>['items'];
type Values = IndicatorValues;
type Item = Values['items'][number];

const yearSpan = (years: readonly number[]): string => {
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
};

export function MapPage() {
  const t = useT();
  const search: MapSearch = useSearch({ from: '/map' });
  const navigate = useNavigate({ from: '/map' });
  const setSearch = (patch: Partial<MapSearch>) =>
    void navigate({ search: { ...search, ...patch }, replace: true });

  const client = useQueryClient();
  const catalogue = useQuery(catalogueQuery);
  const economies = useQuery(economiesQuery);
  const groups = useQuery(groupsQuery);
  const atlas = useQuery(atlasQuery);
  const svgLabel = t('map.svgLabel');
  const map = useMemo(
    () =>
      atlas.data && economies.data
        ? new atlas.data.Map(atlas.data.topology, economies.data.items, svgLabel)
        : null,
    [atlas.data, economies.data, svgLabel],
  );
  const names = useMemo(
    () => new Map(economies.data?.items.map((e) => [e.iso3, e.name]) ?? []),
    [economies.data],
  );

  const items: Catalogue = catalogue.data?.items.filter((i) => i.valueCount > 0) ?? [];
  const indicator =
    items.find((i) => i.code === search.indicator) ??
    items.find((i) => i.code === DEFAULT_INDICATOR) ??
    items[0];
  // Until the catalogue has arrived, the values of the indicator the address names (else the
  // default) are asked for at the same time: the same query once the catalogue confirms it.
  const code = catalogue.data ? indicator?.code : (search.indicator ?? DEFAULT_INDICATOR);
  const year = code !== undefined && code === search.indicator ? yearOf(search.year) : undefined;

  const values = useQuery({
    ...valuesQuery(client, code ?? DEFAULT_INDICATOR, year),
    enabled: code !== undefined,
    placeholderData: keepPreviousData,
  });
  const group = useQuery({
    ...groupQuery(search.group ?? ''),
    enabled: search.group !== undefined,
  });

  const failed = catalogue.error ?? economies.error ?? groups.error;
  const ready =
    catalogue.data !== undefined && groups.data !== undefined && economies.data !== undefined;

  return (
    <>
      <PageHeading title={t('map.title')} />
      <p className="lede">{t('map.lede')}</p>
      <form
        className="controls"
        aria-label={t('map.settings')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor="map-indicator">{t('map.indicator')}</label>
          <select
            id="map-indicator"
            name="indicator"
            disabled={!ready || !indicator}
            value={indicator?.code ?? ''}
            onChange={(e) => setSearch({ indicator: e.target.value, year: undefined })}
          >
            {[...new Set(items.map((i) => i.category))].map((category) => (
              <optgroup key={category} label={category[0]!.toUpperCase() + category.slice(1)}>
                {items
                  .filter((i) => i.category === category)
                  .map((i) => (
                    <option key={i.code} value={i.code}>
                      {i.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field field-narrow">
          <label htmlFor="map-year">{t('map.year')}</label>
          <select
            id="map-year"
            name="year"
            disabled={values.data === undefined}
            value={values.data ? String(values.data.v.year) : ''}
            onChange={(e) => setSearch({ indicator: indicator?.code, year: e.target.value })}
          >
            {values.data && (
              <>
                <option value="latest">{t('map.latestAvailable')}</option>
                {values.data.v.years.map((y) => (
                  <option key={y} value={String(y)}>
                    {y}
                  </option>
                ))}
              </>
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor="map-group">{t('map.outline')}</label>
          <select
            id="map-group"
            name="group"
            disabled={!ready}
            value={search.group ?? ''}
            onChange={(e) => setSearch({ group: e.target.value || undefined })}
          >
            <option value="">{t('map.none')}</option>
            {groups.data?.items.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-action">
          {values.data && !values.isError && (
            <a
              className="button button-quiet"
              download=""
              href={`/api/v1/indicators/${encodeURIComponent(values.data.v.indicator.code)}?year=${String(values.data.v.year ?? 'latest')}&format=csv`}
            >
              {t('map.csv')}
            </a>
          )}
        </div>
      </form>
      {failed ? (
        <div className="map-area">
          <LoadError
            title={t('map.loadError')}
            error={failed}
            retry={() => window.location.reload()}
          />
        </div>
      ) : !ready ? (
        <div className="map-area">
          <Loading what={t('map.what')} />
        </div>
      ) : !indicator ? (
        <div className="map-area">
          <div className="notice">
            <p>{t('map.noIndicators')}</p>
          </div>
        </div>
      ) : (
        <MapBody
          map={map}
          atlasError={atlas.error}
          values={values}
          group={group}
          groupCode={search.group}
          indicatorCode={indicator.code}
          names={names}
        />
      )}
    </>
  );
}

type ValuesQuery = {
  data?: MapValues;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
};
type GroupQuery = {
  data?: ResponseOf<'/api/v1/groups/{code}'>;
  error: unknown;
  isError: boolean;
};

function yearLabelOf(t: Translate, v: Values): string {
  const years = v.items.map((i) => i.year);
  if (v.year !== 'latest') return v.year === null ? t('map.noYear') : String(v.year);
  return years.length > 0
    ? t('map.latestSpan', { span: yearSpan(years) })
    : t('map.latestPerEconomy');
}

/** The map's box: the drawn map, why it could not be drawn, or that it is on its way. */
function MapArea({
  map,
  atlasError,
  children,
}: {
  map: ChoroplethMap | null;
  atlasError: unknown;
  children: (map: ChoroplethMap) => ReactNode;
}) {
  const t = useT();
  if (map) return children(map);
  if (atlasError)
    return (
      <LoadError
        title={t('map.loadError')}
        error={atlasError}
        retry={() => window.location.reload()}
      />
    );
  return <Loading what={t('map.what')} />;
}

function paintOf(
  t: Translate,
  v: Values,
  drawn: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
): Map<string, CountryStyle> {
  const sources = new Map(v.sources.map((s) => [s.id, s]));
  const scale = quantileScale(v.items.map((i) => i.value));
  const styles = new Map<string, CountryStyle>();
  for (const iso3 of drawn) {
    const name = names.get(iso3) ?? iso3;
    styles.set(iso3, {
      colour: null,
      label: t('map.noDataLabel', { name }),
      tooltip: {
        title: name,
        lines: [
          v.year === 'latest' ? t('map.noDataShort') : t('map.noDataFor', { year: String(v.year) }),
          v.indicator.name,
        ],
      },
    });
  }
  for (const item of v.items) {
    const value = formatIndicatorValue(item.value, v.indicator);
    styles.set(item.iso3, {
      colour: scale.colourOf(item.value),
      label: `${item.name}: ${value} (${item.year})`,
      tooltip: {
        title: item.name,
        lines: [
          `${v.indicator.name}: ${value}`,
          t('map.tipYear', { year: item.year }),
          t('map.tipSource', {
            source: citationText(sources.get(item.sourceId)?.citation ?? item.sourceId),
          }),
        ],
      },
    });
  }
  return styles;
}

function MapBody({
  map,
  atlasError,
  values,
  group,
  groupCode,
  indicatorCode,
  names,
}: {
  /** Null until the drawing code and the atlas have arrived. */
  map: ChoroplethMap | null;
  atlasError: unknown;
  values: ValuesQuery;
  group: GroupQuery;
  groupCode: string | undefined;
  indicatorCode: string;
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const drawn = useMemo(() => map?.drawnCodes() ?? null, [map]);
  const v = values.data?.v;
  const styles = useMemo(
    () => (v && drawn ? paintOf(t, v, drawn, names) : null),
    [t, v, drawn, names],
  );
  const g = groupCode && group.data?.code === groupCode ? group.data : undefined;
  const members = useMemo(
    () => new Set(g?.members.filter((m) => m.kind === 'economy').map((m) => m.code) ?? []),
    [g],
  );
  const yearLabel = v ? yearLabelOf(t, v) : '';
  const noData =
    styles && drawn ? [...drawn].filter((iso3) => !styles.get(iso3)?.colour).length : 0;
  useEffect(() => {
    // Once the map is drawn, so the count of countries without data is the one shown.
    if (v && drawn)
      announce(
        t('map.announce', { name: v.indicator.name, year: yearLabel, count: v.count, noData }),
      );
  }, [t, v, drawn, yearLabel, noData]);
  const scale = useMemo(() => (v ? quantileScale(v.items.map((i) => i.value)) : null), [v]);

  return (
    <>
      <GroupSummary group={group} groupCode={groupCode} drawn={drawn} />
      <div className="values-status">
        {values.isError ? (
          <LoadError
            title={t('map.valuesError')}
            error={values.error}
            retry={() => void values.refetch()}
          />
        ) : (
          <>
            {values.data?.sparse && (
              <p className="notice">{t('map.sparseYear', values.data.sparse)}</p>
            )}
            {v && v.count === 0 && (
              <p className="notice">{t('map.noValues', { year: String(v.year) })}</p>
            )}
          </>
        )}
      </div>
      <a className="skip-map" href="#map-values-table" onClick={toValues}>
        {t('map.skip')}
      </a>
      <div className="map-layout">
        <div className="map-area">
          <MapArea map={map} atlasError={atlasError}>
            {(drawnMap) => (
              <WorldMap
                map={drawnMap}
                styles={values.isError ? null : styles}
                members={members}
                busy={values.isFetching}
                title={v?.indicator.name ?? ''}
                description={yearLabel}
                fileName={`map-${indicatorCode}-${String(v?.year ?? 'latest')}`}
              />
            )}
          </MapArea>
        </div>
        <div className="legend-area">
          {v && scale && drawn && !values.isError && (
            <MapLegend
              indicatorName={v.indicator.name}
              unit={v.indicator.unit}
              yearLabel={yearLabel}
              bins={scale.bins}
              noDataCount={noData}
              outlineLabel={groupCode ? t('map.outlined', { code: groupCode }) : null}
              formatExact={(value) => formatIndicatorValue(value, v.indicator)}
            />
          )}
        </div>
      </div>
      {v && !values.isError && (
        <>
          <div className="source-note">
            {v.sources.map((s) => (
              <p key={s.id}>
                {t('map.sourcePrefix')}
                {s.url ? (
                  <a href={s.url} rel="noopener">
                    {citationText(s.citation)}
                  </a>
                ) : (
                  <Citation text={s.citation} className="citation-inline" />
                )}
                {` · ${s.licence}`}
                {s.date ? ` · ${s.date}` : ''}
              </p>
            ))}
            <p>{t('map.boundaries')}</p>
          </div>
          <div className="map-table-area">
            <ValuesTable v={v} drawn={drawn} yearLabel={yearLabel} />
          </div>
        </>
      )}
    </>
  );
}

/** Moves to the table of values (the hash is the router's: the link must not change it). */
const toValues = (e: MouseEvent<HTMLAnchorElement>): void => {
  e.preventDefault();
  const summary = document.getElementById('map-values-table');
  summary?.scrollIntoView({ block: 'start' });
  summary?.focus({ preventScroll: true });
};

function GroupSummary({
  group,
  groupCode,
  drawn,
}: {
  group: GroupQuery;
  groupCode: string | undefined;
  /** Null until the map is drawn (then members too small to draw are named). */
  drawn: ReadonlySet<string> | null;
}) {
  const t = useT();
  if (!groupCode) return <p className="group-summary" aria-live="polite" />;
  if (group.isError)
    return (
      <div className="group-summary">
        <LoadError title={t('map.groupError', { code: groupCode })} error={group.error} />
      </div>
    );
  const g = group.data?.code === groupCode ? group.data : undefined;
  if (!g)
    return (
      <p className="group-summary" aria-live="polite">
        {t('map.groupLoading', { code: groupCode })}
      </p>
    );
  const members = g.members.filter((m) => m.kind === 'economy');
  const others = g.members.filter((m) => m.kind !== 'economy').map((m) => m.code);
  const hidden = drawn ? members.filter((m) => !drawn.has(m.code)).map((m) => m.name) : [];
  return (
    <p className="group-summary" aria-live="polite">
      <strong>
        {t('map.groupCount', {
          code: g.code,
          count: members.length,
          others: others.length ? ` + ${others.join(', ')}` : '',
        })}
      </strong>
      {` — ${g.name}. `}
      {hidden.length > 0 && `${t('map.tooSmall', { names: hidden.join(', ') })} `}
      <a href={`#/groups/${encodeURIComponent(g.code)}`}>{t('map.membersOf', { code: g.code })}</a>
    </p>
  );
}

interface RankedItem {
  rank: number;
  item: Item;
}

function ValuesTable({
  v,
  drawn,
  yearLabel,
}: {
  v: Values;
  /** Null until the map is drawn (then economies too small to draw are marked). */
  drawn: ReadonlySet<string> | null;
  yearLabel: string;
}) {
  const t = useT();
  const sources = new Map(v.sources.map((s) => [s.id, s]));
  const ranked: RankedItem[] = [...v.items]
    .sort((a, b) => b.value - a.value)
    .map((item, i) => ({ rank: i + 1, item }));
  const notDrawn = drawn ? ranked.filter((r) => !drawn.has(r.item.iso3)).length : 0;
  const columns: Column<RankedItem>[] = [
    { id: 'rank', header: t('map.rank'), numeric: true, value: (r) => r.rank },
    {
      id: 'economy',
      header: t('map.economy'),
      key: true,
      value: (r) => r.item.name,
      cell: (r) => (
        <>
          <a href={`#/economies/${r.item.iso3}`}>{r.item.name}</a>
          {drawn && !drawn.has(r.item.iso3) && (
            <span className="muted" title={t('map.tooSmallOne')}>
              {' *'}
            </span>
          )}
        </>
      ),
    },
    {
      id: 'value',
      header: t('map.value'),
      numeric: true,
      value: (r) => r.item.value,
      cell: (r) => formatIndicatorValue(r.item.value, v.indicator),
    },
    { id: 'year', header: t('map.year'), numeric: true, value: (r) => r.item.year },
    {
      id: 'source',
      header: t('map.source'),
      value: (r) => sources.get(r.item.sourceId)?.publisher ?? r.item.sourceId,
      cell: (r) => (
        <span className="muted">{sources.get(r.item.sourceId)?.publisher ?? r.item.sourceId}</span>
      ),
    },
  ];
  return (
    <details className="map-values" id="map-values">
      <summary id="map-values-table" tabIndex={0}>
        {t('map.tableSummary', { count: v.count })}
      </summary>
      <DataTable
        rows={ranked}
        columns={columns}
        caption={t('map.tableCaption', {
          name: v.indicator.name,
          year: yearLabel,
          unit: v.indicator.unit,
        })}
        csvName={`${v.indicator.code}-${String(v.year ?? 'latest')}`}
        label={t('map.tableLabel')}
        rowKey={(r) => r.item.iso3}
        initialSort={[{ id: 'rank', desc: false }]}
      />
      {notDrawn > 0 && <p className="muted">{t('map.notDrawn', { count: notDrawn })}</p>}
    </details>
  );
}
