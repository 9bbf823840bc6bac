// A proposal's consultation: the secretariat's question editor (while the proposal is a draft, in
// consultation or in deliberation), the answer form of an admitted participant while it is open,
// and the results for everyone who may see the proposal — raw shares beside the shares weighted per
// economy, text answers, respondent and economy counts, and the warnings of the analysis.
import type {
  Answer,
  Answers,
  Constituency,
  ConsultationResults,
  Consultation,
  Question,
  QuestionKind,
  QuestionResult,
} from '../../core/governance/consultation.ts';
import { request } from '../api-client.ts';
import { h } from '../element.ts';
import type { ProposalView } from '../governance-types.ts';
import { announce, errorBlock } from '../page-status.ts';
import { plural, whenExact } from './governance-labels.ts';

/** GET /api/v1/proposals/:id/consultation (src/services/consultation.service.ts). */
export interface ConsultationView {
  proposal: string;
  consultation: Consultation;
  open: boolean;
  results: ConsultationResults;
  mine: Answers | null;
}

/** The proposal's rights, with those of consultations and commitments. */
export type ProposalRights = ProposalView['can'] & { respond?: boolean; report?: boolean };

const path = (id: string): string => `/api/v1/proposals/${encodeURIComponent(id)}/consultation`;

export const consultationApi = {
  view: (id: string, signal?: AbortSignal) => request<ConsultationView>(path(id), { signal }),
  setQuestions: (id: string, questions: Question[]) =>
    request<Consultation>(path(id), { method: 'PUT', body: { questions } }),
  respond: (id: string, answers: Record<string, Answer>) =>
    request<{ replaced: boolean; view: ConsultationView }>(`${path(id)}/responses`, {
      method: 'POST',
      body: { answers },
    }),
};

export const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  text: 'Free text',
  'single-choice': 'Single choice',
  'multiple-choice': 'Multiple choice',
  scale: 'Scale',
};

const CONSTITUENCY_LABELS: Readonly<Record<Constituency, string>> = {
  member: 'Members',
  partner: 'Partners',
  observer: 'Observers',
  industry: 'Industry',
  ngo: 'NGOs',
  academia: 'Academia',
  technical: 'Technical community',
};

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** States in which the secretariat may set the questions. */
const EDITABLE_STATES = new Set(['draft', 'consultation', 'deliberation']);

// --- the question editor ------------------------------------------------------------------------

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

function describeQuestion(q: Question): string {
  switch (q.kind) {
    case 'text':
      return `${KIND_LABELS.text}, up to ${q.maxLength} characters`;
    case 'single-choice':
    case 'multiple-choice':
      return `${KIND_LABELS[q.kind]}: ${q.options.map((o) => o.label).join(' · ')}`;
    case 'scale':
      return `${KIND_LABELS.scale} from ${q.min} to ${q.max}`;
  }
}

