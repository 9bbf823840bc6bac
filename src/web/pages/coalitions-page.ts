// The coalitions list: custom coalitions first, then every grouping, with participants per tier,
// a way to build a new one, and checkboxes to compare several side by side.
import { api } from '../api-client.ts';
import type { CoalitionSummary } from '../api-types.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';

const MAX_COMPARED = 10;

export const originLabel = (origin: string): string =>
  origin === 'custom' ? 'Custom' : origin === 'grouping' ? 'Grouping' : origin;

const originBadge = (origin: string): HTMLElement =>
  h('span', { class: `badge badge-${origin}` }, originLabel(origin));

export async function coalitionsPage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Coalitions — techalliance';
  const deleted = query.get('deleted');
  const box = h('div', {}, loadingBlock('coalitions'));
  const status = h('p', { class: 'compare-status', id: 'compare-status', 'aria-live': 'polite' });
  const compareButton = h(
    'button',
    { type: 'submit', class: 'button', 'aria-describedby': 'compare-status' },
    'Compare selected',
  );
  const form = h(
    'form',
    { class: 'coalitions-form', 'aria-label': 'Coalitions to compare' },
    h(
      'div',
      { class: 'actions-bar' },
      h('a', { class: 'button', href: '#/coalitions/new' }, 'New coalition'),
      h('span', { class: 'actions-spacer' }),
      status,
      compareButton,
    ),
    box,
  );
  root.append(
    h('h1', { tabindex: '-1' }, 'Coalitions'),
    h(
      'p',
      { class: 'lede' },
      'Custom coalitions built here and every grouping on record, with their participants per tier. Open one for its leverage, inner balance and complementarity, or tick several and compare them.',
    ),
    deleted
      ? h(
          'div',
          { class: 'notice notice-success', role: 'status' },
          h('p', {}, `Coalition ${deleted} was deleted.`),
        )
      : '',
    form,
  );
  if (deleted) replaceQuery({ deleted: null });

  let items: CoalitionSummary[];
  try {
    items = (await api.coalitions(signal)).items;
  } catch (e) {
    if (isAbort(e)) return;
    box.replaceChildren(
      errorBlock('The coalitions could not be loaded', e, () => location.reload()),
    );
    return;
  }
  // Custom coalitions first: they are what users come back to.
  const sorted = [...items].sort(
    (a, b) =>
      Number(a.origin !== 'custom') - Number(b.origin !== 'custom') || a.code.localeCompare(b.code),
  );
  const checked = (): string[] =>
    [...form.querySelectorAll<HTMLInputElement>('input[name="compare"]:checked')].map(
      (i) => i.value,
    );
  const updateStatus = (): void => {
    const n = checked().length;
    status.textContent =
      n === 0
        ? 'Tick two or more to compare.'
        : n > MAX_COMPARED
          ? `${n} selected: compare at most ${MAX_COMPARED}.`
          : `${n} selected.`;
  };
  const customCount = items.filter((c) => c.origin === 'custom').length;
  box.replaceChildren(
    h(
      'div',
      {
        class: 'table-scroll',
        role: 'region',
        'aria-labelledby': 'coalitions-caption',
        tabindex: '0',
      },
      h(
        'table',
        { class: 'data-table coalitions-table' },
        h(
          'caption',
          { id: 'coalitions-caption' },
          `${items.length} coalitions: ${customCount} custom, ${items.length - customCount} groupings`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Compare')),
            h('th', { scope: 'col' }, 'Code'),
            h('th', { scope: 'col' }, 'Name'),
            h('th', { scope: 'col' }, 'Origin'),
            h('th', { scope: 'col', class: 'num' }, 'Members'),
            h('th', { scope: 'col', class: 'num' }, 'Partners'),
            h('th', { scope: 'col', class: 'num' }, 'Observers'),
            h('th', { scope: 'col', class: 'num' }, 'Stakeholders'),
          ),
        ),
        h(
          'tbody',
          {},
          sorted.map((c) =>
            h(
              'tr',
              { 'data-code': c.code },
              h(
                'td',
                { class: 'check' },
                h('input', {
                  type: 'checkbox',
                  name: 'compare',
                  value: c.code,
                  id: `compare-${c.code}`,
                  'aria-label': `Compare ${c.code}`,
                  onChange: updateStatus,
                }),
              ),
              h(
                'th',
                { scope: 'row', class: 'code' },
                h('a', { href: `#/coalitions/${encodeURIComponent(c.code)}` }, c.code),
              ),
              h('td', { class: 'name' }, c.name),
              h('td', {}, originBadge(c.origin)),
              h('td', { class: 'num' }, c.tiers.member),
              h('td', { class: 'num' }, c.tiers.partner),
              h('td', { class: 'num' }, c.tiers.observer),
              h('td', { class: 'num' }, c.tiers.stakeholder),
            ),
          ),
        ),
      ),
    ),
  );
  updateStatus();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const codes = checked();
    if (codes.length < 2 || codes.length > MAX_COMPARED) {
      status.textContent =
        codes.length < 2
          ? 'Tick at least two coalitions to compare.'
          : `Compare at most ${MAX_COMPARED} coalitions at once.`;
      announce(status.textContent);
      return;
    }
    window.location.hash = `#/coalitions/compare?codes=${codes.map(encodeURIComponent).join(',')}`;
  });
  announce(`${items.length} coalitions.`);
}
