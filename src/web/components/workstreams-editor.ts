// The builder's "Workstreams" fieldset: per workstream the tiers taking part and, optionally, the
// named participants who alone take part (variable geometry); custom workstreams added and
// removed; the API's issues (`workstreams.2.participants.0`) shown beside the workstream they name.
import { STANDARD_WORKSTREAMS } from '../../core/coalitions/workstream.ts';
import type { ApiIssue } from '../api-client.ts';
import type { Participant, Tier, Workstream } from '../api-types.ts';
import { h } from '../element.ts';
import { announce } from '../page-status.ts';

const TIERS: readonly Tier[] = ['member', 'partner', 'observer', 'stakeholder'];
/** The API's rule for a workstream code, checked here too so a typo is caught before saving. */
const WORKSTREAM_CODE = /^[a-z][a-z0-9_]{1,31}$/;

interface Row {
  /** Stable id part for the DOM; codes may be edited or repeated, keys never. */
  key: string;
  code: string;
  name: string;
  tiers: Set<Tier>;
  /** `all`: every participant of the tiers; `only`: those in `only` (upper-cased codes). */
  who: 'all' | 'only';
  only: Set<string>;
  issues: string[];
}

/** The parts of a workstream's markup that change without re-rendering it. */
interface RowView {
  element: HTMLElement;
  onlyBox: HTMLElement;
  summary: HTMLElement;
  error: HTMLElement;
}

