// The groupings list: forums, alliances, export-control regimes and proposals with member counts.
import { api } from '../api-client.ts';
import { h } from '../element.ts';
import { errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';

export async function groupsPage({ root, signal }: PageContext): Promise<void> {
  document.title = 'Groupings — techalliance';
  const box = h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': 'Groupings, scrollable', tabindex: '0' },
    loadingBlock('groupings'),
  );
  root.append(
    h('h1', { tabindex: '-1' }, 'Groupings'),
    h(
      'p',
      { class: 'lede' },
      'Forums, alliances, export-control regimes and proposed clubs, with their members on record.',
    ),
    box,
  );
  try {
    const { items } = await api.groups(signal);
    box.replaceChildren(
      h(
        'table',
        { class: 'data-table' },
        h('caption', {}, `${items.length} groupings`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Code'),
            h('th', { scope: 'col' }, 'Name'),
            h('th', { scope: 'col' }, 'Kind'),
            h('th', { scope: 'col', class: 'num' }, 'Members'),
          ),
        ),
        h(
          'tbody',
          {},
          items.map((g) =>
            h(
              'tr',
              {},
              h(
                'th',
                { scope: 'row' },
                h('a', { href: `#/groups/${encodeURIComponent(g.code)}` }, g.code),
              ),
              h('td', {}, g.name),
              h('td', {}, g.kind),
              h('td', { class: 'num' }, g.memberCount),
            ),
          ),
        ),
      ),
    );
  } catch (e) {
    if (isAbort(e)) return;
    box.replaceChildren(
      errorBlock('The groupings could not be loaded', e, () => location.reload()),
    );
  }
}
