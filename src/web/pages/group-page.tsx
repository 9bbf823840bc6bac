// One grouping: its members (economies and supranational bodies) with status, and its source.
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ApiError, type ResponseOf } from '../api/client.ts';
import { Citation } from '../components/facts/citation.tsx';
import { Breadcrumb, LoadError, NotFoundNotice } from '../components/facts/not-found.tsx';
import { groupQuery } from '../components/facts/queries.ts';
import { useStableT as useT } from '../components/facts/use-stable-t.ts';
import { announce } from '../page-status.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { Loading } from '../ui/query-state.tsx';
import '../components/facts/facts.css';

type Group = ResponseOf<'/api/v1/groups/{code}'>;
type Member = Group['members'][number];

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

export function GroupPage() {
  const t = useT();
  const { code = '' }: { code?: string } = useParams({ strict: false });
  const group = useQuery(groupQuery(code));
  const list = { href: '#/groups', label: t('groups.title') };
  if (group.isError && group.error instanceof ApiError && group.error.notFound)
    return (
      <NotFoundNotice
        title={t('group.notFound', { code })}
        detail={t('group.notFoundDetail')}
        back={{ href: '#/groups', label: t('group.browse') }}
        apiMessage={group.error.message}
      />
    );
  return (
    <>
      <Breadcrumb list={list} name={group.data?.name ?? code} />
      <PageHeading title={group.data?.name ?? code} />
      {group.isPending ? (
        <Loading what={t('group.what', { code })} />
      ) : group.isError ? (
        <LoadError
          title={t('group.loadError', { code })}
          error={group.error}
          retry={() => void group.refetch()}
        />
      ) : (
        <GroupBody g={group.data} />
      )}
    </>
  );
}

function GroupBody({ g }: { g: Group }) {
  const t = useT();
  const economies = g.members.filter((m) => m.kind === 'economy').length;
  const others = g.members.filter((m) => m.kind !== 'economy').map((m) => m.code);
  useEffect(() => announce(t('group.announce', { name: g.name, count: g.members.length })), [t, g]);
  const columns: Column<Member>[] = [
    {
      id: 'name',
      header: t('group.member'),
      key: true,
      value: (m) => m.name,
      cell: (m) => (m.kind === 'economy' ? <a href={`#/economies/${m.code}`}>{m.name}</a> : m.name),
    },
    {
      id: 'code',
      header: t('group.code'),
      value: (m) => m.code,
      cell: (m) => <span className="code">{m.code}</span>,
    },
    { id: 'status', header: t('group.status'), value: (m) => m.status },
    {
      id: 'asOf',
      header: t('group.asOf'),
      value: (m) => m.asOf,
      cell: (m) => <span className="muted">{m.asOf ?? '—'}</span>,
    },
    {
      id: 'notes',
      header: t('group.notes'),
      value: (m) => m.notes,
      cell: (m) => <span className="muted">{m.notes ?? ''}</span>,
    },
    {
      id: 'sources',
      header: t('group.sources'),
      value: (m) => m.sourceUrls.join(' '),
      cell: (m) => (
        <span className="source-links">
          {m.sourceUrls.map((url, i) => (
            <a
              key={url}
              href={url}
              rel="noopener"
              title={url}
              aria-label={t('group.sourceLink', { n: i + 1, name: m.name, host: hostOf(url) })}
            >
              [{i + 1}]
            </a>
          ))}
        </span>
      ),
    },
  ];
  return (
    <>
      <p className="lede">
        {t('group.lede', {
          code: g.code,
          kind: g.kind,
          count: economies,
          others: others.length ? ` + ${others.join(', ')}` : '',
        })}{' '}
        <a href={`#/map?group=${encodeURIComponent(g.code)}`}>{t('group.onMap')}</a>
        {' · '}
        <a href={`#/economies?group=${encodeURIComponent(g.code)}`}>{t('group.inTable')}</a>
      </p>
      <DataTable
        rows={g.members}
        columns={columns}
        caption={t('group.caption', { code: g.code, count: g.members.length })}
        csvName={`members-${g.code}`}
        label={t('group.caption', { code: g.code, count: g.members.length })}
        rowKey={(m) => m.code}
        rowProps={(m) => ({ 'data-code': m.code })}
      />
      <section className="sources" aria-labelledby="group-source-heading">
        <h2 id="group-source-heading">{t('group.source')}</h2>
        {g.source ? (
          <p>
            <Citation text={g.source.citation} />
            <span className="muted">
              {' — '}
              {t('facts.publisherLicence', {
                publisher: g.source.publisher,
                licence: g.source.licence,
              })}
            </span>
            {g.source.url && (
              <>
                {' '}
                <a href={g.source.url} rel="noopener">
                  {g.source.url}
                </a>
              </>
            )}
          </p>
        ) : (
          <p className="muted">{t('group.noSource')}</p>
        )}
      </section>
    </>
  );
}
