// The imported control lists as a table, and what to do when none is imported.
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import type { StoredList } from './queries.ts';
import './control-lists.css';

/** The commands that import each supported list (the shared data's files as examples). */
const IMPORTS = [
  'techalliance import wassenaar-list <file> --id wa-2025',
  'techalliance import us-ccl <file> --id us-ccl-2026',
  'techalliance import eu-annex-i-text <file> --id no-2022 --date 2022-03-01 --jurisdiction NOR',
  'techalliance import india-scomet <file> --id in-scomet-2024',
];

export function NoListsNotice() {
  const t = useT();
  return (
    <div className="notice control-lists-empty">
      <p className="notice-title">{t('controlLists.empty.title')}</p>
      <p>{t('controlLists.empty.text')}</p>
      <pre className="command-lines">
        <code>{IMPORTS.join('\n')}</code>
      </pre>
      <p>{t('controlLists.empty.after')}</p>
    </div>
  );
}

export function ListsTable({
  lists,
  onOpen,
}: {
  lists: readonly StoredList[];
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const columns: Column<StoredList>[] = [
    {
      id: 'id',
      header: t('controlLists.lists.id'),
      key: true,
      value: (l) => l.id,
      cell: (l) => (
        <>
          <button
            type="button"
            className="link-button code"
            onClick={() => onOpen(l.id)}
            aria-label={t('controlLists.lists.browse', { list: l.id })}
          >
            {l.id}
          </button>
          <span className="sub">{l.name}</span>
        </>
      ),
    },
    {
      id: 'jurisdiction',
      header: t('controlLists.lists.jurisdiction'),
      value: (l) => l.jurisdiction,
    },
    {
      id: 'regime',
      header: t('controlLists.lists.regime'),
      value: (l) =>
        l.isRegimeList ? `${l.regime} (${t('controlLists.lists.regimeList')})` : l.regime,
      cell: (l) => (
        <>
          {l.regime}
          {l.isRegimeList && (
            <>
              {' '}
              <span className="badge">{t('controlLists.lists.regimeList')}</span>
            </>
          )}
        </>
      ),
    },
    {
      id: 'version',
      header: t('controlLists.lists.version'),
      value: (l) => l.versionDate,
      cell: (l) => intl.formatDate(l.versionDate, { dateStyle: 'medium', timeZone: 'UTC' }),
    },
    {
      id: 'entries',
      header: t('controlLists.lists.entries'),
      value: (l) => l.entries,
      numeric: true,
    },
    {
      id: 'active',
      header: t('controlLists.lists.active'),
      value: (l) => l.activeEntries,
      numeric: true,
    },
    {
      id: 'scheme',
      header: t('controlLists.lists.scheme'),
      value: (l) => l.scheme,
      visible: false,
    },
    {
      id: 'licence',
      header: t('controlLists.lists.licence'),
      value: (l) => l.licenceNote,
      visible: false,
    },
  ];
  return (
    <DataTable
      rows={lists}
      columns={columns}
      caption={t('controlLists.lists.caption', { count: lists.length })}
      csvName="control-lists"
      label={t('controlLists.lists.title')}
      rowKey={(l) => l.id}
      rowProps={(l) => ({ 'data-list': l.id })}
      filterable={false}
    />
  );
}
