// The secretariat's form for a workstream: code, name, description, decision rule, and the
// participating delegations with their rights (PUT /api/v1/workstreams/:code creates or replaces).
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { WORKSTREAM_RIGHTS } from '../../../core/accounts/access.ts';
import { api, data, type ResponseOf } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import type { Workstream, WorkstreamParticipant, WorkstreamRight } from './api-types.ts';
import { GovError } from './gov-error.tsx';
import { readRule, RuleEditor, ruleDraft } from './rule-editor.tsx';
import './governance.css';

const CODE = /^[a-z][a-z0-9_-]{1,39}$/;
const DELEGATION = /^[A-Z][A-Z0-9_]{1,15}$/;
/** What a new participant starts with. */
const DEFAULT_RIGHTS: readonly WorkstreamRight[] = ['read', 'comment'];

type Saved = ResponseOf<'/api/v1/workstreams/{code}', 'put'>;
interface ParticipantDraft {
  key: number;
  delegation: string;
  rights: WorkstreamRight[];
}

export function WorkstreamForm({
  initial,
  taken,
  onSaved,
  onCancel,
}: {
  /** The workstream being edited, or null for a new one. */
  initial: Workstream | null;
  /** Codes in use (a new workstream may not take one). */
  taken: readonly string[];
  onSaved: (saved: Saved) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const prefix = `ws-form-${useId().replace(/:/g, '')}`;
  const id = (x: string) => `${prefix}-${x}`;
  const [code, setCode] = useState(initial?.code ?? '');
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [rule, setRule] = useState(() => ruleDraft(initial?.decisionRule ?? null));
  const nextKey = useRef(0);
  const [rows, setRows] = useState<ParticipantDraft[]>(() =>
    (initial?.participants ?? []).map((p) => ({
      ...p,
      rights: [...p.rights],
      key: nextKey.current++,
    })),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusKey = useRef<number | null>(null);
  const save = useMutation({
    mutationFn: (w: Workstream) =>
      data(
        api.PUT('/api/v1/workstreams/{code}', {
          params: { path: { code: w.code } },
          body: {
            name: w.name,
            description: w.description,
            decisionRule: w.decisionRule,
            participants: w.participants,
          },
        }),
      ),
    onSuccess: onSaved,
  });
  const setRow = (key: number, patch: Partial<ParticipantDraft>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const read = (): { workstream: Workstream | null; problems: string[] } => {
    const out: string[] = [];
    const c = code.trim();
    if (!CODE.test(c)) out.push(t('gov.wsForm.badCode'));
    else if (!initial && taken.includes(c)) out.push(t('gov.wsForm.codeTaken', { code: c }));
    if (!name.trim()) out.push(t('gov.wsForm.noName'));
    const r = readRule(t, rule);
    out.push(...r.problems.map((p) => t('gov.wsForm.ruleProblem', { problem: p })));
    const seen = new Set<string>();
    const participants: WorkstreamParticipant[] = [];
    rows.forEach((row, i) => {
      const d = row.delegation.trim().toUpperCase();
      const rights = WORKSTREAM_RIGHTS.filter((x) => row.rights.includes(x));
      if (!d && rights.length === 0) return;
      if (!DELEGATION.test(d)) out.push(t('gov.wsForm.badDelegation', { n: i + 1 }));
      else if (seen.has(d)) out.push(t('gov.wsForm.twice', { code: d }));
      if (rights.length === 0) out.push(t('gov.wsForm.noRights', { code: d || String(i + 1) }));
      seen.add(d);
      participants.push({ delegation: d, rights });
    });
    if (out.length) return { workstream: null, problems: out };
    return {
      workstream: {
        code: c,
        name: name.trim(),
        description: description.trim(),
        decisionRule: r.rule,
        participants,
      },
      problems: out,
    };
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = read();
    setProblems(r.problems);
    if (r.workstream) save.mutate(r.workstream);
  };
  return (
    <form className="gov-form gov-workstream-form card" noValidate onSubmit={submit}>
      <h3>{initial ? t('gov.wsForm.edit', { name: initial.name }) : t('gov.wsForm.new')}</h3>
      <div className="controls">
        <div className="field field-narrow">
          <label htmlFor={id('code')}>{t('gov.wsForm.code')}</label>
          <input
            type="text"
            id={id('code')}
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby={id('code-hint')}
            readOnly={Boolean(initial)}
            autoFocus={!initial}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <span className="field-hint" id={id('code-hint')}>
            {t('gov.wsForm.codeHint')}
          </span>
        </div>
        <div className="field field-wide">
          <label htmlFor={id('name')}>{t('gov.wsForm.name')}</label>
          <input
            type="text"
            id={id('name')}
            required
            maxLength={200}
            autoFocus={Boolean(initial)}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      </div>
      <div className="field gov-field-full">
        <label htmlFor={id('description')}>{t('gov.wsForm.description')}</label>
        <textarea
          id={id('description')}
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <RuleEditor prefix={id('rule')} value={rule} onChange={setRule} />
      <fieldset className="gov-participants-set">
        <legend>{t('gov.wsForm.participants')}</legend>
        <p className="field-hint">{t('gov.wsForm.participantsHint')}</p>
        <ul className="gov-participants">
          {rows.map((row) => {
            const rid = (x: string) => id(`p${row.key}-${x}`);
            return (
              <li key={row.key} className="gov-participant">
                <div className="field gov-delegation-field">
                  <label htmlFor={rid('delegation')}>{t('gov.wsForm.delegation')}</label>
                  <input
                    type="text"
                    id={rid('delegation')}
                    maxLength={16}
                    autoComplete="off"
                    spellCheck={false}
                    placeholder="DEU"
                    className="gov-delegation-input"
                    ref={(el) => {
                      if (el && focusKey.current === row.key) {
                        focusKey.current = null;
                        el.focus();
                      }
                    }}
                    value={row.delegation}
                    onChange={(e) => setRow(row.key, { delegation: e.target.value })}
                    onBlur={(e) =>
                      setRow(row.key, { delegation: e.target.value.trim().toUpperCase() })
                    }
                  />
                </div>
                <fieldset className="gov-rights">
                  <legend className="visually-hidden">{t('gov.wsForm.rights')}</legend>
                  <ul className="gov-rights-list">
                    {WORKSTREAM_RIGHTS.map((r) => (
                      <li key={r} className="check">
                        <input
                          type="checkbox"
                          id={rid(r)}
                          value={r}
                          data-right={r}
                          checked={row.rights.includes(r)}
                          onChange={(e) =>
                            setRow(row.key, {
                              rights: e.target.checked
                                ? [...row.rights, r]
                                : row.rights.filter((x) => x !== r),
                            })
                          }
                        />
                        <label htmlFor={rid(r)}>{t(`gov.right.${r}`)}</label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => {
                    setRows((rs) => rs.filter((x) => x.key !== row.key));
                    addRef.current?.focus();
                  }}
                >
                  {t('gov.wsForm.remove')}
                </button>
              </li>
            );
          })}
        </ul>
        <button
          ref={addRef}
          type="button"
          className="button button-quiet button-small"
          onClick={() => {
            const key = nextKey.current++;
            focusKey.current = key;
            setRows((rs) => [...rs, { key, delegation: '', rights: [...DEFAULT_RIGHTS] }]);
          }}
        >
          {t('gov.wsForm.add')}
        </button>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {initial ? t('gov.wsForm.save') : t('gov.wsForm.create')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('gov.wsForm.cancel')}
        </button>
      </div>
      <div aria-live="polite">
        {problems.length > 0 && (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">{t('gov.wsForm.correct')}</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {save.isError && <GovError title={t('gov.wsForm.failed')} error={save.error} />}
      </div>
    </form>
  );
}
