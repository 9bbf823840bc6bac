// The policy registry (`#/policies?q=safety&jurisdictions=DEU,EU&topic=ai.safety`): a search box,
// filters (jurisdictions, a topic of the taxonomy, type, status, bindingness, source, years) that
// live in the URL, the counts of the matching records by jurisdiction, type, topic and year, and
// the records (each linked to its page). Types and bindingness a model assigned are marked.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import {
  BINDINGNESS,
  INSTRUMENT_SOURCES,
  INSTRUMENT_STATUSES,
  INSTRUMENT_TYPES,
} from '../../core/policies/instrument.ts';
import { usePolicyLabels } from '../components/policies/labels.ts';
import { ModelCoded } from '../components/policies/model-coded.tsx';
import {
  topicLabeller,
  topicTree,
  usePolicySearch,
  usePolicyTopics,
  type PolicyQuery,
  type PolicyRecord,
  type PolicySearch,
} from '../components/policies/queries.ts';
import '../components/policies/policies.css';
import { useT } from '../i18n/i18n.tsx';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { EconomyPicker, type PickerEntry } from '../ui/economy-picker.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { instrumentHref, type PoliciesSearch } from './policies-search.ts';

const PAGE_SIZE = 50;

/** The API's query for the page's search (the URL's state). */
function apiQuery(s: PoliciesSearch): PolicyQuery {
  const page = Number(s.page ?? 0);
  return {
    ...(s.q ? { q: s.q } : {}),
    ...(s.jurisdictions ? { jurisdictions: s.jurisdictions } : {}),
    ...(s.topic ? { topics: s.topic } : {}),
    ...(s.types ? { types: s.types } : {}),
    ...(s.statuses ? { statuses: s.statuses } : {}),
    ...(s.binding ? { binding: s.binding } : {}),
    ...(s.source ? { source: s.source } : {}),
    ...(s.yearFrom ? { yearFrom: Number(s.yearFrom) } : {}),
    ...(s.yearTo ? { yearTo: Number(s.yearTo) } : {}),
    limit: PAGE_SIZE,
    ...(page > 0 ? { offset: page * PAGE_SIZE } : {}),
  } as PolicyQuery;
}

