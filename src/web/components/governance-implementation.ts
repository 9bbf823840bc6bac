// A member delegation's report on implementing an adopted proposal: status, evidence link and the
// day it describes (POST /api/v1/proposals/:id/implementation); the commitments page shows them all.
import { api, type RequestBodyOf, data } from '../api/client.ts';
import './governance/governance.css';

export type CommitmentStatus = RequestBodyOf<
  '/api/v1/proposals/{id}/implementation',
  'post'
>['status'];
import { h } from '../element.ts';
import type { ProposalView } from './governance/api-types.ts';
import { announce, errorBlock } from '../page-status.ts';

export const COMMITMENT_STATUS_LABELS: Readonly<Record<CommitmentStatus, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  will_not_implement: 'Will not implement',
};

/** The status as a coloured badge (the badge names it: never colour alone). */
export function commitmentBadge(status: CommitmentStatus): HTMLElement {
  return h(
    'span',
    { class: `badge gov-commitment gov-commitment-${status}`, 'data-status': status },
    COMMITMENT_STATUS_LABELS[status],
  );
}

export const reportImplementation = (
  id: string,
  body: RequestBodyOf<'/api/v1/proposals/{id}/implementation', 'post'>,
) => data(api.POST('/api/v1/proposals/{id}/implementation', { params: { path: { id } }, body }));

const today = (): string => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The report form, or null when the reader may not report on this proposal. */
export function implementationSection(
  p: ProposalView,
  blocked: string | null,
  delegation: string | null,
): HTMLElement | null {
  if (!p.can.report || blocked) return null;
  const status = h(
    'select',
    { id: 'report-status' },
    (Object.keys(COMMITMENT_STATUS_LABELS) as CommitmentStatus[]).map((s) =>
      h('option', { value: s }, COMMITMENT_STATUS_LABELS[s]),
    ),
  );
  const evidence = h('input', {
    type: 'url',
    id: 'report-evidence',
    maxlength: 2000,
    placeholder: 'https://example.gov/report',
    'aria-describedby': 'report-evidence-hint',
  });
  const date = h('input', { type: 'date', id: 'report-date', value: today(), required: true });
  const note = h('div', { 'aria-live': 'polite', id: 'report-result' });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Report');
  const form = h(
    'form',
    { class: 'gov-form gov-report-form', novalidate: true, 'aria-label': 'Implementation report' },
    h('div', { class: 'field' }, h('label', { for: 'report-status' }, 'Status'), status),
    h(
      'div',
      { class: 'field field-wide' },
      h('label', { for: 'report-evidence' }, 'Evidence (a public link, optional)'),
      evidence,
    ),
    h('div', { class: 'field' }, h('label', { for: 'report-date' }, 'As of'), date),
    h('div', { class: 'button-row' }, submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!date.value) {
      note.replaceChildren(h('p', { class: 'field-error' }, 'Give the day the report describes.'));
      return;
    }
    const url = evidence.value.trim();
    submit.disabled = true;
    note.replaceChildren();
    reportImplementation(p.id, {
      status: status.value as CommitmentStatus,
      ...(url ? { evidenceUrl: url } : {}),
      date: date.value,
    })
      .then((r) => {
        announce(`Reported: ${COMMITMENT_STATUS_LABELS[r.status]} as of ${r.date}.`);
        note.replaceChildren(
          h(
            'p',
            { class: 'notice notice-success' },
            `Reported for ${r.member}: `,
            commitmentBadge(r.status),
            ` as of ${r.date}. `,
            h('a', { href: '#/commitments' }, 'All commitments'),
          ),
        );
      })
      .catch((err: unknown) => note.replaceChildren(errorBlock('The report was not saved', err)))
      .finally(() => (submit.disabled = false));
  });
  return h(
    'section',
    {
      class: 'gov-section gov-implementation card',
      id: 'implementation',
      'aria-labelledby': 'implementation-heading',
    },
    h('h2', { id: 'implementation-heading' }, 'Implementation'),
    h(
      'p',
      { class: 'field-hint', id: 'report-evidence-hint' },
      `Report where ${delegation ?? 'your delegation'} stands on implementing this proposal. A later report replaces an earlier one on the `,
      h('a', { href: '#/commitments' }, 'commitments dashboard'),
      '.',
    ),
    form,
    note,
  );
}
