// Accounts (the secretariat): every account with its role and state; create one, disable or
// enable it (a disabled account cannot sign in, its sessions and tokens end at once), change its
// role. Each change goes through the API, which authorises it and records it in the governance log.
import { CONSTITUENCIES, ROLES, type Role } from '../../core/accounts/access.ts';
import { request } from '../api-client.ts';
import { h } from '../element.ts';
import type { Account } from '../governance-types.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { canWrite, currentUser, ROLE_LABELS, signInHref } from '../session.ts';

const accountPath = (id: string): string => `/api/v1/accounts/${encodeURIComponent(id)}`;

const accountsApi = {
  list: (signal?: AbortSignal) => request<{ items: Account[] }>('/api/v1/accounts', { signal }),
  create: (body: Record<string, string | null>) =>
    request<Account>('/api/v1/accounts', { method: 'POST', body }),
  disable: (id: string) => request<Account>(`${accountPath(id)}/disable`, { method: 'POST' }),
  enable: (id: string) => request<Account>(`${accountPath(id)}/enable`, { method: 'POST' }),
  role: (id: string, body: Record<string, string | null>) =>
    request<Account>(`${accountPath(id)}/role`, { method: 'PUT', body }),
};

const field = (id: string, label: string, control: HTMLElement, hint?: string): HTMLElement =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('span', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
  );

const roleSelect = (id: string, value: Role = 'member_delegate'): HTMLSelectElement => {
  const select = h(
    'select',
    { id },
    ROLES.map((r) => h('option', { value: r }, ROLE_LABELS[r])),
  );
  select.value = value;
  return select;
};

const constituencySelect = (id: string, value: string | null = null): HTMLSelectElement => {
  const select = h(
    'select',
    { id },
    h('option', { value: '' }, '(none)'),
    CONSTITUENCIES.map((c) => h('option', { value: c }, c)),
  );
  select.value = value ?? '';
  return select;
};

