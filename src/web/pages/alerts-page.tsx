// The alerts panel (`#/alerts?open=true&workstream=export_controls`): the workstreams' alerts the
// signed-in reader sees, newest first, filtered by workstream and to those nobody acknowledged,
// each acknowledged here; for the secretariat, the webhooks that receive them — add one (its
// secret shown once), remove one, and its latest deliveries.
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { STANDARD_WORKSTREAMS } from '../../core/coalitions/workstream.ts';
import { api, ApiError, data } from '../api/client.ts';
import { useWhen } from '../components/divergences/labels.tsx';
import {
  mayAcknowledge,
  mayAdminister,
  useAlerts,
  useDeliveries,
  useWebhooks,
  type Alert,
  type CreatedWebhook,
  type Delivery,
  type Webhook,
} from '../components/divergences/queries.ts';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { signInHref } from '../session.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import type { AlertsSearch } from './divergences-search.ts';

const WORKSTREAMS = STANDARD_WORKSTREAMS.map((w) => w.code);

function Acknowledge({ alert }: { alert: Alert }) {
  const t = useT();
  const ack = useMutation({
    mutationFn: () =>
      data(api.POST('/api/v1/alerts/{id}/acknowledge', { params: { path: { id: alert.id } } })),
    onSuccess: () => announce(t('alerts.acknowledged', { subject: alert.subject })),
  });
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={ack.isPending}
        onClick={() => ack.mutate()}
      >
        {t('alerts.acknowledge')}
        <span className="visually-hidden"> {alert.subject}</span>
      </button>
      {ack.isError && <ErrorNotice title={t('alerts.ackError')} error={ack.error} />}
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
  me: string | null;
}) {
  const t = useT();
  const when = useWhen();
  const columns: Column<Alert>[] = [
    {
      id: 'created',
      header: t('alerts.col.created'),
      value: (a) => a.createdAt,
      cell: (a) => when(a.createdAt),
    },
    { id: 'workstream', header: t('alerts.col.workstream'), value: (a) => a.workstream },
    { id: 'source', header: t('alerts.col.source'), value: (a) => a.source },
    { id: 'kind', header: t('alerts.col.kind'), value: (a) => a.kind, visible: false },
    { id: 'subject', header: t('alerts.col.subject'), key: true, value: (a) => a.subject },
    { id: 'message', header: t('alerts.col.message'), value: (a) => a.message },
    {
      id: 'status',
      header: t('alerts.col.status'),
      value: (a) =>
        a.acknowledgedBy ? `${a.acknowledgedBy} ${a.acknowledgedAt ?? ''}`.trim() : null,
      cell: (a) =>
        a.acknowledgedBy ? (
          <span title={a.acknowledgedBy}>
            {t(a.acknowledgedBy === me ? 'alerts.seenByYou' : 'alerts.seen', {
              when: a.acknowledgedAt ? when(a.acknowledgedAt) : '',
            })}
          </span>
        ) : writer ? (
          <Acknowledge alert={a} />
        ) : (
          <span className="badge">{t('alerts.unseen')}</span>
        ),
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      caption={t('alerts.caption', {
        count: items.length,
        open: items.filter((a) => !a.acknowledgedBy).length,
      })}
      csvName="alerts"
      className="alerts-table"
      label={t('alerts.title')}
      rowKey={(a) => String(a.id)}
      rowProps={(a) => ({
        'data-alert': String(a.id),
        'data-acknowledged': String(a.acknowledgedBy !== null),
      })}
      initialSort={[{ id: 'created', desc: true }]}
      filterable={items.length > 10}
    />
  );
}

function Deliveries({ webhook }: { webhook: Webhook }) {
  const t = useT();
  const when = useWhen();
  const deliveries = useDeliveries(webhook.id);
  const columns: Column<Delivery>[] = [
    {
      id: 'created',
      header: t('webhooks.col.created'),
      value: (d) => d.createdAt,
      cell: (d) => when(d.createdAt),
    },
    { id: 'alert', header: t('webhooks.col.alert'), numeric: true, value: (d) => d.alertId },
    {
      id: 'status',
      header: t('webhooks.col.status'),
      value: (d) => d.status,
      cell: (d) => t(`webhooks.status.${d.status}`),
    },
    { id: 'attempts', header: t('webhooks.col.attempts'), numeric: true, value: (d) => d.attempts },
    {
      id: 'answer',
      header: t('webhooks.col.answer'),
      value: (d) => d.lastError ?? (d.lastStatus !== null ? String(d.lastStatus) : null),
    },
  ];
  return (
    <section className="analysis" aria-labelledby="deliveries-heading" id="webhook-deliveries">
      <h3 id="deliveries-heading">{t('webhooks.deliveries.title', { url: webhook.url })}</h3>
      <QueryState
        query={deliveries}
        what={t('webhooks.deliveries.what')}
        errorTitle={t('webhooks.deliveries.error')}
      >
        {({ items }) =>
          items.length === 0 ? (
            <p className="note">{t('webhooks.deliveries.none')}</p>
          ) : (
            <DataTable
              rows={items}
              columns={columns}
              caption={t('webhooks.deliveries.caption', { count: items.length })}
              csvName="webhook-deliveries"
              label={t('webhooks.deliveries.title', { url: webhook.url })}
              rowKey={(d) => String(d.id)}
              filterable={false}
            />
          )
        }
      </QueryState>
    </section>
  );
}

function RemoveWebhook({ webhook, onRemoved }: { webhook: Webhook; onRemoved: () => void }) {
  const t = useT();
  const remove = useMutation({
    mutationFn: () =>
      data(
        api.DELETE('/api/v1/divergences/webhooks/{id}', { params: { path: { id: webhook.id } } }),
      ),
    onSuccess: () => {
      onRemoved();
      announce(t('webhooks.removed', { url: webhook.url }));
    },
  });
  return (
    <>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={remove.isPending}
        onClick={() => {
          if (window.confirm(t('webhooks.remove.confirm', { url: webhook.url }))) remove.mutate();
        }}
      >
        {t('webhooks.remove')}
        <span className="visually-hidden"> {webhook.url}</span>
      </button>
      {remove.isError && <ErrorNotice title={t('webhooks.remove.error')} error={remove.error} />}
    </>
  );
}

function AddWebhook() {
  const t = useT();
  const [url, setUrl] = useState('');
  const [workstream, setWorkstream] = useState('');
  const [description, setDescription] = useState('');
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const add = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/divergences/webhooks', {
          body: {
            url: url.trim(),
            workstream: workstream || null,
            ...(description.trim() ? { description: description.trim() } : {}),
          },
        }),
      ),
    onSuccess: (w) => {
      setCreated(w);
      setUrl('');
      setDescription('');
      announce(t('webhooks.added', { url: w.url }));
    },
  });
  const errors = add.error instanceof ApiError ? fieldErrors(add.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    add.mutate();
  };
  return (
    <>
      <form onSubmit={submit} noValidate id="webhook-form" aria-labelledby="webhook-add-heading">
        <h3 id="webhook-add-heading">{t('webhooks.add.title')}</h3>
        <div className="controls">
          <Field
            label={t('webhooks.url')}
            hint={t('webhooks.url.hint')}
            error={errors.url ?? null}
            className="field-wide"
          >
            <input
              id="webhook-url"
              type="url"
              maxLength={2000}
              autoComplete="off"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </Field>
          <Field label={t('webhooks.workstream')} error={errors.workstream ?? null}>
            <select
              id="webhook-workstream"
              value={workstream}
              onChange={(e) => setWorkstream(e.target.value)}
            >
              <option value="">{t('webhooks.workstream.all')}</option>
              {WORKSTREAMS.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('webhooks.description')} error={errors.description ?? null}>
            <input
              id="webhook-description"
              type="text"
              maxLength={500}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </Field>
          <button type="submit" className="button" disabled={add.isPending}>
            {t('webhooks.add.submit')}
          </button>
        </div>
        {add.isError && <ErrorNotice title={t('webhooks.add.error')} error={add.error} />}
      </form>
      {created && (
        <div className="notice notice-success" id="webhook-secret" role="status">
          <p className="notice-title">{t('webhooks.secret.title', { url: created.url })}</p>
          <p>
            <code className="div-secret">{created.secret}</code>{' '}
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(created.secret)
                  .then(() => announce(t('webhooks.secret.copied')))
                  .catch(() => undefined)
              }
            >
              {t('webhooks.secret.copy')}
            </button>
          </p>
          <p>{t('webhooks.secret.hint')}</p>
        </div>
      )}
    </>
  );
}

