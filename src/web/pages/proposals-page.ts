// Proposals: those the reader may see, newest first, filtered by state and workstream or searched
// in titles and texts (kept in the URL); a "New proposal" form for those who may propose.
import { PROPOSAL_STATES } from '../../core/governance/proposal.ts';
import { governanceApi } from '../components/governance-api.ts';
import {
  confidentialityBadge,
  STATE_LABELS,
  stateBadge,
  when,
} from '../components/governance-labels.ts';
import { proposableWorkstreams, proposalForm } from '../components/governance-proposal-form.ts';
import { h } from '../element.ts';
import type { Me, ProposalState, ProposalSummary, Workstream } from '../governance-types.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';
import { canWrite, currentUser, signInHref } from '../session.ts';

function proposalItem(p: ProposalSummary, workstreams: ReadonlyMap<string, Workstream>) {
  const w = p.workstream ? workstreams.get(p.workstream) : undefined;
  return h(
    'li',
    { class: 'card gov-proposal-item', 'data-proposal': p.id },
    h(
      'h2',
      { class: 'gov-proposal-title' },
      h('a', { href: `#/proposals/${encodeURIComponent(p.id)}` }, p.title),
    ),
    h(
      'p',
      { class: 'gov-badges' },
      stateBadge(p.state),
      ' ',
      confidentialityBadge(p.confidentiality, p.restrictedTo),
    ),
    h(
      'p',
      { class: 'field-hint' },
      [
        w ? w.name : p.workstream ? p.workstream : 'no workstream',
        p.authorDelegation ? `proposed by ${p.authorDelegation}` : null,
        `version ${p.version}`,
        `updated ${when(p.updatedAt)}`,
      ]
        .filter(Boolean)
        .join(' · '),
    ),
  );
}

export async function proposalsPage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Proposals — techalliance';
  const stateSel = h(
    'select',
    { id: 'filter-state' },
    h('option', { value: '' }, 'Any state'),
    PROPOSAL_STATES.map((s) => h('option', { value: s }, STATE_LABELS[s])),
  );
  const initialState = query.get('state') ?? '';
  stateSel.value = (PROPOSAL_STATES as readonly string[]).includes(initialState)
    ? initialState
    : '';
  const wsSel = h('select', { id: 'filter-workstream' }, h('option', { value: '' }, 'Any'));
  const search = h('input', {
    type: 'search',
    id: 'filter-q',
    value: query.get('q') ?? '',
    maxlength: 200,
    autocomplete: 'off',
  });
  const filters = h(
    'form',
    { class: 'controls gov-filters', role: 'search', 'aria-label': 'Filter proposals' },
    h(
      'div',
      { class: 'field field-narrow' },
      h('label', { for: 'filter-state' }, 'State'),
      stateSel,
    ),
    h('div', { class: 'field' }, h('label', { for: 'filter-workstream' }, 'Workstream'), wsSel),
    h(
      'div',
      { class: 'field field-wide' },
      h('label', { for: 'filter-q' }, 'Search titles and texts'),
      search,
    ),
    h(
      'div',
      { class: 'field field-action' },
      h('button', { type: 'submit', class: 'button button-quiet' }, 'Search'),
    ),
  );
  const count = h('p', { class: 'result-count', 'aria-live': 'polite' });
  const list = h('div', {}, loadingBlock('proposals'));
  const newSlot = h('div', {});
  const actions = h('div', { class: 'page-actions' });
  root.append(
    h('h1', { tabindex: '-1' }, 'Proposals'),
    h(
      'p',
      { class: 'lede' },
      'Texts put to the alliance’s delegations: drafted, opened for consultation, deliberated and amended, then voted on under the workstream’s decision rule. Each vote’s tally explains itself threshold by threshold. ',
      h('a', { href: '#/workstreams' }, 'Workstreams and their rules'),
      '.',
    ),
    actions,
    newSlot,
    filters,
    count,
    list,
  );

  let workstreams: Workstream[] = [];
  let me: Me;
  try {
    [workstreams, me] = await Promise.all([
      governanceApi.workstreams(signal).then((r) => r.items),
      currentUser(),
    ]);
  } catch (e) {
    if (isAbort(e)) return;
    list.replaceChildren(
      errorBlock('The workstreams could not be loaded', e, () => location.reload()),
    );
    return;
  }
  const byCode = new Map(workstreams.map((w) => [w.code, w]));
  wsSel.append(...workstreams.map((w) => h('option', { value: w.code }, w.name)));
  wsSel.value = byCode.has(query.get('workstream') ?? '') ? query.get('workstream')! : '';

  // --- New proposal -----------------------------------------------------------------------
  const proposable = proposableWorkstreams(me, workstreams);
  const mayPropose =
    canWrite(me) &&
    (me.account?.role === 'secretariat' ||
      ((me.account?.role === 'member_delegate' || me.account?.role === 'partner_delegate') &&
        proposable.length > 0));
  const openButton = h(
    'button',
    {
      type: 'button',
      class: 'button',
      id: 'new-proposal-open',
      onClick: () => {
        openButton.hidden = true;
        newSlot.replaceChildren(
          proposalForm(
            me,
            workstreams,
            (p) => {
              announce(`Draft “${p.title}” created.`);
              window.location.hash = `#/proposals/${encodeURIComponent(p.id)}`;
            },
            () => {
              newSlot.replaceChildren();
              openButton.hidden = false;
              openButton.focus();
            },
          ),
        );
        newSlot.querySelector<HTMLInputElement>('#new-title')?.focus();
      },
    },
    'New proposal',
  );
  if (mayPropose) actions.replaceChildren(openButton);
  else if (me.kind !== 'account')
    actions.replaceChildren(
      h(
        'p',
        { class: 'field-hint' },
        h('a', { href: signInHref() }, 'Sign in'),
        ' to see the proposals of the alliance and to propose, comment and vote.',
      ),
    );

  // --- The list ---------------------------------------------------------------------------
  let sequence = 0;
  const load = async (): Promise<void> => {
    const mine = ++sequence;
    const filter = {
      state: stateSel.value as ProposalState | '',
      workstream: wsSel.value,
      q: search.value.trim(),
    };
    replaceQuery({ state: filter.state, workstream: filter.workstream, q: filter.q });
    list.setAttribute('aria-busy', 'true');
    try {
      const { items } = await governanceApi.proposals(filter, signal);
      if (mine !== sequence) return;
      const filtered = Boolean(filter.state || filter.workstream || filter.q);
      const n = `${items.length} proposal${items.length === 1 ? '' : 's'}`;
      count.textContent = filtered ? `${n} ${items.length === 1 ? 'matches' : 'match'}.` : `${n}.`;
      list.replaceChildren(
        items.length
          ? h(
              'ol',
              { class: 'gov-proposal-list' },
              items.map((p) => proposalItem(p, byCode)),
            )
          : h(
              'p',
              { class: 'muted' },
              filtered ? 'No proposal you may see matches.' : 'No proposal you may see yet.',
            ),
      );
    } catch (e) {
      if (isAbort(e) || mine !== sequence) return;
      list.replaceChildren(errorBlock('The proposals could not be loaded', e, () => void load()));
    } finally {
      if (mine === sequence) list.removeAttribute('aria-busy');
    }
  };
  stateSel.addEventListener('change', () => void load());
  wsSel.addEventListener('change', () => void load());
  filters.addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  await load();
}
