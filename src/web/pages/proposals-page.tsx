// Proposals: those the reader may see, newest first, filtered by state and workstream or searched
// in titles and texts (kept in the URL); a "New proposal" form for those who may propose.
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { PROPOSAL_STATES } from '../../core/governance/proposal.ts';
import { api, data } from '../api/client.ts';
import type {
  Confidentiality,
  ProposalState,
  ProposalSummary,
  Workstream,
} from '../components/governance/api-types.ts';
import { ProposalForm, proposableWorkstreams } from '../components/governance/proposal-form.tsx';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { canWrite, signInHref } from '../session.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import '../components/governance/governance.css';

interface ProposalsSearch {
  state?: string;
  workstream?: string;
  q?: string;
}

const isState = (s: string | undefined): s is ProposalState =>
  (PROPOSAL_STATES as readonly string[]).includes(s ?? '');

function StateBadge({ state }: { state: ProposalState }) {
  const t = useT();
  return (
    <span className={`badge gov-state gov-state-${state}`} data-state={state}>
      {t(`gov.state.${state}`)}
    </span>
  );
}

function ConfidentialityBadge({ c, restrictedTo }: { c: Confidentiality; restrictedTo: string[] }) {
  const t = useT();
  return (
    <span
      className={`badge gov-conf gov-conf-${c}`}
      title={t('gov.newProposal.seenByHint', { who: t(`gov.conf.hint.${c}`) })}
    >
      {t(`gov.conf.${c}`)}
      {c === 'restricted' && restrictedTo.length ? `: ${restrictedTo.join(', ')}` : ''}
    </span>
  );
}

function ProposalItem({
  p,
  workstreams,
}: {
  p: ProposalSummary;
  workstreams: ReadonlyMap<string, Workstream>;
}) {
  const t = useT();
  const intl = useIntl();
  const w = p.workstream ? workstreams.get(p.workstream) : undefined;
  const facts = [
    w ? w.name : p.workstream ? p.workstream : t('gov.proposals.noWorkstream'),
    p.authorDelegation ? t('gov.proposals.by', { who: p.authorDelegation }) : null,
    t('gov.proposals.version', { n: p.version }),
    t('gov.proposals.updated', {
      at: intl.formatDate(p.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
    }),
  ].filter(Boolean);
  return (
    <li className="card gov-proposal-item" data-proposal={p.id}>
      <h2 className="gov-proposal-title">
        <a href={`#/proposals/${encodeURIComponent(p.id)}`}>{p.title}</a>
      </h2>
      <p className="gov-badges">
        <StateBadge state={p.state} />{' '}
        <ConfidentialityBadge c={p.confidentiality} restrictedTo={p.restrictedTo} />
      </p>
      <p className="field-hint">{facts.join(' · ')}</p>
    </li>
  );
}

function ProposalList({
  search,
  workstreams,
}: {
  search: ProposalsSearch;
  workstreams: ReadonlyMap<string, Workstream>;
}) {
  const t = useT();
  const state = isState(search.state) ? search.state : undefined;
  const workstream =
    search.workstream && workstreams.has(search.workstream) ? search.workstream : undefined;
  const q = search.q?.trim() || undefined;
  const query = useQuery({
    queryKey: ['proposals', { state, workstream, q }],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/proposals', {
          params: {
            query: {
              ...(state ? { state } : {}),
              ...(workstream ? { workstream } : {}),
              ...(q ? { q } : {}),
            },
          },
          signal,
        }),
        signal,
      ),
    placeholderData: (previous) => previous,
  });
  const filtered = Boolean(state || workstream || q);
  return (
    <QueryState
      query={query}
      what={t('gov.proposals.loading')}
      errorTitle={t('gov.proposals.failed')}
    >
      {({ items }) => (
        <>
          <p className="result-count" aria-live="polite">
            {t(filtered ? 'gov.proposals.countMatch' : 'gov.proposals.count', { n: items.length })}
          </p>
          <div aria-busy={query.isFetching || undefined}>
            {items.length ? (
              <ol className="gov-proposal-list">
                {items.map((p) => (
                  <ProposalItem key={p.id} p={p} workstreams={workstreams} />
                ))}
              </ol>
            ) : (
              <p className="muted">
                {filtered ? t('gov.proposals.noneMatch') : t('gov.proposals.none')}
              </p>
            )}
          </div>
        </>
      )}
    </QueryState>
  );
}

