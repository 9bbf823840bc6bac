// What the imported committee snapshots changed (`#/standards/changes?snapshot=2`): the snapshots,
// the changes of one (committees added or removed, status and secretariat changes, members
// joining, leaving or changing role), and the standards workstream's alerts, which accounts that
// may write acknowledge here.
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { api, data } from '../api/client.ts';
import { useSession } from '../components/governance/use-session.ts';
import { ChangesTable } from '../components/standards/changes-table.tsx';
import { useDay } from '../components/standards/labels.ts';
import {
  mayWrite,
  tagLabeller,
  useAlerts,
  useChanges,
  useStandardsTags,
  type Alert,
  type Snapshot,
} from '../components/standards/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import { committeeHref, type StandardsChangesSearch } from './standards-search.ts';

function useWhen(): (iso: string) => string {
  const intl = useIntl();
  return (iso) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
}

function SnapshotsTable({
  items,
  shown,
  onShow,
}: {
  items: readonly Snapshot[];
  shown: number | undefined;
  onShow: (id: number) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const when = useWhen();
  const day = useDay();
  const n = (x: number) => intl.formatNumber(x);
  const columns: Column<Snapshot>[] = [
    {
      id: 'id',
      header: t('standards.snapshots.id'),
      key: true,
      numeric: true,
      value: (s) => s.id,
      cell: (s) =>
        s.id === shown ? (
          <span aria-current="true">{`#${s.id}`}</span>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={() => onShow(s.id)}
            aria-label={t('standards.snapshots.show', { id: s.id })}
          >
            {`#${s.id}`}
          </button>
        ),
    },
    { id: 'body', header: t('standards.col.body'), value: (s) => s.body },
    {
      id: 'imported',
      header: t('standards.snapshots.imported'),
      value: (s) => s.importedAt,
      cell: (s) => when(s.importedAt),
    },
    {
      id: 'date',
      header: t('standards.snapshots.date'),
      value: (s) => s.snapshotDate,
      cell: (s) => day(s.snapshotDate),
    },
    { id: 'file', header: t('standards.snapshots.file'), value: (s) => s.file, visible: false },
    {
      id: 'format',
      header: t('standards.snapshots.format'),
      value: (s) => s.format,
      visible: false,
    },
    {
      id: 'committees',
      header: t('standards.snapshots.committees'),
      numeric: true,
      value: (s) => s.committees,
      cell: (s) => n(s.committees),
    },
    {
      id: 'members',
      header: t('standards.snapshots.members'),
      numeric: true,
      value: (s) => s.members,
      cell: (s) => n(s.members),
    },
    {
      id: 'changes',
      header: t('standards.snapshots.changes'),
      numeric: true,
      value: (s) => s.changes,
      cell: (s) => n(s.changes),
    },
    {
      id: 'alerts',
      header: t('standards.snapshots.alerts'),
      numeric: true,
      value: (s) => s.alerts,
      cell: (s) => n(s.alerts),
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      caption={t('standards.snapshots.caption', { count: items.length })}
      csvName="standards-snapshots"
      className="standards-snapshots"
      label={t('standards.snapshots.title')}
      rowKey={(s) => String(s.id)}
      rowProps={(s) => ({ 'data-snapshot': String(s.id), 'data-shown': String(s.id === shown) })}
      initialSort={[{ id: 'id', desc: true }]}
      filterable={false}
    />
  );
}

function Acknowledge({ alert }: { alert: Alert }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const ack = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/standards/alerts/{id}/acknowledge', {
          params: { path: { id: alert.id } },
        }),
      ),
    onSuccess: () => announce(t('standards.alerts.acknowledged', { subject: alert.subject })),
    onError: (e) => setError(e),
  });
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={ack.isPending}
        onClick={() => {
          setError(null);
          ack.mutate();
        }}
      >
        {t('standards.alerts.acknowledge')}
        <span className="visually-hidden"> {alert.subject}</span>
      </button>
      {error !== null && <ErrorNotice title={t('standards.alerts.ackError')} error={error} />}
    </>
  );
}

