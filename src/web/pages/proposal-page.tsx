// One proposal: its state, confidentiality and workstream; while voting (and after) the caller's
// ballot and the live, self-explaining tally; the secretariat's lifecycle controls; the current
// text with its edit form; every version with the changes between any two; threaded comments;
// its history from the governance event log (who moved it, when).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { describeRule } from '../../core/governance/decision-rule.ts';
import { api, ApiError, data } from '../api/client.ts';
import type {
  Me,
  ProposalView,
  TallyView,
  Workstream,
} from '../components/governance/api-types.ts';
import { HistorySection } from '../components/governance/audit-history.tsx';
import { GovError } from '../components/governance/gov-error.tsx';
import { CommentsSection } from '../components/governance/governance-comments.tsx';
import {
  ConsultationSection,
  showsConsultation,
} from '../components/governance/governance-consultation.tsx';
import { VersionsSection } from '../components/governance/governance-diff.tsx';
import { ImplementationSection } from '../components/governance/governance-implementation.tsx';
import { LifecycleSection } from '../components/governance/governance-lifecycle.tsx';
import { BallotControls, TallyBlock, useWhen } from '../components/governance/governance-tally.tsx';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { canWrite, signInHref } from '../session.ts';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading } from '../ui/query-state.tsx';
import '../components/governance/governance.css';

/** How often an open vote's tally is fetched again. */
const POLL_MS = 3000;

/** Whether the page shows a tally: while voting, and after a vote took place. */
const hasVote = (v: ProposalView): boolean =>
  v.state === 'voting' || (v.votingWindow !== null && v.state !== 'deliberation');

type T = ReturnType<typeof useT>;

/** Why the reader cannot write here, or null when they can. */
function writeBlocked(t: T, me: Me): string | null {
  if (me.kind !== 'account') return t('gov.proposal.signInToTakePart');
  if (!canWrite(me)) return t('gov.proposal.signInAgainToChange');
  return null;
}

