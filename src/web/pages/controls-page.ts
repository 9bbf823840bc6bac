// Export-control effectiveness: for a chain, a controlling coalition, a target, chosen inputs and
// a goal — coverage, target share, foreign availability, verdict and who to add, per input; and
// the retaliation exposure of the same coalition to the same target. Settings live in the URL.
import { api } from '../api-client.ts';
import { coverageTable, retaliationTable } from '../components/coverage-tables.ts';
import { supplyChainApi } from '../components/supply-chain-api.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';
import type { Chain, ChainSummary } from '../supply-chain-types.ts';

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** A filterable list of checkboxes, one per input and stage; none ticked means every input. */
class InputChecklist {
  readonly element: HTMLFieldSetElement;
  private readonly list: HTMLElement;
  private readonly count: HTMLElement;
  private boxes: { id: string; name: string; li: HTMLElement; box: HTMLInputElement }[] = [];

  constructor() {
    const search = h('input', {
      type: 'search',
      id: 'controls-inputs-search',
      autocomplete: 'off',
    });
    search.addEventListener('input', () => {
      const words = fold(search.value).split(/\s+/).filter(Boolean);
      for (const b of this.boxes) b.li.hidden = !words.every((w) => fold(b.name).includes(w));
    });
    this.list = h('ul', { class: 'checklist' });
    this.count = h('p', {
      class: 'field-hint',
      id: 'controls-inputs-count',
      'aria-live': 'polite',
    });
    this.element = h(
      'fieldset',
      { class: 'input-checklist', 'aria-describedby': 'controls-inputs-count' },
      h('legend', {}, 'Controlled inputs'),
      h(
        'div',
        { class: 'field field-wide' },
        h('label', { for: 'controls-inputs-search' }, 'Find'),
        search,
      ),
      this.count,
      h('div', { class: 'checklist-scroll' }, this.list),
      h(
        'div',
        { class: 'button-row' },
        h(
          'button',
          {
            type: 'button',
            class: 'button button-quiet button-small',
            onClick: () => this.set([]),
          },
          'Clear (all inputs)',
        ),
      ),
    );
  }

  load(chain: Chain, ticked: readonly string[]): void {
    const items = [
      ...chain.stages.map((s) => ({ id: s.id, name: `${s.name} (stage)` })),
      ...chain.inputs.map((i) => ({ id: i.id, name: i.name })),
    ];
    this.boxes = items.map((item) => {
      const box = h('input', {
        type: 'checkbox',
        id: `control-input-${item.id}`,
        value: item.id,
        checked: ticked.includes(item.id),
      });
      box.addEventListener('change', () => this.updateCount());
      const li = h(
        'li',
        { class: 'check' },
        box,
        h('label', { for: `control-input-${item.id}` }, item.name),
      );
      return { ...item, li, box };
    });
    this.list.replaceChildren(...this.boxes.map((b) => b.li));
    this.updateCount();
  }

  ticked(): string[] {
    return this.boxes.filter((b) => b.box.checked).map((b) => b.id);
  }

  private set(ids: readonly string[]): void {
    for (const b of this.boxes) b.box.checked = ids.includes(b.id);
    this.updateCount();
  }

  private updateCount(): void {
    const n = this.ticked().length;
    this.count.textContent =
      n === 0
        ? `None ticked: every input (${this.boxes.length}) is checked.`
        : `${n} of ${this.boxes.length} ticked.`;
  }
}

const textField = (id: string, label: string, value: string, hint: string, list?: string) =>
  h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('input', {
      type: 'text',
      id,
      value,
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': `${id}-hint`,
      ...(list ? { list } : {}),
    }),
    h('span', { class: 'field-hint', id: `${id}-hint` }, hint),
  );