function AlertsTable({
  items,
  writer,
  me,
}: {
  items: readonly Alert[];
  writer: boolean;
  /** The signed-in account as the API names an actor (`account:<id>`). */
  me: string | null;
}) {
  const t = useT();
  const when = useWhen();
  const columns: Column<Alert>[] = [
    {
      id: 'created',
      header: t('standards.alerts.created'),
      value: (a) => a.createdAt,
      cell: (a) => when(a.createdAt),
    },
    {
      id: 'subject',
      header: t('standards.alerts.subject'),
      key: true,
      value: (a) => a.subject,
      cell: (a) => <a href={committeeHref(a.subject)}>{a.subject}</a>,
    },
    { id: 'kind', header: t('standards.alerts.kind'), value: (a) => a.kind, visible: false },
    { id: 'message', header: t('standards.alerts.message'), value: (a) => alertText(a, t) },
    {
      id: 'snapshot',
      header: t('standards.alerts.snapshot'),
      numeric: true,
      value: (a) => a.snapshotId,
      visible: false,
    },
    {
      id: 'ack',
      header: t('standards.alerts.status'),
      value: (a) =>
        a.acknowledgedBy ? `${a.acknowledgedBy} ${a.acknowledgedAt ?? ''}`.trim() : null,
      cell: (a) =>
        a.acknowledgedBy ? (
          // The API names who acknowledged by actor id (account:…): the reader's own is "you",
          // another's stays in the title and the CSV.
          <span className="standards-aside" title={a.acknowledgedBy}>
            {t(a.acknowledgedBy === me ? 'standards.alerts.seenByYou' : 'standards.alerts.seen', {
              when: a.acknowledgedAt ? when(a.acknowledgedAt) : '',
            })}
          </span>
        ) : writer ? (
          <Acknowledge alert={a} />
        ) : (
          <span className="badge badge-unseen">{t('standards.alerts.unseen')}</span>
        ),
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      caption={t('standards.alerts.caption', {
        count: items.length,
        open: items.filter((a) => !a.acknowledgedBy).length,
      })}
      csvName="standards-alerts"
      className="standards-alerts"
      label={t('standards.alerts.title')}
      rowKey={(a) => String(a.id)}
      rowProps={(a) => ({
        'data-alert': String(a.id),
        'data-acknowledged': String(a.acknowledgedBy !== null),
      })}
      filterable={items.length > 10}
    />
  );
}

export function StandardsChangesPage() {
  const t = useT();
  const search: StandardsChangesSearch = useSearch({ from: '/standards/changes' });
  const navigate = useNavigate({ from: '/standards/changes' });
  const changes = useChanges(search.snapshot !== undefined ? Number(search.snapshot) : undefined);
  const alerts = useAlerts();
  const tags = useStandardsTags();
  const tagLabel = tagLabeller(tags.data?.items);
  const session = useSession().data;
  const writer = mayWrite(session);
  const me = session?.account ? `account:${session.account.id}` : null;
  return (
    <>
      <p className="breadcrumb">
        <a href="#/standards">{t('standards.title')}</a>
      </p>
      <PageHeading title={t('standards.changes.title')} />
      <p className="lede">{t('standards.changes.lede')}</p>
      <section className="analysis" aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">{t('standards.alerts.title')}</h2>
        <QueryState
          query={alerts}
          what={t('standards.alerts.what')}
          errorTitle={t('standards.alerts.error')}
        >
          {({ items }) =>
            items.length === 0 ? (
              <p className="note" id="alerts-none">
                {t('standards.alerts.none')}
              </p>
            ) : (
              <AlertsTable items={items} writer={writer} me={me} />
            )
          }
        </QueryState>
      </section>
      <QueryState
        query={changes}
        what={t('standards.changes.what')}
        errorTitle={t('standards.changes.error')}
      >
        {(c) => (
          <>
            <section className="analysis" aria-labelledby="snapshots-heading">
              <h2 id="snapshots-heading">{t('standards.snapshots.title')}</h2>
              {c.snapshots.length === 0 ? (
                <p className="notice">{t('standards.snapshots.none')}</p>
              ) : (
                <SnapshotsTable
                  items={c.snapshots}
                  shown={c.snapshot?.id}
                  onShow={(id) => void navigate({ search: { snapshot: String(id) } })}
                />
              )}
            </section>
            {c.snapshot && (
              <section className="analysis" aria-labelledby="changes-heading" id="snapshot-changes">
                <h2 id="changes-heading">
                  {t('standards.changes.of', { id: c.snapshot.id, body: c.snapshot.body })}
                </h2>
                {c.items.length === 0 ? (
                  <p className="note">{t('standards.changes.noneInSnapshot')}</p>
                ) : (
                  <ChangesTable
                    items={c.items}
                    tagLabel={tagLabel}
                    caption={t('standards.changes.caption', {
                      count: c.items.length,
                      id: c.snapshot.id,
                    })}
                    csvName={`standards-changes-${c.snapshot.id}`}
                  />
                )}
              </section>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}

/**
 * An alert in the reader's language, from its kind and details (the stored message is the
 * English the importer wrote, kept for the CSV of other tools and as the fallback).
 */
function alertText(a: Alert, t: ReturnType<typeof useT>): string {
  const iso3 = typeof a.details.iso3 === 'string' ? a.details.iso3 : null;
  const tags = Array.isArray(a.details.tags)
    ? a.details.tags.filter((x) => typeof x === 'string')
    : [];
  if (iso3 === null) return a.message;
  if (a.kind === 'concern-secretariat')
    return t('standards.alerts.text.concernSecretariat', {
      economy: iso3,
      committee: a.subject,
      tags: tags.join(', '),
    });
  if (a.kind === 'member-left-strategic')
    return t('standards.alerts.text.memberLeft', {
      economy: iso3,
      committee: a.subject,
      tags: tags.join(', '),
    });
  return a.message;
}
