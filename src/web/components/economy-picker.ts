// A searchable list of economies (and the EU), each a toggle button: "Add India as partner" or
// "Remove India (partner)". Buttons are updated in place, so focus stays where the user is.
import { h } from '../element.ts';

export interface PickerEntry {
  code: string;
  name: string;
  /** Shown after the name, e.g. "USA" or "EU · member only". */
  detail: string;
  /** Other words that find the entry (official name, ISO2). */
  keywords?: string;
}

export interface PickerState {
  /** True when the entry is in the set (a participant, an economy of the what-if). */
  selected: boolean;
  /** The button's accessible name, e.g. "Add Japan as member". */
  label: string;
  /** The short visible action, e.g. "Add as member" or "Member · remove". */
  action: string;
}

export interface EconomyPickerOptions {
  id: string;
  /** Label of the search box. */
  label: string;
  entries: readonly PickerEntry[];
  stateOf(entry: PickerEntry): PickerState;
  onToggle(entry: PickerEntry): void;
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export class EconomyPicker {
  readonly element: HTMLElement;
  readonly search: HTMLInputElement;
  private readonly items: {
    entry: PickerEntry;
    li: HTMLLIElement;
    button: HTMLButtonElement;
    action: HTMLElement;
    text: string;
  }[] = [];
  private readonly count: HTMLElement;

  constructor(private readonly options: EconomyPickerOptions) {
    const listId = `${options.id}-list`;
    const countId = `${options.id}-count`;
    this.search = h('input', {
      type: 'search',
      id: options.id,
      autocomplete: 'off',
      'aria-controls': listId,
      'aria-describedby': countId,
    });
    this.count = h('p', { class: 'picker-count', id: countId, 'aria-live': 'polite' });
    const list = h('ul', { class: 'picker-list', id: listId, 'aria-label': options.label });
    for (const entry of options.entries) {
      const action = h('span', { class: 'picker-action' });
      const button = h(
        'button',
        { type: 'button', class: 'picker-item', 'data-code': entry.code },
        h('span', { class: 'picker-name' }, entry.name),
        h('span', { class: 'picker-detail' }, entry.detail),
        action,
      );
      button.addEventListener('click', () => options.onToggle(entry));
      const li = h('li', {}, button);
      list.append(li);
      this.items.push({
        entry,
        li,
        button,
        action,
        text: fold(`${entry.name} ${entry.code} ${entry.keywords ?? ''}`),
      });
    }
    this.search.addEventListener('input', () => this.filter());
    this.element = h(
      'div',
      { class: 'picker' },
      h(
        'div',
        { class: 'field field-wide' },
        h('label', { for: options.id }, options.label),
        this.search,
      ),
      this.count,
      h('div', { class: 'picker-scroll' }, list),
    );
    this.refresh();
    this.filter();
  }

  /** Re-reads every entry's state (after the set changed elsewhere: the map, a remove button). */
  refresh(): void {
    for (const item of this.items) {
      const state = this.options.stateOf(item.entry);
      item.button.setAttribute('aria-label', state.label);
      item.button.classList.toggle('is-selected', state.selected);
      item.action.textContent = state.action;
    }
  }

  private filter(): void {
    const words = fold(this.search.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of this.items) {
      const match = words.every((w) => item.text.includes(w));
      item.li.hidden = !match;
      if (match) shown++;
    }
    this.count.textContent =
      shown === 0
        ? 'No economy matches.'
        : `${shown} ${shown === 1 ? 'match' : 'matches'}${words.length ? '' : ' (type to narrow)'}`;
  }
}
