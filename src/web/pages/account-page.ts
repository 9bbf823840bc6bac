// My account: who you are signed in as, changing your password (the current one is needed; your
// other sessions end), and ending your other sessions (e.g. a browser left signed in elsewhere).
import { request } from '../api-client.ts';
import { h } from '../element.ts';
import { announce, errorBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { canWrite, currentUser, signInHref, whoLabel } from '../session.ts';

const ownApi = {
  changePassword: (currentPassword: string, newPassword: string) =>
    request<{ sessionsEnded: number }>('/api/v1/auth/password', {
      method: 'PUT',
      body: { currentPassword, newPassword },
    }),
  endOtherSessions: () =>
    request<{ sessionsEnded: number }>('/api/v1/auth/sessions/end-others', { method: 'POST' }),
};

const sessionsText = (n: number): string =>
  n === 0 ? 'No other session was open.' : `${n} other session${n === 1 ? '' : 's'} ended.`;

const passwordInput = (id: string, autocomplete: string, describedBy?: string) =>
  h('input', {
    type: 'password',
    id,
    autocomplete,
    required: true,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
  });

export async function accountPage({ root }: PageContext): Promise<void> {
  document.title = 'My account — techalliance';
  const body = h('div', {});
  root.append(h('h1', { tabindex: '-1' }, 'My account'), body);
  const me = await currentUser();
  if (me.kind !== 'account' || !me.account) {
    body.replaceChildren(
      h(
        'p',
        { class: 'notice', id: 'account-sign-in' },
        h('a', { href: signInHref() }, 'Sign in'),
        ' to see your account, change your password or end your other sessions.',
      ),
    );
    return;
  }
  if (!canWrite(me)) {
    body.replaceChildren(
      h(
        'p',
        { class: 'notice' },
        `You are signed in as ${whoLabel(me)}, but this tab holds no write permission for the session: `,
        h('a', { href: signInHref() }, 'sign in again'),
        ' to make changes.',
      ),
    );
    return;
  }

  // --- Password -----------------------------------------------------------------------------
  const current = passwordInput('current-password', 'current-password');
  const next = passwordInput('new-password', 'new-password', 'new-password-hint');
  const repeat = passwordInput('repeat-password', 'new-password');
  const passwordStatus = h('div', { 'aria-live': 'polite' });
  const passwordSubmit = h('button', { type: 'submit', class: 'button' }, 'Change password');
  const passwordForm = h(
    'form',
    { class: 'gov-form account-password-form', novalidate: true, 'aria-label': 'Change password' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'current-password' }, 'Current password'),
      current,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'new-password' }, 'New password'),
      next,
      h('span', { class: 'field-hint', id: 'new-password-hint' }, '12 characters or more'),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'repeat-password' }, 'New password again'),
      repeat,
    ),
    h('div', { class: 'button-row' }, passwordSubmit),
    passwordStatus,
  );
  passwordForm.addEventListener('submit', (e) => {
    e.preventDefault();
    passwordStatus.replaceChildren();
    if (!current.value || !next.value) {
      passwordStatus.replaceChildren(
        h('p', { class: 'field-error' }, 'Give your current password and the new one.'),
      );
      (current.value ? next : current).focus();
      return;
    }
    if (next.value !== repeat.value) {
      passwordStatus.replaceChildren(
        h('p', { class: 'field-error' }, 'The new password and its repetition differ.'),
      );
      repeat.focus();
      return;
    }
    passwordSubmit.disabled = true;
    void ownApi
      .changePassword(current.value, next.value)
      .then((r) => {
        passwordForm.reset();
        const message = `Password changed. ${sessionsText(r.sessionsEnded)}`;
        passwordStatus.replaceChildren(
          h(
            'p',
            { class: 'notice notice-success', role: 'status', id: 'password-changed' },
            message,
          ),
        );
        announce(message);
      })
      .catch((err: unknown) => {
        current.value = '';
        passwordStatus.replaceChildren(errorBlock('The password was not changed', err));
        current.focus();
      })
      .finally(() => (passwordSubmit.disabled = false));
  });

  // --- Sessions -----------------------------------------------------------------------------
  const sessionsStatus = h('div', { 'aria-live': 'polite' });
  const endButton = h(
    'button',
    {
      type: 'button',
      class: 'button button-quiet',
      onClick: () => {
        endButton.disabled = true;
        sessionsStatus.replaceChildren();
        void ownApi
          .endOtherSessions()
          .then((r) => {
            const message = sessionsText(r.sessionsEnded);
            sessionsStatus.replaceChildren(
              h(
                'p',
                { class: 'notice notice-success', role: 'status', id: 'sessions-ended' },
                message,
              ),
            );
            announce(message);
          })
          .catch((err: unknown) =>
            sessionsStatus.replaceChildren(errorBlock('The sessions were not ended', err)),
          )
          .finally(() => (endButton.disabled = false));
      },
    },
    'Sign out everywhere else',
  );

  const a = me.account;
  body.replaceChildren(
    h(
      'dl',
      { class: 'account-facts' },
      h('dt', {}, 'Signed in as'),
      h('dd', { id: 'account-me' }, whoLabel(me)),
      h('dt', {}, 'E-mail'),
      h('dd', {}, a.email),
    ),
    a.role === 'secretariat'
      ? h('p', {}, h('a', { href: '#/accounts' }, 'Administer every account'))
      : '',
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'password-heading' },
      h('h2', { id: 'password-heading' }, 'Change your password'),
      h(
        'p',
        { class: 'field-hint' },
        'Your other sessions end when the password changes; this one stays. API tokens are not affected.',
      ),
      passwordForm,
    ),
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'sessions-heading' },
      h('h2', { id: 'sessions-heading' }, 'Your other sessions'),
      h(
        'p',
        { class: 'field-hint' },
        'Signed in on another computer or browser and not sure you signed out? End every session but this one.',
      ),
      endButton,
      sessionsStatus,
    ),
  );
}
