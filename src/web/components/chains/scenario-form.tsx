// The disruption scenario builder: shocks (provider, input or all inputs, fraction lost 0–1) as
// rows of a form; the scenario runs from the URL, and the API's message shows beside the shock it
// names.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { errorText } from '../../ui/error-text.ts';
import { ErrorNotice } from '../../ui/query-state.tsx';
import type { Chain, ShockDraft } from '../chain-model.ts';
import { shockIssueTarget } from './scenario-shocks.ts';
import './chains.css';

interface Row {
  key: number;
  provider: string;
  input: string;
  fraction: string;
}

type Field = 'provider' | 'input' | 'fractionLost';
/** Problems per row index: the messages and the fields they name. */
type Issues = Map<number, { messages: string[]; fields: Set<Field | null> }>;

const blank = (key: number): Row => ({ key, provider: '', input: 'all', fraction: '1' });

function addIssue(issues: Issues, index: number, field: string | null, message: string): void {
  const entry = issues.get(index) ?? { messages: [], fields: new Set() };
  entry.messages.push(message);
  entry.fields.add(
    field === 'provider' || field === 'input' || field === 'fractionLost' ? field : null,
  );
  issues.set(index, entry);
}

export function ScenarioForm({
  chain,
  names,
  initial,
  running,
  error,
  onRun,
  onClear,
}: {
  chain: Chain;
  /** ISO3 → economy name, for the provider suggestions. */
  names: ReadonlyMap<string, string>;
  initial: readonly ShockDraft[];
  running: boolean;
  /** The last run's failure (its issues name the shocks by index), or null. */
  error: unknown;
  onRun: (shocks: ShockDraft[]) => void;
  onClear: () => void;
}) {
  const t = useT();
  const next = useRef(1);
  const [rows, setRows] = useState<Row[]>(() =>
    (initial.length ? initial : [null]).map((s) => {
      const row = blank(next.current++);
      return s
        ? { ...row, provider: s.provider, input: s.input, fraction: String(s.fractionLost) }
        : row;
    }),
  );
  const [local, setLocal] = useState<Issues | null>(null);
  const form = useRef<HTMLFormElement>(null);

  // The API's issues, placed beside the shocks they name.
  const apiIssues: Issues = new Map();
  if (error instanceof ApiError)
    for (const issue of error.issues) {
      const target = shockIssueTarget(issue.path);
      if (target && target.index < rows.length)
        addIssue(apiIssues, target.index, target.field, issue.message);
    }
  const issues = local ?? apiIssues;

  // Focus the first field named by a problem.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [error, local]);

  const update = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (key: number) => {
    setRows((rs) => {
      const left = rs.filter((r) => r.key !== key);
      return left.length ? left : [blank(next.current++)];
    });
    setLocal(null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Issues = new Map();
    rows.forEach((r, i) => {
      if (!r.provider.trim()) addIssue(found, i, 'provider', t('chains.scenario.needProvider'));
      const f = Number(r.fraction);
      if (r.fraction.trim() === '' || !Number.isFinite(f))
        addIssue(found, i, 'fractionLost', t('chains.scenario.needFraction'));
    });
    if (found.size) {
      setLocal(found);
      return;
    }
    setLocal(null);
    onRun(
      rows.map((r) => ({
        provider: r.provider.trim(),
        input: r.input,
        fractionLost: Number(r.fraction),
      })),
    );
  };

  const known = new Set([
    'all',
    ...chain.inputs.map((i) => i.id),
    ...chain.stages.map((s) => s.id),
  ]);
  const placed = [...issues.values()].length;
  return (
    <form
      ref={form}
      className="scenario-form"
      noValidate
      aria-labelledby="scenario-heading"
      onSubmit={submit}
    >
      <datalist id="shock-providers">
        {chain.providers.map((p) =>
          p.kind === 'economy' ? (
            <option key={p.id} value={p.iso3}>
              {names.get(p.iso3) ?? p.name}
            </option>
          ) : (
            <option key={p.id} value={p.name}>
              {t(p.kind === 'pseudo' ? 'chains.scenario.pseudo' : 'chains.scenario.firm')}
            </option>
          ),
        )}
      </datalist>
      <div className="shock-list">
        {rows.map((r, index) => {
          const id = (field: string) => `shock-${r.key}-${field}`;
          const problem = issues.get(index);
          const invalid = (f: Field) =>
            problem && (problem.fields.has(f) || (f === 'provider' && problem.fields.has(null)))
              ? true
              : undefined;
          const fraction = Number(r.fraction);
          return (
            <fieldset
              key={r.key}
              className={problem ? 'shock has-error' : 'shock'}
              data-shock={r.key}
            >
              <legend>{t('chains.scenario.shock', { n: index + 1 })}</legend>
              <div className="controls shock-fields">
                <div className="field">
                  <label htmlFor={id('provider')}>{t('chains.scenario.provider')}</label>
                  <input
                    type="text"
                    id={id('provider')}
                    list="shock-providers"
                    autoComplete="off"
                    spellCheck={false}
                    value={r.provider}
                    aria-describedby={`${id('provider-hint')} ${id('error')}`}
                    aria-invalid={invalid('provider')}
                    onChange={(e) => update(r.key, { provider: e.target.value })}
                  />
                  <span className="field-hint" id={id('provider-hint')}>
                    {t('chains.scenario.providerHint')}
                  </span>
                </div>
                <div className="field">
                  <label htmlFor={id('input')}>{t('chains.scenario.input')}</label>
                  <select
                    id={id('input')}
                    value={r.input}
                    aria-describedby={id('error')}
                    aria-invalid={invalid('input')}
                    onChange={(e) => update(r.key, { input: e.target.value })}
                  >
                    <option value="all">{t('chains.scenario.allInputs')}</option>
                    {!known.has(r.input) && <option value={r.input}>{r.input}</option>}
                    {chain.stages.length > 0 && (
                      <optgroup label={t('chains.scenario.stages')}>
                        {chain.stages.map((s) => (
                          <option key={s.id} value={s.id}>
                            {s.name}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <optgroup label={t('chains.scenario.inputs')}>
                      {chain.inputs.map((i) => (
                        <option key={i.id} value={i.id}>
                          {i.name}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </div>
                <div className="field field-fraction">
                  <label htmlFor={id('fraction')}>{t('chains.scenario.fraction')}</label>
                  <div className="fraction-pair">
                    <input
                      type="range"
                      id={id('fraction-range')}
                      min={0}
                      max={1}
                      step={0.05}
                      value={Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0}
                      aria-label={t('chains.scenario.fractionSlider')}
                      aria-controls={id('fraction')}
                      onChange={(e) => update(r.key, { fraction: e.target.value })}
                    />
                    <input
                      type="number"
                      id={id('fraction')}
                      min={0}
                      max={1}
                      step={0.01}
                      inputMode="decimal"
                      value={r.fraction}
                      aria-describedby={id('error')}
                      aria-invalid={invalid('fractionLost')}
                      onChange={(e) => update(r.key, { fraction: e.target.value })}
                    />
                  </div>
                </div>
                <div className="field field-action">
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    aria-label={t('chains.scenario.removeLabel')}
                    onClick={() => remove(r.key)}
                  >
                    {t('chains.scenario.remove')}
                  </button>
                </div>
              </div>
              <p
                className="field-error shock-error"
                id={id('error')}
                hidden={!problem}
                aria-live="polite"
              >
                {problem?.messages.map((m, i) => (
                  <span key={i} className="issue">
                    {m}
                  </span>
                ))}
              </p>
            </fieldset>
          );
        })}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            const key = next.current++;
            setRows((rs) => [...rs, blank(key)]);
            window.setTimeout(() => document.getElementById(`shock-${key}-provider`)?.focus());
          }}
        >
          {t('chains.scenario.add')}
        </button>
        <button type="submit" className="button" disabled={running}>
          {t('chains.scenario.run')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setLocal(null);
            onClear();
          }}
        >
          {t('chains.scenario.clear')}
        </button>
      </div>
      <div className="scenario-status">
        {running ? (
          <p className="loading" aria-busy="true">
            {t('chains.scenario.running')}
          </p>
        ) : local ? null : error ? (
          placed === 0 ? (
            <ErrorNotice title={t('chains.scenario.error')} error={error} />
          ) : (
            <p className="field-error" role="alert">
              {t('chains.scenario.notRun', { message: errorText(t, error) })}
            </p>
          )
        ) : null}
      </div>
    </form>
  );
}
