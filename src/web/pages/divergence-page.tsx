// One divergence (`#/divergences/item?id=12`): its summary, members, severity and evidence with
// links (routes of the app open here, other addresses in a new tab), the underlying data, where it
// stands and its path to a decision — open a proposal from it or link an existing one (delegates
// and the secretariat), accept it or reopen it with a reason (the secretariat) — what its
// resolution waits for, and its history.
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { DIVERGENCE_CHANGES } from '../../core/divergences/divergence.ts';
import { api, ApiError, data } from '../api/client.ts';
import {
  ChangeMark,
  DataLink,
  LevelBadge,
  StateBadge,
  useMemberNames,
  useWhen,
} from '../components/divergences/labels.tsx';
import {
  mayAdminister,
  mayPropose,
  useDivergence,
  useRegister,
  type DivergenceDetail,
  type DivergenceEvent,
} from '../components/divergences/queries.ts';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import type { DivergenceSearch } from './divergences-search.ts';

const proposalHref = (id: string): string => `#/proposals/${encodeURIComponent(id)}`;

const issuesOf = (error: unknown): Record<string, string> =>
  error instanceof ApiError ? fieldErrors(error.issues) : {};

function OpenProposal({ d }: { d: DivergenceDetail }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const open = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/divergences/{id}/proposal', {
          params: { path: { id: d.id } },
          body: title.trim() ? { title: title.trim() } : {},
        }),
      ),
    onSuccess: (r) => announce(t('div.open.done', { title: r.proposal?.title ?? '' })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    open.mutate();
  };
  return (
    <form onSubmit={submit} noValidate id="div-open-form" aria-labelledby="div-open-heading">
      <h3 id="div-open-heading">{t('div.open.title')}</h3>
      <p className="note">{t('div.open.hint')}</p>
      <Field label={t('div.open.name')} error={issuesOf(open.error).title ?? null}>
        <input
          id="div-open-title"
          type="text"
          maxLength={200}
          placeholder={`${t('div.open.default')} ${d.title}`.slice(0, 200)}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <button type="submit" className="button" disabled={open.isPending}>
        {t('div.open.submit')}
      </button>
      {open.isError && <ErrorNotice title={t('div.open.error')} error={open.error} />}
    </form>
  );
}

function LinkProposal({ d }: { d: DivergenceDetail }) {
  const t = useT();
  const [proposalId, setProposalId] = useState('');
  const [missing, setMissing] = useState(false);
  const link = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/divergences/{id}/link', {
          params: { path: { id: d.id } },
          body: { proposalId: proposalId.trim() },
        }),
      ),
    onSuccess: (r) => announce(t('div.link.done', { title: r.proposal?.title ?? '' })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(proposalId.trim() === '');
    if (proposalId.trim() !== '') link.mutate();
  };
  return (
    <form onSubmit={submit} noValidate id="div-link-form" aria-labelledby="div-link-heading">
      <h3 id="div-link-heading">{t('div.link.title')}</h3>
      <Field
        label={t('div.link.id')}
        hint={t('div.link.hint')}
        error={missing ? t('div.link.required') : (issuesOf(link.error).proposalId ?? null)}
      >
        <input
          id="div-link-id"
          type="text"
          maxLength={100}
          autoComplete="off"
          value={proposalId}
          onChange={(e) => setProposalId(e.target.value)}
        />
      </Field>
      <button type="submit" className="button button-secondary" disabled={link.isPending}>
        {t('div.link.submit')}
      </button>
      {link.isError && <ErrorNotice title={t('div.link.error')} error={link.error} />}
    </form>
  );
}

