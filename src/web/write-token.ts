// Who a write is made as, where a write happens. A signed-in account writes with its session (the
// write is recorded under that account) and is never shown the operator's token field. Anyone
// else is told to sign in first, with a link to the sign-in page; below that, for the server's
// operator only, the API write token field — kept in this tab's sessionStorage only (never
// localStorage, never the URL) and shown as refused when the server answers 401.
import { ApiError } from './api/client.ts';
import { h } from './element.ts';
import { canWrite, currentUser, signInHref, whoLabel } from './session.ts';

const KEY = 'techalliance.writeToken';

/** The token this tab holds, or ''. */
export function readWriteToken(): string {
  try {
    return window.sessionStorage.getItem(KEY) ?? '';
  } catch {
    // Storage can be disabled; the field then works for this page only.
    return '';
  }
}

function storeWriteToken(token: string): void {
  try {
    if (token) window.sessionStorage.setItem(KEY, token);
    else window.sessionStorage.removeItem(KEY);
  } catch {
    // As above: nothing to keep it in.
  }
}

export interface WriteTokenField {
  /** The write-access block: filled in once the sign-in state is known. */
  element: HTMLElement;
  /** The operator's token input (only in the page when nobody is signed in). */
  input: HTMLInputElement;
  /** The token typed (also kept in sessionStorage); '' when signed in: writes use the session. */
  value(): string;
  /** Marks the token as refused (after a 401) or clears the mark. */
  refused(message: string | null): void;
}

/**
 * The write-access block of a page: for a signed-in account, who the changes are saved as (or a
 * link to sign in again when this tab lacks the session's write permission); for anyone else, a
 * sign-in link first and then the operator's token field (a password input labelled "Write
 * token", prefilled from and saved to sessionStorage).
 */
export function writeTokenField(id: string): WriteTokenField {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const input = h('input', {
    type: 'password',
    id,
    name: 'write-token',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${hintId} ${errorId}`,
  });
  // Set as a property, not an attribute, so the token never appears in the page's markup.
  input.value = readWriteToken();
  input.addEventListener('input', () => storeWriteToken(input.value.trim()));
  const tokenField = h(
    'div',
    { class: 'field field-token' },
    h('label', { for: id }, 'Write token'),
    input,
    h(
      'p',
      { class: 'field-hint', id: hintId },
      'For the server’s operator only. Kept in this browser tab only, until you close it.',
    ),
  );
  const element = h('div', { class: 'write-access', id: `${id}-access`, 'aria-live': 'polite' });
  let useToken = false;
  void currentUser().then((me) => {
    if (me.kind === 'account') {
      element.replaceChildren(
        canWrite(me)
          ? h('p', { class: 'write-as' }, `Changes are saved as ${whoLabel(me)}.`)
          : h(
              'p',
              { class: 'notice write-as' },
              `You are signed in as ${whoLabel(me)}, but this tab holds no write permission for the session: `,
              h('a', { href: signInHref() }, 'sign in again'),
              ' to make changes.',
            ),
        error,
      );
      return;
    }
    useToken = true;
    element.replaceChildren(
      h(
        'p',
        { class: 'write-sign-in' },
        h('a', { class: 'button', href: signInHref() }, 'Sign in'),
        ' to make changes: they are recorded under your account.',
      ),
      h(
        'div',
        { class: 'operator-token' },
        h('h3', { class: 'operator-token-heading' }, 'Operator access'),
        tokenField,
      ),
      error,
    );
  });
  return {
    element,
    input,
    value: () => (useToken ? input.value.trim() : ''),
    refused(message) {
      error.hidden = message === null;
      error.textContent = message ?? '';
      if (message === null) input.removeAttribute('aria-invalid');
      else input.setAttribute('aria-invalid', 'true');
    },
  };
}

/** True when the API refused a write for want of a (valid) token. */
export const isUnauthorized = (e: unknown): e is ApiError =>
  e instanceof ApiError && e.status === 401;
