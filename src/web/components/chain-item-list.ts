// The accessible twin of the graph: every stage and input as a button, grouped by lane, with its
// colour, value and year; choosing one selects it in the graph and shows its providers.
import { h } from '../element.ts';
import type { ItemPaint } from './chain-paint.ts';

export interface ListItem {
  id: string;
  name: string;
  /** 0 top-level, 1 a variant, 2 a variant's variant … */
  depth: number;
  /** "Stage", "Tool", "Material" … */
  kindLabel: string;
}

export interface ListGroup {
  id: string;
  /** Null: no heading (a chain drawn as a grid). */
  label: string | null;
  items: ListItem[];
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

interface Row {
  item: ListItem;
  li: HTMLLIElement;
  button: HTMLButtonElement;
  swatch: HTMLElement;
  value: HTMLElement;
  flag: HTMLElement;
}

export class ChainItemList {
  readonly element: HTMLElement;
  private readonly rows = new Map<string, Row>();
  private readonly count: HTMLElement;
  private readonly scroller: HTMLElement;

  constructor(
    groups: readonly ListGroup[],
    private readonly years: ReadonlyMap<string, number | null>,
    onSelect: (id: string) => void,
  ) {
    const total = groups.reduce((n, g) => n + g.items.length, 0);
    this.count = h('p', { class: 'picker-count', id: 'chain-items-count', 'aria-live': 'polite' });
    const search = h('input', {
      type: 'search',
      id: 'chain-items-search',
      autocomplete: 'off',
      'aria-describedby': 'chain-items-count',
    });
    search.addEventListener('input', () => this.filter(search.value));
    const blocks = groups.map((g) =>
      h(
        'li',
        { class: 'item-group', 'data-lane': g.id },
        g.label ? h('h3', { class: 'item-group-title', id: `lane-${g.id}` }, g.label) : null,
        h(
          'ul',
          { class: 'item-list', ...(g.label ? { 'aria-labelledby': `lane-${g.id}` } : {}) },
          g.items.map((item) => this.row(item, onSelect)),
        ),
      ),
    );
    this.scroller = h(
      'div',
      { class: 'chain-items-scroll' },
      h('ul', { class: 'item-groups' }, blocks),
    );
    this.element = h(
      'section',
      { class: 'chain-items', 'aria-labelledby': 'chain-items-title' },
      h(
        'h2',
        { class: 'chain-items-title', id: 'chain-items-title' },
        `Inputs and stages (${total})`,
      ),
      total > 20
        ? h(
            'div',
            { class: 'field field-wide' },
            h('label', { for: 'chain-items-search' }, 'Find an input'),
            search,
          )
        : null,
      total > 20 ? this.count : null,
      this.scroller,
    );
  }

  paint(paints: ReadonlyMap<string, ItemPaint>): void {
    for (const [id, row] of this.rows) {
      const p = paints.get(id);
      if (!p) continue;
      row.swatch.style.background = p.colour;
      row.swatch.classList.toggle('swatch-dashed', p.noData);
      const year = this.years.get(id);
      row.value.textContent = `${p.text}${year ? ` · ${year}` : ''}`;
      row.flag.hidden = !p.chokepoint;
      row.li.dataset.colourClass = p.colourClass;
      row.li.dataset.colour = p.colour;
      if (p.availabilityPct === null) delete row.li.dataset.availability;
      else row.li.dataset.availability = String(Math.round(p.availabilityPct * 10) / 10);
    }
  }

  select(id: string | null): void {
    for (const [key, row] of this.rows) {
      const on = key === id;
      row.button.setAttribute('aria-pressed', on ? 'true' : 'false');
      if (on) row.li.hidden = false;
    }
    const row = id ? this.rows.get(id) : undefined;
    if (row) this.reveal(row.li);
  }

  /** Scrolls the list (never the page) so that `li` is in view. */
  private reveal(li: HTMLElement): void {
    const box = this.scroller;
    const top = li.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    // Out of view: bring it to a third of the way down, with its neighbours around it.
    if (top < box.scrollTop || top + li.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }

  private row(item: ListItem, onSelect: (id: string) => void): HTMLLIElement {
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    const value = h('span', { class: 'item-value' });
    const flag = h('span', { class: 'badge badge-chokepoint', hidden: true }, 'chokepoint');
    const button = h(
      'button',
      {
        type: 'button',
        class: 'item-button',
        'aria-pressed': 'false',
        style: item.depth ? `padding-left:${0.5 + item.depth * 0.9}rem` : null,
        onClick: () => onSelect(item.id),
      },
      swatch,
      h(
        'span',
        { class: 'item-text' },
        h('span', { class: 'item-name' }, item.name),
        h('span', { class: 'item-meta' }, item.kindLabel, ' · ', value, ' ', flag),
      ),
    );
    const li = h('li', { class: 'item-row', 'data-item': item.id }, button);
    this.rows.set(item.id, { item, li, button, swatch, value, flag });
    return li;
  }

  private filter(text: string): void {
    const words = fold(text).split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of this.rows.values()) {
      const match = words.every((w) => fold(row.item.name).includes(w));
      row.li.hidden = !match;
      if (match) shown++;
    }
    this.count.textContent = words.length ? `${shown} ${shown === 1 ? 'match' : 'matches'}` : '';
  }
}
