// The economies page: every economy in a sortable table with its latest GDP and population,
// filtered by text, region, income group and grouping; the filters live in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { api, type ResponseOf, data } from '../api/client.ts';
import { citationText } from '../components/citation.ts';
import { Citation } from '../components/facts/citation.tsx';
import type { IndicatorValues } from '../components/facts/indicator-values.ts';
import { economiesQuery, groupsQuery, latestQuery } from '../components/facts/queries.ts';
import { LoadError } from '../components/facts/not-found.tsx';
import { formatValue } from '../format-value.ts';
import { useStableT as useT } from '../components/facts/use-stable-t.ts';
import type { MessageId } from '../i18n/messages.en.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { errorText } from '../ui/error-text.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { Loading } from '../ui/query-state.tsx';
import type { EconomiesSearch } from './facts-search.ts';

type Economy = ResponseOf<'/api/v1/economies'>['items'][number];
type Values = IndicatorValues;
interface YearValue {
  value: number;
  year: number;
}
interface EconomyRow {
  economy: Economy;
  gdp: YearValue | null;
  population: YearValue | null;
}

const INCOME: readonly [NonNullable<Economy['incomeCode']>, MessageId][] = [
  ['H', 'economies.income.H'],
  ['UM', 'economies.income.UM'],
  ['LM', 'economies.income.LM'],
  ['L', 'economies.income.L'],
];
const COLUMN_IDS = ['name', 'iso3', 'region', 'income', 'gdp', 'population'];

const byIso3 = (v: Values | undefined): Map<string, YearValue> =>
  new Map(v?.items.map((i) => [i.iso3, { value: i.value, year: i.year }]) ?? []);

