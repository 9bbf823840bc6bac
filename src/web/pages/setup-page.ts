// First start: the one-time setup link the server printed (`#/setup?token=…`) creates the
// secretariat account (POST /api/v1/auth/setup), which is then signed in.
import { authApi } from '../components/governance-api.ts';
import { h } from '../element.ts';
import { announce, errorBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { signIn } from '../session.ts';

const MIN_PASSWORD = 12;

export function setupPage({ root, query }: PageContext): Promise<void> {
  document.title = 'First setup — techalliance';
  const token = query.get('token')?.trim() ?? '';
  root.append(
    h('h1', { tabindex: '-1' }, 'Create the secretariat account'),
    h(
      'p',
      { class: 'lede' },
      'On its first start without ADMIN_EMAIL and ADMIN_PASSWORD the server printed a one-time setup link, valid 24 hours. It creates the secretariat account once; the secretariat then creates the other accounts.',
    ),
  );
  if (!token) {
    root.append(
      h(
        'div',
        { class: 'notice notice-error', role: 'alert' },
        h('p', { class: 'notice-title' }, 'This link has no setup token'),
        h(
          'p',
          {},
          'Open the full link the server printed (it ends in ?token=…), or ',
          h('a', { href: '#/login' }, 'sign in'),
          ' if the account exists already.',
        ),
      ),
    );
    return Promise.resolve();
  }
  const input = (id: string, type: string, autocomplete: string, extra = {}) =>
    h('input', { type, id, name: id, autocomplete, required: true, ...extra });
  const name = input('setup-name', 'text', 'name');
  const email = input('setup-email', 'email', 'username', { spellcheck: 'false' });
  const password = input('setup-password', 'password', 'new-password', {
    minlength: MIN_PASSWORD,
    'aria-describedby': 'setup-password-hint',
  });
  const repeat = input('setup-repeat', 'password', 'new-password');
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Create the account');
  const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      control,
      hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    );
  const form = h(
    'form',
    { class: 'gov-form gov-login-form', novalidate: true, 'aria-label': 'Secretariat account' },
    field('setup-name', 'Name', name),
    field('setup-email', 'E-mail', email),
    field('setup-password', 'Password', password, `${MIN_PASSWORD} characters or more.`),
    field('setup-repeat', 'Password again', repeat),
    h('div', { class: 'button-row' }, submit),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problem = !name.value.trim()
      ? 'Give a name.'
      : !email.value.trim()
        ? 'Give an e-mail address.'
        : password.value.length < MIN_PASSWORD
          ? `The password needs ${MIN_PASSWORD} characters or more.`
          : password.value !== repeat.value
            ? 'The two passwords differ.'
            : null;
    if (problem) {
      status.replaceChildren(h('p', { class: 'field-error' }, problem));
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    void (async () => {
      try {
        const account = await authApi.setup({
          token,
          name: name.value.trim(),
          email: email.value.trim(),
          password: password.value,
        });
        await signIn(account.email, password.value);
        announce(`The secretariat account ${account.email} was created; you are signed in.`);
        window.location.hash = '#/workstreams';
      } catch (err) {
        status.replaceChildren(errorBlock('The account could not be created', err));
      } finally {
        submit.disabled = false;
      }
    })();
  });
  root.append(form);
  return Promise.resolve();
}