function questionEditor(
  proposalId: string,
  questions: readonly Question[],
  saved: () => Promise<void>,
): HTMLElement {
  const status = h('div', { 'aria-live': 'polite' });
  const save = (list: Question[], message: string, button: HTMLButtonElement): void => {
    button.disabled = true;
    status.replaceChildren();
    consultationApi
      .setQuestions(proposalId, list)
      .then(async () => {
        announce(message);
        await saved();
      })
      .catch((err: unknown) => {
        status.replaceChildren(errorBlock('The questions could not be saved', err));
        button.disabled = false;
      });
  };

  const existing = questions.length
    ? h(
        'ol',
        { class: 'gov-question-list', id: 'question-list' },
        questions.map((q) => {
          const remove: HTMLButtonElement = h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet button-small',
              'aria-label': `Remove question ${q.id}`,
              onClick: () =>
                save(
                  questions.filter((x) => x.id !== q.id),
                  `Question ${q.id} removed.`,
                  remove,
                ),
            },
            'Remove',
          );
          return h(
            'li',
            { 'data-question': q.id },
            h('span', { class: 'gov-question-prompt' }, q.prompt),
            q.required ? h('span', { class: 'badge' }, 'Required') : null,
            h('span', { class: 'field-hint gov-question-kind' }, describeQuestion(q)),
            remove,
          );
        }),
      )
    : h('p', { class: 'muted' }, 'No questions yet: add the first one below.');

  const kind = h(
    'select',
    { id: 'question-kind' },
    (Object.keys(KIND_LABELS) as QuestionKind[]).map((k) =>
      h('option', { value: k }, KIND_LABELS[k]),
    ),
  );
  const prompt = h('textarea', { id: 'question-prompt', rows: 2, maxlength: 2000 });
  const options = h('textarea', {
    id: 'question-options',
    rows: 4,
    placeholder: 'Yes\nNo',
    'aria-describedby': 'question-options-hint',
  });
  const min = h('input', { type: 'number', id: 'question-min', value: 1, step: 1 });
  const max = h('input', { type: 'number', id: 'question-max', value: 5, step: 1 });
  const required = h('input', { type: 'checkbox', id: 'question-required' });
  const optionsField = h(
    'div',
    { class: 'field gov-field-full' },
    h('label', { for: 'question-options' }, 'Options, one per line'),
    options,
    h('p', { class: 'field-hint', id: 'question-options-hint' }, 'At least two.'),
  );
  const scaleFields = h(
    'div',
    { class: 'gov-scale-fields' },
    h('div', { class: 'field field-narrow' }, h('label', { for: 'question-min' }, 'From'), min),
    h('div', { class: 'field field-narrow' }, h('label', { for: 'question-max' }, 'To'), max),
  );
  const syncKind = (): void => {
    const k = kind.value as QuestionKind;
    optionsField.hidden = k !== 'single-choice' && k !== 'multiple-choice';
    scaleFields.hidden = k !== 'scale';
  };
  kind.addEventListener('change', syncKind);
  kind.value = 'single-choice';
  syncKind();

  const add = h('button', { type: 'submit', class: 'button' }, 'Add the question');
  const form = h(
    'form',
    { class: 'gov-form gov-question-form', novalidate: true, 'aria-label': 'Add a question' },
    h('div', { class: 'field' }, h('label', { for: 'question-kind' }, 'Kind'), kind),
    h(
      'div',
      { class: 'field gov-field-full' },
      h('label', { for: 'question-prompt' }, 'Question'),
      prompt,
    ),
    optionsField,
    scaleFields,
    h(
      'div',
      { class: 'field check-inline' },
      required,
      h('label', { for: 'question-required' }, 'An answer is required'),
    ),
    h('div', { class: 'button-row' }, add),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const k = kind.value as QuestionKind;
    const base = {
      id: nextQuestionId(questions),
      prompt: prompt.value.trim(),
      required: required.checked,
    };
    const problem = (text: string): void => {
      status.replaceChildren(h('p', { class: 'field-error' }, text));
    };
    if (!base.prompt) return problem('Write the question.');
    let q: Question;
    if (k === 'single-choice' || k === 'multiple-choice') {
      const labels = options.value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      if (labels.length < 2) return problem('Give at least two options, one per line.');
      const taken = new Set<string>();
      const opts = labels.map((label, i) => ({ id: optionId(label, i, taken), label }));
      q =
        k === 'single-choice'
          ? { ...base, kind: k, options: opts }
          : { ...base, kind: k, options: opts, max: null };
    } else if (k === 'scale') {
      const lo = Number(min.value);
      const hi = Number(max.value);
      if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo >= hi || hi - lo > 100)
        return problem('A scale runs from a whole number to a larger one, at most 101 points.');
      q = { ...base, kind: k, min: lo, max: hi, labels: {} };
    } else q = { ...base, kind: 'text', maxLength: 5000 };
    save([...questions, q], `Question ${q.id} added.`, add);
  });

  return h(
    'div',
    { class: 'gov-question-editor card', id: 'question-editor' },
    h('h3', {}, 'Questions (secretariat)'),
    existing,
    form,
    status,
  );
}

// --- the answer form ----------------------------------------------------------------------------