function Webhooks() {
  const t = useT();
  const when = useWhen();
  const webhooks = useWebhooks(true);
  const [shown, setShown] = useState<string | null>(null);
  return (
    <section className="analysis div-webhooks" aria-labelledby="webhooks-heading" id="webhooks">
      <h2 id="webhooks-heading">{t('webhooks.title')}</h2>
      <p className="note">{t('webhooks.lede')}</p>
      <QueryState query={webhooks} what={t('webhooks.what')} errorTitle={t('webhooks.error')}>
        {({ items }) => {
          const columns: Column<Webhook>[] = [
            { id: 'url', header: t('webhooks.url'), key: true, value: (w) => w.url },
            {
              id: 'workstream',
              header: t('webhooks.workstream'),
              value: (w) => w.workstream ?? t('webhooks.workstream.all'),
            },
            { id: 'description', header: t('webhooks.description'), value: (w) => w.description },
            {
              id: 'created',
              header: t('webhooks.col.created'),
              value: (w) => w.createdAt,
              cell: (w) => when(w.createdAt),
            },
            {
              id: 'actions',
              header: t('webhooks.col.actions'),
              value: () => null,
              cell: (w) => (
                <span className="row-actions">
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    aria-pressed={shown === w.id}
                    onClick={() => setShown(shown === w.id ? null : w.id)}
                  >
                    {t('webhooks.deliveries')}
                    <span className="visually-hidden"> {w.url}</span>
                  </button>{' '}
                  <RemoveWebhook
                    webhook={w}
                    onRemoved={() => setShown((s) => (s === w.id ? null : s))}
                  />
                </span>
              ),
            },
          ];
          const selected = items.find((w) => w.id === shown);
          return (
            <>
              {items.length === 0 ? (
                <p className="note" id="webhooks-none">
                  {t('webhooks.none')}
                </p>
              ) : (
                <DataTable
                  rows={items}
                  columns={columns}
                  caption={t('webhooks.caption', { count: items.length })}
                  csvName="webhooks"
                  label={t('webhooks.title')}
                  rowKey={(w) => w.id}
                  rowProps={(w) => ({ 'data-webhook': w.id })}
                  filterable={false}
                />
              )}
              {selected && <Deliveries webhook={selected} />}
            </>
          );
        }}
      </QueryState>
      <AddWebhook />
    </section>
  );
}

