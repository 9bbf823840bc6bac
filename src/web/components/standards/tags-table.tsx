// The strategic tags as a table: each area's name and code, its description, the committees it
// names (each a link to its page) and the active committees it covers with their subcommittees
// (a link to the committees table filtered by it). For the secretariat, each row has Edit and a
// Remove that asks for confirmation in the row before it deletes.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { api, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { committeeHref } from '../../pages/standards-search.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { ErrorNotice } from '../../ui/query-state.tsx';
import { STANDARDS_KEY, type Tag } from './queries.ts';
import './standards.css';

function RemoveTag({ tag, onRemoved }: { tag: Tag; onRemoved: (code: string) => void }) {
  const t = useT();
  const client = useQueryClient();
  const [asking, setAsking] = useState(false);
  const remove = useMutation({
    mutationFn: () =>
      data(api.DELETE('/api/v1/standards/tags/{code}', { params: { path: { code: tag.code } } })),
    onSuccess: () => {
      announce(t('standards.tagsPage.removed', { label: tag.label }));
      onRemoved(tag.code);
      void client.invalidateQueries({ queryKey: STANDARDS_KEY });
    },
  });
  if (!asking)
    return (
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => {
          remove.reset();
          setAsking(true);
        }}
      >
        {t('standards.tagsPage.remove')}
        <span className="visually-hidden"> {tag.label}</span>
      </button>
    );
  return (
    <div className="tag-remove-confirm" role="group" aria-label={t('standards.tagsPage.remove')}>
      <p>{t('standards.tagsPage.removeConfirm', { label: tag.label })}</p>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={remove.isPending}
        onClick={() => remove.mutate()}
      >
        {t('standards.tagsPage.removeYes')}
      </button>
      <button
        type="button"
        className="button button-small button-quiet"
        disabled={remove.isPending}
        onClick={() => setAsking(false)}
      >
        {t('standards.tagsPage.removeNo')}
      </button>
      {remove.isError && (
        <ErrorNotice title={t('standards.tagsPage.removeError')} error={remove.error} />
      )}
    </div>
  );
}

export function TagsTable({
  tags,
  writer,
  onEdit,
  onRemoved,
}: {
  tags: readonly Tag[];
  /** Whether the caller may edit and remove tags (the secretariat). */
  writer: boolean;
  onEdit: (tag: Tag) => void;
  onRemoved: (code: string) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const columns: Column<Tag>[] = [
    { id: 'label', header: t('standards.tagsPage.label'), key: true, value: (r) => r.label },
    {
      id: 'code',
      header: t('standards.tagsPage.code'),
      value: (r) => r.code,
      cell: (r) => <span className="code">{r.code}</span>,
    },
    {
      id: 'description',
      header: t('standards.tagsPage.description'),
      value: (r) => r.description,
      cell: (r) => <p className="tag-description">{r.description}</p>,
    },
    {
      id: 'committees',
      header: t('standards.tagsPage.committees'),
      value: (r) => r.committees.join('; '),
      cell: (r) => (
        <ul className="tag-committees">
          {r.committees.map((ref) => (
            <li key={ref} data-ref={ref}>
              <a href={committeeHref(ref)}>{ref}</a>
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: 'active',
      header: t('standards.tagsPage.active'),
      numeric: true,
      value: (r) => r.active,
      cell: (r) => (
        <>
          <a
            href={`#/standards?tag=${encodeURIComponent(r.code)}`}
            title={t('standards.tagsPage.activeLink', { label: r.label })}
          >
            {intl.formatNumber(r.active)}
          </a>
          <span className="sub">
            {t('standards.tagsPage.activeOf', { count: r.covered.length })}
          </span>
        </>
      ),
    },
  ];
  if (writer)
    columns.push({
      id: 'actions',
      header: t('standards.tagsPage.actions'),
      value: () => null,
      cell: (r) => (
        <div className="tag-actions">
          <button
            type="button"
            className="button button-small button-secondary"
            onClick={() => onEdit(r)}
          >
            {t('standards.tagsPage.edit')}
            <span className="visually-hidden"> {r.label}</span>
          </button>
          <RemoveTag tag={r} onRemoved={onRemoved} />
        </div>
      ),
    });
  return (
    <DataTable
      rows={tags}
      columns={columns}
      caption={t('standards.tagsPage.caption', { count: tags.length })}
      csvName="standards-tags"
      className="standards-tag-list"
      label={t('standards.tagsPage.title')}
      rowKey={(r) => r.code}
      rowProps={(r) => ({ 'data-tag': r.code, 'data-active': String(r.active) })}
      filterable={tags.length > 10}
    />
  );
}