function answerField(q: Question, previous: Answer | undefined): HTMLElement {
  const name = `answer-${q.id}`;
  const legend = h(
    'legend',
    {},
    q.prompt,
    q.required ? h('span', { class: 'gov-required' }, ' (required)') : null,
  );
  const choice = (type: 'radio' | 'checkbox', value: string, label: string, checked: boolean) => {
    const id = `${name}-${value}`;
    return h(
      'div',
      { class: 'gov-choice' },
      h('input', { type, id, name, value, checked, 'data-question': q.id }),
      h('label', { for: id }, label),
    );
  };
  switch (q.kind) {
    case 'single-choice':
      return h(
        'fieldset',
        { class: 'gov-answer', 'data-question': q.id },
        legend,
        q.options.map((o) => choice('radio', o.id, o.label, previous === o.id)),
      );
    case 'multiple-choice':
      return h(
        'fieldset',
        { class: 'gov-answer', 'data-question': q.id },
        legend,
        q.max !== null ? h('p', { class: 'field-hint' }, `At most ${q.max}.`) : null,
        q.options.map((o) =>
          choice('checkbox', o.id, o.label, Array.isArray(previous) && previous.includes(o.id)),
        ),
      );
    case 'scale': {
      if (q.max - q.min <= 10) {
        const points: HTMLElement[] = [];
        for (let v = q.min; v <= q.max; v += 1)
          points.push(
            choice(
              'radio',
              String(v),
              `${v}${q.labels[String(v)] ? ` ${q.labels[String(v)]}` : ''}`,
              previous === v,
            ),
          );
        return h(
          'fieldset',
          { class: 'gov-answer gov-answer-scale', 'data-question': q.id },
          legend,
          h('div', { class: 'gov-scale-points' }, points),
        );
      }
      const input = h('input', {
        type: 'number',
        id: name,
        name,
        min: q.min,
        max: q.max,
        step: 1,
        'data-question': q.id,
        value: typeof previous === 'number' ? previous : '',
      });
      return h(
        'fieldset',
        { class: 'gov-answer', 'data-question': q.id },
        legend,
        h('label', { for: name, class: 'field-hint' }, `A whole number from ${q.min} to ${q.max}`),
        input,
      );
    }
    case 'text': {
      const area = h('textarea', {
        id: name,
        name,
        rows: 4,
        maxlength: q.maxLength,
        'data-question': q.id,
        'aria-label': q.prompt,
      });
      area.value = typeof previous === 'string' ? previous : '';
      return h('fieldset', { class: 'gov-answer', 'data-question': q.id }, legend, area);
    }
  }
}

