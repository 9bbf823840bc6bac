// Full-text search across every imported list: words (all must occur, the last also as a prefix)
// or a "quoted phrase"; each hit links to its entry's side-by-side view.
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Field } from '../../ui/field.tsx';
import { ErrorNotice, Loading } from '../../ui/query-state.tsx';
import { KIND_LABELS } from './labels.ts';
import { entryHref, SEARCH_LIMIT, useControlSearch, type SearchHit } from './queries.ts';

export function ListSearch({
  q,
  onSearch,
}: {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
}) {
  const t = useT();
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);
  const search = useControlSearch(q);
  const result = search.data;
  useEffect(() => {
    if (result)
      announce(t('controlLists.search.announce', { count: result.total, query: result.query }));
  }, [result, t]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim() || undefined);
  };
  const columns: Column<SearchHit>[] = [
    { id: 'list', header: t('controlLists.search.list'), value: (h) => h.listId },
    {
      id: 'entry',
      header: t('controlLists.search.entry'),
      key: true,
      value: (h) => h.code,
      cell: (h) => (
        <>
          <a href={entryHref(h.canonicalCode)} className="code">
            {h.code}
          </a>
          <span className="sub">{h.heading}</span>
        </>
      ),
    },
    {
      id: 'label',
      header: t('controlLists.search.label'),
      value: (h) => h.label,
      cell: (h) => (h.label ? <span className="code">{h.label}</span> : '—'),
    },
    { id: 'kind', header: t('controlLists.search.kind'), value: (h) => t(KIND_LABELS[h.kind]) },
    { id: 'snippet', header: t('controlLists.search.snippet'), value: (h) => h.snippet },
  ];
  return (
    <>
      <form className="control-search" role="search" onSubmit={submit} noValidate>
        <div className="controls">
          <Field label={t('controlLists.search.field')} hint={t('controlLists.search.hint')}>
            <input
              id="control-search"
              type="search"
              maxLength={200}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </Field>
          <button type="submit" className="button">
            {t('controlLists.search.submit')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {q && search.isPending && <Loading what={t('controlLists.search.what')} />}
        {search.isError && (
          <ErrorNotice
            title={t('controlLists.search.error')}
            error={search.error}
            retry={() => void search.refetch()}
          />
        )}
      </div>
      {result && (
        <>
          {result.total > result.hits.length && (
            <p className="note">
              {t('controlLists.search.capped', {
                shown: result.hits.length,
                total: result.total,
                limit: SEARCH_LIMIT,
              })}
            </p>
          )}
          <DataTable
            rows={result.hits}
            columns={columns}
            caption={t('controlLists.search.caption', { count: result.total, query: result.query })}
            csvName="control-list-search"
            className="control-search-hits"
            label={t('controlLists.search.results')}
            rowKey={(h) => `${h.listId}|${h.code}|${h.kind}|${h.label}|${h.snippet}`}
            rowProps={(h) => ({ 'data-list': h.listId, 'data-code': h.canonicalCode })}
          />
        </>
      )}
    </>
  );
}
