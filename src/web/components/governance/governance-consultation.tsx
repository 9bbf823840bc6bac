// A proposal's consultation: the secretariat's question editor (while the proposal is a draft, in
// consultation or in deliberation), the answer form of an admitted participant while it is open,
// and the results for everyone who may see the proposal — raw shares beside the shares weighted per
// economy, text answers, respondent and economy counts, and the warnings of the analysis.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api, type RequestBodyOf, type ResponseOf, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { Field } from '../../ui/field.tsx';
import { ErrorNotice } from '../../ui/query-state.tsx';
import type { ProposalView } from './api-types.ts';
import { GovError } from './gov-error.tsx';
import { useWhen } from './governance-tally.tsx';
import './governance.css';

/** GET /api/v1/proposals/{id}/consultation. */
export type ConsultationView = ResponseOf<'/api/v1/proposals/{id}/consultation'>;
type Question = ConsultationView['consultation']['questions'][number];
type QuestionKind = Question['kind'];
type QuestionResult = ConsultationView['results']['questions'][number];
type Answer = RequestBodyOf<
  '/api/v1/proposals/{id}/consultation/responses',
  'post'
>['answers'][string];
type Constituency = Extract<QuestionResult, { kind: 'text' }>['answers'][number]['constituency'];

const KINDS: readonly QuestionKind[] = ['text', 'single-choice', 'multiple-choice', 'scale'];

/** States in which the secretariat may set the questions. */
const EDITABLE_STATES = new Set(['draft', 'consultation', 'deliberation']);

/** An option id from its label: `Yes, fully` → `yes-fully`; `o2` when nothing usable is left. */
function optionId(label: string, index: number, taken: Set<string>): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const id = slug && !taken.has(slug) ? slug : `o${index + 1}`;
  taken.add(id);
  return id;
}

