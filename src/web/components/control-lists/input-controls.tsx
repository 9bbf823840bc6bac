// Which lists control each supply-chain input: for one chain (and, when given, one coalition), per
// linked input the member lists that control it and what they control (3B001.f), the regime lists,
// the suppliers with their share and whether their lists control it, and where one member controls
// it alone. Accounts that may write data (secretariat, member delegates) add and remove the links
// from list entries to inputs here; every write refreshes the page's answers (api/client.ts onWrite).
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api, ApiError, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { canWrite, signInHref, type Me } from '../../session.ts';
import { useCoalitions } from '../../ui/coalition-picker.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Field, fieldErrors } from '../../ui/field.tsx';
import { ErrorNotice, QueryState } from '../../ui/query-state.tsx';
import { useChain, useChains, useEconomyNames, useShare } from '../chains/chain-hooks.ts';
import { useSession } from '../governance/use-session.ts';
import {
  entryHref,
  useInputControls,
  type InputControl,
  type InputLink,
  type InputSupplier,
} from './queries.ts';
import './control-lists.css';

/** The roles that may write data (the API's `data:write`, core/accounts/access.ts). */
const WRITER_ROLES: ReadonlySet<string> = new Set(['secretariat', 'member_delegate']);

/** Whether this tab may add and remove links as the signed-in account. */
export const mayLink = (me: Me | undefined): boolean =>
  Boolean(me?.account && WRITER_ROLES.has(me.account.role) && canWrite(me));

/** `3B001.f`, or `3B001` for a link to the whole entry. */
const linkLabel = (l: { canonicalCode: string; paragraph: string }): string =>
  l.paragraph ? `${l.canonicalCode}.${l.paragraph}` : l.canonicalCode;

const IMPORT_CHAIN = 'techalliance import eto-supply-chain <folder>';
/** The shell command adding a link: the example for the semiconductor chain, else placeholders. */
const linkCommand = (chain: string): string =>
  chain === 'semiconductors'
    ? "techalliance control link 3B001 semiconductors 'Lithography tools' --paragraph f"
    : `techalliance control link <entry> ${chain} '<input name>' --paragraph <label>`;

function NoChainNotice() {
  const t = useT();
  return (
    <div className="notice" id="input-controls-no-chain">
      <p className="notice-title">{t('controlLists.inputs.noChain.title')}</p>
      <p>{t('controlLists.inputs.noChain.text')}</p>
      <pre className="command-lines">
        <code>{IMPORT_CHAIN}</code>
      </pre>
    </div>
  );
}

const SUPPLIER_WORDS = {
  yes: 'controlLists.inputs.supplier.controls',
  no: 'controlLists.inputs.supplier.doesNot',
  unknown: 'controlLists.inputs.supplier.noList',
} as const;

const supplierState = (s: InputSupplier): keyof typeof SUPPLIER_WORDS =>
  s.controls === null ? 'unknown' : s.controls ? 'yes' : 'no';

function RemoveLink({ chain, inputId, link }: { chain: string; inputId: string; link: InputLink }) {
  const t = useT();
  const [error, setError] = useState<unknown>(null);
  const remove = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/control-lists/links/remove', {
          body: {
            code: link.canonicalCode,
            chain,
            input: inputId,
            ...(link.paragraph ? { paragraph: link.paragraph } : {}),
          },
        }),
      ),
    onSuccess: () =>
      announce(t('controlLists.inputs.removed', { link: linkLabel(link), input: inputId })),
    onError: (e) => setError(e),
  });
  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet link-remove"
        disabled={remove.isPending}
        onClick={() => {
          setError(null);
          remove.mutate();
        }}
      >
        {t('controlLists.inputs.remove')}
        <span className="visually-hidden"> {linkLabel(link)}</span>
      </button>
      {error !== null && <ErrorNotice title={t('controlLists.inputs.removeError')} error={error} />}
    </>
  );
}