export function PoliciesPage() {
  const t = useT();
  const intl = useIntl();
  const search: PoliciesSearch = useSearch({ from: '/policies' });
  const navigate = useNavigate({ from: '/policies' });
  const set = (next: Partial<PoliciesSearch>, keepPage = false) =>
    void navigate({
      search: { ...search, ...next, ...(keepPage ? {} : { page: undefined }) },
      replace: true,
    });
  const results = usePolicySearch(apiQuery(search));
  // Every jurisdiction in the registry with its count, for the picker (no filter applied).
  const all = usePolicySearch({ limit: 1 });
  const topics = usePolicyTopics();
  const topicLabel = topicLabeller(topics.data?.items);
  const labels = usePolicyLabels();
  const [q, setQ] = useState(search.q ?? '');
  const chosen = search.jurisdictions?.split(',') ?? [];

  const entries: PickerEntry[] = useMemo(() => {
    const d = all.data;
    if (!d) return [];
    return Object.entries(d.facets.jurisdiction)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => ({
        code,
        name: d.names[code] ?? code,
        detail: `${code} · ${intl.formatNumber(n)}`,
      }));
  }, [all.data, intl]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: q.trim() || undefined });
  };
  const select = (
    key: keyof PoliciesSearch,
    values: readonly string[],
    label: (v: string) => string,
  ) => (
    <select value={search[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || undefined })}>
      <option value="">{t('policies.any')}</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {label(v)}
        </option>
      ))}
    </select>
  );

  return (
    <>
      <PageHeading title={t('policies.title')} />
      <p className="lede">{t('policies.lede')}</p>
      <nav className="page-actions" aria-label={t('policies.links')}>
        <a
          className="button button-secondary"
          href={`#/policies/compare?jurisdictions=${encodeURIComponent(
            chosen.length >= 2 ? chosen.slice(0, 6).join(',') : 'USA,DEU,EU',
          )}${search.topic ? `&topic=${encodeURIComponent(search.topic)}` : ''}`}
        >
          {t('policies.compareLink')}
        </a>
      </nav>
      <section className="analysis policies-filters" aria-labelledby="policies-filters-heading">
        <h2 id="policies-filters-heading">{t('policies.filters')}</h2>
        <form className="controls" role="search" onSubmit={submit}>
          <Field label={t('policies.q')} hint={t('policies.qHint')} className="field-wide">
            <input
              id="policies-q"
              type="search"
              maxLength={300}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
          </Field>
          <button type="submit" className="button">
            {t('policies.search')}
          </button>
        </form>
        <div className="controls">
          <Field label={t('policies.topic')}>
            <select
              id="policies-topic"
              value={search.topic ?? ''}
              onChange={(e) => set({ topic: e.target.value || undefined })}
            >
              <option value="">{t('policies.anyTopic')}</option>
              {topicTree(topics.data?.items ?? []).map(({ topic, depth }) => (
                <option key={topic.code} value={topic.code}>
                  {`${'\u2002'.repeat(depth * 2)}${topic.label} (${intl.formatNumber(topic.instruments)})`}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('policies.type')} id="policies-type">
            {select('types', INSTRUMENT_TYPES, labels.type)}
          </Field>
          <Field label={t('policies.status')} id="policies-status">
            {select('statuses', INSTRUMENT_STATUSES, labels.status)}
          </Field>
          <Field label={t('policies.binding')} id="policies-binding">
            {select('binding', BINDINGNESS, labels.binding)}
          </Field>
          <Field label={t('policies.source')} id="policies-source">
            {select('source', INSTRUMENT_SOURCES, labels.source)}
          </Field>
          <Field label={t('policies.yearFrom')} className="field-year">
            <input
              id="policies-year-from"
              type="number"
              min={1900}
              max={2100}
              key={search.yearFrom ?? ''}
              defaultValue={search.yearFrom ?? ''}
              onBlur={(e) =>
                set({ yearFrom: /^\d{4}$/.test(e.target.value) ? e.target.value : undefined })
              }
            />
          </Field>
          <Field label={t('policies.yearTo')} className="field-year">
            <input
              id="policies-year-to"
              type="number"
              min={1900}
              max={2100}
              key={search.yearTo ?? ''}
              defaultValue={search.yearTo ?? ''}
              onBlur={(e) =>
                set({ yearTo: /^\d{4}$/.test(e.target.value) ? e.target.value : undefined })
              }
            />
          </Field>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setQ('');
              void navigate({ search: {}, replace: true });
            }}
          >
            {t('policies.clear')}
          </button>
        </div>
        <details className="policies-jurisdictions">
          <summary>
            {t('policies.jurisdictions')}
            {chosen.length > 0 ? `: ${chosen.join(', ')}` : ''}
          </summary>
          <EconomyPicker
            id="policies-jurisdiction"
            label={t('policies.jurisdictionSearch')}
            entries={entries}
            stateOf={(e) => {
              const selected = chosen.includes(e.code);
              return {
                selected,
                label: t(selected ? 'policies.remove' : 'policies.add', { name: e.name }),
                action: t(selected ? 'policies.unpick' : 'policies.pick'),
              };
            }}
            onToggle={(e) => {
              const next = chosen.includes(e.code)
                ? chosen.filter((c) => c !== e.code)
                : [...chosen, e.code];
              set({ jurisdictions: next.length > 0 ? next.join(',') : undefined });
            }}
          />
        </details>
      </section>
      <QueryState query={results} what={t('policies.what')} errorTitle={t('policies.error')}>
        {(d) => (
          <section
            className="analysis"
            aria-labelledby="policies-results-heading"
            aria-busy={results.isFetching || undefined}
          >
            <h2 id="policies-results-heading" className="visually-hidden">
              {t('policies.caption')}
            </h2>
            <p className="note" id="policies-count" role="status">
              {t('policies.count', { count: d.total })}
            </p>
            {d.total === 0 ? (
              <p className="notice" id="policies-none">
                {all.data?.total === 0 ? t('policies.empty') : t('policies.none')}
              </p>
            ) : (
              <div className="policies-layout">
                <Facets
                  data={d}
                  topicLabel={topicLabel}
                  typeLabel={labels.type}
                  onPick={(next) => set(next)}
                />
                <div className="policies-results">
                  <p className="note policies-legend" id="policies-legend">
                    {t('policies.modelLegend')}
                  </p>
                  <ResultsTable
                    rows={d.items}
                    names={d.names}
                    csvName={['policies', search.q, search.jurisdictions].filter(Boolean).join('-')}
                  />
                  <Pager
                    total={d.total}
                    page={Number(search.page ?? 0)}
                    onPage={(p) => set({ page: p > 0 ? String(p) : undefined }, true)}
                  />
                </div>
              </div>
            )}
          </section>
        )}
      </QueryState>
    </>
  );
}