function nextQuestionId(questions: readonly Question[]): string {
  const used = new Set(questions.map((q) => q.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n += 1;
  return `q${n}`;
}

function QuestionEditor({
  proposalId,
  questions,
  onSaved,
}: {
  proposalId: string;
  questions: readonly Question[];
  onSaved: () => Promise<unknown>;
}) {
  const t = useT();
  const [kind, setKind] = useState<QuestionKind>('single-choice');
  const [prompt, setPrompt] = useState('');
  const [options, setOptions] = useState('');
  const [min, setMin] = useState('1');
  const [max, setMax] = useState('5');
  const [required, setRequired] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: ({ list }: { list: Question[]; message: string }) =>
      data(
        api.PUT('/api/v1/proposals/{id}/consultation', {
          params: { path: { id: proposalId } },
          body: { questions: list },
        }),
      ),
    onSuccess: async (_, { message }) => {
      announce(message);
      setPrompt('');
      setOptions('');
      await onSaved();
    },
  });
  const describe = (q: Question): string => {
    switch (q.kind) {
      case 'text':
        return t('gov.question.describeText', { n: q.maxLength });
      case 'single-choice':
      case 'multiple-choice':
        return `${t(`gov.question.kind.${q.kind}`)}: ${q.options.map((o) => o.label).join(' · ')}`;
      case 'scale':
        return t('gov.question.describeScale', { min: q.min, max: q.max });
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = { id: nextQuestionId(questions), prompt: prompt.trim(), required };
    if (!base.prompt) return setProblem(t('gov.question.needPrompt'));
    let q: Question;
    if (kind === 'single-choice' || kind === 'multiple-choice') {
      const labels = options
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (labels.length < 2) return setProblem(t('gov.question.needOptions'));
      const taken = new Set<string>();
      const opts = labels.map((label, i) => ({ id: optionId(label, i, taken), label }));
      q =
        kind === 'single-choice'
          ? { ...base, kind, options: opts }
          : { ...base, kind, options: opts, max: null };
    } else if (kind === 'scale') {
      const lo = Number(min);
      const hi = Number(max);
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo >= hi || hi - lo > 100)
        return setProblem(t('gov.question.badScale'));
      q = { ...base, kind, min: lo, max: hi, labels: {} };
    } else q = { ...base, kind: 'text', maxLength: 5000 };
    setProblem(null);
    save.mutate({ list: [...questions, q], message: t('gov.question.added', { id: q.id }) });
  };
  return (
    <div className="gov-question-editor card" id="question-editor">
      <h3>{t('gov.question.title')}</h3>
      {questions.length ? (
        <ol className="gov-question-list" id="question-list">
          {questions.map((q) => (
            <li key={q.id} data-question={q.id}>
              <span className="gov-question-prompt">{q.prompt}</span>
              {q.required && <span className="badge">{t('gov.question.required')}</span>}
              <span className="field-hint gov-question-kind">{describe(q)}</span>
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={t('gov.question.removeLabel', { id: q.id })}
                disabled={save.isPending}
                onClick={() =>
                  save.mutate({
                    list: questions.filter((x) => x.id !== q.id),
                    message: t('gov.question.removed', { id: q.id }),
                  })
                }
              >
                {t('gov.question.remove')}
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('gov.question.none')}</p>
      )}
      <form
        className="gov-form gov-question-form"
        noValidate
        aria-label={t('gov.question.add')}
        onSubmit={submit}
      >
        <Field label={t('gov.question.kind')}>
          <select
            id="question-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as QuestionKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`gov.question.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('gov.question.prompt')} className="gov-field-full">
          <textarea
            id="question-prompt"
            rows={2}
            maxLength={2000}
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
          />
        </Field>
        {(kind === 'single-choice' || kind === 'multiple-choice') && (
          <Field
            label={t('gov.question.options')}
            hint={t('gov.question.optionsHint')}
            className="gov-field-full"
          >
            <textarea
              id="question-options"
              rows={4}
              placeholder={'Yes\nNo'}
              value={options}
              onChange={(e) => setOptions(e.target.value)}
            />
          </Field>
        )}
        {kind === 'scale' && (
          <div className="gov-scale-fields">
            <Field label={t('gov.question.from')} className="field-narrow">
              <input
                type="number"
                id="question-min"
                step={1}
                value={min}
                onChange={(e) => setMin(e.target.value)}
              />
            </Field>
            <Field label={t('gov.question.to')} className="field-narrow">
              <input
                type="number"
                id="question-max"
                step={1}
                value={max}
                onChange={(e) => setMax(e.target.value)}
              />
            </Field>
          </div>
        )}
        <div className="field check-inline">
          <input
            type="checkbox"
            id="question-required"
            checked={required}
            onChange={(e) => setRequired(e.target.checked)}
          />
          <label htmlFor="question-required">{t('gov.question.isRequired')}</label>
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('gov.question.addButton')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {save.isError && <GovError title={t('gov.question.failed')} error={save.error} />}
      </div>
    </div>
  );
}

/** The answer the form holds for a question, or null when it holds none. */
function AnswerField({
  q,
  value,
  set,
}: {
  q: Question;
  value: Answer | undefined;
  set: (a: Answer | undefined) => void;
}) {
  const t = useT();
  const name = `answer-${q.id}`;
  const legend = (
    <legend>
      {q.prompt}
      {q.required && <span className="gov-required"> {t('gov.answer.required')}</span>}
    </legend>
  );
  const choice = (
    type: 'radio' | 'checkbox',
    v: string,
    label: string,
    checked: boolean,
    onChange: (checked: boolean) => void,
  ) => (
    <div className="gov-choice" key={v}>
      <input
        type={type}
        id={`${name}-${v}`}
        name={name}
        value={v}
        checked={checked}
        data-question={q.id}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={`${name}-${v}`}>{label}</label>
    </div>
  );
  switch (q.kind) {
    case 'single-choice':
      return (
        <fieldset className="gov-answer" data-question={q.id}>
          {legend}
          {q.options.map((o) => choice('radio', o.id, o.label, value === o.id, () => set(o.id)))}
        </fieldset>
      );
    case 'multiple-choice': {
      const list = Array.isArray(value) ? value : [];
      return (
        <fieldset className="gov-answer" data-question={q.id}>
          {legend}
          {q.max !== null && <p className="field-hint">{t('gov.answer.atMost', { n: q.max })}</p>}
          {q.options.map((o) =>
            choice('checkbox', o.id, o.label, list.includes(o.id), (on) => {
              const next = on ? [...list, o.id] : list.filter((x) => x !== o.id);
              set(next.length ? next : undefined);
            }),
          )}
        </fieldset>
      );
    }
    case 'scale': {
      if (q.max - q.min <= 10) {
        const points = [];
        for (let v = q.min; v <= q.max; v += 1) {
          const label = q.labels[String(v)];
          points.push(
            choice('radio', String(v), label ? `${v} ${label}` : String(v), value === v, () =>
              set(v),
            ),
          );
        }
        return (
          <fieldset className="gov-answer gov-answer-scale" data-question={q.id}>
            {legend}
            <div className="gov-scale-points">{points}</div>
          </fieldset>
        );
      }
      return (
        <fieldset className="gov-answer" data-question={q.id}>
          {legend}
          <label htmlFor={name} className="field-hint">
            {t('gov.answer.wholeNumber', { min: q.min, max: q.max })}
          </label>
          <input
            type="number"
            id={name}
            name={name}
            min={q.min}
            max={q.max}
            step={1}
            data-question={q.id}
            value={typeof value === 'number' ? value : ''}
            onChange={(e) => set(e.target.value.trim() === '' ? undefined : Number(e.target.value))}
          />
        </fieldset>
      );
    }
    case 'text':
      return (
        <fieldset className="gov-answer" data-question={q.id}>
          {legend}
          <textarea
            id={name}
            name={name}
            rows={4}
            maxLength={q.maxLength}
            data-question={q.id}
            aria-label={q.prompt}
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => set(e.target.value.trim() ? e.target.value : undefined)}
          />
        </fieldset>
      );
  }
}

function AnswerForm({
  proposalId,
  view,
  onAnswered,
}: {
  proposalId: string;
  view: ConsultationView;
  onAnswered: () => Promise<unknown>;
}) {
  const t = useT();
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>(() => ({
    ...(view.mine ?? {}),
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const respond = useMutation({
    mutationFn: (body: Record<string, Answer>) =>
      data(
        api.POST('/api/v1/proposals/{id}/consultation/responses', {
          params: { path: { id: proposalId } },
          body: { answers: body },
        }),
      ),
    onSuccess: async (r) => {
      announce(r.replaced ? t('gov.answer.replaced') : t('gov.answer.recorded'));
      await onAnswered();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, Answer> = {};
    const missing: string[] = [];
    for (const q of view.consultation.questions) {
      const a = answers[q.id];
      if (a !== undefined && a !== null) body[q.id] = a;
      else if (q.required) missing.push(q.prompt);
    }
    if (missing.length) return setProblem(t('gov.answer.missing', { list: missing.join('; ') }));
    setProblem(null);
    respond.mutate(body);
  };
  return (
    <form
      className="gov-form gov-answer-form card"
      id="consultation-form"
      noValidate
      onSubmit={submit}
    >
      <h3>{view.mine ? t('gov.answer.titleMine') : t('gov.answer.title')}</h3>
      {view.consultation.questions.map((q) => (
        <AnswerField
          key={q.id}
          q={q}
          value={answers[q.id]}
          set={(a) => setAnswers((prev) => ({ ...prev, [q.id]: a }))}
        />
      ))}
      <div className="button-row">
        <button type="submit" className="button" disabled={respond.isPending}>
          {view.mine ? t('gov.answer.replace') : t('gov.answer.send')}
        </button>
      </div>
      <div aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {respond.isError && <GovError title={t('gov.answer.failed')} error={respond.error} />}
      </div>
    </form>
  );
}

interface ShareRow {
  key: string;
  label: string;
  count: number;
  share: number;
  weightedShare: number;
}

function SharesTable({ q, rows }: { q: QuestionResult; rows: ShareRow[] }) {
  const t = useT();
  const intl = useIntl();
  const cell = (share: number, kind: 'raw' | 'weighted') => (
    <td className={`num gov-share gov-share-${kind}`} data-share={kind}>
      <span className="gov-bar" aria-hidden="true">
        <span style={{ width: `${(Math.max(0, Math.min(1, share)) * 100).toFixed(1)}%` }} />
      </span>
      <span className="gov-share-value">
        {intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 1 })}
      </span>
    </td>
  );
  return (
    <div className="table-scroll gov-table">
      <table className="data-table gov-results-table">
        <caption className="visually-hidden">
          {t('gov.results.caption', { id: q.questionId })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('gov.results.answer')}</th>
            <th scope="col" className="num">
              {t('gov.results.respondents')}
            </th>
            <th scope="col" className="num">
              {t('gov.results.raw')}
            </th>
            <th scope="col" className="num">
              {t('gov.results.weighted')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-option={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.count}</td>
              {cell(r.share, 'raw')}
              {cell(r.weightedShare, 'weighted')}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QuestionResultView({ q, r }: { q: Question; r: QuestionResult }) {
  const t = useT();
  const intl = useIntl();
  const n = (x: number | null) =>
    x === null ? '—' : intl.formatNumber(x, { maximumFractionDigits: 2 });
  let body;
  switch (r.kind) {
    case 'single-choice':
    case 'multiple-choice':
      body = <SharesTable q={r} rows={r.options.map((o) => ({ key: o.option, ...o }))} />;
      break;
    case 'scale':
      body = (
        <>
          <p className="gov-scale-stats">
            {t('gov.results.scaleStats', {
              mean: n(r.mean),
              weightedMean: n(r.weightedMean),
              median: n(r.median),
              weightedMedian: n(r.weightedMedian),
            })}
          </p>
          <SharesTable
            q={r}
            rows={r.distribution.map((p) => ({
              key: String(p.value),
              label: p.label ? `${p.value} ${p.label}` : String(p.value),
              count: p.count,
              share: p.share,
              weightedShare: p.weightedShare,
            }))}
          />
        </>
      );
      break;
    case 'text':
      body = r.answers.length ? (
        <ul className="gov-text-answers">
          {r.answers.map((a, i) => (
            <li key={i}>
              <p className="gov-prose">{a.text}</p>
              <p className="field-hint">
                {t(`gov.constituency.${a.constituency}`)}
                {a.economy ? ` · ${a.economy}` : ''}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('gov.results.noAnswers')}</p>
      );
      break;
  }
  return (
    <div className="gov-question-result" data-question={q.id}>
      <h4>{q.prompt}</h4>
      <p className="field-hint">{t('gov.results.answered', { n: r.answered, groups: r.groups })}</p>
      {body}
    </div>
  );
}

function Results({ view }: { view: ConsultationView }) {
  const t = useT();
  const res = view.results;
  const constituencies = (Object.entries(res.constituencies) as [Constituency, number][]).filter(
    ([, n]) => n > 0,
  );
  const label = (c: Constituency) => t(`gov.constituency.${c}`);
  const economies = res.economies
    .map((e) => `${e.economy ?? t('gov.results.noEconomy')} ${e.respondents}`)
    .join(', ');
  return (
    <div className="gov-results" id="consultation-results">
      <h3>{view.open ? t('gov.results.soFar') : t('gov.results.title')}</h3>
      <p id="consultation-counts">
        <strong>{t('gov.results.respondentCount', { n: res.respondents })}</strong>{' '}
        {t('gov.results.fromGroups', { n: res.economies.length })}
        {economies ? ` (${economies})` : ''}
        {constituencies.length
          ? ` · ${constituencies.map(([c, n]) => `${label(c)} ${n}`).join(', ')}`
          : ''}
        .
      </p>
      <p className="field-hint gov-weighting-note">{t('gov.results.weighting')}</p>
      {res.warnings.length > 0 && (
        <ul className="gov-warnings" id="consultation-warnings">
          {res.warnings.map((w, i) => (
            <li key={i} data-warning={w.code}>
              {w.message}
            </li>
          ))}
        </ul>
      )}
      {res.questions.map((r) => {
        const q = view.consultation.questions.find((x) => x.id === r.questionId);
        return q ? <QuestionResultView key={r.questionId} q={q} r={r} /> : null;
      })}
    </div>
  );
}

/** Whether the reader sees a consultation section at all. */
export const showsConsultation = (
  p: ProposalView,
  consultation: ConsultationView | null | undefined,
  blocked: boolean,
): boolean =>
  consultation !== null || (p.can.transition && !blocked && EDITABLE_STATES.has(p.state));

/**
 * The consultation section of a proposal page: `consultation` null when the proposal has none,
 * an error when it could not be loaded.
 */
export function ConsultationSection({
  proposal: p,
  consultation: view,
  error,
  blocked,
  onChanged,
}: {
  proposal: ProposalView;
  consultation: ConsultationView | null | undefined;
  error: unknown;
  /** Whether the reader cannot write here. */
  blocked: boolean;
  /** Fetches the proposal and its consultation again. */
  onChanged: () => Promise<unknown>;
}) {
  const t = useT();
  const when = useWhen();
  const editor = p.can.transition && !blocked && EDITABLE_STATES.has(p.state);
  const mayAnswer = !!view && view.open && p.can.respond && !blocked;
  const windowLine = (v: ConsultationView): string => {
    const w = v.consultation.window;
    if (p.state !== 'consultation' && p.state !== 'deliberation' && p.state !== 'draft')
      return t('gov.consultation.over');
    if (p.state === 'draft') return t('gov.consultation.draft');
    if (v.open) return t('gov.consultation.openUntil', { at: when(w.closesAt, true) });
    if (p.state === 'consultation' && Date.now() < Date.parse(w.opensAt))
      return t('gov.consultation.opensAt', { at: when(w.opensAt, true) });
    return t('gov.consultation.closedAt', { at: when(w.closesAt, true) });
  };
  return (
    <section
      className="gov-section gov-consultation"
      id="consultation"
      aria-labelledby="consultation-heading"
    >
      <h2 id="consultation-heading">{t('gov.consultation.title')}</h2>
      {error ? (
        <ErrorNotice title={t('gov.consultation.failed')} error={error} />
      ) : view === null || view === undefined ? (
        <p className="muted">{t('gov.consultation.none')}</p>
      ) : (
        <p className="gov-vote-status" id="consultation-status">
          {windowLine(view)}
        </p>
      )}
      {editor && !error && (
        <QuestionEditor
          proposalId={p.id}
          questions={view?.consultation.questions ?? []}
          onSaved={onChanged}
        />
      )}
      {mayAnswer && (
        <AnswerForm
          key={JSON.stringify(view.mine)}
          proposalId={p.id}
          view={view}
          onAnswered={onChanged}
        />
      )}
      {view?.mine && !mayAnswer && (
        <p className="field-hint" id="consultation-mine">
          {t('gov.consultation.answered')}
        </p>
      )}
      {view && <Results view={view} />}
    </section>
  );
}
