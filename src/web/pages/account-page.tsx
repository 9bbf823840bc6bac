// My account: who you are signed in as, changing your password (the current one is needed; your
// other sessions end), and ending your other sessions (e.g. a browser left signed in elsewhere).
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../api/client.ts';
import { GovError } from '../components/governance/gov-error.tsx';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { canWrite, signInHref, whoLabel } from '../session.ts';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { Loading } from '../ui/query-state.tsx';
import '../components/governance/governance.css';

function PasswordForm() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const nextRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const labels = {
    currentPassword: t('gov.account.current'),
    newPassword: t('gov.account.new'),
  };
  const change = useMutation({
    mutationFn: () =>
      data(
        api.PUT('/api/v1/auth/password', { body: { currentPassword: current, newPassword: next } }),
      ),
    onSuccess: (r) => {
      setCurrent('');
      setNext('');
      setRepeat('');
      announce(t('gov.account.changed', { n: r.sessionsEnded }));
    },
    onError: () => {
      setCurrent('');
      currentRef.current?.focus();
    },
  });
  const issues = change.error instanceof ApiError ? fieldErrors(change.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.reset();
    if (!current || !next) {
      setProblem(t('gov.account.missing'));
      (current ? nextRef : currentRef).current?.focus();
      return;
    }
    if (next !== repeat) {
      setProblem(t('gov.account.differ'));
      repeatRef.current?.focus();
      return;
    }
    setProblem(null);
    change.mutate();
  };
  return (
    <form
      className="gov-form account-password-form"
      noValidate
      aria-label={t('gov.account.changeButton')}
      onSubmit={submit}
    >
      <Field label={labels.currentPassword} id="current-password" error={issues.currentPassword}>
        <input
          ref={currentRef}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </Field>
      <Field
        label={labels.newPassword}
        id="new-password"
        hint={t('gov.account.newHint')}
        error={issues.newPassword}
      >
        <input
          ref={nextRef}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </Field>
      <Field label={t('gov.account.repeat')} id="repeat-password">
        <input
          ref={repeatRef}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={change.isPending}>
          {t('gov.account.changeButton')}
        </button>
      </div>
      <div aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {change.isSuccess && (
          <p className="notice notice-success" role="status" id="password-changed">
            {t('gov.account.changed', { n: change.data.sessionsEnded })}
          </p>
        )}
        {change.isError && (
          <GovError
            title={t('gov.account.notChanged')}
            error={change.error}
            labels={labels}
            message={issues.currentPassword ? t('gov.account.currentWrong') : undefined}
          />
        )}
      </div>
    </form>
  );
}

function OtherSessions() {
  const t = useT();
  const end = useMutation({
    mutationFn: () => data(api.POST('/api/v1/auth/sessions/end-others')),
    onSuccess: (r) => announce(t('gov.account.sessionsEnded', { n: r.sessionsEnded })),
  });
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        disabled={end.isPending}
        onClick={() => end.mutate()}
      >
        {t('gov.account.endOthers')}
      </button>
      <div aria-live="polite">
        {end.isSuccess && (
          <p className="notice notice-success" role="status" id="sessions-ended">
            {t('gov.account.sessionsEnded', { n: end.data.sessionsEnded })}
          </p>
        )}
        {end.isError && <GovError title={t('gov.account.notEnded')} error={end.error} />}
      </div>
    </>
  );
}

export function AccountPage() {
  const t = useT();
  const session = useSession();
  const me = session.data;
  let body;
  if (!me) body = <Loading what={t('gov.account.what')} />;
  else if (me.kind !== 'account' || !me.account)
    body = (
      <p className="notice" id="account-sign-in">
        <a href={signInHref()}>{t('app.signIn')}</a> {t('gov.account.signInTo')}
      </p>
    );
  else if (!canWrite(me))
    body = (
      <p className="notice">
        {t('gov.account.noWrite', { who: whoLabel(me) })}{' '}
        <a href={signInHref()}>{t('gov.account.signInAgain')}</a>
      </p>
    );
  else
    body = (
      <>
        <dl className="account-facts">
          <dt>{t('gov.account.signedInAs')}</dt>
          <dd id="account-me">{whoLabel(me)}</dd>
          <dt>{t('gov.account.email')}</dt>
          <dd>{me.account.email}</dd>
        </dl>
        {me.account.role === 'secretariat' && (
          <p>
            <a href="#/accounts">{t('gov.account.administer')}</a>
          </p>
        )}
        <section className="analysis" aria-labelledby="password-heading">
          <h2 id="password-heading">{t('gov.account.passwordHeading')}</h2>
          <p className="field-hint">{t('gov.account.passwordHint')}</p>
          <PasswordForm />
        </section>
        <section className="analysis" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">{t('gov.account.sessionsHeading')}</h2>
          <p className="field-hint">{t('gov.account.sessionsHint')}</p>
          <OtherSessions />
        </section>
      </>
    );
  return (
    <>
      <PageHeading title={t('gov.account.title')} />
      {body}
    </>
  );
}
