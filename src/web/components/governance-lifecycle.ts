// The secretariat's lifecycle controls on a proposal: one small form per state it may go to next
// (TRANSITIONS of core), with the window of a consultation or a vote; the API checks the
// preconditions and its 409 message says which one failed.
import { TRANSITIONS } from '../../core/governance/proposal.ts';
import { h } from '../element.ts';
import type { ProposalState, ProposalView, TimeWindow } from '../governance-types.ts';
import { announce, errorBlock } from '../page-status.ts';
import { governanceApi } from './governance-api.ts';
import { localInputToIso, STATE_LABELS, toLocalInput, whenExact } from './governance-labels.ts';

const DAY = 24 * 3600 * 1000;

const ACTIONS: Readonly<Record<ProposalState, string>> = {
  draft: 'Back to draft',
  consultation: 'Open the consultation',
  deliberation: 'Move to deliberation',
  voting: 'Open the vote',
  adopted: 'Record: adopted',
  rejected: 'Record: rejected',
  withdrawn: 'Withdraw the proposal',
  implementation: 'Start implementation',
};

/** Days a new window lasts by default. */
const DEFAULT_DAYS: Partial<Record<ProposalState, number>> = { consultation: 14, voting: 7 };

function hint(p: ProposalView, to: ProposalState): string {
  switch (to) {
    case 'consultation':
      return 'Members, partners and stakeholders admitted to the workstream answer within the window.';
    case 'deliberation':
      return p.state === 'consultation' && p.consultationWindow
        ? `Once the consultation has closed (${whenExact(p.consultationWindow.closesAt)}).`
        : 'The delegations discuss and amend the text.';
    case 'voting':
      return 'The member delegations with the vote right vote within the window, under the decision rule.';
    case 'adopted':
    case 'rejected':
      return p.votingWindow
        ? `Once the vote has closed (${whenExact(p.votingWindow.closesAt)}), as the final tally says.`
        : 'Once the vote has closed, as the final tally says.';
    case 'withdrawn':
      return 'Final: the proposal is taken back before a decision.';
    case 'implementation':
      return 'The members report how they implement it.';
    case 'draft':
      return '';
  }
}

function moveForm(p: ProposalView, to: ProposalState, moved: () => Promise<void>): HTMLElement {
  const days = DEFAULT_DAYS[to];
  const now = new Date();
  const opens = h('input', {
    type: 'datetime-local',
    id: `move-${to}-opens`,
    step: 1,
    value: toLocalInput(now),
  });
  const closes = h('input', {
    type: 'datetime-local',
    id: `move-${to}-closes`,
    step: 1,
    value: toLocalInput(new Date(now.getTime() + (days ?? 0) * DAY)),
  });
  const status = h('div', { 'aria-live': 'polite' });
  const confirmBox =
    to === 'withdrawn' ? h('input', { type: 'checkbox', id: `move-${to}-confirm` }) : null;
  const submit = h(
    'button',
    {
      type: 'submit',
      class: `button ${to === 'withdrawn' || to === 'rejected' ? 'button-quiet' : ''}`,
      'data-move': to,
    },
    ACTIONS[to],
  );
  const form = h(
    'form',
    { class: 'gov-move card', 'data-to': to, novalidate: true },
    h('h3', {}, `→ ${STATE_LABELS[to]}`),
    h('p', { class: 'field-hint' }, hint(p, to)),
    days !== undefined
      ? h(
          'fieldset',
          { class: 'gov-window' },
          h('legend', {}, to === 'voting' ? 'Voting window' : 'Consultation window'),
          h(
            'div',
            { class: 'controls' },
            h('div', { class: 'field' }, h('label', { for: opens.id }, 'Opens'), opens),
            h('div', { class: 'field' }, h('label', { for: closes.id }, 'Closes'), closes),
          ),
          h(
            'p',
            { class: 'field-hint' },
            `Your time zone (${Intl.DateTimeFormat().resolvedOptions().timeZone}).`,
          ),
        )
      : null,
    confirmBox
      ? h(
          'div',
          { class: 'field check-inline' },
          confirmBox,
          h('label', { for: confirmBox.id }, 'Yes, withdraw it'),
        )
      : null,
    h('div', { class: 'button-row' }, submit),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    let span: TimeWindow | undefined;
    if (days !== undefined) {
      const o = localInputToIso(opens.value);
      const c = localInputToIso(closes.value);
      if (!o || !c) {
        status.replaceChildren(
          h('p', { class: 'field-error' }, 'Give when the window opens and closes.'),
        );
        return;
      }
      span = { opensAt: o, closesAt: c };
    }
    if (confirmBox && !confirmBox.checked) {
      status.replaceChildren(
        h('p', { class: 'field-error' }, 'Tick “Yes, withdraw it” to confirm: this is final.'),
      );
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    governanceApi
      .transition(p.id, { to, ...(span ? { window: span } : {}) })
      .then(async (next) => {
        announce(`The proposal is now in ${STATE_LABELS[next.state].toLowerCase()}.`);
        await moved();
      })
      .catch((err: unknown) =>
        status.replaceChildren(errorBlock(`The proposal could not go to ${to}`, err)),
      )
      .finally(() => (submit.disabled = false));
  });
  return form;
}

/** The next states the proposal may go to, each as a form; empty when its state is final. */
export function lifecycleSection(p: ProposalView, moved: () => Promise<void>): HTMLElement {
  const next = TRANSITIONS[p.state];
  return h(
    'section',
    { class: 'gov-section gov-lifecycle', 'aria-labelledby': 'lifecycle-heading', id: 'lifecycle' },
    h('h2', { id: 'lifecycle-heading' }, 'Lifecycle'),
    next.length === 0
      ? h('p', { class: 'muted' }, `${STATE_LABELS[p.state]} is final: no further step.`)
      : h(
          'div',
          { class: 'gov-moves' },
          next.map((to) => moveForm(p, to, moved)),
        ),
  );
}
