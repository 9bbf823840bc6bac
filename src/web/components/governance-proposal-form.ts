// The form for a new draft proposal: title, text, confidentiality (with the delegations of a
// restricted one) and the workstream it is proposed in (POST /api/v1/proposals).
import { CONFIDENTIALITY_LEVELS } from '../../core/governance/proposal.ts';
import { h } from '../element.ts';
import type { Confidentiality, Me, Proposal, Workstream } from '../governance-types.ts';
import { errorBlock } from '../page-status.ts';
import { governanceApi } from './governance-api.ts';
import { CONFIDENTIALITY_HINTS, CONFIDENTIALITY_LABELS } from './governance-labels.ts';

/** The workstreams `me` may propose in (the secretariat: all). */
export function proposableWorkstreams(me: Me, workstreams: readonly Workstream[]): Workstream[] {
  const a = me.account;
  if (!a) return [];
  if (a.role === 'secretariat') return [...workstreams];
  if (a.role !== 'member_delegate' && a.role !== 'partner_delegate') return [];
  return workstreams.filter((w) =>
    w.participants.some((p) => p.delegation === a.delegation && p.rights.includes('propose')),
  );
}

export function proposalForm(
  me: Me,
  workstreams: readonly Workstream[],
  created: (p: Proposal) => void,
  cancel: () => void,
): HTMLElement {
  const secretariat = me.account?.role === 'secretariat';
  const mine = proposableWorkstreams(me, workstreams);
  const title = h('input', { type: 'text', id: 'new-title', required: true, maxlength: 200 });
  const text = h('textarea', { id: 'new-text', rows: 10, required: true });
  const confidentiality = h(
    'select',
    { id: 'new-confidentiality', 'aria-describedby': 'new-confidentiality-hint' },
    CONFIDENTIALITY_LEVELS.map((c) => h('option', { value: c }, CONFIDENTIALITY_LABELS[c])),
  );
  confidentiality.value = 'alliance';
  const confidentialityHint = h('span', { class: 'field-hint', id: 'new-confidentiality-hint' });
  const restrictedTo = h('input', {
    type: 'text',
    id: 'new-restricted',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'DEU, FRA, JPN',
    'aria-describedby': 'new-restricted-hint',
  });
  const restrictedField = h(
    'div',
    { class: 'field field-wide', hidden: true },
    h('label', { for: 'new-restricted' }, 'Seen by'),
    restrictedTo,
    h(
      'span',
      { class: 'field-hint', id: 'new-restricted-hint' },
      'Delegation codes, separated by commas',
    ),
  );
  const workstream = h(
    'select',
    { id: 'new-workstream' },
    secretariat ? h('option', { value: '' }, 'None') : null,
    mine.map((w) => h('option', { value: w.code }, `${w.name} (${w.code})`)),
  );
  const syncConfidentiality = (): void => {
    const c = confidentiality.value as Confidentiality;
    confidentialityHint.textContent = `Seen by ${CONFIDENTIALITY_HINTS[c]}`;
    restrictedField.hidden = c !== 'restricted';
  };
  confidentiality.addEventListener('change', syncConfidentiality);
  syncConfidentiality();

  const status = h('div', { 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Create the draft');
  const form = h(
    'form',
    { class: 'gov-form gov-new-proposal card', novalidate: true, id: 'new-proposal' },
    h('h2', { id: 'new-proposal-heading' }, 'New proposal'),
    h(
      'p',
      { class: 'field-hint' },
      'It starts as a draft that only your delegation and the secretariat see; the secretariat opens it for consultation or deliberation.',
    ),
    h('div', { class: 'field gov-field-full' }, h('label', { for: 'new-title' }, 'Title'), title),
    h('div', { class: 'field gov-field-full' }, h('label', { for: 'new-text' }, 'Text'), text),
    h(
      'div',
      { class: 'controls' },
      h('div', { class: 'field' }, h('label', { for: 'new-workstream' }, 'Workstream'), workstream),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'new-confidentiality' }, 'Confidentiality'),
        confidentiality,
        confidentialityHint,
      ),
      restrictedField,
    ),
    h(
      'div',
      { class: 'button-row' },
      submit,
      h('button', { type: 'button', class: 'button button-quiet', onClick: cancel }, 'Cancel'),
    ),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const c = confidentiality.value as Confidentiality;
    const codes = restrictedTo.value
      .split(/[\s,;]+/)
      .map((x) => x.trim().toUpperCase())
      .filter(Boolean);
    const problems = [
      title.value.trim() ? null : 'Give a title.',
      text.value.trim() ? null : 'Give the text.',
      c === 'restricted' && codes.length === 0 ? 'Name the delegations who may see it.' : null,
      !secretariat && !workstream.value ? 'Choose a workstream.' : null,
    ].filter((x): x is string => x !== null);
    if (problems.length) {
      status.replaceChildren(h('p', { class: 'field-error', role: 'alert' }, problems.join(' ')));
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    governanceApi
      .create({
        title: title.value.trim(),
        text: text.value,
        confidentiality: c,
        ...(c === 'restricted' ? { restrictedTo: codes } : {}),
        workstream: workstream.value || null,
      })
      .then(created)
      .catch((err: unknown) =>
        status.replaceChildren(errorBlock('The proposal could not be created', err)),
      )
      .finally(() => (submit.disabled = false));
  });
  return form;
}
