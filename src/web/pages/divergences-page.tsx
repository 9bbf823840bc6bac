// The divergence register (`#/divergences?source=positions&state=open`): every divergence the
// sources find, most severe first, filtered by source, state, workstream, member and words — the
// filters live in the URL — with the counts by source and state, each one's level (a badge with
// its word), change since the last recomputation and proposal; the secretariat recomputes it.
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { STANDARD_WORKSTREAMS } from '../../core/coalitions/workstream.ts';
import { DIVERGENCE_STATES } from '../../core/divergences/divergence.ts';
import { api, data } from '../api/client.ts';
import { useEconomyNames } from '../components/chains/chain-hooks.ts';
import {
  ChangeMark,
  LevelBadge,
  StateBadge,
  useMemberNames,
} from '../components/divergences/labels.tsx';
import {
  mayAdminister,
  useRegister,
  type Divergence,
  type RecomputeResult,
  type Register,
} from '../components/divergences/queries.ts';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import { divergenceHref, type DivergencesSearch } from './divergences-search.ts';

/** Rows asked for at once; the count says when there are more. */
const PAGE = 500;

function Filters({
  search,
  sources,
  onChange,
}: {
  search: DivergencesSearch;
  sources: Register['sources'];
  onChange: (next: Partial<DivergencesSearch>) => void;
}) {
  const t = useT();
  const names = useEconomyNames();
  const economies = [...names].sort((a, b) => a[1].localeCompare(b[1]));
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  const any = t('div.filter.any');
  const workstreams = STANDARD_WORKSTREAMS.map((w) => w.code);
  const filtered = Object.values(search).some((v) => v !== undefined);
  return (
    <form className="div-filters" onSubmit={submit} noValidate aria-label={t('div.filter.form')}>
      <div className="controls">
        <Field label={t('div.filter.q')} className="field-wide">
          <input
            id="div-q"
            type="search"
            maxLength={200}
            autoComplete="off"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </Field>
        <button type="submit" className="button">
          {t('div.filter.search')}
        </button>
        {filtered && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setQ('');
              onChange({
                source: undefined,
                state: undefined,
                workstream: undefined,
                member: undefined,
                q: undefined,
                closed: undefined,
              });
            }}
          >
            {t('div.filter.clear')}
          </button>
        )}
      </div>
      <div className="controls">
        <Field label={t('div.filter.source')}>
          <select
            id="div-source"
            value={search.source ?? ''}
            onChange={(e) => onChange({ source: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('div.filter.state')}>
          <select
            id="div-state"
            value={search.state ?? ''}
            onChange={(e) =>
              onChange({ state: DIVERGENCE_STATES.find((s) => s === e.target.value) })
            }
          >
            <option value="">{any}</option>
            {DIVERGENCE_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`div.state.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('div.filter.workstream')}>
          <select
            id="div-workstream"
            value={search.workstream ?? ''}
            onChange={(e) => onChange({ workstream: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            {search.workstream && !workstreams.includes(search.workstream) && (
              <option value={search.workstream}>{search.workstream}</option>
            )}
            {workstreams.map((w) => (
              <option key={w} value={w}>
                {w}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('div.filter.member')}>
          <select
            id="div-member"
            value={search.member ?? ''}
            onChange={(e) => onChange({ member: e.target.value || undefined })}
          >
            <option value="">{any}</option>
            <option value="EU">{t('div.members.eu')}</option>
            {search.member && search.member !== 'EU' && !names.has(search.member) && (
              <option value={search.member}>{search.member}</option>
            )}
            {economies.map(([iso3, name]) => (
              <option key={iso3} value={iso3}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <div className="check">
          <input
            type="checkbox"
            id="div-closed"
            checked={search.closed === 'true'}
            onChange={(e) => onChange({ closed: e.target.checked ? 'true' : undefined })}
          />
          <label htmlFor="div-closed">{t('div.filter.closed')}</label>
        </div>
      </div>
    </form>
  );
}

function Counts({
  register,
  onChange,
}: {
  register: Register;
  onChange: (next: Partial<DivergencesSearch>) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const label = (id: string) => register.sources.find((s) => s.id === id)?.label ?? id;
  const bySource = Object.entries(register.counts.source).sort((a, b) => b[1] - a[1]);
  const byState = DIVERGENCE_STATES.filter((s) => (register.counts.state[s] ?? 0) > 0);
  if (register.total === 0) return null;
  return (
    <dl className="div-counts" id="div-counts">
      <div>
        <dt>{t('div.counts.source')}</dt>
        <dd>
          <ul>
            {bySource.map(([id, n]) => (
              <li key={id} data-source={id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange({ source: id })}
                >
                  {label(id)}
                </button>
                : {intl.formatNumber(n)}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div>
        <dt>{t('div.counts.state')}</dt>
        <dd>
          <ul>
            {byState.map((s) => (
              <li key={s} data-state={s}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange({ state: s })}
                >
                  {t(`div.state.${s}`)}
                </button>
                : {intl.formatNumber(register.counts.state[s] ?? 0)}
              </li>
            ))}
          </ul>
        </dd>
      </div>
    </dl>
  );
}

function RegisterTable({ register, caption }: { register: Register; caption: string }) {
  const t = useT();
  const intl = useIntl();
  const members = useMemberNames();
  const sourceLabel = (id: string) => register.sources.find((s) => s.id === id)?.label ?? id;
  const columns: Column<Divergence>[] = [
    {
      id: 'level',
      header: t('div.col.level'),
      value: (d) => d.severity,
      cell: (d) => <LevelBadge level={d.level} severity={d.severity} />,
    },
    {
      id: 'title',
      header: t('div.col.title'),
      key: true,
      value: (d) => d.title,
      cell: (d) => <a href={divergenceHref(d.id)}>{d.title}</a>,
    },
    { id: 'source', header: t('div.col.source'), value: (d) => sourceLabel(d.source) },
    { id: 'kind', header: t('div.col.kind'), value: (d) => d.kind, visible: false },
    {
      id: 'workstream',
      header: t('div.col.workstream'),
      value: (d) => d.workstream,
      visible: false,
    },
    {
      id: 'members',
      header: t('div.col.members'),
      value: (d) => d.members.join(', '),
      cell: (d) => <span title={d.members.join(', ')}>{members(d.members)}</span>,
    },
    {
      id: 'state',
      header: t('div.col.state'),
      value: (d) => d.state,
      cell: (d) => <StateBadge state={d.state} />,
    },
    {
      id: 'change',
      header: t('div.col.change'),
      value: (d) => d.change,
      cell: (d) => <ChangeMark change={d.change} />,
    },
    {
      id: 'proposal',
      header: t('div.col.proposal'),
      value: (d) => d.proposal?.title ?? d.proposalId,
      cell: (d) =>
        d.proposal ? (
          <a
            className="div-proposal-cell"
            href={`#/proposals/${encodeURIComponent(d.proposal.id)}`}
          >
            {d.proposal.title}
          </a>
        ) : null,
    },
    {
      id: 'measure',
      header: t('div.col.measure'),
      numeric: true,
      value: (d) => d.measure,
      cell: (d) => intl.formatNumber(d.measure, { maximumFractionDigits: 2 }),
      visible: false,
    },
    {
      id: 'lastSeen',
      header: t('div.col.lastSeen'),
      value: (d) => d.lastSeen,
      cell: (d) => intl.formatDate(d.lastSeen, { dateStyle: 'medium' }),
      visible: false,
    },
  ];
  return (
    <DataTable
      rows={register.items}
      columns={columns}
      caption={caption}
      csvName="divergences"
      className="div-register"
      label={t('div.register.title')}
      rowKey={(d) => String(d.id)}
      rowProps={(d) => ({
        'data-divergence': String(d.id),
        'data-kind': d.kind,
        'data-state': d.state,
      })}
      filterable={false}
    />
  );
}

