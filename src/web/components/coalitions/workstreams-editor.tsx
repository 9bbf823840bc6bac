// The builder's "Workstreams" fieldset: per workstream the tiers taking part and, optionally, the
// named participants who alone take part (variable geometry); custom workstreams added and
// removed; the API's issues shown beside the workstream they name. The rows live in the page.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { STANDARD_WORKSTREAMS } from '../../../core/coalitions/workstream.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import type { DraftWorkstream, Participant, Tier } from './coalition-data.ts';
import './coalitions.css';

const TIERS: readonly Tier[] = ['member', 'partner', 'observer', 'stakeholder'];
/** The API's rule for a workstream code, checked here too so a typo is caught before saving. */
const WORKSTREAM_CODE = /^[a-z][a-z0-9_]{1,31}$/;

export interface WorkstreamRow {
  /** Stable id part for the DOM and for matching the API's issues; codes may repeat, keys never. */
  key: string;
  code: string;
  name: string;
  tiers: readonly Tier[];
  /** `all`: every participant of the tiers; `only`: those in `only` (upper-cased codes). */
  who: 'all' | 'only';
  only: readonly string[];
}

let nextKey = 0;
const newKey = (): string => String(nextKey++);

/** Rows of saved workstreams; absent: the standard five. */
export const workstreamRows = (initial?: readonly DraftWorkstream[]): WorkstreamRow[] =>
  (initial ?? STANDARD_WORKSTREAMS).map((w) => ({
    key: newKey(),
    code: w.code,
    name: w.name,
    tiers: [...(w.tiers ?? [])],
    who: w.participants == null ? 'all' : 'only',
    only: (w.participants ?? []).map((c) => c.toUpperCase()),
  }));

/** Participants of the row's tiers that its "Only:" list names. */
const named = (row: WorkstreamRow, participants: readonly Participant[]): Participant[] =>
  participants.filter((p) => row.tiers.includes(p.tier) && row.only.includes(p.code.toUpperCase()));

/** The workstreams as the API takes them; an "Only:" list keeps participants of the tiers. */
export const workstreamsValue = (
  rows: readonly WorkstreamRow[],
  participants: readonly Participant[],
): DraftWorkstream[] =>
  rows.map((r) => ({
    code: r.code,
    name: r.name,
    tiers: TIERS.filter((t) => r.tiers.includes(t)),
    participants: r.who === 'all' ? null : named(r, participants).map((p) => p.code),
  }));

