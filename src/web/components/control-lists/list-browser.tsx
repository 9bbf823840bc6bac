// The list browser: one list, one of its categories (or all), and its entries in code order, each
// linking to the side-by-side view of the entry across lists.
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Field } from '../../ui/field.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { STATUS_LABELS } from './labels.ts';
import { entryHref, useControlList, type EntrySummary, type StoredList } from './queries.ts';
import './control-lists.css';

export function ListBrowser({
  lists,
  list,
  category,
  onChange,
}: {
  lists: readonly StoredList[];
  /** The list open (a known id), or undefined for none yet. */
  list: string | undefined;
  category: string | undefined;
  onChange: (next: { list?: string; category?: string }) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const detail = useControlList(list);
  const categories = detail.data?.categories ?? [];
  const columns: Column<EntrySummary>[] = [
    {
      id: 'code',
      header: t('controlLists.browser.code'),
      key: true,
      value: (e) => e.code,
      cell: (e) => (
        <>
          <a href={entryHref(e.canonicalCode)} className="code">
            {e.code}
          </a>
          {e.code !== e.canonicalCode && <span className="sub code">{e.canonicalCode}</span>}
        </>
      ),
    },
    { id: 'heading', header: t('controlLists.browser.heading'), value: (e) => e.heading },
    {
      id: 'status',
      header: t('controlLists.browser.status'),
      value: (e) => t(STATUS_LABELS[e.status]),
      cell: (e) =>
        e.status === 'controlled' ? (
          t(STATUS_LABELS[e.status])
        ) : (
          <span className="badge badge-not-used">{t(STATUS_LABELS[e.status])}</span>
        ),
    },
    {
      id: 'paragraphs',
      header: t('controlLists.browser.paragraphs'),
      value: (e) => e.paragraphs,
      numeric: true,
    },
    {
      id: 'reasons',
      header: t('controlLists.browser.reasons'),
      value: (e) => e.reasons.join(' '),
    },
    {
      id: 'sensitive',
      header: t('controlLists.browser.sensitive'),
      value: (e) =>
        e.verySensitive
          ? t('controlLists.browser.verySensitive')
          : e.sensitive
            ? t('controlLists.browser.sensitiveYes')
            : e.sensitive === false
              ? t('controlLists.browser.sensitiveNo')
              : null,
      visible: false,
    },
    {
      id: 'category',
      header: t('controlLists.browser.category'),
      value: (e) => e.category,
      visible: false,
    },
  ];
  return (
    <>
      <div className="controls">
        <Field label={t('controlLists.browser.list')}>
          <select
            id="browse-list"
            value={list ?? ''}
            onChange={(e) => onChange({ list: e.target.value || undefined, category: undefined })}
          >
            <option value="">{t('controlLists.browser.pickList')}</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {`${l.id} · ${l.jurisdiction}`}
              </option>
            ))}
          </select>
        </Field>
        {list && (
          <Field label={t('controlLists.browser.categoryField')}>
            <select
              id="browse-category"
              value={category ?? ''}
              onChange={(e) => onChange({ list, category: e.target.value || undefined })}
            >
              <option value="">{t('controlLists.browser.allCategories')}</option>
              {categories.map((c) => (
                <option key={c.category} value={c.category}>
                  {t('controlLists.browser.categoryOption', {
                    category: c.category,
                    count: c.entries,
                  })}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      {list && (
        <QueryState
          query={detail}
          what={t('controlLists.browser.what', { list })}
          errorTitle={t('controlLists.browser.error')}
        >
          {(d) => {
            const shown = category ? d.items.filter((e) => e.category === category) : d.items;
            return (
              <DataTable
                rows={shown}
                columns={columns}
                caption={t('controlLists.browser.caption', {
                  list: d.id,
                  category: category ?? 'all',
                  count: shown.length,
                  date: intl.formatDate(d.versionDate, { dateStyle: 'medium', timeZone: 'UTC' }),
                })}
                csvName={`control-list-${d.id}${category ? `-category-${category}` : ''}`}
                className="control-entries"
                label={t('controlLists.browser.entries')}
                rowKey={(e) => `${e.code}|${e.canonicalCode}`}
                rowProps={(e) => ({ 'data-code': e.canonicalCode, 'data-status': e.status })}
              />
            );
          }}
        </QueryState>
      )}
    </>
  );
}
