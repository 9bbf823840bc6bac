// The API write token: asked for where a write happens, kept in this tab's sessionStorage only
// (never localStorage, never the URL), and shown as refused when the server answers 401.
import { ApiError } from './api-client.ts';
import { h } from './element.ts';

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
  element: HTMLElement;
  input: HTMLInputElement;
  /** The token typed (also kept in sessionStorage). */
  value(): string;
  /** Marks the token as refused (after a 401) or clears the mark. */
  refused(message: string | null): void;
}

/** A password input labelled "Write token", prefilled from and saved to sessionStorage. */
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
  return {
    element: h(
      'div',
      { class: 'field field-token' },
      h('label', { for: id }, 'Write token'),
      input,
      h(
        'p',
        { class: 'field-hint', id: hintId },
        'The server’s API write token. Kept in this browser tab only, until you close it.',
      ),
      error,
    ),
    input,
    value: () => input.value.trim(),
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
