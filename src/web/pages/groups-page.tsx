// The groupings list: forums, alliances, export-control regimes and proposed clubs, with member
// counts.
import { useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../api/client.ts';
import { groupsQuery } from '../components/facts/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';

type GroupSummary = ResponseOf<'/api/v1/groups'>['items'][number];

export function GroupsPage() {
  const t = useT();
  const groups = useQuery(groupsQuery);
  const columns: Column<GroupSummary>[] = [
    {
      id: 'code',
      header: t('groups.code'),
      key: true,
      value: (g) => g.code,
      cell: (g) => <a href={`#/groups/${encodeURIComponent(g.code)}`}>{g.code}</a>,
    },
    { id: 'name', header: t('groups.name'), value: (g) => g.name },
    { id: 'kind', header: t('groups.kind'), value: (g) => g.kind },
    { id: 'members', header: t('groups.members'), value: (g) => g.memberCount, numeric: true },
  ];
  return (
    <>
      <PageHeading title={t('groups.title')} />
      <p className="lede">{t('groups.lede')}</p>
      <QueryState query={groups} what={t('groups.what')} errorTitle={t('groups.loadError')}>
        {({ items }) => (
          <DataTable
            rows={items}
            columns={columns}
            caption={t('groups.caption', { count: items.length })}
            csvName="groupings"
            label={t('groups.title')}
            rowKey={(g) => g.code}
          />
        )}
      </QueryState>
    </>
  );
}