function Facts({ v, workstream }: { v: ProposalView; workstream: Workstream | undefined }) {
  const t = useT();
  const when = useWhen();
  const rule = v.decisionRule ?? workstream?.decisionRule ?? null;
  const windowText = (w: { opensAt: string; closesAt: string }) =>
    `${when(w.opensAt, true)} – ${when(w.closesAt, true)}`;
  return (
    <dl className="facts gov-facts">
      <div>
        <dt>{t('gov.proposal.workstream')}</dt>
        <dd>
          {v.workstream ? (
            <a href={`#/proposals?workstream=${encodeURIComponent(v.workstream)}`}>
              {workstream?.name ?? v.workstream}
            </a>
          ) : (
            t('gov.proposal.none')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('gov.proposal.rule')}</dt>
        <dd>
          {rule
            ? `${describeRule(rule)}${v.decisionRule ? t('gov.proposal.ownRule') : ''}`
            : t('gov.proposal.noRule')}
        </dd>
      </div>
      <div>
        <dt>{t('gov.proposal.by')}</dt>
        <dd>
          {v.authorDelegation ?? t('gov.proposal.secretariat')} · {when(v.createdAt)}
        </dd>
      </div>
      <div>
        <dt>{t('gov.proposal.version')}</dt>
        <dd>
          {v.version} · {when(v.updatedAt)}
        </dd>
      </div>
      {v.consultationWindow && (
        <div>
          <dt>{t('gov.consultation.title')}</dt>
          <dd>{windowText(v.consultationWindow)}</dd>
        </div>
      )}
      {v.votingWindow && (
        <div>
          <dt>{t('gov.proposal.vote')}</dt>
          <dd>{windowText(v.votingWindow)}</dd>
        </div>
      )}
    </dl>
  );
}

function EditForm({
  v,
  onSaved,
  onCancel,
}: {
  v: ProposalView;
  onSaved: () => Promise<unknown>;
  onCancel: () => void;
}) {
  const t = useT();
  const [title, setTitle] = useState(v.title);
  const [text, setText] = useState(v.text);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const labels = {
    title: t('gov.edit.title'),
    text: t('gov.edit.text'),
    note: t('gov.edit.note'),
  };
  const save = useMutation({
    mutationFn: () =>
      data(
        api.PUT('/api/v1/proposals/{id}/text', {
          params: { path: { id: v.id } },
          body: {
            ...(title.trim() !== v.title ? { title: title.trim() } : {}),
            text,
            note: note.trim(),
          },
        }),
      ),
    onSuccess: async (version) => {
      announce(t('gov.edit.saved', { version: version.version }));
      await onSaved();
      onCancel();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || !title.trim()) return setProblem(t('gov.edit.empty'));
    setProblem(null);
    save.mutate();
  };
  return (
    <form
      className="gov-form gov-edit-form card"
      noValidate
      aria-label={t('gov.edit.form')}
      onSubmit={submit}
    >
      <Field label={labels.title} className="gov-field-full">
        <input
          type="text"
          id="edit-title"
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </Field>
      <Field label={labels.text} className="gov-field-full">
        <textarea
          id="edit-text"
          rows={14}
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Field label={labels.note} className="gov-field-full">
        <input
          type="text"
          id="edit-note"
          maxLength={500}
          placeholder={t('gov.edit.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('gov.edit.submit', { version: v.version + 1 })}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('gov.cancel')}
        </button>
      </div>
      <div aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {save.isError && (
          <GovError title={t('gov.edit.failed')} error={save.error} labels={labels} />
        )}
      </div>
    </form>
  );
}

function TextSection({
  v,
  canEdit,
  onSaved,
}: {
  v: ProposalView;
  canEdit: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the form: focus returns to the button that opened it.
    if (wasEditing.current && !editing) openButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  if (editing) return <EditForm v={v} onSaved={onSaved} onCancel={() => setEditing(false)} />;
  return (
    <section className="gov-section" aria-labelledby="text-heading">
      <div className="gov-card-head">
        <h2 id="text-heading">{t('gov.proposal.text', { version: v.version })}</h2>
        {canEdit && (
          <button
            type="button"
            className="button button-quiet button-small"
            id="edit-open"
            ref={openButton}
            onClick={() => setEditing(true)}
          >
            {t('gov.edit.open')}
          </button>
        )}
      </div>
      <div className="gov-prose gov-text card" id="proposal-text">
        {v.text}
      </div>
    </section>
  );
}

function Voting({
  v,
  me,
  blocked,
  now,
}: {
  v: ProposalView;
  me: Me;
  blocked: string | null;
  now: number;
}) {
  const t = useT();
  const when = useWhen();
  const client = useQueryClient();
  const myDelegation = me.account?.delegation ?? null;
  const w = v.votingWindow;
  const live = v.state === 'voting' && w !== null && now < Date.parse(w.closesAt);
  const tally = useQuery({
    queryKey: ['proposal', v.id, 'tally'],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/proposals/{id}/tally', { params: { path: { id: v.id } }, signal }),
        signal,
      ),
    refetchInterval: live ? POLL_MS : false,
  });
  const view: TallyView | undefined = tally.data;
  const notYet = w !== null && now < Date.parse(w.opensAt);
  const closed = w !== null && now >= Date.parse(w.closesAt);
  const mayVote = (v.can.vote || v.can.advisoryVote) && myDelegation !== null && !blocked;
  const status =
    v.state !== 'voting'
      ? t('gov.vote.over', { state: t(`gov.state.${v.state}`).toLowerCase() })
      : notYet && w
        ? t('gov.vote.opensAt', { at: when(w.opensAt) })
        : closed
          ? t('gov.vote.closed')
          : w
            ? t('gov.vote.openUntil', { at: when(w.closesAt) })
            : t('gov.vote.noWindow');
  return (
    <section className="gov-section gov-voting" aria-labelledby="voting-heading" id="voting">
      <h2 id="voting-heading">
        {v.state === 'voting' ? t('gov.vote.title') : t('gov.vote.finalTitle')}
      </h2>
      <p className="gov-vote-status" id="vote-status">
        {status}
      </p>
      {v.state === 'voting' && view?.open && mayVote && myDelegation ? (
        <BallotControls
          proposalId={v.id}
          view={view}
          delegation={myDelegation}
          advisory={!v.can.vote}
          onVoted={(next) => client.setQueryData(['proposal', v.id, 'tally'], next)}
        />
      ) : v.state === 'voting' &&
        view?.open &&
        blocked &&
        (me.kind !== 'account' || v.can.vote || v.can.advisoryVote) ? (
        <p className="field-hint">
          <a href={signInHref()}>
            {me.kind === 'account' ? t('gov.vote.signInAgain') : t('app.signIn')}
          </a>{' '}
          {t('gov.vote.toCast')}
        </p>
      ) : null}
      <div aria-live="polite">
        {tally.isError ? (
          <ErrorNotice title={t('gov.vote.tallyFailed')} error={tally.error} />
        ) : view ? (
          <TallyBlock view={view} myDelegation={myDelegation} />
        ) : tally.isPending ? (
          <Loading what={t('gov.vote.what')} />
        ) : null}
      </div>
    </section>
  );
}

function NotFound() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('gov.proposal.notFound')} />
      <div className="notice" role="status">
        <p>{t('gov.proposal.notFoundDetail')}</p>
        <p>
          <a href="#/proposals">{t('gov.proposal.all')}</a>
        </p>
      </div>
    </>
  );
}

export function ProposalPage() {
  const t = useT();
  const { id = '' }: { id?: string } = useParams({ strict: false });
  const client = useQueryClient();
  const session = useSession();
  const proposal = useQuery({
    queryKey: ['proposal', id],
    queryFn: ({ signal }) =>
      data(api.GET('/api/v1/proposals/{id}', { params: { path: { id } }, signal }), signal),
  });
  const versions = useQuery({
    queryKey: ['proposal', id, 'versions'],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/proposals/{id}/versions', { params: { path: { id } }, signal }),
        signal,
      ),
  });
  const comments = useQuery({
    queryKey: ['proposal', id, 'comments'],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/proposals/{id}/comments', { params: { path: { id } }, signal }),
        signal,
      ),
  });
  const consultation = useQuery({
    queryKey: ['proposal', id, 'consultation'],
    // Null: the proposal has no consultation (404).
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/proposals/{id}/consultation', { params: { path: { id } }, signal }),
        signal,
      ).catch((e: unknown) => {
        if (e instanceof ApiError && e.notFound) return null;
        throw e;
      }),
    retry: false,
  });
  const workstreams = useQuery({
    queryKey: ['workstreams'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/workstreams', { signal }), signal),
  });
  const reloadAll = () => client.invalidateQueries({ queryKey: ['proposal', id] });

  // The clock the vote's status reads: moved on as the window opens and closes, when the whole
  // proposal is fetched again.
  const [now, setNow] = useState(() => Date.now());
  const v = proposal.data;
  const w = v?.state === 'voting' ? v.votingWindow : null;
  useEffect(() => {
    if (!w) return;
    const current = Date.now();
    const boundary = [Date.parse(w.opensAt), Date.parse(w.closesAt)].find((b) => b > current);
    if (boundary === undefined) return;
    const timer = window.setTimeout(
      () => {
        setNow(Date.now());
        void client.invalidateQueries({ queryKey: ['proposal', id] });
      },
      Math.max(250, boundary - current + 300),
    );
    return () => window.clearTimeout(timer);
  }, [w, now, id, client]);

  const loading = [proposal, versions, comments, workstreams, session].find((q) => q.isError);
  if (proposal.error instanceof ApiError && proposal.error.notFound) return <NotFound />;
  const breadcrumb = (
    <p className="breadcrumb">
      <a href="#/proposals">{t('gov.proposal.breadcrumb')}</a>
    </p>
  );
  if (loading)
    return (
      <>
        {breadcrumb}
        <PageHeading title={t('gov.proposal.heading')} />
        <ErrorNotice
          title={t('gov.proposal.failed')}
          error={loading.error}
          retry={() => void reloadAll()}
        />
      </>
    );
  if (
    !v ||
    !versions.data ||
    !comments.data ||
    !workstreams.data ||
    !session.data ||
    consultation.isPending
  )
    return (
      <>
        {breadcrumb}
        <PageHeading title={t('gov.proposal.heading')} />
        <Loading what={t('gov.proposal.what')} />
      </>
    );
  const me = session.data;
  const blocked = writeBlocked(t, me);
  const myDelegation = me.account?.delegation ?? null;
  const ws = workstreams.data.items.find((x) => x.code === v.workstream);
  return (
    <>
      {breadcrumb}
      <PageHeading title={v.title}>
        <span id="proposal-title">{v.title}</span>
      </PageHeading>
      <div className="gov-head">
        <p className="gov-badges">
          <span
            className={`badge gov-state gov-state-${v.state}`}
            data-state={v.state}
            id="proposal-state"
          >
            {t(`gov.state.${v.state}`)}
          </span>{' '}
          <span
            className={`badge gov-conf gov-conf-${v.confidentiality}`}
            title={t('gov.proposal.seenBy', { who: t(`gov.conf.hint.${v.confidentiality}`) })}
          >
            {t(`gov.conf.${v.confidentiality}`)}
            {v.confidentiality === 'restricted' && v.restrictedTo.length
              ? `: ${v.restrictedTo.join(', ')}`
              : ''}
          </span>{' '}
          {(ws || v.workstream) && (
            <span className="badge gov-ws-badge">{ws?.name ?? v.workstream}</span>
          )}
        </p>
        <Facts v={v} workstream={ws} />
      </div>
      {hasVote(v) && <Voting v={v} me={me} blocked={blocked} now={now} />}
      {v.can.report && !blocked && <ImplementationSection proposal={v} delegation={myDelegation} />}
      {v.can.transition && !blocked && <LifecycleSection proposal={v} onMoved={reloadAll} />}
      {showsConsultation(v, consultation.data, blocked !== null) && (
        <ConsultationSection
          proposal={v}
          consultation={consultation.data}
          error={consultation.error}
          blocked={blocked !== null}
          onChanged={reloadAll}
        />
      )}
      <TextSection key={v.version} v={v} canEdit={v.can.edit && !blocked} onSaved={reloadAll} />
      <VersionsSection
        key={versions.data.items.length}
        proposalId={id}
        versions={versions.data.items}
      />
      <CommentsSection
        proposalId={id}
        comments={comments.data.items}
        version={v.version}
        canComment={v.can.comment && !blocked}
        noCommentReason={blocked ?? t('gov.comments.noRight')}
        onPosted={() => client.invalidateQueries({ queryKey: ['proposal', id, 'comments'] })}
      />
      <HistorySection
        proposalId={id}
        version={`${v.version}-${v.state}-${comments.data.items.length}`}
      />
    </>
  );
}
