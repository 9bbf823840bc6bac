// The supply chains loaded: stages, inputs, providers and share rows of each, with links to the
// chain and to its export-control coverage; how to add the semiconductor chain.
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { supplyChainApi } from '../components/supply-chain-api.ts';

export async function chainsPage({ root, signal }: PageContext): Promise<void> {
  document.title = 'Supply chains — techalliance';
  const box = h('div', {}, loadingBlock('supply chains'));
  root.append(
    h('h1', { tabindex: '-1' }, 'Supply chains'),
    h(
      'p',
      { class: 'lede' },
      'Who supplies each input of a chain, where one economy or the countries of concern hold it, what a disruption would do downstream, and whether an export control would bite.',
    ),
    box,
  );
  try {
    const { items } = await supplyChainApi.chains(signal);
    const hasSemiconductors = items.some((c) => c.code === 'semiconductors');
    box.replaceChildren(
      h(
        'div',
        {
          class: 'table-scroll',
          role: 'region',
          'aria-labelledby': 'chains-caption',
          tabindex: '0',
        },
        h(
          'table',
          { class: 'data-table chains-table' },
          h(
            'caption',
            { id: 'chains-caption' },
            `${items.length} supply ${items.length === 1 ? 'chain' : 'chains'} loaded`,
          ),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Chain'),
              h('th', { scope: 'col', class: 'num' }, 'Stages'),
              h('th', { scope: 'col', class: 'num' }, 'Inputs'),
              h('th', { scope: 'col', class: 'num' }, 'Providers'),
              h('th', { scope: 'col', class: 'num' }, 'Share rows'),
              h('th', { scope: 'col' }, 'Updated'),
              h('th', { scope: 'col' }, 'Analyses'),
            ),
          ),
          h(
            'tbody',
            {},
            items.length === 0
              ? h('tr', {}, h('td', { class: 'empty', colspan: 7 }, 'No supply chain is loaded.'))
              : items.map((c) =>
                  h(
                    'tr',
                    { 'data-chain': c.code },
                    h(
                      'th',
                      { scope: 'row' },
                      h('a', { href: `#/chains/${encodeURIComponent(c.code)}` }, c.name),
                      h('span', { class: 'sub code' }, c.code),
                    ),
                    h('td', { class: 'num' }, c.stages),
                    h('td', { class: 'num' }, c.inputs),
                    h('td', { class: 'num' }, c.providers),
                    h('td', { class: 'num' }, c.provisions),
                    h('td', { class: 'muted' }, c.updatedAt.slice(0, 10)),
                    h(
                      'td',
                      {},
                      h(
                        'a',
                        {
                          href: `#/chains/${encodeURIComponent(c.code)}`,
                          'aria-label': `Graph and scenarios of ${c.name}`,
                        },
                        'Graph and scenarios',
                      ),
                      ' · ',
                      h(
                        'a',
                        {
                          href: `#/controls?chain=${encodeURIComponent(c.code)}`,
                          'aria-label': `Export-control coverage of ${c.name}`,
                        },
                        'Export controls',
                      ),
                    ),
                  ),
                ),
          ),
        ),
      ),
      hasSemiconductors
        ? ''
        : h(
            'div',
            { class: 'notice' },
            h('p', { class: 'notice-title' }, 'Add the semiconductor chain'),
            h(
              'p',
              {},
              'The CSET/ETO Advanced Semiconductor Supply Chain dataset is licensed CC BY-NC and is not bundled. Import it from its files with ',
              h('code', {}, 'techalliance import eto-supply-chain <dir>'),
              '.',
            ),
          ),
    );
    announce(`${items.length} supply chains.`);
  } catch (e) {
    if (isAbort(e)) return;
    box.replaceChildren(
      errorBlock('The supply chains could not be loaded', e, () => location.reload()),
    );
  }
}