const toggled = <T,>(list: readonly T[], item: T, on: boolean): T[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((x) => x !== item);

const domId = (code: string): string => code.replace(/[^A-Za-z0-9_-]/g, '-');

export function WorkstreamsEditor({
  rows,
  onChange,
  participants,
  issues,
  general,
  onEdited,
}: {
  rows: readonly WorkstreamRow[];
  onChange: (rows: WorkstreamRow[]) => void;
  participants: readonly Participant[];
  /** The API's issues per row key. */
  issues: ReadonlyMap<string, readonly string[]>;
  /** The API's issues on the workstreams as a whole. */
  general: string | null;
  /** A row changed: its issues no longer apply. */
  onEdited: (key: string) => void;
}) {
  const t = useT();
  const tierWord = (tier: Tier) => t(`coalitions.builder.tier.${tier}`);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<{ field: 'code' | 'name'; text: string } | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const codeInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // After a removal, focus goes to the next workstream's button, else the previous, else "Add".
  const focusAt = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (focusAt.current === null) return;
    const at = focusAt.current;
    focusAt.current = null;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('.workstream-remove') ?? [];
    (buttons[at] ?? buttons[at - 1] ?? codeInput.current)?.focus();
  }, [rows]);

  const update = (key: string, change: Partial<WorkstreamRow>) => {
    onEdited(key);
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  };

  const addCustom = () => {
    const c = code.trim().toLowerCase();
    const n = name.trim();
    const problem: typeof addError = !WORKSTREAM_CODE.test(c)
      ? { field: 'code', text: t('coalitions.ws.codeBad') }
      : rows.some((r) => r.code === c)
        ? { field: 'code', text: t('coalitions.ws.codeTaken', { code: c }) }
        : n === ''
          ? { field: 'name', text: t('coalitions.ws.nameMissing') }
          : null;
    setAddError(problem);
    if (problem) {
      (problem.field === 'code' ? codeInput : nameInput).current?.focus();
      return;
    }
    const next = [
      ...rows,
      {
        key: newKey(),
        code: c,
        name: n,
        tiers: ['member'] as Tier[],
        who: 'all' as const,
        only: [],
      },
    ];
    onChange(next);
    setCode('');
    setName('');
    codeInput.current?.focus();
    announce(t('coalitions.ws.added', { name: n, count: next.length }));
  };

  const remove = (key: string) => {
    const index = rows.findIndex((r) => r.key === key);
    if (index === -1) return;
    const next = rows.filter((r) => r.key !== key);
    focusAt.current = index;
    onChange(next);
    announce(t('coalitions.ws.removed', { name: rows[index]!.name, count: next.length }));
  };

  // Enter in the "add" fields adds the workstream instead of saving the coalition.
  const onAddKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    addCustom();
  };

  return (
    <fieldset className="workstreams" aria-describedby="workstreams-hint workstreams-error">
      <legend id="workstreams-legend" tabIndex={-1}>
        {t('coalitions.ws.legend')}
      </legend>
      <p className="field-hint" id="workstreams-hint">
        {t('coalitions.ws.hint')}
      </p>
      <p className="field-error" id="workstreams-error" hidden={!general}>
        {general}
      </p>
      <div className="workstream-list" ref={list}>
        {rows.map((row) => {
          const id = `ws-${row.key}`;
          const rowIssues = issues.get(row.key) ?? [];
          const candidates = participants.filter((p) => row.tiers.includes(p.tier));
          const taking = row.who === 'all' ? candidates : named(row, participants);
          return (
            <fieldset
              key={row.key}
              className={`workstream${rowIssues.length ? ' has-error' : ''}`}
              id={id}
              data-code={row.code}
              tabIndex={-1}
              aria-describedby={`${id}-summary ${id}-error`}
            >
              <legend>
                <span className="ws-name">{row.name}</span>{' '}
                <span className="code muted">{row.code}</span>
              </legend>
              <fieldset className="ws-tiers">
                <legend>{t('coalitions.ws.tiers')}</legend>
                <div className="check-row">
                  {TIERS.map((tier) => (
                    <label key={tier} className="check">
                      <input
                        type="checkbox"
                        id={`${id}-tier-${tier}`}
                        value={tier}
                        checked={row.tiers.includes(tier)}
                        onChange={(e) =>
                          update(row.key, { tiers: toggled(row.tiers, tier, e.target.checked) })
                        }
                      />{' '}
                      {tierWord(tier)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <fieldset className="ws-who">
                <legend>{t('coalitions.ws.who')}</legend>
                <div className="check-row">
                  {(['all', 'only'] as const).map((who) => (
                    <label key={who} className="check">
                      <input
                        type="radio"
                        name={`${id}-who`}
                        id={`${id}-who-${who}`}
                        value={who}
                        checked={row.who === who}
                        onChange={() => update(row.key, { who })}
                      />{' '}
                      {t(who === 'all' ? 'coalitions.ws.all' : 'coalitions.ws.only')}
                    </label>
                  ))}
                </div>
                <div className="ws-only" id={`${id}-only`} hidden={row.who === 'all'}>
                  {candidates.length === 0 ? (
                    <p className="muted">{t('coalitions.ws.noCandidates')}</p>
                  ) : (
                    <ul
                      className="ws-only-list"
                      aria-label={t('coalitions.ws.onlyLabel', { name: row.name })}
                    >
                      {candidates.map((p) => (
                        <li key={p.code}>
                          <label className="check">
                            <input
                              type="checkbox"
                              id={`${id}-p-${domId(p.code)}`}
                              value={p.code}
                              checked={row.only.includes(p.code.toUpperCase())}
                              onChange={(e) =>
                                update(row.key, {
                                  only: toggled(row.only, p.code.toUpperCase(), e.target.checked),
                                })
                              }
                            />
                            <span>
                              {p.name}
                              <span className="muted"> · {tierWord(p.tier)}</span>
                            </span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </fieldset>
              <p className="ws-summary" id={`${id}-summary`}>
                {row.tiers.length === 0
                  ? t('coalitions.ws.tickTier')
                  : taking.length === 0
                    ? t('coalitions.ws.nobody')
                    : t('coalitions.ws.taking', { list: taking.map((p) => p.name).join(', ') })}
              </p>
              <p className="field-error" id={`${id}-error`} hidden={rowIssues.length === 0}>
                {rowIssues.join(' ')}
              </p>
              <button
                type="button"
                className="button button-quiet button-small workstream-remove"
                aria-label={t('coalitions.ws.remove', { name: row.name })}
                onClick={() => remove(row.key)}
              >
                {t('coalitions.builder.remove')}
              </button>
            </fieldset>
          );
        })}
        {rows.length === 0 && <p className="muted">{t('coalitions.ws.none')}</p>}
      </div>
      <div className="workstream-add">
        <p className="workstream-add-title">{t('coalitions.ws.addTitle')}</p>
        {/* The hint and the error span the row under the fields, as on the organisation form. */}
        <div className="controls">
          <div className="field field-narrow">
            <label htmlFor="workstream-code">{t('coalitions.ws.code')}</label>
            <input
              ref={codeInput}
              type="text"
              id="workstream-code"
              autoComplete="off"
              spellCheck={false}
              maxLength={32}
              aria-describedby="workstream-code-hint workstream-add-error"
              aria-invalid={addError?.field === 'code' || undefined}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              onKeyDown={onAddKey}
            />
          </div>
          <div className="field field-wide">
            <label htmlFor="workstream-name">{t('coalitions.ws.name')}</label>
            <input
              ref={nameInput}
              type="text"
              id="workstream-name"
              autoComplete="off"
              maxLength={120}
              aria-describedby="workstream-add-error"
              aria-invalid={addError?.field === 'name' || undefined}
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={onAddKey}
            />
          </div>
          <div className="field field-action">
            <button type="button" className="button button-quiet" onClick={addCustom}>
              {t('coalitions.ws.add')}
            </button>
          </div>
        </div>
        <p className="field-hint" id="workstream-code-hint">
          {t('coalitions.ws.codeHint')}
        </p>
        <p className="field-error" id="workstream-add-error" hidden={!addError}>
          {addError?.text}
        </p>
      </div>
    </fieldset>
  );
}
