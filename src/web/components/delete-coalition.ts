// Deleting a custom coalition: a button, then a confirm step naming the code, the write token,
// and the API's own message if it refuses. On success the list page says it is gone.
import { api } from '../api-client.ts';
import { h } from '../element.ts';
import { announce, errorBlock } from '../page-status.ts';
import { isUnauthorized, writeTokenField, type WriteTokenField } from '../write-token.ts';

/**
 * The delete control of coalition `code`. `token` is the page's write-token field when it has
 * one; otherwise the confirm step shows its own.
 */
export function deleteCoalitionControl(code: string, token?: WriteTokenField): HTMLElement {
  const field = token ?? writeTokenField('delete-write-token');
  const status = h('div', { class: 'confirm-status' });
  const open = h(
    'button',
    { type: 'button', class: 'button button-danger', 'aria-expanded': 'false' },
    `Delete ${code}…`,
  );
  const yes = h('button', { type: 'button', class: 'button button-danger' }, `Yes, delete ${code}`);
  const cancel = h('button', { type: 'button', class: 'button button-quiet' }, 'Cancel');
  const confirm = h(
    'div',
    { class: 'confirm', role: 'group', 'aria-labelledby': 'confirm-delete-title', hidden: true },
    h(
      'p',
      { id: 'confirm-delete-title' },
      h('strong', {}, `Delete ${code} for good?`),
      ' This cannot be undone. Groupings and economies are not affected.',
    ),
    token ? null : field.element,
    h('div', { class: 'button-row' }, yes, cancel),
    status,
  );
  open.addEventListener('click', () => {
    confirm.hidden = false;
    open.setAttribute('aria-expanded', 'true');
    status.replaceChildren();
    (field.value() ? yes : field.input).focus();
  });
  cancel.addEventListener('click', () => {
    confirm.hidden = true;
    open.setAttribute('aria-expanded', 'false');
    open.focus();
  });
  yes.addEventListener('click', () => {
    yes.disabled = true;
    yes.textContent = 'Deleting…';
    status.replaceChildren();
    api
      .deleteCoalition(code, field.value())
      .then(() => {
        field.refused(null);
        announce(`${code} deleted.`);
        window.location.hash = `#/coalitions?deleted=${encodeURIComponent(code)}`;
      })
      .catch((e: unknown) => {
        if (isUnauthorized(e)) field.refused('The server did not accept this write token.');
        status.replaceChildren(errorBlock(`${code} was not deleted`, e));
        yes.disabled = false;
        yes.textContent = `Yes, delete ${code}`;
      });
  });
  return h(
    'section',
    { class: 'danger-zone', 'aria-labelledby': 'delete-heading' },
    h('h2', { id: 'delete-heading' }, 'Delete this coalition'),
    h('p', { class: 'muted' }, `Removes the custom coalition ${code} and its participants list.`),
    open,
    confirm,
  );
}