const markInvalid = (control: HTMLElement, invalid: boolean): void => {
  if (invalid) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export class WorkstreamsEditor {
  readonly element: HTMLFieldSetElement;
  private rows: Row[] = [];
  private readonly views = new Map<string, RowView>();
  private participants: readonly Participant[] = [];
  private nextKey = 0;
  private readonly list = h('div', { class: 'workstream-list' });
  private readonly listError = h('p', {
    class: 'field-error',
    id: 'workstreams-error',
    hidden: true,
  });
  private readonly addCode = h('input', {
    type: 'text',
    id: 'workstream-code',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 32,
    'aria-describedby': 'workstream-code-hint workstream-add-error',
  });
  private readonly addName = h('input', {
    type: 'text',
    id: 'workstream-name',
    autocomplete: 'off',
    maxlength: 120,
    'aria-describedby': 'workstream-add-error',
  });
  private readonly addError = h('p', {
    class: 'field-error',
    id: 'workstream-add-error',
    hidden: true,
  });

  /** `initial`: a saved coalition's workstreams; absent: the standard five. */
  constructor(initial?: readonly Workstream[]) {
    this.load(initial ?? STANDARD_WORKSTREAMS);
    for (const input of [this.addCode, this.addName])
      input.addEventListener('keydown', (e) => {
        // Enter adds the workstream instead of saving the coalition.
        if (e.key !== 'Enter') return;
        e.preventDefault();
        this.addCustom();
      });
    this.element = h(
      'fieldset',
      { class: 'workstreams', 'aria-describedby': 'workstreams-hint workstreams-error' },
      h('legend', { id: 'workstreams-legend', tabindex: '-1' }, 'Workstreams'),
      h(
        'p',
        { class: 'field-hint', id: 'workstreams-hint' },
        'Who takes part in each field of cooperation: the tiers, and when it is narrower, only the participants you name.',
      ),
      this.listError,
      this.list,
      h(
        'div',
        { class: 'workstream-add' },
        h('p', { class: 'workstream-add-title' }, 'Add a workstream'),
        h(
          'div',
          { class: 'controls' },
          h(
            'div',
            { class: 'field field-narrow' },
            h('label', { for: 'workstream-code' }, 'Workstream code'),
            this.addCode,
          ),
          h(
            'div',
            { class: 'field field-wide' },
            h('label', { for: 'workstream-name' }, 'Workstream name'),
            this.addName,
          ),
          h(
            'div',
            { class: 'field field-action' },
            h(
              'button',
              { type: 'button', class: 'button button-quiet', onClick: () => this.addCustom() },
              'Add workstream',
            ),
          ),
        ),
        h(
          'p',
          { class: 'field-hint', id: 'workstream-code-hint' },
          'Code: 2–32 lower-case letters, digits or _, e.g. quantum. A new workstream starts open to members.',
        ),
        this.addError,
      ),
    );
    this.render();
  }

  /** The coalition's current participants: the "Only:" lists offer them. */
  setParticipants(participants: readonly Participant[]): void {
    this.participants = participants;
    for (const row of this.rows) this.renderOnly(row);
  }

  /** Replaces every workstream (starting from another coalition). */
  replace(workstreams: readonly Workstream[]): void {
    this.load(workstreams);
    this.render();
  }

  /** Stable keys of the workstreams in order, to match the API's issues to what was sent. */
  keys(): string[] {
    return this.rows.map((r) => r.key);
  }

  /** The workstreams as the API takes them; an "Only:" list keeps participants of the tiers. */
  value(): Workstream[] {
    return this.rows.map((r) => ({
      code: r.code,
      name: r.name,
      tiers: TIERS.filter((t) => r.tiers.has(t)),
      participants: r.who === 'all' ? null : this.named(r).map((p) => p.code),
    }));
  }

  /**
   * Shows the API's `workstreams…` issues beside the workstream they name (`sentKeys`: `keys()`
   * when the body was sent); clears the earlier ones. Returns the error summary's entries.
   */
  showIssues(issues: readonly ApiIssue[], sentKeys: readonly string[]): HTMLElement[] {
    for (const row of this.rows) row.issues = [];
    const general: string[] = [];
    const links: HTMLElement[] = [];
    for (const issue of issues) {
      const index = issue.path.split('.')[1];
      const key = index === undefined ? undefined : sentKeys[Number(index)];
      const row = this.rows.find((r) => r.key === key);
      if (row) {
        row.issues.push(issue.message);
        links.push(
          h('li', {}, h('a', { href: `#ws-${row.key}` }, `${row.name}: ${issue.message}`)),
        );
      } else {
        general.push(issue.message);
        links.push(
          h('li', {}, h('a', { href: '#workstreams-legend' }, `Workstreams: ${issue.message}`)),
        );
      }
    }
    this.listError.hidden = general.length === 0;
    this.listError.textContent = general.join(' ');
    for (const row of this.rows) this.renderIssues(row);
    return links;
  }

  private load(workstreams: readonly Workstream[]): void {
    this.rows = workstreams.map((w) => ({
      key: String(this.nextKey++),
      code: w.code,
      name: w.name,
      tiers: new Set(w.tiers),
      who: w.participants === null ? 'all' : 'only',
      only: new Set((w.participants ?? []).map((c) => c.toUpperCase())),
      issues: [],
    }));
  }

  /** Participants of the row's tiers that its "Only:" list names. */
  private named(row: Row): Participant[] {
    return this.participants.filter(
      (p) => row.tiers.has(p.tier) && row.only.has(p.code.toUpperCase()),
    );
  }

  private addCustom(): void {
    const code = this.addCode.value.trim().toLowerCase();
    const name = this.addName.value.trim();
    const wrong: 'code' | 'name' | null =
      !WORKSTREAM_CODE.test(code) || this.rows.some((r) => r.code === code)
        ? 'code'
        : name === ''
          ? 'name'
          : null;
    const problem =
      wrong === 'name'
        ? 'Give the workstream a name.'
        : !WORKSTREAM_CODE.test(code)
          ? 'Give the workstream a code of 2–32 lower-case letters, digits or _, starting with a letter (e.g. quantum).'
          : `There is already a workstream ${code}.`;
    this.addError.hidden = wrong === null;
    this.addError.textContent = wrong === null ? '' : problem;
    markInvalid(this.addCode, wrong === 'code');
    markInvalid(this.addName, wrong === 'name');
    if (wrong) {
      (wrong === 'code' ? this.addCode : this.addName).focus();
      return;
    }
    this.rows.push({
      key: String(this.nextKey++),
      code,
      name,
      tiers: new Set(['member']),
      who: 'all',
      only: new Set(),
      issues: [],
    });
    this.render();
    this.addCode.value = '';
    this.addName.value = '';
    this.addCode.focus();
    announce(
      `Workstream ${name} added, open to members. ${plural(this.rows.length, 'workstream')}.`,
    );
  }

  private remove(key: string): void {
    const index = this.rows.findIndex((r) => r.key === key);
    if (index === -1) return;
    const [gone] = this.rows.splice(index, 1);
    this.render();
    announce(`Workstream ${gone!.name} removed. ${plural(this.rows.length, 'workstream')}.`);
    // Keep keyboard users in the list: the next workstream's button, else the previous, else "Add".
    const buttons = this.list.querySelectorAll<HTMLButtonElement>('.workstream-remove');
    (buttons[index] ?? buttons[index - 1] ?? this.addCode).focus();
  }

  private render(): void {
    this.views.clear();
    this.list.replaceChildren(
      ...this.rows.map((row) => this.renderRow(row)),
      this.rows.length === 0
        ? h('p', { class: 'muted' }, 'No workstreams: add one below, or save without any.')
        : '',
    );
  }

  private renderRow(row: Row): HTMLElement {
    const id = `ws-${row.key}`;
    const changed = (): void => {
      row.issues = [];
      this.renderIssues(row);
      this.renderOnly(row);
    };
    const tierBoxes = TIERS.map((tier) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id: `${id}-tier-${tier}`,
          value: tier,
          checked: row.tiers.has(tier),
          onChange: (e: Event) => {
            if ((e.target as HTMLInputElement).checked) row.tiers.add(tier);
            else row.tiers.delete(tier);
            changed();
          },
        }),
        ` ${tier}`,
      ),
    );
    const radio = (who: Row['who'], label: string): HTMLElement =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'radio',
          name: `${id}-who`,
          id: `${id}-who-${who}`,
          value: who,
          checked: row.who === who,
          onChange: () => {
            row.who = who;
            changed();
          },
        }),
        ` ${label}`,
      );
    const view: RowView = {
      element: h('fieldset', {
        class: 'workstream',
        id,
        'data-code': row.code,
        tabindex: '-1',
        'aria-describedby': `${id}-summary ${id}-error`,
      }),
      onlyBox: h('div', { class: 'ws-only', id: `${id}-only` }),
      summary: h('p', { class: 'ws-summary', id: `${id}-summary` }),
      error: h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    };
    view.element.append(
      h(
        'legend',
        {},
        h('span', { class: 'ws-name' }, row.name),
        ' ',
        h('span', { class: 'code muted' }, row.code),
      ),
      h(
        'fieldset',
        { class: 'ws-tiers' },
        h('legend', {}, 'Tiers'),
        h('div', { class: 'check-row' }, tierBoxes),
      ),
      h(
        'fieldset',
        { class: 'ws-who' },
        h('legend', {}, 'Who takes part'),
        h(
          'div',
          { class: 'check-row' },
          radio('all', 'All participants of these tiers'),
          radio('only', 'Only:'),
        ),
        view.onlyBox,
      ),
      view.summary,
      view.error,
      h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet button-small workstream-remove',
          'aria-label': `Remove workstream ${row.name}`,
          onClick: () => this.remove(row.key),
        },
        'Remove',
      ),
    );
    this.views.set(row.key, view);
    this.renderOnly(row);
    this.renderIssues(row);
    return view.element;
  }

  /** The "Only:" checkboxes (participants of the ticked tiers) and who takes part. */
  private renderOnly(row: Row): void {
    const view = this.views.get(row.key);
    if (!view) return;
    const id = `ws-${row.key}`;
    const candidates = this.participants.filter((p) => row.tiers.has(p.tier));
    view.onlyBox.hidden = row.who === 'all';
    view.onlyBox.replaceChildren(
      candidates.length === 0
        ? h('p', { class: 'muted' }, 'No participants of these tiers yet.')
        : h(
            'ul',
            { class: 'ws-only-list', 'aria-label': `Only these take part in ${row.name}` },
            candidates.map((p) =>
              h(
                'li',
                {},
                h(
                  'label',
                  { class: 'check' },
                  h('input', {
                    type: 'checkbox',
                    id: `${id}-p-${p.code.replace(/[^A-Za-z0-9_-]/g, '-')}`,
                    value: p.code,
                    checked: row.only.has(p.code.toUpperCase()),
                    onChange: (e: Event) => {
                      const code = p.code.toUpperCase();
                      if ((e.target as HTMLInputElement).checked) row.only.add(code);
                      else row.only.delete(code);
                      row.issues = [];
                      this.renderIssues(row);
                      this.renderSummary(row);
                    },
                  }),
                  h('span', {}, p.name, h('span', { class: 'muted' }, ` · ${p.tier}`)),
                ),
              ),
            ),
          ),
    );
    this.renderSummary(row);
  }

  private renderSummary(row: Row): void {
    const view = this.views.get(row.key);
    if (!view) return;
    const taking =
      row.who === 'all' ? this.participants.filter((p) => row.tiers.has(p.tier)) : this.named(row);
    view.summary.textContent =
      row.tiers.size === 0
        ? 'Tick at least one tier.'
        : taking.length === 0
          ? 'Nobody takes part yet.'
          : `Takes part: ${taking.map((p) => p.name).join(', ')}.`;
  }

  private renderIssues(row: Row): void {
    const view = this.views.get(row.key);
    if (!view) return;
    view.error.hidden = row.issues.length === 0;
    view.error.textContent = row.issues.join(' ');
    view.element.classList.toggle('has-error', row.issues.length > 0);
  }
}
