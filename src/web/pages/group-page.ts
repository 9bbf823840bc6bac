// One grouping: its members (economies and supranational bodies) with status, and its source.
import { ApiError, api } from '../api-client.ts';
import type { Group } from '../api-types.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock, notFoundBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { citationElement } from '../components/citation.ts';

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

function membersTable(g: Group): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-labelledby': 'members-caption', tabindex: '0' },
    h(
      'table',
      { class: 'data-table' },
      h('caption', { id: 'members-caption' }, `Members of ${g.code} (${g.members.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Member', 'Code', 'Status', 'As of', 'Notes', 'Sources'].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        g.members.map((m) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              m.kind === 'economy' ? h('a', { href: `#/economies/${m.code}` }, m.name) : m.name,
            ),
            h('td', { class: 'code' }, m.code),
            h('td', {}, m.status),
            h('td', { class: 'muted' }, m.asOf ?? '—'),
            h('td', { class: 'muted' }, m.notes ?? ''),
            h(
              'td',
              { class: 'source-links' },
              m.sourceUrls.map((url, i) =>
                h(
                  'a',
                  {
                    href: url,
                    rel: 'noopener',
                    title: url,
                    'aria-label': `Source ${i + 1} for ${m.name}: ${hostOf(url)}`,
                  },
                  `[${i + 1}]`,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function groupPage({ root, params, signal }: PageContext): Promise<void> {
  const code = params.code ?? '';
  document.title = `${code} — techalliance`;
  const heading = h('h1', { tabindex: '-1' }, code);
  const body = h('div', {}, loadingBlock(`grouping ${code}`));
  root.append(
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/groups' }, 'Groupings'),
      ' › ',
      code,
    ),
    heading,
    body,
  );
  let g: Group;
  try {
    g = await api.group(code, signal);
  } catch (e) {
    if (isAbort(e)) return;
    if (e instanceof ApiError && e.notFound) {
      const hadFocus = document.activeElement === heading;
      root.replaceChildren(
        notFoundBlock(
          `No grouping with the code “${code}”`,
          'No grouping on record has this code. Codes are short names such as G7, OECD or WASSENAAR.',
          { href: '#/groups', label: 'Browse all groupings' },
          e.message,
        ),
      );
      if (hadFocus) root.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    body.replaceChildren(errorBlock(`Grouping ${code} could not be loaded`, e));
    return;
  }
  document.title = `${g.name} — techalliance`;
  heading.textContent = g.name;
  const economies = g.members.filter((m) => m.kind === 'economy').length;
  const others = g.members.filter((m) => m.kind !== 'economy').map((m) => m.code);
  body.replaceChildren(
    h(
      'p',
      { class: 'lede' },
      `${g.code} · ${g.kind} · ${economies} economies${others.length ? ` + ${others.join(', ')}` : ''}. `,
      h('a', { href: `#/map?group=${encodeURIComponent(g.code)}` }, 'Show on the map'),
      ' · ',
      h(
        'a',
        { href: `#/economies?group=${encodeURIComponent(g.code)}` },
        'Compare in the economies table',
      ),
    ),
    membersTable(g),
    h(
      'section',
      { class: 'sources', 'aria-labelledby': 'group-source-heading' },
      h('h2', { id: 'group-source-heading' }, 'Source'),
      g.source
        ? h(
            'p',
            {},
            citationElement(g.source.citation),
            h(
              'span',
              { class: 'muted' },
              ` — ${g.source.publisher}. Licence: ${g.source.licence}.`,
            ),
            g.source.url
              ? [' ', h('a', { href: g.source.url, rel: 'noopener' }, g.source.url)]
              : '',
          )
        : h('p', { class: 'muted' }, 'No source recorded for this grouping.'),
    ),
  );
  announce(`${g.name}: ${g.members.length} members.`);
}
