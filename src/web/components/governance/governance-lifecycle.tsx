// The secretariat's lifecycle controls on a proposal: one small form per state it may go to next
// (TRANSITIONS of core), with the window of a consultation or a vote; the API checks the
// preconditions and its 409 message says which one failed.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TRANSITIONS } from '../../../core/governance/proposal.ts';
import { api, ApiError, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { Field, fieldErrors } from '../../ui/field.tsx';
import { localInputToIso, toLocalInput } from '../governance-labels.ts';
import type { ProposalState, ProposalView, TimeWindow } from './api-types.ts';
import { GovError } from './gov-error.tsx';
import { useWhen } from './governance-tally.tsx';
import './governance.css';

const DAY = 24 * 3600 * 1000;

/** Days a new window lasts by default. */
const DEFAULT_DAYS: Partial<Record<ProposalState, number>> = { consultation: 14, voting: 7 };

function MoveForm({
  p,
  to,
  onMoved,
}: {
  p: ProposalView;
  to: ProposalState;
  onMoved: () => Promise<unknown>;
}) {
  const t = useT();
  const when = useWhen();
  const days = DEFAULT_DAYS[to];
  const [opens, setOpens] = useState(() => toLocalInput(new Date()));
  const [closes, setCloses] = useState(() =>
    toLocalInput(new Date(Date.now() + (days ?? 0) * DAY)),
  );
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (span: TimeWindow | undefined) =>
      data(
        api.POST('/api/v1/proposals/{id}/transition', {
          params: { path: { id: p.id } },
          body: { to, ...(span ? { window: span } : {}) },
        }),
      ),
    onSuccess: async (next) => {
      announce(t('gov.move.done', { state: t(`gov.state.${next.state}`).toLowerCase() }));
      await onMoved();
    },
  });
  const hint = (): string => {
    switch (to) {
      case 'deliberation':
        return p.state === 'consultation' && p.consultationWindow
          ? t('gov.move.hint.deliberationAfter', { at: when(p.consultationWindow.closesAt, true) })
          : t('gov.move.hint.deliberation');
      case 'adopted':
      case 'rejected':
        return p.votingWindow
          ? t('gov.move.hint.decisionAfter', { at: when(p.votingWindow.closesAt, true) })
          : t('gov.move.hint.decision');
      case 'draft':
        return '';
      case 'consultation':
      case 'voting':
      case 'withdrawn':
      case 'implementation':
        return t(`gov.move.hint.${to}`);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    let span: TimeWindow | undefined;
    if (days !== undefined) {
      const o = localInputToIso(opens);
      const c = localInputToIso(closes);
      if (!o || !c) return setProblem(t('gov.move.needWindow'));
      span = { opensAt: o, closesAt: c };
    }
    if (to === 'withdrawn' && !confirmed) return setProblem(t('gov.move.needConfirm'));
    setProblem(null);
    move.mutate(span);
  };
  const issues =
    move.error instanceof ApiError
      ? fieldErrors(move.error.issues)
      : ({} as Record<string, string>);
  const labels = { 'window.opensAt': t('gov.move.opens'), 'window.closesAt': t('gov.move.closes') };
  return (
    <form className="gov-move card" data-to={to} noValidate onSubmit={submit}>
      <h3>→ {t(`gov.state.${to}`)}</h3>
      {to !== 'draft' && <p className="field-hint">{hint()}</p>}
      {days !== undefined && (
        <fieldset className="gov-window">
          <legend>
            {to === 'voting' ? t('gov.move.votingWindow') : t('gov.move.consultationWindow')}
          </legend>
          <div className="controls">
            <Field label={labels['window.opensAt']} error={issues['window.opensAt'] ?? null}>
              <input
                type="datetime-local"
                id={`move-${to}-opens`}
                step={1}
                value={opens}
                onChange={(e) => setOpens(e.target.value)}
              />
            </Field>
            <Field label={labels['window.closesAt']} error={issues['window.closesAt'] ?? null}>
              <input
                type="datetime-local"
                id={`move-${to}-closes`}
                step={1}
                value={closes}
                onChange={(e) => setCloses(e.target.value)}
              />
            </Field>
          </div>
          <p className="field-hint">
            {t('gov.move.zone', { zone: Intl.DateTimeFormat().resolvedOptions().timeZone })}
          </p>
        </fieldset>
      )}
      {to === 'withdrawn' && (
        <div className="field check-inline">
          <input
            type="checkbox"
            id={`move-${to}-confirm`}
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
          />
          <label htmlFor={`move-${to}-confirm`}>{t('gov.move.confirm')}</label>
        </div>
      )}
      <div className="button-row">
        <button
          type="submit"
          className={`button ${to === 'withdrawn' || to === 'rejected' ? 'button-quiet' : ''}`}
          data-move={to}
          disabled={move.isPending}
        >
          {t(`gov.move.action.${to}`)}
        </button>
      </div>
      <div aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {move.isError && (
          <GovError
            title={t('gov.move.failed', { state: to })}
            error={move.error}
            labels={labels}
          />
        )}
      </div>
    </form>
  );
}

/** The next states the proposal may go to, each as a form; a note when its state is final. */
export function LifecycleSection({
  proposal,
  onMoved,
}: {
  proposal: ProposalView;
  onMoved: () => Promise<unknown>;
}) {
  const t = useT();
  const next = TRANSITIONS[proposal.state];
  return (
    <section
      className="gov-section gov-lifecycle"
      aria-labelledby="lifecycle-heading"
      id="lifecycle"
    >
      <h2 id="lifecycle-heading">{t('gov.lifecycle.title')}</h2>
      {next.length === 0 ? (
        <p className="muted">
          {t('gov.lifecycle.final', { state: t(`gov.state.${proposal.state}`) })}
        </p>
      ) : (
        <div className="gov-moves">
          {next.map((to) => (
            <MoveForm key={`${proposal.state}-${to}`} p={proposal} to={to} onMoved={onMoved} />
          ))}
        </div>
      )}
    </section>
  );
}