function Pager({
  total,
  page,
  onPage,
}: {
  total: number;
  page: number;
  onPage: (p: number) => void;
}) {
  const t = useT();
  const intl = useIntl();
  if (total <= PAGE_SIZE) return null;
  const last = Math.ceil(total / PAGE_SIZE) - 1;
  return (
    <nav className="button-row policies-pager" aria-label={t('policies.caption')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={page <= 0}
        onClick={() => onPage(page - 1)}
      >
        {t('policies.previous')}
      </button>
      <span>
        {t('policies.shown', {
          from: intl.formatNumber(page * PAGE_SIZE + 1),
          to: intl.formatNumber(Math.min(total, (page + 1) * PAGE_SIZE)),
          total: intl.formatNumber(total),
        })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={page >= last}
        onClick={() => onPage(page + 1)}
      >
        {t('policies.next')}
      </button>
    </nav>
  );
}

function Facets({
  data,
  topicLabel,
  typeLabel,
  onPick,
}: {
  data: PolicySearch;
  topicLabel: (code: string) => string;
  typeLabel: (code: string) => string;
  onPick: (next: Partial<PoliciesSearch>) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const top = (counts: Record<string, number>, n = 8) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n);
  const years = Object.entries(data.facets.year)
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .slice(0, 8);
  const group = (
    key: string,
    title: string,
    rows: [string, number][],
    label: (code: string) => string,
    pick: (code: string) => Partial<PoliciesSearch>,
  ) => (
    <div className="policies-facet" data-facet={key}>
      <h3>{title}</h3>
      <ul>
        {rows.map(([code, n]) => (
          <li key={code}>
            <button
              type="button"
              className="link-button"
              aria-label={t('policies.facetFilter', { label: label(code), count: n })}
              onClick={() => onPick(pick(code))}
            >
              {label(code)}
            </button>{' '}
            <span className="muted">{intl.formatNumber(n)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <aside className="policies-facets" aria-label={t('policies.facets')}>
      {group(
        'jurisdiction',
        t('policies.facet.jurisdiction'),
        top(data.facets.jurisdiction),
        (c) => data.names[c] ?? c,
        (c) => ({ jurisdictions: c }),
      )}
      {group('type', t('policies.facet.type'), top(data.facets.type), typeLabel, (c) => ({
        types: c,
      }))}
      {group('topic', t('policies.facet.topic'), top(data.facets.topic), topicLabel, (c) => ({
        topic: c,
      }))}
      {group(
        'year',
        t('policies.facet.year'),
        years,
        (c) => c,
        (c) => ({
          yearFrom: c,
          yearTo: c,
        }),
      )}
    </aside>
  );
}

function ResultsTable({
  rows,
  names,
  csvName,
}: {
  rows: readonly PolicyRecord[];
  names: Record<string, string>;
  csvName: string;
}) {
  const t = useT();
  const labels = usePolicyLabels();
  const columns: Column<PolicyRecord>[] = [
    {
      id: 'title',
      header: t('policies.col.title'),
      key: true,
      value: (r) => r.title,
      cell: (r) => <a href={instrumentHref(r.id)}>{r.title}</a>,
    },
    {
      id: 'jurisdiction',
      header: t('policies.col.jurisdiction'),
      value: (r) => names[r.jurisdiction] ?? r.jurisdiction,
    },
    { id: 'year', header: t('policies.col.year'), numeric: true, value: (r) => r.year },
    {
      id: 'type',
      header: t('policies.col.type'),
      value: (r) => labels.type(r.type),
      cell: (r) => <ModelCoded value={labels.type(r.type)} model={r.typeModelCoded} />,
    },
    {
      id: 'binding',
      header: t('policies.col.binding'),
      value: (r) => labels.binding(r.binding),
      cell: (r) => <ModelCoded value={labels.binding(r.binding)} model={r.bindingModelCoded} />,
    },
    { id: 'status', header: t('policies.col.status'), value: (r) => labels.status(r.status) },
    {
      id: 'source',
      header: t('policies.col.source'),
      value: (r) => labels.source(r.source),
      visible: false,
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      caption={t('policies.caption')}
      csvName={csvName}
      label={t('policies.caption')}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ 'data-id': r.id })}
      filterable={false}
      className="policies-table"
    />
  );
}