export function ProposalsPage() {
  const t = useT();
  const search: ProposalsSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const session = useSession();
  const workstreamsQuery = useQuery({
    queryKey: ['workstreams'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/workstreams', { signal }), signal),
  });
  const [q, setQ] = useState(search.q ?? '');
  const [open, setOpen] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) openRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const setSearch = (next: ProposalsSearch) =>
    void navigate({
      to: '/proposals',
      search: Object.fromEntries(Object.entries({ ...search, ...next }).filter(([, v]) => v)),
      replace: true,
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch({ q: q.trim() });
  };
  const me = session.data;
  const workstreams = workstreamsQuery.data?.items ?? [];
  const byCode = new Map(workstreams.map((w) => [w.code, w]));
  const role = me?.account?.role;
  const mayPropose =
    me !== undefined &&
    canWrite(me) &&
    (role === 'secretariat' ||
      ((role === 'member_delegate' || role === 'partner_delegate') &&
        proposableWorkstreams(me, workstreams).length > 0));
  return (
    <>
      <PageHeading title={t('gov.proposals.title')} />
      <p className="lede">
        {t('gov.proposals.lede')} <a href="#/workstreams">{t('gov.proposals.rulesLink')}</a>.
      </p>
      <div className="page-actions">
        {me && workstreamsQuery.isSuccess && mayPropose && !open && (
          <button
            ref={openRef}
            type="button"
            className="button"
            id="new-proposal-open"
            onClick={() => setOpen(true)}
          >
            {t('gov.newProposal.heading')}
          </button>
        )}
        {me && me.kind !== 'account' && (
          <p className="field-hint">
            <a href={signInHref()}>{t('app.signIn')}</a> {t('gov.proposals.signInTo')}
          </p>
        )}
      </div>
      {open && me && (
        <ProposalForm
          me={me}
          workstreams={workstreams}
          onCreated={(p) => {
            announce(t('gov.newProposal.created', { title: p.title }));
            window.location.hash = `#/proposals/${encodeURIComponent(p.id)}`;
          }}
          onCancel={() => setOpen(false)}
        />
      )}
      <form
        className="controls gov-filters"
        role="search"
        aria-label={t('gov.proposals.filter')}
        onSubmit={submit}
      >
        <div className="field field-narrow">
          <label htmlFor="filter-state">{t('gov.proposals.state')}</label>
          <select
            id="filter-state"
            value={isState(search.state) ? search.state : ''}
            onChange={(e) => setSearch({ state: e.target.value })}
          >
            <option value="">{t('gov.proposals.anyState')}</option>
            {PROPOSAL_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`gov.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-workstream">{t('gov.proposals.workstream')}</label>
          <select
            id="filter-workstream"
            value={search.workstream && byCode.has(search.workstream) ? search.workstream : ''}
            onChange={(e) => setSearch({ workstream: e.target.value })}
          >
            <option value="">{t('gov.proposals.any')}</option>
            {workstreams.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-wide">
          <label htmlFor="filter-q">{t('gov.proposals.search')}</label>
          <input
            type="search"
            id="filter-q"
            maxLength={200}
            autoComplete="off"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div className="field field-action">
          <button type="submit" className="button button-quiet">
            {t('gov.proposals.searchButton')}
          </button>
        </div>
      </form>
      <QueryState
        query={workstreamsQuery}
        what={t('gov.proposals.loading')}
        errorTitle={t('gov.proposals.workstreamsFailed')}
      >
        {() => <ProposalList search={search} workstreams={byCode} />}
      </QueryState>
    </>
  );
}
