// Workstreams: each with its decision rule and its participating delegations' rights; the
// secretariat creates and edits them here (PUT /api/v1/workstreams/:code).
import { describeRule } from '../../core/governance/decision-rule.ts';
import { governanceApi } from '../components/governance-api.ts';
import { RIGHT_LABELS } from '../components/governance-labels.ts';
import { workstreamForm } from '../components/governance-workstream-form.ts';
import { h } from '../element.ts';
import type { Workstream } from '../governance-types.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { canWrite, currentUser } from '../session.ts';

function workstreamCard(w: Workstream, edit: (() => void) | null): HTMLElement {
  return h(
    'article',
    { class: 'card gov-workstream', 'data-workstream': w.code, 'aria-labelledby': `ws-${w.code}` },
    h(
      'div',
      { class: 'gov-card-head' },
      h('h2', { id: `ws-${w.code}` }, w.name, ' ', h('span', { class: 'code muted' }, w.code)),
      edit
        ? h(
            'button',
            { type: 'button', class: 'button button-quiet button-small', onClick: edit },
            'Edit',
          )
        : null,
    ),
    w.description ? h('p', {}, w.description) : null,
    h(
      'p',
      { class: 'gov-rule-line' },
      h('strong', {}, 'Decision rule: '),
      w.decisionRule ? describeRule(w.decisionRule) : 'none (each proposal names its own)',
    ),
    w.participants.length
      ? h(
          'div',
          { class: 'table-scroll gov-table' },
          h(
            'table',
            { class: 'data-table gov-rights-table' },
            h('caption', { class: 'visually-hidden' }, `Delegations in ${w.name} and their rights`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Delegation'),
                h('th', { scope: 'col' }, 'Rights'),
              ),
            ),
            h(
              'tbody',
              {},
              w.participants.map((p) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row', class: 'code' }, p.delegation),
                  h('td', {}, p.rights.map((r) => RIGHT_LABELS[r]).join(', ')),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No delegation takes part yet.'),
    h(
      'p',
      {},
      h('a', { href: `#/proposals?workstream=${encodeURIComponent(w.code)}` }, 'Its proposals'),
    ),
  );
}

export async function workstreamsPage({ root, signal }: PageContext): Promise<void> {
  document.title = 'Workstreams — techalliance';
  const body = h('div', {}, loadingBlock('workstreams'));
  const actions = h('div', { class: 'page-actions' });
  root.append(
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/proposals' }, 'Proposals'), ' / Workstreams'),
    h('h1', { tabindex: '-1' }, 'Workstreams'),
    h(
      'p',
      { class: 'lede' },
      'Proposals are made, discussed and decided within a workstream: its decision rule applies unless a proposal names its own, and its delegations hold the rights to read, propose, comment, answer consultations and vote.',
    ),
    actions,
    body,
  );
  let items: Workstream[];
  let admin = false;
  try {
    const [list, me] = await Promise.all([governanceApi.workstreams(signal), currentUser()]);
    items = list.items;
    admin = me.account?.role === 'secretariat' && canWrite(me);
  } catch (e) {
    if (isAbort(e)) return;
    body.replaceChildren(
      errorBlock('The workstreams could not be loaded', e, () => location.reload()),
    );
    return;
  }

  const render = (editing: string | null, focus?: string): void => {
    const cards = items.map((w) =>
      editing === w.code
        ? workstreamForm({
            initial: w,
            taken: items.map((x) => x.code),
            saved: (saved) => {
              items = items.map((x) => (x.code === saved.code ? saved : x));
              announce(`${saved.name} saved.`);
              render(null, saved.code);
            },
            cancel: () => render(null, w.code),
          })
        : workstreamCard(w, admin ? () => render(w.code) : null),
    );
    const creating = editing === '';
    body.replaceChildren(
      h(
        'div',
        {},
        creating
          ? workstreamForm({
              initial: null,
              taken: items.map((x) => x.code),
              saved: (saved) => {
                items = [...items, saved].sort((a, b) => a.code.localeCompare(b.code));
                announce(`${saved.name} created.`);
                render(null, saved.code);
              },
              cancel: () => render(null),
            })
          : null,
      ),
      items.length
        ? h('div', { class: 'gov-workstream-list' }, cards)
        : h('p', { class: 'muted' }, 'No workstream yet.'),
    );
    actions.replaceChildren(
      ...(admin && !creating
        ? [
            h(
              'button',
              { type: 'button', class: 'button', onClick: () => render('') },
              'New workstream',
            ),
          ]
        : []),
    );
    if (editing !== null) {
      body.querySelector<HTMLInputElement>('form input:not([readonly])')?.focus();
    } else if (focus) {
      const heading = body.querySelector<HTMLElement>(`[data-workstream="${focus}"] h2`);
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    }
  };
  render(null);
  if (!admin)
    actions.replaceChildren(
      h(
        'p',
        { class: 'field-hint' },
        'The secretariat creates and edits workstreams. ',
        h('a', { href: '#/login?next=/workstreams' }, 'Sign in'),
        ' as the secretariat to do so.',
      ),
    );
}
