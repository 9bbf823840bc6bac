// The sources a chain's figures come from: citation, publisher, licence, link and notes.
import type { Source } from '../api-types.ts';
import { h } from '../element.ts';
import { citationElement } from './citation.ts';

export function chainSources(sources: readonly Source[], id = 'chain-sources'): HTMLElement {
  return h(
    'section',
    { class: 'sources', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, `Sources (${sources.length})`),
    sources.length === 0
      ? h('p', { class: 'muted' }, 'No source is recorded for this chain.')
      : h(
          'ol',
          {},
          sources.map((s) =>
            h(
              'li',
              { id: `source-${s.id}` },
              citationElement(s.citation),
              h(
                'span',
                { class: 'muted' },
                ` — ${s.publisher}${s.date ? `, ${s.date}` : ''}. Licence: ${s.licence}.`,
              ),
              s.url ? [' ', h('a', { href: s.url, rel: 'noopener' }, s.url)] : '',
              s.notes ? h('span', { class: 'sub source-notes' }, s.notes) : null,
            ),
          ),
        ),
  );
}