function Recompute() {
  const t = useT();
  const intl = useIntl();
  const [result, setResult] = useState<RecomputeResult | null>(null);
  const run = useMutation({
    mutationFn: () => data(api.POST('/api/v1/divergences/recompute', { body: {} })),
    onSuccess: (r) => {
      setResult(r);
      announce(t('div.recompute.done', summary(r)));
    },
  });
  const summary = (r: RecomputeResult) => {
    const sum = (k: 'detected' | 'new' | 'closed') => r.sources.reduce((n, s) => n + s[k], 0);
    return {
      detected: intl.formatNumber(sum('detected')),
      new: intl.formatNumber(sum('new')),
      closed: intl.formatNumber(sum('closed')),
      resolved: intl.formatNumber(r.resolved),
    };
  };
  const failed = result?.sources.filter((s) => s.error !== null) ?? [];
  return (
    <div className="div-recompute">
      <button
        type="button"
        className="button button-secondary"
        id="div-recompute"
        disabled={run.isPending}
        onClick={() => {
          setResult(null);
          run.mutate();
        }}
      >
        {run.isPending ? t('div.recompute.running') : t('div.recompute')}
      </button>
      {result && (
        <p className="note" id="div-recompute-result">
          {t('div.recompute.done', summary(result))}
          {failed.map((s) => (
            <span key={s.id} className="field-error">
              {' '}
              {t('div.recompute.failed', { source: s.id, error: s.error ?? '' })}
            </span>
          ))}
        </p>
      )}
      {run.isError && <ErrorNotice title={t('div.recompute.error')} error={run.error} />}
    </div>
  );
}

