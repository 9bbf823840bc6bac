// First start: the one-time setup link the server printed (`#/setup?token=…`) creates the
// secretariat account (POST /api/v1/auth/setup), which is then signed in.
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../api/client.ts';
import { GovError } from '../components/governance/gov-error.tsx';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { signIn } from '../session.ts';
import { Field, fieldErrors } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import '../components/governance/governance.css';

const MIN_PASSWORD = 12;

export function SetupPage() {
  const t = useT();
  const search: Record<string, unknown> = useSearch({ strict: false });
  const token = typeof search.token === 'string' ? search.token.trim() : '';
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const labels = {
    name: t('gov.setup.name'),
    email: t('gov.setup.email'),
    password: t('gov.setup.password'),
  };
  const setup = useMutation({
    mutationFn: async () => {
      const account = await data(
        api.POST('/api/v1/auth/setup', {
          body: { token, name: name.trim(), email: email.trim(), password },
        }),
      );
      await signIn(account.email, password);
      return account;
    },
    onSuccess: (account) => {
      announce(t('gov.setup.done', { email: account.email }));
      window.location.hash = '#/workstreams';
    },
  });
  const issues = setup.error instanceof ApiError ? fieldErrors(setup.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = !name.trim()
      ? t('gov.setup.needName')
      : !email.trim()
        ? t('gov.setup.needEmail')
        : password.length < MIN_PASSWORD
          ? t('gov.setup.short', { n: MIN_PASSWORD })
          : password !== repeat
            ? t('gov.setup.differ')
            : null;
    setProblem(p);
    if (!p) setup.mutate();
  };
  return (
    <>
      <PageHeading title={t('gov.setup.title')} />
      <p className="lede">{t('gov.setup.lede')}</p>
      {!token ? (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{t('gov.setup.noToken')}</p>
          <p>
            {t('gov.setup.noTokenDetail')} <a href="#/login">{t('gov.setup.signIn')}</a>
          </p>
        </div>
      ) : (
        <form
          className="gov-form gov-login-form"
          noValidate
          aria-label={t('gov.setup.form')}
          onSubmit={submit}
        >
          <Field label={labels.name} id="setup-name" error={issues.name}>
            <input
              type="text"
              name="setup-name"
              autoComplete="name"
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </Field>
          <Field label={labels.email} id="setup-email" error={issues.email}>
            <input
              type="email"
              name="setup-email"
              autoComplete="username"
              spellCheck={false}
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </Field>
          <Field
            label={labels.password}
            id="setup-password"
            hint={t('gov.setup.passwordHint', { n: MIN_PASSWORD })}
            error={issues.password}
          >
            <input
              type="password"
              name="setup-password"
              autoComplete="new-password"
              minLength={MIN_PASSWORD}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </Field>
          <Field label={t('gov.setup.repeat')} id="setup-repeat">
            <input
              type="password"
              name="setup-repeat"
              autoComplete="new-password"
              required
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          </Field>
          <div className="button-row">
            <button type="submit" className="button" disabled={setup.isPending}>
              {t('gov.setup.submit')}
            </button>
          </div>
          <div aria-live="polite">
            {problem && <p className="field-error">{problem}</p>}
            {setup.isError && (
              <GovError title={t('gov.setup.failed')} error={setup.error} labels={labels} />
            )}
          </div>
        </form>
      )}
    </>
  );
}
