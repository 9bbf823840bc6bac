// Sign in: e-mail and password (POST /api/v1/auth/login), then back to where the reader came from
// (`?next=/proposals/…`). The session is an httpOnly cookie; the CSRF token stays in this tab.
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { GovError } from '../components/governance/gov-error.tsx';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { canWrite, signIn, signOut, whoLabel } from '../session.ts';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import '../components/governance/governance.css';

/** Only a route of this UI (`/proposals/…`), never another site. */
export const safeNext = (next: unknown): string =>
  typeof next === 'string' && /^\/[A-Za-z0-9/_?=&%.,:-]*$/.test(next) && !next.startsWith('//')
    ? next
    : '/proposals';

function AlreadySignedIn({ next }: { next: string }) {
  const t = useT();
  const me = useSession().data;
  if (me?.kind !== 'account') return null;
  return (
    <div className="notice">
      <p>{t('gov.login.already', { who: whoLabel(me) })}</p>
      {!canWrite(me) && <p>{t('gov.login.noWrite')}</p>}
      <div className="button-row">
        <a className="button button-quiet" href={`#${next}`}>
          {t('gov.login.continue')}
        </a>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void signOut().catch(() => undefined)}
        >
          {t('app.signOut')}
        </button>
      </div>
    </div>
  );
}

export function LoginPage() {
  const t = useT();
  const search: Record<string, unknown> = useSearch({ strict: false });
  const next = safeNext(search.next);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const login = useMutation({
    mutationFn: () => signIn(email.trim(), password),
    onSuccess: (r) => {
      announce(t('gov.login.done', { name: r.account.name }));
      window.location.hash = `#${next}`;
    },
    onError: () => {
      setPassword('');
      passwordRef.current?.focus();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      (email.trim() ? passwordRef : emailRef).current?.focus();
      return;
    }
    setMissing(false);
    login.mutate();
  };
  return (
    <>
      <PageHeading title={t('gov.login.title')} />
      <p className="lede">{t('gov.login.lede')}</p>
      <AlreadySignedIn next={next} />
      <form
        className="gov-form gov-login-form"
        noValidate
        aria-label={t('gov.login.title')}
        onSubmit={submit}
      >
        <Field label={t('gov.login.email')} id="login-email">
          <input
            ref={emailRef}
            type="email"
            name="email"
            autoComplete="username"
            required
            spellCheck={false}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field label={t('gov.login.password')} id="login-password">
          <input
            ref={passwordRef}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <div className="button-row">
          <button type="submit" className="button" disabled={login.isPending}>
            {t('gov.login.submit')}
          </button>
        </div>
        <div aria-live="polite">
          {missing && <p className="field-error">{t('gov.login.missing')}</p>}
          {login.isError && (
            <GovError
              title={t('gov.login.failed')}
              error={login.error}
              message={
                login.error instanceof ApiError && login.error.status === 401
                  ? t('gov.login.wrong')
                  : undefined
              }
            />
          )}
        </div>
      </form>
    </>
  );
}
