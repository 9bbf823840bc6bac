// Accounts (the secretariat): every account with its role and state; create one, disable or
// enable it (a disabled account cannot sign in, its sessions and tokens end at once), change its
// role. Each change goes through the API, which authorises it and records it in the governance log.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CONSTITUENCIES, ROLES } from '../../core/accounts/access.ts';
import { api, data, type RequestBodyOf } from '../api/client.ts';
import type { Account, Role } from '../components/governance/api-types.ts';
import { GovError } from '../components/governance/gov-error.tsx';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { canWrite, signInHref } from '../session.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import '../components/governance/governance.css';

type RoleBody = RequestBodyOf<'/api/v1/accounts/{id}/role', 'put'>;
type Constituency = Account['constituency'];

const ACCOUNTS_KEY = ['accounts'] as const;

/** The role, delegation and constituency fields (shared by the create and the change forms). */
function RoleFields({
  prefix,
  value,
  onChange,
  autoFocus,
}: {
  prefix: string;
  value: RoleBody;
  onChange: (v: RoleBody) => void;
  autoFocus?: boolean;
}) {
  const t = useT();
  return (
    <>
      <Field label={t('gov.accounts.role')} id={`${prefix}-role`}>
        <select
          autoFocus={autoFocus}
          value={value.role}
          // The select offers only the API's roles.
          onChange={(e) => onChange({ ...value, role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`gov.role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label={t('gov.accounts.delegation')}
        id={`${prefix}-delegation`}
        hint={t('gov.accounts.delegationHint')}
      >
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value.delegation ?? ''}
          onChange={(e) => onChange({ ...value, delegation: e.target.value })}
        />
      </Field>
      <Field label={t('gov.accounts.constituency')} id={`${prefix}-constituency`}>
        <select
          value={value.constituency ?? ''}
          onChange={(e) =>
            // The select offers only the API's constituencies.
            onChange({ ...value, constituency: (e.target.value || null) as Constituency })
          }
        >
          <option value="">{t('gov.accounts.none')}</option>
          {CONSTITUENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

/** The role fields' values as the API takes them: the delegation trimmed, upper-case, or null. */
const roleBody = (v: RoleBody): RoleBody => ({
  role: v.role,
  delegation: v.delegation?.trim().toUpperCase() || null,
  constituency: v.constituency ?? null,
});

function RoleForm({
  account,
  onSave,
  onCancel,
}: {
  account: Account;
  onSave: (body: RoleBody) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState<RoleBody>({
    role: account.role,
    delegation: account.delegation,
    constituency: account.constituency,
  });
  return (
    <form
      className="gov-form account-role-form"
      noValidate
      aria-label={t('gov.accounts.roleOf', { email: account.email })}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(roleBody(value));
      }}
    >
      <RoleFields prefix={`role-${account.id}`} value={value} onChange={setValue} autoFocus />
      <div className="button-row">
        <button type="submit" className="button button-small">
          {t('gov.accounts.saveRole')}
        </button>
        <button type="button" className="button button-quiet button-small" onClick={onCancel}>
          {t('gov.accounts.cancel')}
        </button>
      </div>
    </form>
  );
}

const EMPTY_NEW = {
  email: '',
  name: '',
  password: '',
  role: { role: 'member_delegate', delegation: '', constituency: null } as RoleBody,
};

function CreateForm() {
  const t = useT();
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY_NEW);
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: RequestBodyOf<'/api/v1/accounts', 'post'>) =>
      data(api.POST('/api/v1/accounts', { body })),
    onSuccess: async (a) => {
      setForm(EMPTY_NEW);
      const message = t('gov.accounts.created', { email: a.email });
      setDone(message);
      announce(message);
      await client.invalidateQueries({ queryKey: ACCOUNTS_KEY });
    },
    onError: () => setForm((f) => ({ ...f, password: '' })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    create.mutate({
      email: form.email.trim(),
      name: form.name.trim(),
      ...roleBody(form.role),
      password: form.password,
    });
  };
  return (
    <form
      className="gov-form account-create-form"
      noValidate
      aria-label={t('gov.accounts.new')}
      onSubmit={submit}
    >
      <Field label={t('gov.accounts.email')} id="new-email">
        <input
          type="email"
          autoComplete="off"
          required
          value={form.email}
          onChange={(e) => setForm({ ...form, email: e.target.value })}
        />
      </Field>
      <Field label={t('gov.accounts.name')} id="new-name">
        <input
          type="text"
          autoComplete="off"
          required
          value={form.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
      </Field>
      <RoleFields prefix="new" value={form.role} onChange={(role) => setForm({ ...form, role })} />
      <Field
        label={t('gov.accounts.password')}
        id="new-password"
        hint={t('gov.accounts.passwordHint')}
      >
        <input
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('gov.accounts.create')}
        </button>
      </div>
      <div aria-live="polite">
        {done && (
          <p className="notice notice-success" role="status">
            {done}
          </p>
        )}
        {create.isError && <GovError title={t('gov.accounts.createFailed')} error={create.error} />}
      </div>
    </form>
  );
}

type Change =
  | { kind: 'disable' | 'enable'; account: Account }
  | { kind: 'role'; account: Account; body: RoleBody };

function AccountsAdmin({ myId, writable }: { myId: string; writable: boolean }) {
  const t = useT();
  const client = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const query = useQuery({
    queryKey: ACCOUNTS_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/accounts', { signal }), signal),
  });
  const change = useMutation({
    mutationFn: (c: Change) => {
      const path = { params: { path: { id: c.account.id } } };
      if (c.kind === 'role')
        return data(api.PUT('/api/v1/accounts/{id}/role', { ...path, body: c.body }));
      return c.kind === 'disable'
        ? data(api.POST('/api/v1/accounts/{id}/disable', path))
        : data(api.POST('/api/v1/accounts/{id}/enable', path));
    },
    onMutate: () => setDone(null),
    onSuccess: async (a, c) => {
      const message =
        c.kind === 'disable'
          ? t('gov.accounts.disabled', { email: a.email })
          : c.kind === 'enable'
            ? t('gov.accounts.enabled', { email: a.email })
            : t('gov.accounts.roleChanged', { email: a.email, role: t(`gov.role.${a.role}`) });
      setEditing(null);
      setDone(message);
      announce(message);
      await client.invalidateQueries({ queryKey: ACCOUNTS_KEY });
    },
  });
  const roleLabel = (r: Role) => t(`gov.role.${r}`);
  const state = (a: Account) =>
    a.disabledAt
      ? t('gov.accounts.disabledOn', { date: a.disabledAt.slice(0, 10) })
      : t('gov.accounts.active');
  const columns: Column<Account>[] = [
    {
      id: 'name',
      header: t('gov.accounts.name'),
      key: true,
      value: (a) => a.name,
      cell: (a) => (
        <>
          {a.name}
          {a.id === myId && <span className="muted"> {t('gov.accounts.you')}</span>}
        </>
      ),
    },
    { id: 'email', header: t('gov.accounts.email'), value: (a) => a.email },
    {
      id: 'role',
      header: t('gov.accounts.role'),
      value: (a) => roleLabel(a.role),
      cell: (a) => <span className="account-role">{roleLabel(a.role)}</span>,
    },
    {
      id: 'delegation',
      header: t('gov.accounts.delegation'),
      value: (a) => [a.delegation, a.constituency].filter(Boolean).join(' · ') || '—',
    },
    {
      id: 'state',
      header: t('gov.accounts.state'),
      value: state,
      cell: (a) => <span className="account-state">{state(a)}</span>,
    },
  ];
  if (writable)
    columns.push({
      id: 'actions',
      header: t('gov.accounts.actions'),
      value: () => null,
      cell: (a) =>
        editing === a.id ? (
          <RoleForm
            account={a}
            onSave={(body) => change.mutate({ kind: 'role', account: a, body })}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <span className="account-actions">
            <button
              type="button"
              className="button button-quiet button-small"
              aria-label={t(a.disabledAt ? 'gov.accounts.enableOf' : 'gov.accounts.disableOf', {
                email: a.email,
              })}
              onClick={() =>
                change.mutate({ kind: a.disabledAt ? 'enable' : 'disable', account: a })
              }
            >
              {t(a.disabledAt ? 'gov.accounts.enable' : 'gov.accounts.disable')}
            </button>{' '}
            <button
              type="button"
              className="button button-quiet button-small"
              // The visible words begin the accessible name (WCAG 2.5.3, label in name).
              aria-label={t('gov.accounts.changeRoleOf', { email: a.email })}
              onClick={() => setEditing(a.id)}
            >
              {t('gov.accounts.changeRole')}
            </button>
          </span>
        ),
    });
  return (
    <>
      <div className="accounts-status" aria-live="polite">
        {done && (
          <p className="notice notice-success" role="status">
            {done}
          </p>
        )}
        {change.isError && <GovError title={t('gov.accounts.notMade')} error={change.error} />}
      </div>
      <QueryState
        query={query}
        what={t('gov.accounts.loading')}
        errorTitle={t('gov.accounts.loadFailed')}
      >
        {({ items }) => (
          <DataTable
            rows={items}
            columns={columns}
            caption={t('gov.accounts.title')}
            csvName="accounts"
            className="accounts-table"
            label={t('gov.accounts.title')}
            rowKey={(a) => a.id}
            rowProps={(a) => ({
              'data-account': a.email,
              className: a.disabledAt ? 'account-disabled' : '',
            })}
          />
        )}
      </QueryState>
    </>
  );
}

export function AccountsPage() {
  const t = useT();
  const session = useSession();
  const me = session.data;
  return (
    <>
      <PageHeading title={t('gov.accounts.title')} />
      <p className="lede">{t('gov.accounts.lede')}</p>
      <div aria-live="polite">
        {session.isPending ? null : me?.kind !== 'account' || me.account?.role !== 'secretariat' ? (
          <div className="notice" id="accounts-sign-in">
            {me?.kind === 'account' ? (
              <p>
                {t('gov.accounts.onlySecretariat')}{' '}
                <a href="#/account">{t('gov.accounts.ownAccount')}</a>{' '}
                {t('gov.accounts.ownAccountEnd')}
              </p>
            ) : (
              <p>
                {t('gov.accounts.secretariatAdministers')}{' '}
                <a href={signInHref()}>{t('gov.accounts.signIn')}</a> {t('gov.accounts.toContinue')}
              </p>
            )}
          </div>
        ) : (
          <>
            {!canWrite(me) && (
              <p className="notice">
                {t('gov.accounts.noWrite')}{' '}
                <a href={signInHref()}>{t('gov.accounts.signInAgain')}</a>{' '}
                {t('gov.accounts.toChange')}
              </p>
            )}
            <AccountsAdmin myId={me.account.id} writable={canWrite(me)} />
            {canWrite(me) && (
              <section className="analysis" aria-labelledby="new-account-heading">
                <h2 id="new-account-heading">{t('gov.accounts.new')}</h2>
                <CreateForm />
              </section>
            )}
          </>
        )}
      </div>
    </>
  );
}
