// The secretariat's form for a workstream: code, name, description, decision rule, and the
// participating delegations with their rights (PUT /api/v1/workstreams/:code creates or replaces).
import { WORKSTREAM_RIGHTS } from '../../core/accounts/access.ts';
import { h } from '../element.ts';
import type { Workstream, WorkstreamParticipant, WorkstreamRight } from '../governance-types.ts';
import { errorBlock } from '../page-status.ts';
import { governanceApi } from './governance-api.ts';
import { RIGHT_LABELS } from './governance-labels.ts';
import { ruleEditor } from './governance-rule-editor.ts';

const CODE = /^[a-z][a-z0-9_-]{1,39}$/;
const DELEGATION = /^[A-Z][A-Z0-9_]{1,15}$/;
/** What a new participant starts with. */
const DEFAULT_RIGHTS: readonly WorkstreamRight[] = ['read', 'comment'];

export interface WorkstreamFormOptions {
  /** The workstream being edited, or null for a new one. */
  initial: Workstream | null;
  /** Codes in use (a new workstream may not take one). */
  taken: readonly string[];
  saved: (w: Workstream, status: 'created' | 'updated') => void;
  cancel: () => void;
}

let formCount = 0;

export function workstreamForm(options: WorkstreamFormOptions): HTMLElement {
  const { initial } = options;
  const prefix = `ws-form-${++formCount}`;
  const id = (x: string) => `${prefix}-${x}`;
  const code = h('input', {
    type: 'text',
    id: id('code'),
    value: initial?.code ?? '',
    required: true,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': id('code-hint'),
    ...(initial ? { readonly: true } : {}),
  });
  const name = h('input', {
    type: 'text',
    id: id('name'),
    value: initial?.name ?? '',
    required: true,
    maxlength: 200,
  });
  const description = h('textarea', { id: id('description'), rows: 2, maxlength: 2000 });
  description.value = initial?.description ?? '';
  const rule = ruleEditor(id('rule'), initial?.decisionRule ?? null);

  // --- participants ---------------------------------------------------------------------
  interface Row {
    element: HTMLElement;
    delegation: HTMLInputElement;
    boxes: Map<WorkstreamRight, HTMLInputElement>;
  }
  const rows: Row[] = [];
  const list = h('ul', { class: 'gov-participants' });
  let rowCount = 0;
  const addRow = (p: WorkstreamParticipant | null): Row => {
    const n = ++rowCount;
    const rid = (x: string) => id(`p${n}-${x}`);
    const delegation = h('input', {
      type: 'text',
      id: rid('delegation'),
      value: p?.delegation ?? '',
      maxlength: 16,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'DEU',
      class: 'gov-delegation-input',
    });
    delegation.addEventListener('change', () => {
      delegation.value = delegation.value.trim().toUpperCase();
    });
    const boxes = new Map<WorkstreamRight, HTMLInputElement>();
    const rights = WORKSTREAM_RIGHTS.map((r) => {
      const box = h('input', { type: 'checkbox', id: rid(r), value: r, 'data-right': r });
      box.checked = (p?.rights ?? DEFAULT_RIGHTS).includes(r);
      boxes.set(r, box);
      return h('li', { class: 'check' }, box, h('label', { for: rid(r) }, RIGHT_LABELS[r]));
    });
    const row: Row = {
      element: h(
        'li',
        { class: 'gov-participant' },
        h(
          'div',
          { class: 'field gov-delegation-field' },
          h('label', { for: rid('delegation') }, 'Delegation'),
          delegation,
        ),
        h(
          'fieldset',
          { class: 'gov-rights' },
          h('legend', { class: 'visually-hidden' }, 'Rights'),
          h('ul', { class: 'gov-rights-list' }, rights),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button button-quiet button-small',
            onClick: () => {
              rows.splice(rows.indexOf(row), 1);
              row.element.remove();
              addButton.focus();
            },
          },
          'Remove',
        ),
      ),
      delegation,
      boxes,
    };
    rows.push(row);
    list.append(row.element);
    return row;
  };
  const addButton = h(
    'button',
    {
      type: 'button',
      class: 'button button-quiet button-small',
      onClick: () => addRow(null).delegation.focus(),
    },
    'Add a delegation',
  );
  for (const p of initial?.participants ?? []) addRow(p);

  // --- saving ---------------------------------------------------------------------------
  const status = h('div', { 'aria-live': 'polite' });
  const save = h(
    'button',
    { type: 'submit', class: 'button' },
    initial ? 'Save the workstream' : 'Create the workstream',
  );
  const read = (): { workstream: Workstream | null; problems: string[] } => {
    const problems: string[] = [];
    const c = code.value.trim();
    if (!CODE.test(c))
      problems.push('Code: 2–40 lower-case letters, digits, _ or -, starting with a letter');
    else if (!initial && options.taken.includes(c))
      problems.push(`Code: a workstream ${c} exists already (edit it instead)`);
    if (!name.value.trim()) problems.push('Name: must not be empty');
    const r = rule.read();
    problems.push(...r.problems.map((p) => `Decision rule — ${p}`));
    const seen = new Set<string>();
    const participants: WorkstreamParticipant[] = [];
    rows.forEach((row, i) => {
      const d = row.delegation.value.trim().toUpperCase();
      const rights = WORKSTREAM_RIGHTS.filter((x) => row.boxes.get(x)?.checked);
      if (!d && rights.length === 0) return;
      if (!DELEGATION.test(d))
        problems.push(`Delegation ${i + 1}: an upper-case code such as DEU, EU or OECD`);
      else if (seen.has(d)) problems.push(`Delegation ${d} is listed twice`);
      if (rights.length === 0) problems.push(`Delegation ${d || i + 1}: tick at least one right`);
      seen.add(d);
      participants.push({ delegation: d, rights });
    });
    if (problems.length) return { workstream: null, problems };
    return {
      workstream: {
        code: c,
        name: name.value.trim(),
        description: description.value.trim(),
        decisionRule: r.rule,
        participants,
      },
      problems,
    };
  };
  const form = h(
    'form',
    { class: 'gov-form gov-workstream-form card', novalidate: true },
    h('h3', {}, initial ? `Edit ${initial.name}` : 'New workstream'),
    h(
      'div',
      { class: 'controls' },
      h(
        'div',
        { class: 'field field-narrow' },
        h('label', { for: id('code') }, 'Code'),
        code,
        h('span', { class: 'field-hint', id: id('code-hint') }, 'e.g. export-controls'),
      ),
      h('div', { class: 'field field-wide' }, h('label', { for: id('name') }, 'Name'), name),
    ),
    h(
      'div',
      { class: 'field gov-field-full' },
      h('label', { for: id('description') }, 'Description'),
      description,
    ),
    rule.element,
    h(
      'fieldset',
      { class: 'gov-participants-set' },
      h('legend', {}, 'Participating delegations and their rights'),
      h(
        'p',
        { class: 'field-hint' },
        'Only member delegations vote; partners with “Advisory vote” vote in an advisory capacity. The secretariat holds every right.',
      ),
      list,
      addButton,
    ),
    h(
      'div',
      { class: 'button-row' },
      save,
      h(
        'button',
        { type: 'button', class: 'button button-quiet', onClick: options.cancel },
        'Cancel',
      ),
    ),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const { workstream, problems } = read();
    if (!workstream) {
      status.replaceChildren(
        h(
          'div',
          { class: 'notice notice-error', role: 'alert' },
          h('p', { class: 'notice-title' }, 'Please correct:'),
          h(
            'ul',
            {},
            problems.map((p) => h('li', {}, p)),
          ),
        ),
      );
      return;
    }
    save.disabled = true;
    status.replaceChildren();
    governanceApi
      .saveWorkstream(workstream)
      .then((r) => options.saved(r.workstream, r.status))
      .catch((err: unknown) =>
        status.replaceChildren(errorBlock('The workstream could not be saved', err)),
      )
      .finally(() => (save.disabled = false));
  });
  return form;
}
