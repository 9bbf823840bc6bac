// The participant's side of a conversation: the voting card — one statement at a time, agree,
// disagree or pass by button or by the keys A, D and P while the card has focus; after a vote the
// focus moves to the next statement — and the form to add a statement of one's own, which waits
// for the secretariat's moderation.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, ApiError, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { Field, fieldErrors } from '../../ui/field.tsx';
import { ErrorNotice, QueryState } from '../../ui/query-state.tsx';
import { useNext } from './queries.ts';

const VOTES = [
  { value: 1, key: 'a', label: 'conv.vote.agree', className: 'vote-agree' },
  { value: -1, key: 'd', label: 'conv.vote.disagree', className: 'vote-disagree' },
  { value: 0, key: 'p', label: 'conv.vote.pass', className: 'vote-pass' },
] as const;

export function VotingCard({ code, who, live }: { code: string; who: string; live: boolean }) {
  const t = useT();
  const next = useNext(code, who, true, live);
  const card = useRef<HTMLDivElement>(null);
  const [voted, setVoted] = useState(0);
  const vote = useMutation({
    mutationFn: (v: { statement: string; value: 1 | -1 | 0 }) =>
      data(
        api.POST('/api/v1/consultations/conversations/{code}/votes', {
          params: { path: { code } },
          body: v,
        }),
      ),
    onSuccess: (_r, v) => {
      setVoted((n) => n + 1);
      announce(
        t(
          v.value === 1
            ? 'conv.vote.doneAgree'
            : v.value === -1
              ? 'conv.vote.doneDisagree'
              : 'conv.vote.donePass',
        ),
      );
    },
  });
  const statementId = next.data?.statement.id;
  // After a vote, the next statement takes the focus so the keyboard goes on from there.
  useEffect(() => {
    if (voted > 0) card.current?.focus();
  }, [statementId, voted]);
  const cast = (value: 1 | -1 | 0) => {
    if (statementId !== undefined && !vote.isPending)
      vote.mutate({ statement: statementId, value });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    const found = VOTES.find((v) => v.key === e.key.toLowerCase());
    if (found) {
      e.preventDefault();
      cast(found.value);
    }
  };
  return (
    <section className="voting" aria-labelledby="voting-heading">
      <h2 id="voting-heading">{t('conv.vote.title')}</h2>
      <QueryState query={next} what={t('conv.vote.what')} errorTitle={t('conv.vote.error')}>
        {(n) =>
          n === null ? (
            <p className="notice" id="voting-done" tabIndex={-1}>
              {t('conv.vote.allDone')}
            </p>
          ) : (
            <div
              className="voting-card"
              id="voting-card"
              data-statement={n.statement.id}
              ref={card}
              tabIndex={0}
              onKeyDown={onKey}
              aria-describedby="voting-keys"
              aria-busy={vote.isPending || undefined}
            >
              <p className="voting-remaining">
                {t('conv.vote.remaining', { remaining: n.remaining, votes: n.votes })}
              </p>
              <blockquote className="voting-text" lang={n.statement.language ?? undefined}>
                {n.statement.text}
              </blockquote>
              <div className="voting-buttons" role="group" aria-label={t('conv.vote.choices')}>
                {VOTES.map((v) => (
                  <button
                    key={v.value}
                    type="button"
                    className={`button ${v.className}`}
                    data-vote={v.value}
                    disabled={vote.isPending}
                    onClick={() => cast(v.value)}
                    aria-keyshortcuts={v.key.toUpperCase()}
                  >
                    {t(v.label)}
                  </button>
                ))}
              </div>
              <p className="field-hint" id="voting-keys">
                {t('conv.vote.keys')}
              </p>
            </div>
          )
        }
      </QueryState>
      {vote.isError && <ErrorNotice title={t('conv.vote.failed')} error={vote.error} />}
    </section>
  );
}

const issuesOf = (error: unknown): Record<string, string> =>
  error instanceof ApiError ? fieldErrors(error.issues) : {};

export function StatementForm({ code, secretariat }: { code: string; secretariat: boolean }) {
  const t = useT();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState('');
  const write = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/consultations/conversations/{code}/statements', {
          params: { path: { code } },
          body: { text, ...(language.trim() ? { language: language.trim() } : {}) },
        }),
      ),
    onSuccess: (s) => {
      setText('');
      announce(t(s.moderation === 'accepted' ? 'conv.write.accepted' : 'conv.write.pending'));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate();
  };
  const errors = issuesOf(write.error);
  return (
    <form onSubmit={submit} noValidate id="statement-form" aria-labelledby="statement-heading">
      <h3 id="statement-heading">{t('conv.write.title')}</h3>
      <p className="field-hint">
        {t(secretariat ? 'conv.write.hintSecretariat' : 'conv.write.hint')}
      </p>
      <Field label={t('conv.write.text')} error={errors.text ?? null}>
        <textarea
          id="statement-text"
          rows={3}
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <Field
        label={t('conv.write.language')}
        hint={t('conv.write.languageHint')}
        error={errors.language ?? null}
      >
        <input
          id="statement-language"
          value={language}
          size={8}
          onChange={(e) => setLanguage(e.target.value)}
        />
      </Field>
      <button type="submit" className="button" disabled={write.isPending}>
        {t('conv.write.submit')}
      </button>
      {write.isSuccess && (
        <p className="notice notice-success" id="statement-sent">
          {t(write.data.moderation === 'accepted' ? 'conv.write.accepted' : 'conv.write.pending')}
        </p>
      )}
      {write.isError && !Object.keys(errors).length && (
        <ErrorNotice title={t('conv.write.failed')} error={write.error} />
      )}
    </form>
  );
}