export async function controlsPage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Export-control coverage — techalliance';
  const body = h('div', {}, loadingBlock('supply chains'));
  root.append(
    h('h1', { tabindex: '-1' }, 'Export-control coverage'),
    h(
      'p',
      { class: 'lede' },
      'Would a control by a coalition bite? Per input: the share of world supply the coalition covers, the target’s own share, what neither holds (foreign availability), a verdict, and the fewest economies to add to reach the goal. Below, where the same coalition depends on the target’s supply.',
    ),
    body,
  );
  let chains: ChainSummary[];
  const names = new Map<string, string>();
  let coalitionCodes: string[] = [];
  try {
    const [c, e, k] = await Promise.all([
      supplyChainApi.chains(signal),
      api.economies({}, signal),
      api.coalitions(signal),
    ]);
    chains = c.items;
    for (const x of e.items) names.set(x.iso3, x.name);
    coalitionCodes = k.items.map((x) => x.code);
  } catch (e) {
    if (isAbort(e)) return;
    body.replaceChildren(
      errorBlock('The supply chains could not be loaded', e, () => location.reload()),
    );
    return;
  }
  if (chains.length === 0) {
    body.replaceChildren(h('p', { class: 'muted' }, 'No supply chain is loaded.'));
    return;
  }

  const wanted = query.get('chain');
  const chainSelect = h(
    'select',
    { id: 'controls-chain' },
    chains.map((c) => h('option', { value: c.code }, c.name)),
  );
  chainSelect.value = chains.some((c) => c.code === wanted) ? wanted! : chains[0]!.code;
  const coalitionField = textField(
    'controls-coalition',
    'Controlling coalition',
    query.get('coalition') ?? 'G7',
    'Code (G7) or ISO3 list (USA,NLD,JPN)',
    'controls-coalitions',
  );
  const targetField = textField(
    'controls-target',
    'Target',
    query.get('target') ?? 'CHN',
    'ISO3 or a code, e.g. CHN',
  );
  const goal = h('input', {
    type: 'number',
    id: 'controls-goal',
    min: 1,
    max: 100,
    step: 1,
    value: query.get('goal') ?? '90',
    inputmode: 'decimal',
  });
  const year = h(
    'select',
    { id: 'controls-year' },
    h('option', { value: 'latest' }, 'Latest per input'),
  );
  const checklist = new InputChecklist();
  const submit = h('button', { type: 'submit', class: 'button' }, 'Check coverage');
  const coverageBox = h('div', { class: 'analysis-content' });
  const retaliationBox = h('div', { class: 'analysis-content' });
  const input = (field: HTMLElement): HTMLInputElement => field.querySelector('input')!;

  const loadChain = async (ticked: readonly string[]): Promise<void> => {
    const { chain } = await supplyChainApi.chain(chainSelect.value, signal);
    checklist.load(chain, ticked);
    const years = [...new Set(chain.provision.map((p) => p.year))].sort((a, b) => b - a);
    const current = year.value;
    year.replaceChildren(
      h('option', { value: 'latest' }, 'Latest per input'),
      ...years.map((y) => h('option', { value: String(y) }, String(y))),
    );
    year.value = years.map(String).includes(current) ? current : 'latest';
  };

  let sequence = 0;
  const run = async (): Promise<void> => {
    const mine = ++sequence;
    const coalition = input(coalitionField).value.trim();
    const target = input(targetField).value.trim();
    const inputs = checklist.ticked();
    replaceQuery({
      chain: chainSelect.value,
      coalition,
      target,
      inputs: inputs.length ? inputs.join('|') : null,
      goal: goal.value === '90' ? null : goal.value,
      year: year.value === 'latest' ? null : year.value,
    });
    submit.disabled = true;
    for (const box of [coverageBox, retaliationBox]) {
      box.setAttribute('aria-busy', 'true');
      if (!box.firstChild) box.append(loadingBlock('figures'));
    }
    const [coverage, retaliation] = await Promise.allSettled([
      supplyChainApi.coverage(
        {
          chain: chainSelect.value,
          coalition,
          target,
          inputs,
          goal: goal.value.trim(),
          year: year.value,
        },
        signal,
      ),
      supplyChainApi.retaliation({ coalition, target }, signal),
    ]);
    if (mine !== sequence || signal.aborted) return;
    submit.disabled = false;
    coverageBox.removeAttribute('aria-busy');
    retaliationBox.removeAttribute('aria-busy');
    coverageBox.replaceChildren(
      coverage.status === 'fulfilled'
        ? coverageTable(coverage.value, names)
        : errorBlock('The coverage could not be computed', coverage.reason),
    );
    retaliationBox.replaceChildren(
      retaliation.status === 'fulfilled'
        ? retaliationTable(retaliation.value)
        : errorBlock('The retaliation exposure could not be computed', retaliation.reason),
    );
    if (coverage.status === 'fulfilled')
      announce(
        `Coverage of ${coverage.value.inputs.length} inputs by ${coverage.value.controlling} against ${coverage.value.target}.`,
      );
  };

  const form = h(
    'form',
    { class: 'controls-form', novalidate: true, 'aria-label': 'Export control to check' },
    h(
      'datalist',
      { id: 'controls-coalitions' },
      coalitionCodes.map((c) => h('option', { value: c })),
    ),
    h(
      'div',
      { class: 'controls' },
      h(
        'div',
        { class: 'field field-chain' },
        h('label', { for: 'controls-chain' }, 'Chain'),
        chainSelect,
      ),
      coalitionField,
      targetField,
      h(
        'div',
        { class: 'field field-narrow' },
        h('label', { for: 'controls-goal' }, 'Goal (% covered)'),
        goal,
      ),
      h(
        'div',
        { class: 'field field-narrow' },
        h('label', { for: 'controls-year' }, 'Year of shares'),
        year,
      ),
    ),
    checklist.element,
    h('div', { class: 'button-row' }, submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  chainSelect.addEventListener('change', () => {
    void loadChain([]).catch((e: unknown) => {
      if (!isAbort(e)) coverageBox.replaceChildren(errorBlock('The chain could not be loaded', e));
    });
  });

  body.replaceChildren(
    form,
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'coverage-heading' },
      h('h2', { id: 'coverage-heading' }, 'Coverage per input'),
      coverageBox,
    ),
    h(
      'section',
      { class: 'analysis', 'aria-labelledby': 'retaliation-heading' },
      h('h2', { id: 'retaliation-heading' }, 'Retaliation exposure'),
      h(
        'p',
        { class: 'lede' },
        'Where the controlling coalition itself depends on the target, across every loaded chain: the target could answer a control with one of its own.',
      ),
      retaliationBox,
    ),
  );
  try {
    await loadChain((query.get('inputs') ?? '').split('|').filter(Boolean));
  } catch (e) {
    if (isAbort(e)) return;
    coverageBox.replaceChildren(errorBlock('The chain could not be loaded', e));
    return;
  }
  if (/^\d{4}$/.test(query.get('year') ?? '')) year.value = query.get('year')!;
  await run();
}