export function AlertsPage() {
  const t = useT();
  const search: AlertsSearch = useSearch({ from: '/alerts' });
  const navigate = useNavigate({ from: '/alerts' });
  const session = useSession();
  const me = session.data;
  const signedIn = me?.kind === 'account';
  const alerts = useAlerts(
    {
      ...(search.workstream ? { workstream: search.workstream } : {}),
      ...(search.open ? { unacknowledged: 'true' as const } : {}),
    },
    signedIn,
  );
  const set = (next: Partial<AlertsSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  const actor = me?.account ? `account:${me.account.id}` : null;
  return (
    <>
      <PageHeading title={t('alerts.title')} />
      <p className="lede">{t('alerts.lede')}</p>
      <nav className="page-actions div-links" aria-label={t('alerts.links')}>
        <a className="button button-secondary" href="#/divergences">
          {t('div.title')}
        </a>
      </nav>
      {session.isPending ? null : !signedIn ? (
        <p className="notice" id="alerts-sign-in">
          {t('alerts.signIn')} <a href={signInHref()}>{t('nav.login')}</a>
        </p>
      ) : (
        <>
          <section className="analysis" aria-labelledby="alerts-heading">
            <h2 id="alerts-heading" className="visually-hidden">
              {t('alerts.title')}
            </h2>
            <form
              className="controls"
              aria-label={t('alerts.filter.form')}
              onSubmit={(e) => e.preventDefault()}
            >
              <Field label={t('alerts.col.workstream')}>
                <select
                  id="alerts-workstream"
                  value={search.workstream ?? ''}
                  onChange={(e) => set({ workstream: e.target.value || undefined })}
                >
                  <option value="">{t('div.filter.any')}</option>
                  {search.workstream && !WORKSTREAMS.includes(search.workstream) && (
                    <option value={search.workstream}>{search.workstream}</option>
                  )}
                  {WORKSTREAMS.map((w) => (
                    <option key={w} value={w}>
                      {w}
                    </option>
                  ))}
                </select>
              </Field>
              <div className="check">
                <input
                  type="checkbox"
                  id="alerts-open"
                  checked={search.open === 'true'}
                  onChange={(e) => set({ open: e.target.checked ? 'true' : undefined })}
                />
                <label htmlFor="alerts-open">{t('alerts.filter.open')}</label>
              </div>
            </form>
            <QueryState query={alerts} what={t('alerts.what')} errorTitle={t('alerts.error')}>
              {({ items }) =>
                items.length === 0 ? (
                  <p className="note" id="alerts-none">
                    {t('alerts.none')}
                  </p>
                ) : (
                  <AlertsTable items={items} writer={mayAcknowledge(me)} me={actor} />
                )
              }
            </QueryState>
          </section>
          {mayAdminister(me) && <Webhooks />}
        </>
      )}
    </>
  );
}