export function DivergencesPage() {
  const t = useT();
  const intl = useIntl();
  const search: DivergencesSearch = useSearch({ from: '/divergences' });
  const navigate = useNavigate({ from: '/divergences' });
  const register = useRegister({
    ...(search.source ? { source: search.source } : {}),
    ...(search.state ? { state: search.state } : {}),
    ...(search.workstream ? { workstream: search.workstream } : {}),
    ...(search.member ? { member: search.member } : {}),
    ...(search.q ? { q: search.q } : {}),
    ...(search.closed ? { includeClosed: 'true' as const } : {}),
    limit: PAGE,
  });
  const session = useSession().data;
  const set = (next: Partial<DivergencesSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  return (
    <>
      <PageHeading title={t('div.title')} />
      <p className="lede">{t('div.lede')}</p>
      <nav className="page-actions div-links" aria-label={t('div.links')}>
        <a className="button button-secondary" href="#/alerts">
          {t('alerts.title')}
        </a>
        <a className="button button-secondary" href="#/proposals">
          {t('nav.proposals')}
        </a>
      </nav>
      {mayAdminister(session) && <Recompute />}
      <QueryState
        query={register}
        what={t('div.register.what')}
        errorTitle={t('div.register.error')}
      >
        {(r) => (
          <section
            className="analysis"
            aria-labelledby="div-register-heading"
            aria-busy={register.isFetching || undefined}
          >
            <h2 id="div-register-heading" className="visually-hidden">
              {t('div.register.title')}
            </h2>
            <Filters search={search} sources={r.sources} onChange={set} />
            <p className="note" id="div-count" role="status">
              {t('div.register.count', {
                count: r.total,
                total: intl.formatNumber(r.total),
                shown: intl.formatNumber(r.items.length),
                more: r.items.length < r.total ? 'yes' : 'no',
              })}
            </p>
            <Counts register={r} onChange={set} />
            {r.items.length === 0 ? (
              <p className="notice" id="div-none">
                {Object.values(search).some((v) => v !== undefined)
                  ? t('div.register.noneMatch')
                  : t('div.register.none')}
              </p>
            ) : (
              <RegisterTable
                register={r}
                caption={t('div.register.caption', { count: r.items.length })}
              />
            )}
          </section>
        )}
      </QueryState>
    </>
  );
}