function readAnswer(form: HTMLFormElement, q: Question): Answer {
  const name = `answer-${q.id}`;
  switch (q.kind) {
    case 'single-choice':
      return form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
    case 'multiple-choice': {
      const list = [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)];
      return list.length ? list.map((i) => i.value) : null;
    }
    case 'scale': {
      const el =
        form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`) ??
        form.querySelector<HTMLInputElement>(`input[type="number"][name="${name}"]`);
      const v = el?.value.trim() ?? '';
      return v === '' ? null : Number(v);
    }
    case 'text': {
      const v = form.querySelector<HTMLTextAreaElement>(`textarea[name="${name}"]`)?.value ?? '';
      return v.trim() ? v : null;
    }
  }
}

function answerForm(
  proposalId: string,
  view: ConsultationView,
  answered: (view: ConsultationView) => void,
): HTMLElement {
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h(
    'button',
    { type: 'submit', class: 'button' },
    view.mine ? 'Replace my answers' : 'Send my answers',
  );
  const form = h(
    'form',
    { class: 'gov-form gov-answer-form card', id: 'consultation-form', novalidate: true },
    h('h3', {}, view.mine ? 'Your answers (you may change them while it is open)' : 'Your answers'),
    view.consultation.questions.map((q) => answerField(q, view.mine?.[q.id])),
    h('div', { class: 'button-row' }, submit),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const answers: Record<string, Answer> = {};
    const missing: string[] = [];
    for (const q of view.consultation.questions) {
      const a = readAnswer(form, q);
      if (a !== null) answers[q.id] = a;
      else if (q.required) missing.push(q.prompt);
    }
    if (missing.length) {
      status.replaceChildren(
        h('p', { class: 'field-error' }, `Please answer: ${missing.join('; ')}`),
      );
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    consultationApi
      .respond(proposalId, answers)
      .then((r) => {
        announce(r.replaced ? 'Your answers were replaced.' : 'Your answers were recorded.');
        answered(r.view);
      })
      .catch((err: unknown) => {
        status.replaceChildren(errorBlock('Your answers could not be sent', err));
        submit.disabled = false;
      });
  });
  return form;
}

// --- the results --------------------------------------------------------------------------------

/** A share as a percentage with a bar behind it. */
function shareCell(share: number, kind: 'raw' | 'weighted'): HTMLElement {
  const pct = Math.max(0, Math.min(1, share)) * 100;
  return h(
    'td',
    { class: `num gov-share gov-share-${kind}`, 'data-share': kind },
    h(
      'span',
      { class: 'gov-bar', 'aria-hidden': 'true' },
      h('span', { style: `width: ${pct.toFixed(1)}%` }),
    ),
    h('span', { class: 'gov-share-value' }, percent.format(share)),
  );
}

function sharesTable(
  q: QuestionResult,
  rows: { key: string; label: string; count: number; share: number; weightedShare: number }[],
): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll gov-table' },
    h(
      'table',
      { class: 'data-table gov-results-table' },
      h('caption', { class: 'visually-hidden' }, `Answers to question ${q.questionId}`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Answer'),
          h('th', { scope: 'col', class: 'num' }, 'Respondents'),
          h('th', { scope: 'col', class: 'num' }, 'Raw share'),
          h('th', { scope: 'col', class: 'num' }, 'Weighted per economy'),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { 'data-option': r.key },
            h('th', { scope: 'row' }, r.label),
            h('td', { class: 'num' }, r.count),
            shareCell(r.share, 'raw'),
            shareCell(r.weightedShare, 'weighted'),
          ),
        ),
      ),
    ),
  );
}

function questionResult(q: Question, r: QuestionResult): HTMLElement {
  const answered = `${plural(r.answered, 'respondent')} answered, from ${plural(r.groups, 'economy group')}.`;
  let body: HTMLElement | HTMLElement[];
  switch (r.kind) {
    case 'single-choice':
    case 'multiple-choice':
      body = sharesTable(
        r,
        r.options.map((o) => ({ key: o.option, ...o })),
      );
      break;
    case 'scale':
      body = [
        h(
          'p',
          { class: 'gov-scale-stats' },
          `Mean ${r.mean === null ? '—' : decimal.format(r.mean)} raw, ${r.weightedMean === null ? '—' : decimal.format(r.weightedMean)} weighted; median ${r.median === null ? '—' : decimal.format(r.median)} raw, ${r.weightedMedian === null ? '—' : decimal.format(r.weightedMedian)} weighted.`,
        ),
        sharesTable(
          r,
          r.distribution.map((p) => ({
            key: String(p.value),
            label: p.label ? `${p.value} ${p.label}` : String(p.value),
            count: p.count,
            share: p.share,
            weightedShare: p.weightedShare,
          })),
        ),
      ];
      break;
    case 'text':
      body = r.answers.length
        ? h(
            'ul',
            { class: 'gov-text-answers' },
            r.answers.map((a) =>
              h(
                'li',
                {},
                h('p', { class: 'gov-prose' }, a.text),
                h(
                  'p',
                  { class: 'field-hint' },
                  `${CONSTITUENCY_LABELS[a.constituency]}${a.economy ? ` · ${a.economy}` : ''}`,
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'No answers yet.');
      break;
  }
  return h(
    'div',
    { class: 'gov-question-result', 'data-question': q.id },
    h('h4', {}, q.prompt),
    h('p', { class: 'field-hint' }, answered),
    body,
  );
}

function resultsBlock(view: ConsultationView): HTMLElement {
  const res = view.results;
  const constituencies = (Object.entries(res.constituencies) as [Constituency, number][]).filter(
    ([, n]) => n > 0,
  );
  const economies = res.economies
    .map((e) => `${e.economy ?? 'no economy'} ${e.respondents}`)
    .join(', ');
  return h(
    'div',
    { class: 'gov-results', id: 'consultation-results' },
    h('h3', {}, view.open ? 'Results so far' : 'Results'),
    h(
      'p',
      { id: 'consultation-counts' },
      h('strong', {}, plural(res.respondents, 'respondent')),
      ` from ${plural(res.economies.length, 'economy group')}`,
      economies ? ` (${economies})` : '',
      constituencies.length
        ? ` · ${constituencies.map(([c, n]) => `${CONSTITUENCY_LABELS[c]} ${n}`).join(', ')}`
        : '',
      '.',
    ),
    h(
      'p',
      { class: 'field-hint gov-weighting-note' },
      'Raw shares count each respondent once. Weighted shares count economies: the respondents from one economy together weigh 1 (respondents without an economy form one more group), so that no economy’s many respondents outweigh the others.',
    ),
    res.warnings.length
      ? h(
          'ul',
          { class: 'gov-warnings', id: 'consultation-warnings' },
          res.warnings.map((w) => h('li', { 'data-warning': w.code }, w.message)),
        )
      : null,
    res.questions.map((r) => {
      const q = view.consultation.questions.find((x) => x.id === r.questionId);
      return q ? questionResult(q, r) : null;
    }),
  );
}

function windowLine(view: ConsultationView, state: string): string {
  const w = view.consultation.window;
  if (state !== 'consultation' && state !== 'deliberation' && state !== 'draft')
    return 'The consultation is over.';
  if (state === 'draft')
    return 'The consultation opens when the secretariat moves the proposal to consultation.';
  if (view.open) return `The consultation is open until ${whenExact(w.closesAt)}.`;
  if (state === 'consultation' && Date.now() < Date.parse(w.opensAt))
    return `The consultation opens at ${whenExact(w.opensAt)}.`;
  return `The consultation closed at ${whenExact(w.closesAt)}.`;
}

/**
 * The consultation section of a proposal page, or null when there is nothing to show the reader:
 * no consultation (null) and not the secretariat.
 */
export function consultationSection(options: {
  proposal: ProposalView;
  consultation: ConsultationView | Error | null;
  /** Why the reader cannot write, or null. */
  blocked: string | null;
  /** Fetches the proposal (and its consultation) again and re-renders. */
  reload: () => Promise<void>;
}): HTMLElement | null {
  const { proposal: p, blocked, reload } = options;
  const can = p.can as ProposalRights;
  const editor = can.transition && !blocked && EDITABLE_STATES.has(p.state);
  const c = options.consultation;
  if (c === null && !editor) return null;
  const section = h('section', {
    class: 'gov-section gov-consultation',
    id: 'consultation',
    'aria-labelledby': 'consultation-heading',
  });
  const render = (view: ConsultationView | Error | null): void => {
    const mayAnswer =
      view !== null && !(view instanceof Error) && view.open && can.respond && !blocked;
    const parts: (Node | null)[] = [
      h('h2', { id: 'consultation-heading' }, 'Consultation'),
      view instanceof Error
        ? errorBlock('The consultation could not be loaded', view)
        : view === null
          ? h('p', { class: 'muted' }, 'No consultation has been set up for this proposal.')
          : h(
              'p',
              { class: 'gov-vote-status', id: 'consultation-status' },
              windowLine(view, p.state),
            ),
      editor && !(view instanceof Error)
        ? questionEditor(p.id, view?.consultation.questions ?? [], reload)
        : null,
      mayAnswer ? answerForm(p.id, view, render) : null,
      view && !(view instanceof Error) && view.mine && !mayAnswer
        ? h(
            'p',
            { class: 'field-hint', id: 'consultation-mine' },
            'You answered this consultation.',
          )
        : null,
      view && !(view instanceof Error) ? resultsBlock(view) : null,
    ];
    section.replaceChildren(...parts.filter((x): x is Node => x !== null));
  };
  render(c);
  return section;
}
