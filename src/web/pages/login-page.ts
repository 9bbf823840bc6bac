// Sign in: e-mail and password (POST /api/v1/auth/login), then back to where the reader came from
// (`?next=/proposals/…`). The session is an httpOnly cookie; the CSRF token stays in this tab.
import { h } from '../element.ts';
import { announce, errorBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { canWrite, currentUser, signIn, signOut, whoLabel } from '../session.ts';

/** Only a route of this UI (`/proposals/…`), never another site. */
const safeNext = (next: string | null): string =>
  next && /^\/[A-Za-z0-9/_?=&%.,:-]*$/.test(next) && !next.startsWith('//') ? next : '/proposals';

export async function loginPage({ root, query }: PageContext): Promise<void> {
  document.title = 'Sign in — techalliance';
  const next = safeNext(query.get('next'));
  const status = h('div', { 'aria-live': 'polite' });
  const email = h('input', {
    type: 'email',
    id: 'login-email',
    name: 'email',
    autocomplete: 'username',
    required: true,
    spellcheck: 'false',
  });
  const password = h('input', {
    type: 'password',
    id: 'login-password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Sign in');
  const form = h(
    'form',
    { class: 'gov-form gov-login-form', novalidate: true, 'aria-label': 'Sign in' },
    h('div', { class: 'field' }, h('label', { for: 'login-email' }, 'E-mail'), email),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, 'Password'), password),
    h('div', { class: 'button-row' }, submit),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!email.value.trim() || !password.value) {
      status.replaceChildren(h('p', { class: 'field-error' }, 'Give your e-mail and password.'));
      (email.value.trim() ? password : email).focus();
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    void signIn(email.value.trim(), password.value)
      .then((r) => {
        announce(`Signed in as ${r.account.name}.`);
        window.location.hash = `#${next}`;
      })
      .catch((err: unknown) => {
        password.value = '';
        status.replaceChildren(errorBlock('You could not be signed in', err));
        password.focus();
      })
      .finally(() => (submit.disabled = false));
  });

  const already = h('div', {});
  root.append(
    h('h1', { tabindex: '-1' }, 'Sign in'),
    h(
      'p',
      { class: 'lede' },
      'Everyone reads what is published. Proposing, commenting, voting and administering workstreams need an account; the secretariat creates them.',
    ),
    already,
    form,
  );
  const me = await currentUser();
  if (me.kind === 'account') {
    already.replaceChildren(
      h(
        'div',
        { class: 'notice' },
        h('p', {}, `You are signed in as ${whoLabel(me)}.`),
        canWrite(me)
          ? null
          : h(
              'p',
              {},
              'This browser tab holds no write permission for that session: sign in again below to make changes here.',
            ),
        h(
          'div',
          { class: 'button-row' },
          h('a', { class: 'button button-quiet', href: `#${next}` }, 'Continue'),
          h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet',
              onClick: () => void signOut().finally(() => already.replaceChildren()),
            },
            'Sign out',
          ),
        ),
      ),
    );
  }
}
