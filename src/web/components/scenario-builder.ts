// The disruption scenario builder: shocks (provider, input or all inputs, fraction lost 0–1) as
// rows of a form; runs the scenario and shows the API's message beside the shock it names.
import { ApiError, type ApiIssue } from '../api-client.ts';
import { h } from '../element.ts';
import { errorBlock, errorMessage } from '../page-status.ts';
import type { Chain, ShockDraft } from '../supply-chain-types.ts';

export interface ScenarioBuilderOptions {
  chain: Chain;
  /** ISO3 → economy name, for the provider suggestions. */
  names: ReadonlyMap<string, string>;
  initial: readonly ShockDraft[];
  /** Runs the scenario; rejects with the API's error. */
  onRun(shocks: ShockDraft[]): Promise<void>;
  onClear(): void;
}

interface ShockRow {
  key: number;
  element: HTMLFieldSetElement;
  legend: HTMLLegendElement;
  provider: HTMLInputElement;
  input: HTMLSelectElement;
  fraction: HTMLInputElement;
  range: HTMLInputElement;
  error: HTMLElement;
}

/** `shocks[1].provider` or `shocks.1.provider` → { index: 1, field: 'provider' }. */
export function shockIssueTarget(path: string): { index: number; field: string | null } | null {
  const m = /^shocks(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?/.exec(path);
  if (!m) return null;
  return { index: Number(m[1] ?? m[2]), field: m[3] ?? null };
}

/** "CHN:all:1" ⇄ a shock; the URL keeps the scenario shareable. */
export const shockToParam = (s: ShockDraft): string => `${s.provider}:${s.input}:${s.fractionLost}`;

export function shockFromParam(param: string): ShockDraft | null {
  const m = /^(.+):(.+):([^:]+)$/.exec(param);
  if (!m) return null;
  const fraction = Number(m[3]);
  return Number.isFinite(fraction)
    ? { provider: m[1]!, input: m[2]!, fractionLost: fraction }
    : null;
}

export class ScenarioBuilder {
  readonly element: HTMLElement;
  private readonly rows: ShockRow[] = [];
  private readonly list: HTMLElement;
  private readonly status: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  private nextKey = 1;

  constructor(private readonly options: ScenarioBuilderOptions) {
    const { chain, names } = options;
    const providerOptions = h(
      'datalist',
      { id: 'shock-providers' },
      chain.providers.map((p) =>
        p.kind === 'economy'
          ? h('option', { value: p.iso3 }, names.get(p.iso3) ?? p.name)
          : h('option', { value: p.name }, p.kind === 'pseudo' ? 'pseudo-provider' : 'firm'),
      ),
    );
    this.list = h('div', { class: 'shock-list' });
    this.status = h('div', { class: 'scenario-status' });
    this.runButton = h('button', { type: 'submit', class: 'button' }, 'Run the scenario');
    const form = h(
      'form',
      { class: 'scenario-form', novalidate: true, 'aria-labelledby': 'scenario-heading' },
      providerOptions,
      this.list,
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          {
            type: 'button',
            class: 'button button-quiet',
            onClick: () => {
              const row = this.addRow({ provider: '', input: 'all', fractionLost: 1 });
              row.provider.focus();
            },
          },
          'Add a shock',
        ),
        this.runButton,
        h(
          'button',
          {
            type: 'button',
            class: 'button button-quiet',
            onClick: () => {
              this.clearIssues();
              this.status.replaceChildren();
              options.onClear();
            },
          },
          'Clear the result',
        ),
      ),
      this.status,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    const initial = options.initial.length
      ? options.initial
      : [{ provider: '', input: 'all', fractionLost: 1 }];
    for (const s of initial) this.addRow(s);
    this.element = form;
  }

  shocks(): ShockDraft[] {
    return this.rows.map((r) => ({
      provider: r.provider.value.trim(),
      input: r.input.value,
      fractionLost: r.fraction.value.trim() === '' ? Number.NaN : Number(r.fraction.value),
    }));
  }

  async run(): Promise<void> {
    this.clearIssues();
    this.runButton.disabled = true;
    this.status.replaceChildren(h('p', { class: 'loading', 'aria-busy': 'true' }, 'Running…'));
    try {
      await this.options.onRun(this.shocks());
      this.status.replaceChildren();
    } catch (e) {
      this.status.replaceChildren();
      const placed = e instanceof ApiError ? this.showIssues(e.issues) : 0;
      if (placed === 0) this.status.replaceChildren(errorBlock('The scenario could not be run', e));
      else
        this.status.replaceChildren(
          h(
            'p',
            { class: 'field-error', role: 'alert' },
            `The scenario was not run: ${errorMessage(e)}`,
          ),
        );
    } finally {
      this.runButton.disabled = false;
    }
  }

  /** Puts each issue beside its shock; returns how many found a shock. */
  private showIssues(issues: readonly ApiIssue[]): number {
    let placed = 0;
    let first: HTMLElement | null = null;
    for (const issue of issues) {
      const target = shockIssueTarget(issue.path);
      const row = target ? this.rows[target.index] : undefined;
      if (!target || !row) continue;
      placed++;
      const field =
        target.field === 'provider'
          ? row.provider
          : target.field === 'input'
            ? row.input
            : target.field === 'fractionLost'
              ? row.fraction
              : null;
      field?.setAttribute('aria-invalid', 'true');
      first ??= field ?? row.provider;
      row.element.classList.add('has-error');
      row.error.hidden = false;
      row.error.append(h('span', { class: 'issue' }, issue.message));
    }
    first?.focus();
    return placed;
  }

  private clearIssues(): void {
    for (const r of this.rows) {
      r.element.classList.remove('has-error');
      r.error.hidden = true;
      r.error.replaceChildren();
      for (const f of [r.provider, r.input, r.fraction]) f.removeAttribute('aria-invalid');
    }
  }

  private renumber(): void {
    this.rows.forEach((r, i) => (r.legend.textContent = `Shock ${i + 1}`));
  }

  private addRow(shock: ShockDraft): ShockRow {
    const { chain } = this.options;
    const key = this.nextKey++;
    const id = (field: string) => `shock-${key}-${field}`;
    const errorId = id('error');
    const provider = h('input', {
      type: 'text',
      id: id('provider'),
      list: 'shock-providers',
      autocomplete: 'off',
      spellcheck: 'false',
      value: shock.provider,
      'aria-describedby': `${id('provider-hint')} ${errorId}`,
    });
    const known = new Set([
      'all',
      ...chain.inputs.map((i) => i.id),
      ...chain.stages.map((s) => s.id),
    ]);
    const input = h(
      'select',
      { id: id('input'), 'aria-describedby': errorId },
      h('option', { value: 'all' }, 'All inputs'),
      known.has(shock.input) ? null : h('option', { value: shock.input }, shock.input),
      chain.stages.length
        ? h(
            'optgroup',
            { label: 'Stages' },
            chain.stages.map((s) => h('option', { value: s.id }, s.name)),
          )
        : null,
      h(
        'optgroup',
        { label: 'Inputs' },
        chain.inputs.map((i) => h('option', { value: i.id }, i.name)),
      ),
    );
    input.value = shock.input;
    const fraction = h('input', {
      type: 'number',
      id: id('fraction'),
      min: 0,
      max: 1,
      step: 0.01,
      inputmode: 'decimal',
      value: String(shock.fractionLost),
      'aria-describedby': errorId,
    });
    const range = h('input', {
      type: 'range',
      id: id('fraction-range'),
      min: 0,
      max: 1,
      step: 0.05,
      value: String(Math.min(1, Math.max(0, shock.fractionLost))),
      'aria-label': 'Fraction lost, slider',
      'aria-controls': id('fraction'),
    });
    range.addEventListener('input', () => (fraction.value = range.value));
    fraction.addEventListener('input', () => {
      const v = Number(fraction.value);
      if (Number.isFinite(v)) range.value = String(Math.min(1, Math.max(0, v)));
    });
    const error = h('p', {
      class: 'field-error shock-error',
      id: errorId,
      hidden: true,
      'aria-live': 'polite',
    });
    const legend = h('legend', {}, 'Shock');
    const element = h(
      'fieldset',
      { class: 'shock', 'data-shock': key },
      legend,
      h(
        'div',
        { class: 'controls shock-fields' },
        h(
          'div',
          { class: 'field' },
          h('label', { for: id('provider') }, 'Provider'),
          provider,
          h(
            'span',
            { class: 'field-hint', id: id('provider-hint') },
            'Economy (ISO3, e.g. CHN) or a firm',
          ),
        ),
        h('div', { class: 'field' }, h('label', { for: id('input') }, 'Input'), input),
        h(
          'div',
          { class: 'field field-fraction' },
          h('label', { for: id('fraction') }, 'Fraction lost (0–1)'),
          h('div', { class: 'fraction-pair' }, range, fraction),
        ),
        h(
          'div',
          { class: 'field field-action' },
          h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet button-small',
              'aria-label': 'Remove this shock',
              onClick: () => this.removeRow(key),
            },
            'Remove',
          ),
        ),
      ),
      error,
    );
    const row: ShockRow = { key, element, legend, provider, input, fraction, range, error };
    this.rows.push(row);
    this.list.append(element);
    this.renumber();
    return row;
  }

  private removeRow(key: number): void {
    const i = this.rows.findIndex((r) => r.key === key);
    if (i < 0) return;
    const [row] = this.rows.splice(i, 1);
    row!.element.remove();
    this.renumber();
    if (this.rows.length === 0) this.addRow({ provider: '', input: 'all', fractionLost: 1 });
    (this.rows[Math.min(i, this.rows.length - 1)]?.provider ?? this.runButton).focus();
  }
}
