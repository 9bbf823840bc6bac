// The suppliers the cases name most, with a search box (words of a name, kept in the address):
// each a link to the supplier's page (its footprint and listing status), CSV of the table.
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { supplierHref } from '../../pages/misuse-search.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Field } from '../../ui/field.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { useSuppliers, type SupplierItem } from './queries.ts';
import './misuse.css';

export function SuppliersList({
  q,
  who,
  onSearch,
}: {
  q: string | undefined;
  who: string;
  onSearch: (q: string | undefined) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const suppliers = useSuppliers(q, who);
  const [words, setWords] = useState(q ?? '');
  useEffect(() => setWords(q ?? ''), [q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(words.trim() || undefined);
  };
  const columns: Column<SupplierItem>[] = [
    {
      id: 'name',
      header: t('misuse.col.supplier'),
      key: true,
      value: (s) => s.names[0] ?? s.key,
      cell: (s) => <a href={supplierHref(s.names[0] ?? s.key)}>{s.names[0] ?? s.key}</a>,
    },
    {
      id: 'spellings',
      header: t('misuse.col.spellings'),
      value: (s) => s.names.slice(1).join(', '),
      cell: (s) =>
        s.names.length > 1 ? s.names.slice(1).join(', ') : <span className="muted">—</span>,
    },
    {
      id: 'cases',
      header: t('misuse.col.cases'),
      numeric: true,
      value: (s) => s.cases,
      cell: (s) => intl.formatNumber(s.cases),
    },
  ];
  return (
    <>
      <form
        className="misuse-supplier-search"
        onSubmit={submit}
        role="search"
        aria-label={t('misuse.suppliers.title')}
        noValidate
      >
        <div className="controls">
          <Field label={t('misuse.suppliers.search')} className="field-wide">
            <input
              id="misuse-supplier-q"
              type="search"
              maxLength={200}
              autoComplete="off"
              value={words}
              onChange={(e) => setWords(e.target.value)}
            />
          </Field>
          <button type="submit" className="button">
            {t('misuse.suppliers.find')}
          </button>
        </div>
      </form>
      <QueryState
        query={suppliers}
        what={t('misuse.suppliers.what')}
        errorTitle={t('misuse.suppliers.error')}
      >
        {(list) =>
          list.items.length === 0 ? (
            <p className="notice" id="suppliers-none">
              {q ? t('misuse.suppliers.noMatch', { q }) : t('misuse.suppliers.none')}
            </p>
          ) : (
            <DataTable
              rows={list.items}
              columns={columns}
              caption={t('misuse.suppliers.caption', {
                count: list.items.length,
                total: intl.formatNumber(list.total),
              })}
              csvName={['misuse-suppliers', q].filter(Boolean).join('-')}
              className="misuse-suppliers"
              label={t('misuse.suppliers.title')}
              rowKey={(s) => s.key}
              rowProps={(s) => ({ 'data-key': s.key })}
              filterable={false}
            />
          )
        }
      </QueryState>
    </>
  );
}
