// The committees table of the standards page and its filters (body, type, status, strategic tag,
// secretariat, member, words): each filter is part of the address, and the table downloads as CSV.
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import {
  COMMITTEE_STATUSES,
  COMMITTEE_TYPES,
  type CommitteeStatus,
  type CommitteeType,
} from '../../../core/standards/committee.ts';
import { useT } from '../../i18n/i18n.tsx';
import { committeeHref, type StandardsSearch } from '../../pages/standards-search.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Field } from '../../ui/field.tsx';
import { useEconomyNames } from '../chains/chain-hooks.ts';
import { useDay, useStandardsLabels } from './labels.ts';
import type { CommitteeSummary, Tag } from './queries.ts';
import './standards.css';

export function CommitteeFilters({
  search,
  bodies,
  tags,
  onChange,
}: {
  search: StandardsSearch;
  bodies: readonly string[];
  tags: readonly Tag[];
  onChange: (next: Partial<StandardsSearch>) => void;
}) {
  const t = useT();
  const label = useStandardsLabels();
  const names = useEconomyNames();
  const economies = [...names].sort((a, b) => a[1].localeCompare(b[1]));
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  const any = t('standards.filter.any');
  const economySelect = (id: string, key: 'secretariat' | 'member') => (
    <select
      id={id}
      value={search[key] ?? ''}
      onChange={(e) => onChange({ [key]: e.target.value || undefined })}
    >
      <option value="">{any}</option>
      {search[key] && !names.has(search[key]) && <option value={search[key]}>{search[key]}</option>}
      {economies.map(([iso3, name]) => (
        <option key={iso3} value={iso3}>
          {name}
        </option>
      ))}
    </select>
  );
  const filtered = Object.values(search).some((v) => v !== undefined);
  return (
    <form
      className="standards-filters"
      onSubmit={submit}
      noValidate
      aria-label={t('standards.filter.form')}
    >
      <div className="controls">
        <Field label={t('standards.filter.q')} className="field-wide">
          <input
            id="standards-q"
            type="search"
            maxLength={200}
            autoComplete="off"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </Field>
        <button type="submit" className="button">
          {t('standards.filter.search')}
        </button>
        {filtered && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setQ('');
              onChange({
                body: undefined,
                type: undefined,
                status: undefined,
                tag: undefined,
                secretariat: undefined,
                member: undefined,
                q: undefined,
              });
            }}
          >
            {t('standards.filter.clear')}
          </button>
        )}
      </div>
      <div className="controls">
        <Field label={t('standards.filter.body')}>
          <select
            id="standards-body"
            value={search.body ?? ''}
            onChange={(e) => onChange({ body: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            {bodies.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('standards.filter.type')}>
          <select
            id="standards-type"
            value={search.type ?? ''}
            onChange={(e) => onChange({ type: (e.target.value || undefined) as CommitteeType })}
          >
            <option value="">{any}</option>
            {COMMITTEE_TYPES.map((x) => (
              <option key={x} value={x}>
                {label.type(x)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('standards.filter.status')}>
          <select
            id="standards-status"
            value={search.status ?? ''}
            onChange={(e) => onChange({ status: (e.target.value || undefined) as CommitteeStatus })}
          >
            <option value="">{any}</option>
            {COMMITTEE_STATUSES.map((x) => (
              <option key={x} value={x}>
                {label.status(x)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('standards.filter.tag')}>
          <select
            id="standards-tag"
            value={search.tag ?? ''}
            onChange={(e) => onChange({ tag: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            {search.tag && !tags.some((x) => x.code === search.tag) && (
              <option value={search.tag}>{search.tag}</option>
            )}
            {tags.map((x) => (
              <option key={x.code} value={x.code}>
                {x.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('standards.filter.secretariat')}>
          {economySelect('standards-secretariat', 'secretariat')}
        </Field>
        <Field label={t('standards.filter.member')}>
          {economySelect('standards-member', 'member')}
        </Field>
      </div>
    </form>
  );
}

export function CommitteesTable({
  items,
  tagLabel,
  caption,
  csvName,
}: {
  items: readonly CommitteeSummary[];
  tagLabel: (code: string) => string;
  caption: string;
  csvName: string;
}) {
  const t = useT();
  const intl = useIntl();
  const label = useStandardsLabels();
  const day = useDay();
  const columns: Column<CommitteeSummary>[] = [
    {
      id: 'reference',
      header: t('standards.col.reference'),
      key: true,
      value: (c) => c.reference,
      cell: (c) => <a href={committeeHref(c.reference)}>{c.reference}</a>,
    },
    {
      id: 'type',
      header: t('standards.col.type'),
      value: (c) => label.type(c.type),
      // The short form where the data has one (TC, SC, PC), the full name on hover.
      cell: (c) =>
        c.type === 'joint' || c.type === 'other' ? (
          label.type(c.type)
        ) : (
          <abbr title={label.type(c.type)}>{c.type}</abbr>
        ),
    },
    {
      id: 'status',
      header: t('standards.col.status'),
      value: (c) => label.status(c.status),
      cell: (c) => (
        <span className={`badge standards-status standards-status-${c.status}`}>
          {label.status(c.status)}
        </span>
      ),
    },
    {
      id: 'title',
      header: t('standards.col.title'),
      value: (c) => c.title,
      cell: (c) => <span className="committee-title-cell">{c.title}</span>,
    },
    {
      id: 'secretariat',
      header: t('standards.col.secretariat'),
      value: (c) => c.secretariatName ?? c.secretariat,
      cell: (c) =>
        c.secretariat ? (
          <>
            {c.secretariatName ?? c.secretariat}
            {c.secretariatBody && <span className="sub">{c.secretariatBody}</span>}
          </>
        ) : (
          <span className="muted">{t('standards.none')}</span>
        ),
    },
    {
      id: 'participating',
      header: t('standards.col.participating'),
      numeric: true,
      value: (c) => c.participating,
      cell: (c) => intl.formatNumber(c.participating),
    },
    {
      id: 'observing',
      header: t('standards.col.observing'),
      numeric: true,
      value: (c) => c.observing,
      cell: (c) => intl.formatNumber(c.observing),
    },
    {
      id: 'created',
      header: t('standards.col.created'),
      value: (c) => c.created,
      // The year in the table (the full date on hover and in the CSV).
      cell: (c) =>
        c.created ? (
          <time dateTime={c.created} title={day(c.created)}>
            {c.created.slice(0, 4)}
          </time>
        ) : (
          '—'
        ),
    },
    {
      id: 'tags',
      header: t('standards.col.tags'),
      value: (c) => c.tags.map(tagLabel).join(', '),
      cell: (c) => <TagList tags={c.tags} tagLabel={tagLabel} />,
    },
    { id: 'parent', header: t('standards.col.parent'), value: (c) => c.parent, visible: false },
    { id: 'body', header: t('standards.col.body'), value: (c) => c.body, visible: false },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      caption={caption}
      csvName={csvName}
      className="standards-committees"
      label={caption}
      rowKey={(c) => c.reference}
      rowProps={(c) => ({ 'data-ref': c.reference, 'data-status': c.status })}
      filterable={false}
    />
  );
}

export function TagList({
  tags,
  tagLabel,
  inherited = [],
}: {
  tags: readonly string[];
  tagLabel: (code: string) => string;
  /** The tags that come from the parent committee (marked so). */
  inherited?: readonly string[];
}) {
  const t = useT();
  if (tags.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="standards-tags">
      {tags.map((code) => (
        <li key={code} data-tag={code}>
          <a href={`#/standards?tag=${encodeURIComponent(code)}`} className="badge standards-tag">
            {tagLabel(code)}
          </a>
          {inherited.includes(code) && (
            <span className="standards-aside muted">{t('standards.tags.inherited')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