/** The role, delegation and constituency fields (shared by the create and the change forms). */
function roleFields(prefix: string, current?: Account) {
  const role = roleSelect(`${prefix}-role`, current?.role ?? undefined);
  const delegation = h('input', {
    type: 'text',
    id: `${prefix}-delegation`,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${prefix}-delegation-hint`,
  });
  delegation.value = current?.delegation ?? '';
  const constituency = constituencySelect(`${prefix}-constituency`, current?.constituency ?? null);
  return {
    fields: [
      field(`${prefix}-role`, 'Role', role),
      field(
        `${prefix}-delegation`,
        'Delegation',
        delegation,
        'ISO3 (DEU), EU, or an organisation code (OECD); none for the secretariat',
      ),
      field(`${prefix}-constituency`, 'Constituency (stakeholders)', constituency),
    ],
    value: (): Record<string, string | null> => ({
      role: role.value,
      delegation: delegation.value.trim().toUpperCase() || null,
      constituency: constituency.value || null,
    }),
  };
}

export async function accountsPage({ root, signal }: PageContext): Promise<void> {
  document.title = 'Accounts — techalliance';
  const body = h('div', { 'aria-live': 'polite' });
  root.append(
    h('h1', { tabindex: '-1' }, 'Accounts'),
    h(
      'p',
      { class: 'lede' },
      'The secretariat creates accounts, changes their roles, and disables them: a disabled account cannot sign in, and its sessions and API tokens stop working at once. Every change is recorded in the governance log.',
    ),
    body,
  );
  const me = await currentUser();
  if (me.kind !== 'account' || me.account?.role !== 'secretariat') {
    body.replaceChildren(
      h(
        'div',
        { class: 'notice', id: 'accounts-sign-in' },
        h(
          'p',
          {},
          me.kind === 'account'
            ? 'Only the secretariat administers accounts. '
            : 'The secretariat administers accounts: ',
          me.kind === 'account'
            ? h('a', { href: '#/account' }, 'Your own account')
            : h('a', { href: signInHref() }, 'sign in'),
          me.kind === 'account' ? ' is where you change your password.' : ' to continue.',
        ),
      ),
    );
    return;
  }
  const writable = canWrite(me);
  const status = h('div', { class: 'accounts-status', 'aria-live': 'polite' });
  const tableSlot = h('div', {});
  const myId = me.account.id;

  const act = async (what: () => Promise<Account>, done: (a: Account) => string) => {
    status.replaceChildren();
    try {
      const a = await what();
      const message = done(a);
      status.replaceChildren(h('p', { class: 'notice notice-success', role: 'status' }, message));
      announce(message);
      await load();
    } catch (e) {
      status.replaceChildren(errorBlock('The change was not made', e));
    }
  };

  const roleEditor = (a: Account, cell: HTMLElement): void => {
    const prefix = `role-${a.id}`;
    const fields = roleFields(prefix, a);
    const form = h(
      'form',
      { class: 'gov-form account-role-form', novalidate: true, 'aria-label': `Role of ${a.email}` },
      fields.fields,
      h(
        'div',
        { class: 'button-row' },
        h('button', { type: 'submit', class: 'button button-small' }, 'Save role'),
        h(
          'button',
          { type: 'button', class: 'button button-quiet button-small', onClick: () => void load() },
          'Cancel',
        ),
      ),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void act(
        () => accountsApi.role(a.id, fields.value()),
        (x) => `${x.email} is now ${ROLE_LABELS[x.role]}.`,
      );
    });
    cell.replaceChildren(form);
    form.querySelector('select')?.focus();
  };

  const row = (a: Account): HTMLElement => {
    const actions = h('td', { class: 'account-actions' });
    const buttons = [
      a.disabledAt === null
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet button-small',
              'aria-label': `Disable ${a.email}`,
              onClick: () =>
                void act(
                  () => accountsApi.disable(a.id),
                  (x) => `${x.email} is disabled: its sessions and tokens have ended.`,
                ),
            },
            'Disable',
          )
        : h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet button-small',
              'aria-label': `Enable ${a.email}`,
              onClick: () =>
                void act(
                  () => accountsApi.enable(a.id),
                  (x) => `${x.email} is enabled again.`,
                ),
            },
            'Enable',
          ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet button-small',
          'aria-label': `Change the role of ${a.email}`,
          onClick: () => roleEditor(a, actions),
        },
        'Change role',
      ),
    ];
    if (writable) actions.append(...buttons);
    return h(
      'tr',
      { 'data-account': a.email, class: a.disabledAt ? 'account-disabled' : '' },
      h(
        'th',
        { scope: 'row' },
        a.name,
        a.id === myId ? h('span', { class: 'muted' }, ' (you)') : '',
      ),
      h('td', {}, a.email),
      h('td', { class: 'account-role' }, ROLE_LABELS[a.role] ?? a.role),
      h('td', {}, [a.delegation, a.constituency].filter(Boolean).join(' · ') || '—'),
      h(
        'td',
        { class: 'account-state' },
        a.disabledAt ? `Disabled ${a.disabledAt.slice(0, 10)}` : 'Active',
      ),
      actions,
    );
  };

  const load = async (): Promise<void> => {
    tableSlot.replaceChildren(loadingBlock('accounts'));
    try {
      const { items } = await accountsApi.list(signal);
      tableSlot.replaceChildren(
        h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'data-table accounts-table' },
            h('caption', { class: 'visually-hidden' }, 'Accounts'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Name', 'E-mail', 'Role', 'Delegation', 'State', 'Actions'].map((c) =>
                  h('th', { scope: 'col' }, c),
                ),
              ),
            ),
            h('tbody', {}, items.map(row)),
          ),
        ),
      );
    } catch (e) {
      if (!isAbort(e)) tableSlot.replaceChildren(errorBlock('The accounts could not be loaded', e));
    }
  };

  // --- Create -------------------------------------------------------------------------------
  const email = h('input', { type: 'email', id: 'new-email', autocomplete: 'off', required: true });
  const name = h('input', { type: 'text', id: 'new-name', autocomplete: 'off', required: true });
  const password = h('input', {
    type: 'password',
    id: 'new-password',
    autocomplete: 'new-password',
    required: true,
    'aria-describedby': 'new-password-hint',
  });
  const newRole = roleFields('new');
  const createStatus = h('div', { 'aria-live': 'polite' });
  const createForm = h(
    'form',
    { class: 'gov-form account-create-form', novalidate: true, 'aria-label': 'New account' },
    field('new-email', 'E-mail', email),
    field('new-name', 'Name', name),
    newRole.fields,
    field(
      'new-password',
      'Initial password',
      password,
      '12 characters or more; give it to the person, who changes it under My account',
    ),
    h(
      'div',
      { class: 'button-row' },
      h('button', { type: 'submit', class: 'button' }, 'Create account'),
    ),
    createStatus,
  );
  createForm.addEventListener('submit', (e) => {
    e.preventDefault();
    createStatus.replaceChildren();
    void accountsApi
      .create({
        email: email.value.trim(),
        name: name.value.trim(),
        ...newRole.value(),
        password: password.value,
      })
      .then(async (a) => {
        createForm.reset();
        const message = `Account ${a.email} created.`;
        createStatus.replaceChildren(
          h('p', { class: 'notice notice-success', role: 'status' }, message),
        );
        announce(message);
        await load();
      })
      .catch((err: unknown) => {
        password.value = '';
        createStatus.replaceChildren(errorBlock('The account was not created', err));
      });
  });

  body.replaceChildren(
    writable
      ? ''
      : h(
          'p',
          { class: 'notice' },
          'This tab holds no write permission for your session: ',
          h('a', { href: signInHref() }, 'sign in again'),
          ' to make changes.',
        ),
    status,
    tableSlot,
    writable
      ? h(
          'section',
          { class: 'analysis', 'aria-labelledby': 'new-account-heading' },
          h('h2', { id: 'new-account-heading' }, 'New account'),
          createForm,
        )
      : '',
  );
  await load();
}