/** Accept (live with it) or reopen, with the required reason: the secretariat's. */
function NoteAction({ d, action }: { d: DivergenceDetail; action: 'accept' | 'reopen' }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const move = useMutation({
    mutationFn: () =>
      data(
        action === 'accept'
          ? api.POST('/api/v1/divergences/{id}/accept', {
              params: { path: { id: d.id } },
              body: { note: note.trim() },
            })
          : api.POST('/api/v1/divergences/{id}/reopen', {
              params: { path: { id: d.id } },
              body: { note: note.trim() },
            }),
      ),
    onSuccess: () => {
      setNote('');
      announce(t(action === 'accept' ? 'div.accept.done' : 'div.reopen.done'));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(note.trim() === '');
    if (note.trim() !== '') move.mutate();
  };
  const id = `div-${action}`;
  return (
    <form onSubmit={submit} noValidate id={`${id}-form`} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {t(action === 'accept' ? 'div.accept.title' : 'div.reopen.title')}
      </h3>
      <Field
        label={t('div.note')}
        hint={t(action === 'accept' ? 'div.accept.hint' : 'div.reopen.hint')}
        error={missing ? t('div.note.required') : (issuesOf(move.error).note ?? null)}
      >
        <textarea
          id={`${id}-note`}
          rows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <button type="submit" className="button button-secondary" disabled={move.isPending}>
        {t(action === 'accept' ? 'div.accept.submit' : 'div.reopen.submit')}
      </button>
      {move.isError && (
        <ErrorNotice
          title={t(action === 'accept' ? 'div.accept.error' : 'div.reopen.error')}
          error={move.error}
        />
      )}
    </form>
  );
}

function Path({ d }: { d: DivergenceDetail }) {
  const t = useT();
  const members = useMemberNames();
  const session = useSession().data;
  const proposer = mayPropose(session);
  const secretariat = mayAdminister(session);
  const canOpen = d.state === 'open' && proposer;
  const canAccept = (d.state === 'open' || d.state === 'under_discussion') && secretariat;
  const canReopen = (d.state === 'accepted' || d.state === 'resolved') && secretariat;
  return (
    <section className="analysis" aria-labelledby="div-path-heading" id="div-path">
      <h2 id="div-path-heading">{t('div.path.title')}</h2>
      <p id="div-state">
        {t('div.path.now')} <StateBadge state={d.state} />{' '}
        <span className="note">{t(`div.path.explain.${d.state}`)}</span>
      </p>
      {d.proposal ? (
        <p id="div-proposal">
          {t('div.path.proposal')} <a href={proposalHref(d.proposal.id)}>{d.proposal.title}</a>{' '}
          <span className="note">({t('div.path.proposalState', { state: d.proposal.state })})</span>
        </p>
      ) : (
        d.proposalId !== null && <p className="note">{t('div.path.proposalHidden')}</p>
      )}
      {d.stateNote !== '' && (d.state === 'accepted' || d.state === 'open') && (
        <p className="note" id="div-state-note">
          {t('div.path.note', { note: d.stateNote })}
        </p>
      )}
      {d.resolution && (
        <div
          className={`notice${d.resolution.resolved ? ' notice-success' : ''}`}
          id="div-resolution"
        >
          <p className="notice-title">{t('div.resolution.title')}</p>
          <p>{d.resolution.reason}</p>
          {d.resolution.waitingFor.length > 0 && (
            <p id="div-waiting">
              {t('div.resolution.waiting', { members: members(d.resolution.waitingFor) })}
            </p>
          )}
        </div>
      )}
      {(canOpen || canAccept || canReopen) && (
        <div className="div-actions">
          {canOpen && <OpenProposal d={d} />}
          {canOpen && <LinkProposal d={d} />}
          {canAccept && <NoteAction d={d} action="accept" />}
          {canReopen && <NoteAction d={d} action="reopen" />}
        </div>
      )}
      {d.state === 'open' && !proposer && (
        <p className="note" id="div-sign-in">
          {session?.account ? t('div.path.noRights') : t('div.path.signIn')}
        </p>
      )}
    </section>
  );
}

function History({ events }: { events: readonly DivergenceEvent[] }) {
  const t = useT();
  const when = useWhen();
  const session = useSession().data;
  const me = session?.account ? `account:${session.account.id}` : null;
  // The API names actors by id (account:…): the reader's own is "you", another's "an account".
  const who = (by: string) =>
    by === 'system'
      ? t('div.history.system')
      : by === 'operator'
        ? t('div.history.operator')
        : by === me
          ? t('div.history.you')
          : t('div.history.account');
  const line = (e: DivergenceEvent): string =>
    e.type === 'state'
      ? t('div.history.state', {
          to: t(`div.state.${e.to as DivergenceDetail['state']}`),
          by: who(e.by),
        })
      : t('div.history.detected', {
          change: (DIVERGENCE_CHANGES as readonly string[]).includes(e.to)
            ? t(`div.change.${e.to as DivergenceDetail['change']}`)
            : e.to,
          by: who(e.by),
        });
  return (
    <section className="analysis" aria-labelledby="div-history-heading">
      <h2 id="div-history-heading">{t('div.history.title')}</h2>
      {events.length === 0 ? (
        <p className="note">{t('div.history.none')}</p>
      ) : (
        <ol className="div-history" id="div-history">
          {[...events].reverse().map((e, i) => (
            <li key={`${e.at}-${i}`} data-event={e.type} data-to={e.to}>
              <time dateTime={e.at}>{when(e.at)}</time>
              {line(e)}
              {e.note !== '' && <span className="note"> — {e.note}</span>}
              {e.proposalId !== null && (
                <>
                  {' '}
                  <a href={proposalHref(e.proposalId)}>{t('div.history.proposal')}</a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Detail({ d }: { d: DivergenceDetail }) {
  const t = useT();
  const intl = useIntl();
  const when = useWhen();
  const members = useMemberNames();
  // The sources' names come with the register (one row asked for).
  const sources = useRegister({ source: d.source, limit: 1 });
  const n = (x: number) => intl.formatNumber(x, { maximumFractionDigits: 2 });
  return (
    <>
      <div className="div-badges">
        <LevelBadge level={d.level} severity={d.severity} />
        <StateBadge state={d.state} />
        <ChangeMark change={d.change} />
      </div>
      <p className="div-summary" id="div-summary">
        {d.summary}
      </p>
      <dl className="facts" id="div-facts">
        <div>
          <dt>{t('div.col.members')}</dt>
          <dd id="div-members" title={d.members.join(', ')}>
            {members(d.members)}
          </dd>
        </div>
        <div>
          <dt>{t('div.col.severity')}</dt>
          <dd>
            {t('div.severity', {
              value: intl.formatNumber(d.severity, {
                minimumFractionDigits: 2,
                maximumFractionDigits: 2,
              }),
              level: t(`div.level.${d.level}`),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('div.col.measure')}</dt>
          <dd>
            {d.previousMeasure !== null && d.previousMeasure !== d.measure
              ? t('div.measure.was', { value: n(d.measure), before: n(d.previousMeasure) })
              : n(d.measure)}
          </dd>
        </div>
        <div>
          <dt>{t('div.col.source')}</dt>
          <dd>{sources.data?.sources.find((x) => x.id === d.source)?.label ?? d.source}</dd>
        </div>
        <div>
          <dt>{t('div.col.kind')}</dt>
          <dd>{d.kind}</dd>
        </div>
        <div>
          <dt>{t('div.col.workstream')}</dt>
          <dd>{d.workstream}</dd>
        </div>
        <div>
          <dt>{t('div.col.firstSeen')}</dt>
          <dd>{when(d.firstSeen)}</dd>
        </div>
        <div>
          <dt>{t('div.col.lastSeen')}</dt>
          <dd>
            {d.detected ? when(d.lastSeen) : t('div.closedSince', { when: when(d.lastSeen) })}
          </dd>
        </div>
        <div>
          <dt>{t('div.col.confidentiality')}</dt>
          <dd>{t(`div.confidentiality.${d.confidentiality}`)}</dd>
        </div>
      </dl>
      <p className="page-actions div-data">
        <a className="button button-secondary" href={d.link} id="div-data-link">
          {t('div.seeData')}
        </a>
      </p>
      <section className="analysis" aria-labelledby="div-evidence-heading">
        <h2 id="div-evidence-heading">{t('div.evidence.title')}</h2>
        {d.evidence.length === 0 ? (
          <p className="note">{t('div.evidence.none')}</p>
        ) : (
          <ul className="div-evidence" id="div-evidence">
            {d.evidence.map((e, i) => (
              <li key={i}>
                <strong>{e.link ? <DataLink href={e.link}>{e.label}</DataLink> : e.label}</strong>
                {e.detail !== '' && <>: {e.detail}</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Path d={d} />
      <History events={d.events} />
    </>
  );
}

export function DivergencePage() {
  const t = useT();
  const search: DivergenceSearch = useSearch({ from: '/divergences/item' });
  const id = search.id !== undefined ? Number(search.id) : undefined;
  const divergence = useDivergence(id);
  return (
    <>
      <p className="breadcrumb">
        <a href="#/divergences">{t('div.title')}</a>
      </p>
      {id === undefined ? (
        <>
          <PageHeading title={t('div.item.title')} />
          <p className="notice notice-error">{t('div.item.noId')}</p>
        </>
      ) : (
        <QueryState query={divergence} what={t('div.item.what')} errorTitle={t('div.item.error')}>
          {(d) => (
            <article aria-busy={divergence.isFetching || undefined}>
              <PageHeading title={d.title} />
              <Detail d={d} />
            </article>
          )}
        </QueryState>
      )}
    </>
  );
}
