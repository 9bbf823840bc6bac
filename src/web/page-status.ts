// Loading, error and not-found states, and the live region that announces them to screen readers.
import { ApiError } from './api/client.ts';
import { h } from './element.ts';

/** Says `message` through the page's polite live region (#live-status in index.html). */
export function announce(message: string): void {
  const region = document.getElementById('live-status');
  if (!region) return;
  // Clearing first makes screen readers repeat a message that did not change.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

export function loadingBlock(what: string): HTMLElement {
  announce(`Loading ${what}…`);
  return h(
    'p',
    { class: 'loading', 'aria-busy': 'true' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    `Loading ${what}…`,
  );
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : `Unexpected error: ${String(error)}`;

/** A visible error with the API's own message and a way to try again. */
export function errorBlock(title: string, error: unknown, retry?: () => void): HTMLElement {
  const message = errorMessage(error);
  announce(`${title}: ${message}`);
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : '';
  return h(
    'div',
    { class: 'notice notice-error', role: 'alert' },
    h('p', { class: 'notice-title' }, title),
    h('p', {}, message + status),
    retry ? h('button', { type: 'button', class: 'button', onClick: retry }, 'Try again') : null,
  );
}

/** True when an error only means the user moved on (the request was aborted). */
export const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';
