// The case list of the illiberal-technology page: its filters (country, kind, technology, year,
// supplier, source: each part of the address), a page of cases with the count and the pages
// before and after, and the table (CSV of the page shown). Sources whose evidence is partial,
// transcribed or derived are flagged on every case.
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import {
  CASE_KINDS,
  TECHNOLOGY_CATEGORIES,
  type CaseKind,
  type TechnologyCategory,
} from '../../../core/misuse/case.ts';
import { useT } from '../../i18n/i18n.tsx';
import {
  caseHref,
  CASES_PAGE_SIZE,
  supplierHref,
  type MisuseSearch,
} from '../../pages/misuse-search.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Field } from '../../ui/field.tsx';
import { useEconomyNames } from '../chains/chain-hooks.ts';
import { useNameOf } from '../standards/labels.ts';
import { CASE_SOURCES, SOURCE_FLAGS, useMisuseLabels, type EvidenceFlag } from './labels.ts';
import type { CaseList, CaseSummary } from './queries.ts';
import './misuse.css';

type Filter = Omit<MisuseSearch, 'q'>;
const FILTER_KEYS = ['country', 'kind', 'technology', 'year', 'supplier', 'source'] as const;

export function CaseFilters({
  search,
  onChange,
}: {
  search: MisuseSearch;
  onChange: (next: Partial<MisuseSearch>) => void;
}) {
  const t = useT();
  const label = useMisuseLabels();
  const names = useEconomyNames();
  const economies = [...names].sort((a, b) => a[1].localeCompare(b[1]));
  const [year, setYear] = useState(search.year !== undefined ? String(search.year) : '');
  const [supplier, setSupplier] = useState(search.supplier ?? '');
  useEffect(() => setYear(search.year !== undefined ? String(search.year) : ''), [search.year]);
  useEffect(() => setSupplier(search.supplier ?? ''), [search.supplier]);
  // Any change of filter goes back to the first page.
  const set = (next: Partial<Filter>) => onChange({ ...next, offset: undefined });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const y = Number(year.trim());
    set({
      year: /^\d{4}$/.test(year.trim()) && y >= 1900 && y <= 2100 ? y : undefined,
      supplier: supplier.trim() || undefined,
    });
  };
  const any = t('misuse.filter.any');
  const filtered = FILTER_KEYS.some((k) => search[k] !== undefined);
  return (
    <form
      className="misuse-filters"
      onSubmit={submit}
      noValidate
      aria-label={t('misuse.filter.form')}
    >
      <div className="controls">
        <Field label={t('misuse.filter.country')}>
          <select
            id="misuse-country"
            value={search.country ?? ''}
            onChange={(e) => set({ country: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            {search.country && !names.has(search.country) && (
              <option value={search.country}>{search.country}</option>
            )}
            {economies.map(([iso3, name]) => (
              <option key={iso3} value={iso3}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('misuse.filter.kind')}>
          <select
            id="misuse-kind"
            value={search.kind ?? ''}
            onChange={(e) => set({ kind: (e.target.value || undefined) as CaseKind | undefined })}
          >
            <option value="">{any}</option>
            {CASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {label.kind(k)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('misuse.filter.technology')}>
          <select
            id="misuse-technology"
            value={search.technology ?? ''}
            onChange={(e) =>
              set({ technology: (e.target.value || undefined) as TechnologyCategory | undefined })
            }
          >
            <option value="">{any}</option>
            {TECHNOLOGY_CATEGORIES.map((x) => (
              <option key={x} value={x}>
                {label.technology(x)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('misuse.filter.source')}>
          <select
            id="misuse-source"
            value={search.source ?? ''}
            onChange={(e) => set({ source: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            {CASE_SOURCES.map((s) => (
              <option key={s} value={s}>
                {label.source(s)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="controls">
        <Field label={t('misuse.filter.year')} hint={t('misuse.filter.yearHint')}>
          <input
            id="misuse-year"
            type="text"
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            className="misuse-year"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </Field>
        <Field label={t('misuse.filter.supplier')} className="field-wide">
          <input
            id="misuse-supplier"
            type="search"
            maxLength={300}
            autoComplete="off"
            value={supplier}
            onChange={(e) => setSupplier(e.target.value)}
          />
        </Field>
        <button type="submit" className="button">
          {t('misuse.filter.apply')}
        </button>
        {filtered && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setYear('');
              setSupplier('');
              set(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])));
            }}
          >
            {t('misuse.filter.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

/** The flags of a source's evidence, as badges. */
export function FlagBadges({ flags }: { flags: readonly EvidenceFlag[] }) {
  const label = useMisuseLabels();
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((f) => (
        <span key={f} className={`badge misuse-flag misuse-flag-${f}`} data-flag={f}>
          {label.flag(f)}
        </span>
      ))}
    </>
  );
}

function Pager({
  list,
  offset,
  onOffset,
}: {
  list: CaseList;
  offset: number;
  onOffset: (offset: number | undefined) => void;
}) {
  const t = useT();
  const intl = useIntl();
  if (list.total <= CASES_PAGE_SIZE) return null;
  const last = Math.floor((list.total - 1) / CASES_PAGE_SIZE) * CASES_PAGE_SIZE;
  return (
    <nav className="misuse-pager" aria-label={t('misuse.cases.pages')}>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset === 0}
        onClick={() => onOffset(offset - CASES_PAGE_SIZE || undefined)}
      >
        {t('misuse.cases.previous')}
      </button>
      <span>
        {t('misuse.cases.page', {
          page: intl.formatNumber(offset / CASES_PAGE_SIZE + 1),
          pages: intl.formatNumber(last / CASES_PAGE_SIZE + 1),
        })}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={offset >= last}
        onClick={() => onOffset(offset + CASES_PAGE_SIZE)}
      >
        {t('misuse.cases.next')}
      </button>
    </nav>
  );
}

export function CasesTable({
  list,
  search,
  onChange,
}: {
  list: CaseList;
  search: MisuseSearch;
  onChange: (next: Partial<MisuseSearch>) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const label = useMisuseLabels();
  const nameOf = useNameOf();
  const offset = search.offset ?? 0;
  const columns: Column<CaseSummary>[] = [
    {
      id: 'title',
      header: t('misuse.col.case'),
      key: true,
      value: (c) => c.title,
      cell: (c) => (
        <a href={caseHref(c.id)} className="misuse-case-title">
          {c.title}
        </a>
      ),
    },
    { id: 'id', header: t('misuse.col.id'), value: (c) => c.id, visible: false },
    { id: 'kind', header: t('misuse.col.kind'), value: (c) => label.kind(c.kind) },
    {
      id: 'countries',
      header: t('misuse.col.countries'),
      value: (c) => c.countries.map(nameOf).join(', '),
    },
    { id: 'year', header: t('misuse.col.year'), value: (c) => c.year },
    {
      id: 'technology',
      header: t('misuse.col.technology'),
      value: (c) => label.technology(c.technology),
    },
    {
      id: 'suppliers',
      header: t('misuse.col.suppliers'),
      value: (c) => c.suppliers.join(', '),
      cell: (c) =>
        c.suppliers.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <ul className="misuse-inline-list">
            {c.suppliers.map((s) => (
              <li key={s}>
                <a href={supplierHref(s)}>{s}</a>
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'source',
      header: t('misuse.col.source'),
      value: (c) =>
        [label.source(c.source), ...(SOURCE_FLAGS[c.source] ?? []).map(label.flag)].join(', '),
      cell: (c) => (
        <>
          {label.source(c.source)} <FlagBadges flags={SOURCE_FLAGS[c.source] ?? []} />
        </>
      ),
    },
    { id: 'status', header: t('misuse.col.status'), value: (c) => label.status(c.status) },
  ];
  const from = list.total === 0 ? 0 : offset + 1;
  const to = offset + list.items.length;
  return (
    <>
      <p className="note" id="cases-count" role="status" data-total={list.total}>
        {t('misuse.cases.count', {
          count: list.total,
          total: intl.formatNumber(list.total),
          from: intl.formatNumber(from),
          to: intl.formatNumber(to),
        })}
      </p>
      {list.items.length > 0 && (
        <DataTable
          rows={list.items}
          columns={columns}
          caption={t('misuse.cases.caption', { count: list.items.length })}
          csvName={['misuse-cases', search.country, search.kind, search.year, offset || undefined]
            .filter(Boolean)
            .join('-')}
          className="misuse-cases"
          label={t('misuse.cases.title')}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ 'data-id': c.id, 'data-kind': c.kind, 'data-source': c.source })}
          filterable={false}
        />
      )}
      <Pager list={list} offset={offset} onOffset={(o) => onChange({ offset: o })} />
    </>
  );
}
