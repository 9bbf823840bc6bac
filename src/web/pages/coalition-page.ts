// One coalition: participants by tier, a map of members and partners, who takes part in each
// workstream, and its leverage (share of the world), inner balance and complementarity, for the
// tier and year chosen in the URL.
import { ApiError, api } from '../api-client.ts';
import type { Coalition, CoalitionWorkstream, Participant, Tier } from '../api-types.ts';
import { analysisControls, analysisYears, readOptions } from '../components/analysis-controls.ts';
import type {
  AnalysisContext,
  CoalitionOptions,
  EuCounting,
  RenderedSection,
} from '../components/analysis-context.ts';
import { balanceSection } from '../components/balance-section.ts';
import {
  CoalitionMap,
  coalitionMapKey,
  loadWorldAtlas,
  participantMarks,
  type MapRole,
} from '../components/coalition-map.ts';
import { complementaritySection } from '../components/complementarity-section.ts';
import { deleteCoalitionControl } from '../components/delete-coalition.ts';
import { leverageSection } from '../components/leverage-section.ts';
import { h } from '../element.ts';
import { catalogueOf } from '../indicator-labels.ts';
import { announce, errorBlock, isAbort, loadingBlock, notFoundBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';
import { originLabel } from './coalitions-page.ts';

const TIERS: { tier: Tier; title: string; none: string }[] = [
  { tier: 'member', title: 'Members', none: 'No members.' },
  { tier: 'partner', title: 'Partners', none: 'No partners.' },
  { tier: 'observer', title: 'Observers', none: 'No observer organisations.' },
  { tier: 'stakeholder', title: 'Stakeholders', none: 'No stakeholders.' },
];

function participantLink(p: Participant): HTMLElement | string {
  if (p.kind === 'economy') return h('a', { href: `#/economies/${p.code}` }, p.name);
  if (p.kind === 'supranational' && p.code === 'EU') return h('a', { href: '#/groups/EU' }, p.name);
  return p.name;
}

/** How the EU participant counts, in words, under the EU-counting setting. */
export function euParticipantNote(euCount: number, eu: EuCounting): string {
  return eu === 'member-states'
    ? `counted as its ${euCount} member states`
    : 'takes part as a whole; its member states are not counted';
}

function participantsByTier(c: Coalition, euCount: number, eu: EuCounting): HTMLElement {
  return h(
    'div',
    { class: 'tier-grid' },
    TIERS.map(({ tier, title, none }) => {
      const list = c.participants.filter((p) => p.tier === tier);
      return h(
        'section',
        { class: 'card tier-card', 'data-tier': tier, 'aria-labelledby': `tier-${tier}` },
        h('h3', { id: `tier-${tier}` }, `${title} (${list.length})`),
        list.length === 0
          ? h('p', { class: 'muted' }, none)
          : h(
              'ul',
              { class: 'tier-list' },
              list.map((p) =>
                h(
                  'li',
                  {},
                  participantLink(p),
                  p.name === p.code ? '' : [' ', h('span', { class: 'code muted' }, p.code)],
                  p.code === 'EU' && euCount > 0
                    ? h('span', { class: 'sub eu-note' }, euParticipantNote(euCount, eu))
                    : null,
                ),
              ),
            ),
      );
    }),
  );
}

const tiersText = (w: CoalitionWorkstream): string =>
  `${w.tiers.join(', ')}${w.participants === null ? '' : '; only named participants'}`;

/** "Workstreams: who takes part": each workstream's tiers and the participants taking part. */
function workstreamsTable(c: Coalition): HTMLElement {
  const names = new Map(c.participants.map((p) => [p.code.toUpperCase(), p.name]));
  const section = (...children: (HTMLElement | string)[]): HTMLElement =>
    h(
      'section',
      { class: 'workstreams-block', 'aria-labelledby': 'workstreams-heading' },
      h('h2', { id: 'workstreams-heading' }, 'Workstreams: who takes part'),
      ...children,
    );
  if (c.workstreams.length === 0) return section(h('p', { class: 'muted' }, 'No workstreams.'));
  return section(
    h(
      'div',
      {
        class: 'table-scroll',
        role: 'region',
        'aria-labelledby': 'workstreams-caption',
        tabindex: '0',
      },
      h(
        'table',
        { class: 'data-table workstreams-table' },
        h(
          'caption',
          { id: 'workstreams-caption' },
          'The tiers each workstream is open to, and the participants taking part in it.',
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Workstream'),
            h('th', { scope: 'col' }, 'Tiers'),
            h('th', { scope: 'col' }, 'Taking part'),
          ),
        ),
        h(
          'tbody',
          {},
          c.workstreams.map((w) =>
            h(
              'tr',
              { 'data-code': w.code },
              h(
                'th',
                { scope: 'row' },
                w.name,
                // Phones hide the tiers column and show the tiers here instead.
                h('span', { class: 'sub ws-row-tiers' }, tiersText(w)),
              ),
              h(
                'td',
                { class: 'ws-tiers-cell' },
                w.tiers.join(', '),
                w.participants === null
                  ? null
                  : h('span', { class: 'sub ws-limited' }, 'only named participants'),
              ),
              h(
                'td',
                { class: 'taking-part' },
                w.takingPart.length === 0
                  ? h('span', { class: 'muted' }, 'nobody')
                  : h(
                      'ul',
                      { class: 'inline-names' },
                      w.takingPart.map((code) =>
                        h('li', {}, names.get(code.toUpperCase()) ?? code),
                      ),
                    ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The map with members, partners and — when the EU counts as its member states — those states
 * coloured, and its key.
 */
function mapBlock(
  map: CoalitionMap,
  c: Coalition,
  euStates: readonly string[],
  eu: EuCounting,
): HTMLElement {
  const members = c.participants.filter((p) => p.tier === 'member').length;
  const partners = c.participants.filter((p) => p.tier === 'partner').length;
  const hasEu =
    eu === 'member-states' && c.participants.some((p) => p.code === 'EU' && p.tier === 'member');
  map.paint(
    participantMarks(c.participants, new Map([['EU', hasEu ? euStates : []]])),
    `Map of ${c.code}: ${members} members and ${partners} partners highlighted`,
  );
  const drawn = map.drawnCodes();
  const hidden = c.participants
    .filter((p) => p.kind === 'economy' && !drawn.has(p.code))
    .map((p) => p.name);
  const roles: MapRole[] = ['member'];
  if (partners > 0) roles.push('partner');
  if (hasEu) roles.push('via-member');
  return h(
    'div',
    { class: 'coalition-map-block' },
    map.element,
    coalitionMapKey(roles),
    hidden.length
      ? h('p', { class: 'map-note muted' }, `Too small to see at this scale: ${hidden.join(', ')}.`)
      : null,
  );
}

/** One analysis block: heading, its own loading and error state, then its content. */
function analysisBlock(
  id: string,
  title: string,
  intro: string,
): {
  section: HTMLElement;
  body: HTMLElement;
} {
  const body = h('div', { class: 'analysis-content' });
  return {
    section: h(
      'section',
      { class: 'analysis', id, 'aria-labelledby': `${id}-heading` },
      h('h2', { id: `${id}-heading` }, title),
      h('p', { class: 'lede' }, intro),
      body,
    ),
    body,
  };
}

export async function coalitionPage({ root, params, query, signal }: PageContext): Promise<void> {
  const code = (params.code ?? '').toUpperCase();
  document.title = `${code} — techalliance`;
  const heading = h('h1', { tabindex: '-1' }, code);
  const body = h('div', {}, loadingBlock(`coalition ${code}`));
  root.append(
    h(
      'nav',
      { class: 'breadcrumb', 'aria-label': 'Breadcrumb' },
      h('a', { href: '#/coalitions' }, 'Coalitions'),
      ' › ',
      code,
    ),
    heading,
    body,
  );

  let coalition: Coalition;
  let ctx: AnalysisContext;
  let years: number[];
  let euStates: string[];
  let map: CoalitionMap | null = null;
  try {
    const [c, e, i, eu] = await Promise.all([
      api.coalition(code, signal),
      api.economies({}, signal),
      api.indicators(signal),
      api.group('EU', signal),
    ]);
    coalition = c;
    euStates = eu.members.filter((m) => m.kind === 'economy').map((m) => m.code);
    ctx = {
      catalogue: catalogueOf(i.items),
      names: new Map(e.items.map((x) => [x.iso3, x.name])),
      options: readOptions(query),
    };
    years = analysisYears(i.items);
    // The map is an extra: without the atlas the page still shows every figure.
    const atlas = await loadWorldAtlas().catch(() => null);
    if (atlas) map = new CoalitionMap(atlas, e.items);
  } catch (e) {
    if (isAbort(e)) return;
    if (e instanceof ApiError && e.notFound) {
      const hadFocus = document.activeElement === heading;
      document.title = 'Coalition not found — techalliance';
      root.replaceChildren(
        notFoundBlock(
          `No coalition with the code “${code}”`,
          'No custom coalition or grouping has this code. It may have been deleted.',
          { href: '#/coalitions', label: 'Browse all coalitions' },
          e.message,
        ),
      );
      if (hadFocus) root.querySelector<HTMLElement>('h1')?.focus();
      return;
    }
    body.replaceChildren(
      errorBlock(`Coalition ${code} could not be loaded`, e, () =>
        window.dispatchEvent(new HashChangeEvent('hashchange')),
      ),
    );
    return;
  }

  document.title = `${coalition.name} — techalliance`;
  heading.textContent = coalition.name;
  const custom = coalition.origin === 'custom';
  const saved = query.get('saved');
  if (saved) replaceQuery({ saved: null });
  const members = coalition.participants.filter((p) => p.tier === 'member').length;
  const partners = coalition.participants.filter((p) => p.tier === 'partner').length;
  const hasEu = coalition.participants.some((p) => p.code === 'EU' && p.tier === 'member');

  const participantsLayout = h('div', { class: 'participants-layout' });
  const drawParticipants = (eu: EuCounting): void =>
    participantsLayout.replaceChildren(
      participantsByTier(coalition, hasEu ? euStates.length : 0, eu),
      map ? mapBlock(map, coalition, euStates, eu) : '',
    );
  drawParticipants(ctx.options.eu);

  const leverage = analysisBlock(
    'leverage',
    'Leverage: share of the world',
    'The coalition’s share of the world per indicator, in the year shown.',
  );
  const balance = analysisBlock(
    'balance',
    'Inner balance',
    'Is one member dominant? Each member’s share of the coalition’s own total.',
  );
  const complementarity = analysisBlock(
    'complementarity',
    'Complementarity',
    'Which member leads which capability.',
  );

  let sequence = 0;
  const load = async (options: CoalitionOptions): Promise<void> => {
    const mine = ++sequence;
    const current: AnalysisContext = { ...ctx, options };
    const run = async (
      block: { body: HTMLElement },
      what: string,
      fetchAndRender: () => Promise<RenderedSection>,
    ): Promise<void> => {
      block.body.setAttribute('aria-busy', 'true');
      if (!block.body.firstChild) block.body.append(loadingBlock(what));
      try {
        const rendered = await fetchAndRender();
        if (mine !== sequence) return;
        block.body.replaceChildren(rendered.element);
        rendered.draw();
      } catch (e) {
        if (isAbort(e) || mine !== sequence) return;
        block.body.replaceChildren(errorBlock(`The ${what} could not be loaded`, e));
      } finally {
        if (mine === sequence) block.body.removeAttribute('aria-busy');
      }
    };
    await Promise.all([
      run(leverage, 'leverage', async () =>
        leverageSection(await api.leverage(coalition.code, options, signal), current),
      ),
      run(balance, 'inner balance', async () =>
        balanceSection(await api.balance(coalition.code, options, signal), current),
      ),
      run(complementarity, 'complementarity', async () =>
        complementaritySection(await api.complementarity(coalition.code, options, signal), current),
      ),
    ]);
    if (mine === sequence) announce(`Analyses of ${coalition.code} updated.`);
  };

  body.replaceChildren(
    saved
      ? h(
          'div',
          { class: 'notice notice-success', role: 'status' },
          h('p', {}, `Coalition ${coalition.code} ${saved === 'updated' ? 'updated' : 'saved'}.`),
        )
      : '',
    h(
      'p',
      { class: 'lede' },
      h('span', { class: `badge badge-${coalition.origin}` }, originLabel(coalition.origin)),
      ` ${coalition.code} · ${plural(members, 'member')}, ${plural(partners, 'partner')}. `,
      coalition.description,
    ),
    h(
      'div',
      { class: 'button-row page-actions' },
      custom
        ? h(
            'a',
            { class: 'button', href: `#/coalitions/${encodeURIComponent(coalition.code)}/edit` },
            'Edit',
          )
        : null,
      h(
        'a',
        {
          class: 'button button-quiet',
          href: `#/coalitions/new?from=${encodeURIComponent(coalition.code)}`,
        },
        'New coalition from this one',
      ),
      h(
        'a',
        {
          class: 'button button-quiet',
          href: `#/coalitions/compare?codes=${encodeURIComponent(coalition.code)}${coalition.code === 'G7' ? ',T12' : ',G7'}`,
        },
        'Compare',
      ),
      coalition.origin === 'grouping'
        ? h(
            'a',
            {
              class: 'button button-quiet',
              href: `#/groups/${encodeURIComponent(coalition.code)}`,
            },
            'Grouping record and sources',
          )
        : null,
    ),
    h(
      'section',
      { 'aria-labelledby': 'participants-heading' },
      h('h2', { id: 'participants-heading' }, 'Participants'),
      participantsLayout,
    ),
    workstreamsTable(coalition),
    h(
      'div',
      { class: 'analysis-settings' },
      analysisControls(ctx.options, years, (options) => {
        if (options.eu !== ctx.options.eu) drawParticipants(options.eu);
        ctx = { ...ctx, options };
        void load(options);
      }),
    ),
    leverage.section,
    balance.section,
    complementarity.section,
    custom ? deleteCoalitionControl(coalition.code) : '',
  );
  announce(`${coalition.name}: ${coalition.participants.length} participants.`);
  await load(ctx.options);
}
