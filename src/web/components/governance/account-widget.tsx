// The header's account corner: "Sign in" (back to the current page afterwards), or who is signed
// in with links to their account (and, for the secretariat, every account) and "Sign out".
import { useLocation } from '@tanstack/react-router';
import { Fragment, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { canWrite, signInHref, signOut, whoLabel } from '../../session.ts';
import { useSession } from './use-session.ts';

const Sep = () => (
  <span className="account-sep" aria-hidden="true">
    {' · '}
  </span>
);

export function AccountWidget() {
  const t = useT();
  const me = useSession().data;
  // Read so that the way back after signing in follows the reader around.
  useLocation();
  const [leaving, setLeaving] = useState(false);
  let content = null;
  if (me && (me.kind !== 'account' || !me.account))
    content = (
      <a className="account-sign-in" href={signInHref()}>
        {t('app.signIn')}
      </a>
    );
  else if (me?.account) {
    const links = [
      <a key="account" className="account-link" href="#/account" data-nav="account">
        {t('widget.account')}
      </a>,
      me.account.role === 'secretariat' && (
        <a key="accounts" className="account-link" href="#/accounts" data-nav="accounts">
          {t('widget.accounts')}
        </a>
      ),
      !canWrite(me) && (
        <a key="renew" className="account-renew" href="#/login" title={t('widget.renewTitle')}>
          {t('widget.renew')}
        </a>
      ),
    ].filter(Boolean);
    content = (
      <>
        <span className="account-who" id="account-who">
          {whoLabel(me)}
        </span>
        <Sep />
        {links.map((link, i) => (
          <Fragment key={i}>
            {link}
            <Sep />
          </Fragment>
        ))}
        <button
          type="button"
          className="link-button account-sign-out"
          disabled={leaving}
          onClick={() => {
            setLeaving(true);
            void signOut()
              .catch(() => undefined)
              .finally(() => setLeaving(false));
          }}
        >
          {t('app.signOut')}
        </button>
      </>
    );
  }
  return (
    <div id="account-slot" className="account-slot">
      {content}
    </div>
  );
}