export function EconomiesPage() {
  const t = useT();
  const search: EconomiesSearch = useSearch({ from: '/economies' });
  const navigate = useNavigate({ from: '/economies' });
  const [text, setText] = useState(search.q ?? '');
  const setSearch = (patch: Partial<EconomiesSearch>) =>
    void navigate({ search: { ...search, ...patch }, replace: true });

  const all = useQuery(economiesQuery);
  const groups = useQuery(groupsQuery);
  const gdp = useQuery(latestQuery('gdp_usd'));
  const population = useQuery(latestQuery('population'));
  const filter = {
    ...(search.region ? { region: search.region } : {}),
    ...(search.income ? { income: search.income } : {}),
    ...(search.group ? { group: search.group } : {}),
  };
  const filtered = Object.keys(filter).length > 0;
  const subset = useQuery({
    queryKey: ['economies', filter],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/economies', { params: { query: filter }, signal }), signal),
    enabled: filtered,
    placeholderData: keepPreviousData,
  });

  const ready = all.data !== undefined && groups.data !== undefined;
  const regions = new Map<string, Set<string>>();
  for (const e of all.data?.items ?? []) {
    if (!e.region) continue;
    const subs = regions.get(e.region) ?? new Set<string>();
    if (e.subregion) subs.add(e.subregion);
    regions.set(e.region, subs);
  }

  let table = null;
  if (all.isError || groups.isError)
    table = (
      <LoadError
        title={t('economies.loadError')}
        error={all.error ?? groups.error}
        retry={() => void Promise.all([all.refetch(), groups.refetch()])}
      />
    );
  else if (filtered && subset.isError)
    table = <LoadError title={t('economies.filterError')} error={subset.error} />;
  else if (!ready || (filtered && subset.data === undefined))
    table = <Loading what={t('economies.what')} />;
  else {
    const gdpBy = byIso3(gdp.data);
    const popBy = byIso3(population.data);
    const needle = text.trim().toLocaleLowerCase();
    const rows: EconomyRow[] = (filtered ? subset.data!.items : all.data.items)
      .filter(
        (e) =>
          !needle ||
          [e.name, e.officialName, e.iso3, e.iso2].some((s) =>
            s?.toLocaleLowerCase().includes(needle),
          ),
      )
      .map((e) => ({
        economy: e,
        gdp: gdpBy.get(e.iso3) ?? null,
        population: popBy.get(e.iso3) ?? null,
      }));
    table = (
      <>
        {/* The table's own count is the live one; this says it in words. */}
        <p className="result-count">{t('economies.count', { count: rows.length })}</p>
        <div aria-busy={filtered && subset.isFetching ? true : undefined}>
          <EconomiesTable
            rows={rows}
            total={all.data.items.length}
            search={search}
            onSort={(sort, dir) => setSearch({ sort, dir })}
            units={{
              gdp: gdp.data?.indicator.unit ?? 'current US$',
              population: population.data?.indicator.unit ?? 'persons',
            }}
          />
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('economies.title')} />
      <p className="lede">{t('economies.lede')}</p>
      <form
        className="controls"
        role="search"
        aria-label={t('economies.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field field-wide">
          <label htmlFor="economy-filter">{t('economies.filter')}</label>
          <input
            id="economy-filter"
            type="search"
            name="q"
            autoComplete="off"
            placeholder={t('economies.filterHint')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setSearch({ q: e.target.value.trim() || undefined });
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="economy-region">{t('economies.region')}</label>
          <select
            id="economy-region"
            name="region"
            disabled={!ready}
            value={search.region ?? ''}
            onChange={(e) => setSearch({ region: e.target.value || undefined })}
          >
            <option value="">{t('economies.allRegions')}</option>
            {[...regions.keys()].sort().map((region) => (
              <optgroup key={region} label={region}>
                <option value={region}>{t('economies.allOf', { region })}</option>
                {[...regions.get(region)!].sort().map((sub) => (
                  <option key={sub} value={sub}>
                    {sub}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="economy-income">{t('economies.income')}</label>
          <select
            id="economy-income"
            name="income"
            value={search.income ?? ''}
            onChange={(e) => setSearch({ income: e.target.value || undefined })}
          >
            <option value="">{t('economies.allIncomes')}</option>
            {INCOME.map(([code, label]) => (
              <option key={code} value={code}>
                {t(label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="economy-group">{t('economies.group')}</label>
          <select
            id="economy-group"
            name="group"
            disabled={!ready}
            value={search.group ?? ''}
            onChange={(e) => setSearch({ group: e.target.value || undefined })}
          >
            <option value="">{t('economies.anyGroup')}</option>
            {groups.data?.items.map((g) => (
              <option key={g.code} value={g.code}>
                {`${g.code} — ${g.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-action">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setText('');
              setSearch({ q: undefined, region: undefined, income: undefined, group: undefined });
            }}
          >
            {t('economies.clear')}
          </button>
        </div>
      </form>
      {table}
      <div className="source-note">
        <SourceNote query={gdp} what="GDP" />
        <SourceNote query={population} what={t('economies.population')} />
      </div>
    </>
  );
}

function SourceNote({
  query,
  what,
}: {
  query: { data?: Values; error: unknown; isError: boolean };
  what: string;
}) {
  const t = useT();
  if (query.isError)
    return (
      <p className="notice notice-error">
        {t('economies.valuesError', { what, message: errorText(t, query.error) })}
      </p>
    );
  const v = query.data;
  if (!v) return null;
  return (
    <p>
      {`${v.indicator.name}: `}
      {v.sources.map((s, j) => (
        <span key={s.id}>
          {j > 0 ? '; ' : ''}
          {s.url ? (
            <a href={s.url} rel="noopener">
              {citationText(s.citation)}
            </a>
          ) : (
            <Citation text={s.citation} />
          )}
          {` (${s.licence})`}
        </span>
      ))}
      .
    </p>
  );
}

const yearCell = (v: YearValue | null, unit: string) =>
  v ? (
    <>
      {formatValue(v.value, unit)}
      <span className="year">{v.year}</span>
    </>
  ) : (
    <span className="muted">—</span>
  );

function EconomiesTable({
  rows,
  total,
  search,
  onSort,
  units,
}: {
  rows: readonly EconomyRow[];
  total: number;
  search: EconomiesSearch;
  /** Keeps the reader's sort in the URL. */
  onSort: (sort: string | undefined, dir: 'ascending' | 'descending' | undefined) => void;
  units: { gdp: string; population: string };
}) {
  const t = useT();
  const columns: Column<EconomyRow>[] = [
    {
      id: 'name',
      header: t('economies.economy'),
      key: true,
      value: (r) => r.economy.name,
      cell: (r) => <a href={`#/economies/${r.economy.iso3}`}>{r.economy.name}</a>,
    },
    {
      id: 'iso3',
      header: 'ISO3',
      value: (r) => r.economy.iso3,
      cell: (r) => <span className="code">{r.economy.iso3}</span>,
    },
    {
      id: 'region',
      header: t('economies.region'),
      value: (r) =>
        r.economy.region ? `${r.economy.region} ${r.economy.subregion ?? ''}`.trim() : null,
      cell: (r) => (
        <>
          {r.economy.region ?? <span className="muted">—</span>}
          {r.economy.subregion && <span className="sub">{r.economy.subregion}</span>}
        </>
      ),
    },
    {
      id: 'income',
      header: t('economies.income'),
      value: (r) => r.economy.incomeGroup,
      cell: (r) => r.economy.incomeGroup ?? <span className="muted">—</span>,
    },
    {
      id: 'gdp',
      header: t('economies.gdp'),
      numeric: true,
      value: (r) => r.gdp?.value ?? null,
      cell: (r) => yearCell(r.gdp, units.gdp),
    },
    {
      id: 'population',
      header: t('economies.populationLatest'),
      numeric: true,
      value: (r) => r.population?.value ?? null,
      cell: (r) => yearCell(r.population, units.population),
    },
  ];
  const sortId = search.sort && COLUMN_IDS.includes(search.sort) ? search.sort : 'name';
  return (
    <DataTable
      rows={rows}
      columns={columns}
      caption={t('economies.caption', { shown: rows.length, total })}
      csvName="economies"
      className="economies-table"
      label={t('economies.title')}
      rowKey={(r) => r.economy.iso3}
      rowProps={(r) => ({ 'data-iso3': r.economy.iso3 })}
      initialSort={[{ id: sortId, desc: search.dir === 'descending' }]}
      onSortChange={(sorting) => {
        const first = sorting[0];
        onSort(first?.id, first ? (first.desc ? 'descending' : 'ascending') : undefined);
      }}
      filterable={false}
    />
  );
}