function InputTable({
  chain,
  items,
  writer,
}: {
  chain: string;
  items: readonly InputControl[];
  writer: boolean;
}) {
  const t = useT();
  const share = useShare();
  const names = useEconomyNames();
  const supplierText = (s: InputSupplier) =>
    `${s.iso3} ${share(s.sharePct)} ${t(SUPPLIER_WORDS[supplierState(s)])}`;
  const columns: Column<InputControl>[] = [
    {
      id: 'input',
      header: t('controlLists.inputs.input'),
      key: true,
      value: (r) => r.inputName,
      cell: (r) => (
        <>
          <span className="input-name">{r.inputName}</span>
          {r.controlledAlone && (
            <span className="badge badge-alone" data-alone="true">
              {t('controlLists.inputs.alone')}
            </span>
          )}
        </>
      ),
    },
    {
      id: 'links',
      header: t('controlLists.inputs.links'),
      value: (r) => r.links.map(linkLabel).join(', '),
      cell: (r) => (
        <ul className="plain-list input-links">
          {r.links.map((l) => (
            <li key={linkLabel(l)} data-link={linkLabel(l)}>
              <a href={entryHref(l.canonicalCode)} className="code">
                {linkLabel(l)}
              </a>
              {writer && <RemoveLink chain={chain} inputId={r.inputId} link={l} />}
              {l.note && <span className="sub">{l.note}</span>}
            </li>
          ))}
        </ul>
      ),
    },
    {
      id: 'controlledBy',
      header: t('controlLists.inputs.controlledBy'),
      value: (r) => r.controlledBy.map((c) => `${c.listId} (${c.controls.join(', ')})`).join('; '),
      cell: (r) =>
        r.controlledBy.length === 0 ? (
          <span className="muted">{t('controlLists.inputs.noMember')}</span>
        ) : (
          <ul className="plain-list controlled-by">
            {r.controlledBy.map((c) => (
              <li key={c.listId} data-list={c.listId}>
                <span className="code">{c.listId}</span>{' '}
                <span className="sub-inline">{c.controls.join(', ')}</span>
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'notControlledBy',
      header: t('controlLists.inputs.notControlledBy'),
      value: (r) => r.notControlledBy.join(', '),
      visible: false,
    },
    {
      id: 'regime',
      header: t('controlLists.inputs.regimeLists'),
      value: (r) => r.regimeLists.join(', '),
      cell: (r) =>
        r.regimeLists.length === 0 ? (
          <span className="muted">{t('controlLists.inputs.noRegime')}</span>
        ) : (
          <ul className="plain-list regime-lists">
            {r.regimeLists.map((id) => (
              <li key={id} data-list={id} className="code">
                {id}
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'suppliers',
      header: t('controlLists.inputs.suppliers'),
      value: (r) => r.suppliers.map(supplierText).join('; '),
      cell: (r) =>
        r.suppliers.length === 0 ? (
          <span className="muted">{t('controlLists.inputs.noSuppliers')}</span>
        ) : (
          <ul className="plain-list supplier-list">
            {r.suppliers.map((s) => (
              <li key={s.iso3} data-iso3={s.iso3} data-controls={supplierState(s)}>
                <abbr title={names.get(s.iso3) ?? s.iso3} className="code">
                  {s.iso3}
                </abbr>{' '}
                <span className="supplier-share">{share(s.sharePct)}</span>{' '}
                <span className={`supplier-word supplier-${supplierState(s)}`}>
                  {t(SUPPLIER_WORDS[supplierState(s)])}
                </span>
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'uncontrolled',
      header: t('controlLists.inputs.uncontrolled'),
      numeric: true,
      value: (r) => r.uncontrolledSupplyPct,
      cell: (r) => share(r.uncontrolledSupplyPct),
    },
    {
      id: 'unknown',
      header: t('controlLists.inputs.unknown'),
      numeric: true,
      value: (r) => r.unknownSupplyPct,
      cell: (r) => share(r.unknownSupplyPct),
      visible: false,
    },
    {
      id: 'alone',
      header: t('controlLists.inputs.aloneColumn'),
      value: (r) =>
        r.controlledAlone ? t('controlLists.inputs.yes') : t('controlLists.inputs.no'),
      visible: false,
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      caption={t('controlLists.inputs.caption', { count: items.length, chain })}
      csvName={`control-lists-inputs-${chain}`}
      className="input-controls"
      label={t('controlLists.inputs.title')}
      rowKey={(r) => r.inputId}
      rowProps={(r) => ({
        'data-input': r.inputId,
        'data-alone': String(r.controlledAlone),
      })}
      filterable={items.length > 8}
    />
  );
}

function AddLinkForm({ chain }: { chain: string }) {
  const t = useT();
  const detail = useChain(chain);
  const [code, setCode] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [input, setInput] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => setInput(''), [chain]);
  const labels = {
    code: t('controlLists.inputs.form.code'),
    paragraph: t('controlLists.inputs.form.paragraph'),
    input: t('controlLists.inputs.form.input'),
    note: t('controlLists.inputs.form.note'),
  };
  const add = useMutation({
    mutationFn: () =>
      data(
        api.POST('/api/v1/control-lists/links', {
          body: {
            code: code.trim(),
            chain,
            input,
            ...(paragraph.trim() ? { paragraph: paragraph.trim() } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      ),
    onSuccess: (link) => {
      announce(t('controlLists.inputs.added', { link: linkLabel(link), input: link.inputId }));
      setCode('');
      setParagraph('');
      setNote('');
    },
  });
  const issues = add.error instanceof ApiError ? fieldErrors(add.error.issues) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const chainData = detail.data?.chain;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const inputs = [...(chainData?.inputs ?? [])].sort(byName);
  const stages = [...(chainData?.stages ?? [])].sort(byName);
  return (
    <form className="link-form" onSubmit={submit} noValidate aria-labelledby="link-form-heading">
      <h3 id="link-form-heading">{t('controlLists.inputs.form.title')}</h3>
      <div className="controls">
        <Field
          label={labels.code}
          hint={t('controlLists.inputs.form.codeHint')}
          error={issues.code ?? null}
          className="field-narrow"
        >
          <input
            id="link-code"
            type="text"
            required
            maxLength={16}
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </Field>
        <Field
          label={labels.paragraph}
          hint={t('controlLists.inputs.form.paragraphHint')}
          error={issues.paragraph ?? null}
          className="field-narrow"
        >
          <input
            id="link-paragraph"
            type="text"
            maxLength={40}
            autoComplete="off"
            value={paragraph}
            onChange={(e) => setParagraph(e.target.value)}
          />
        </Field>
        <Field label={labels.input} error={issues.input ?? null} className="field-wide">
          <select
            id="link-input"
            required
            value={input}
            disabled={!chainData}
            aria-busy={detail.isPending || undefined}
            onChange={(e) => setInput(e.target.value)}
          >
            <option value="">{t('controlLists.inputs.form.pickInput')}</option>
            <optgroup label={t('controlLists.inputs.form.inputs')}>
              {inputs.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </optgroup>
            {stages.length > 0 && (
              <optgroup label={t('controlLists.inputs.form.stages')}>
                {stages.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </Field>
        <Field label={labels.note} error={issues.note ?? null} className="field-wide">
          <input
            id="link-note"
            type="text"
            maxLength={1000}
            autoComplete="off"
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={add.isPending}>
          {t('controlLists.inputs.form.submit')}
        </button>
      </div>
      <div aria-live="polite">
        {add.isError && (
          <ErrorNotice
            title={t('controlLists.inputs.form.error')}
            error={add.error}
            labels={labels}
          />
        )}
        {detail.isError && (
          <ErrorNotice title={t('controlLists.inputs.form.chainError')} error={detail.error} />
        )}
      </div>
    </form>
  );
}

function NoLinksNotice({ chain, writer }: { chain: string; writer: boolean }) {
  const t = useT();
  return (
    <div className="notice" id="input-controls-no-links">
      <p className="notice-title">{t('controlLists.inputs.noLinks.title', { chain })}</p>
      <p>{t('controlLists.inputs.noLinks.text')}</p>
      <p>
        {writer ? t('controlLists.inputs.noLinks.below') : t('controlLists.inputs.noLinks.cli')}
      </p>
      {!writer && (
        <pre className="command-lines">
          <code>{linkCommand(chain)}</code>
        </pre>
      )}
    </div>
  );
}

export function InputControlsSection({
  chain,
  coalition,
  onChange,
}: {
  chain: string | undefined;
  coalition: string | undefined;
  onChange: (next: { chain?: string | undefined; coalition?: string | undefined }) => void;
}) {
  const t = useT();
  const chains = useChains();
  const me = useSession().data;
  const writer = mayLink(me);
  return (
    <QueryState
      query={chains}
      what={t('controlLists.inputs.chainsWhat')}
      errorTitle={t('controlLists.inputs.chainsError')}
    >
      {({ items }) => {
        if (items.length === 0) return <NoChainNotice />;
        const code = chain && items.some((c) => c.code === chain) ? chain : items[0]!.code;
        return (
          <>
            <p className="note">{t('controlLists.inputs.lede')}</p>
            <InputChoice chains={items} chain={code} coalition={coalition} onChange={onChange} />
            <InputControlsResult chain={code} coalition={coalition} writer={writer} />
            {writer ? (
              <AddLinkForm chain={code} />
            ) : (
              me && (
                <p className="field-hint" id="link-sign-in">
                  {t('controlLists.inputs.whoLinks')}{' '}
                  {me.account ? null : <a href={signInHref()}>{t('app.signIn')}</a>}
                </p>
              )
            )}
          </>
        );
      }}
    </QueryState>
  );
}

function InputChoice({
  chains,
  chain,
  coalition,
  onChange,
}: {
  chains: readonly { code: string; name: string }[];
  chain: string;
  coalition: string | undefined;
  onChange: (next: { chain?: string | undefined; coalition?: string | undefined }) => void;
}) {
  const t = useT();
  const listId = useId();
  const coalitions = useCoalitions();
  const [text, setText] = useState(coalition ?? '');
  useEffect(() => setText(coalition ?? ''), [coalition]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ coalition: text.trim() || undefined });
  };
  return (
    <form className="input-controls-choice" onSubmit={submit} noValidate>
      <div className="controls">
        <Field
          label={t('controlLists.inputs.chain')}
          hint={t('controlLists.inputs.chainHint', { command: IMPORT_CHAIN })}
          className="field-wide"
        >
          <select
            id="input-controls-chain"
            value={chain}
            onChange={(e) => onChange({ chain: e.target.value })}
          >
            {chains.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('controlLists.inputs.coalition')}
          hint={t('controlLists.inputs.coalitionHint')}
        >
          <input
            id="input-controls-coalition"
            type="text"
            list={listId}
            maxLength={2000}
            autoComplete="off"
            placeholder={t('controlLists.inputs.everyList')}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <datalist id={listId}>
          {(coalitions.data?.items ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </datalist>
        <button type="submit" className="button">
          {t('controlLists.inputs.show')}
        </button>
      </div>
    </form>
  );
}

function InputControlsResult({
  chain,
  coalition,
  writer,
}: {
  chain: string;
  coalition: string | undefined;
  writer: boolean;
}) {
  const t = useT();
  const query = useInputControls(chain, coalition);
  return (
    <QueryState
      query={query}
      what={t('controlLists.inputs.what')}
      errorTitle={t('controlLists.inputs.error')}
    >
      {(result) =>
        result.items.length === 0 ? (
          <NoLinksNotice chain={chain} writer={writer} />
        ) : (
          <>
            <p className="note">
              {result.coalition
                ? t('controlLists.inputs.suppliersOf', { economies: result.coalition.join(', ') })
                : t('controlLists.inputs.suppliersAll')}
            </p>
            <InputTable chain={chain} items={result.items} writer={writer} />
            <p className="note">{t('controlLists.inputs.aloneNote')}</p>
          </>
        )
      }
    </QueryState>
  );
}
