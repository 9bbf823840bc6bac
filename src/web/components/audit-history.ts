// Typed calls to /api/v1/audit and a proposal's history, and the history timeline the proposal
// page shows (who created, edited, moved, commented and voted, and when). The server answers only
// what the reader may see: entries about proposals they may not read arrive redacted.
import { api, type ResponseOf, data } from '../api/client.ts';
import { h } from '../element.ts';
import { errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { ProposalState } from './governance/api-types.ts';
import { STATE_LABELS, when, whenExact } from './governance-labels.ts';

export type AuditPage = ResponseOf<'/api/v1/audit/log'>;
export type AuditRecord = AuditPage['items'][number];
export type RedactedAuditEntry = Extract<AuditRecord, { redacted: true }>;
export type AuditEntry = Exclude<AuditRecord, RedactedAuditEntry>;
export type AuditVerification = ResponseOf<'/api/v1/audit/verify'>;
export type AuditKey = ResponseOf<'/api/v1/audit/key'>;
export type AuditCheckpoint = ResponseOf<'/api/v1/audit/checkpoints', 'post'>;
export type HistoryItem = ResponseOf<'/api/v1/proposals/{id}/history'>['items'][number];

export const auditApi = {
  log: (after: number, limit: number, signal?: AbortSignal) =>
    data(
      api.GET('/api/v1/audit/log', {
        params: { query: { after, limit } },
        signal,
      }),
      signal,
    ),
  verify: (signal?: AbortSignal) => data(api.GET('/api/v1/audit/verify', { signal }), signal),
  key: (signal?: AbortSignal) => data(api.GET('/api/v1/audit/key', { signal }), signal),
  checkpoints: (signal?: AbortSignal) =>
    data(api.GET('/api/v1/audit/checkpoints', { signal }), signal),
  makeCheckpoint: () => data(api.POST('/api/v1/audit/checkpoints')),
  history: (proposalId: string, signal?: AbortSignal) =>
    data(
      api.GET('/api/v1/proposals/{id}/history', {
        params: { path: { id: proposalId } },
        signal,
      }),
      signal,
    ),
};

export const isRedacted = (e: AuditRecord): e is RedactedAuditEntry =>
  'redacted' in e && e.redacted;

const stateLabel = (s: unknown): string =>
  typeof s === 'string' && s in STATE_LABELS ? STATE_LABELS[s as ProposalState] : String(s);

/** One line saying what an event did, from its type and plain details. */
export function describeEvent(type: string, d: HistoryItem['details']): string {
  switch (type) {
    case 'proposal.created':
      return `Created (${String(d.confidentiality ?? 'confidentiality not recorded')})`;
    case 'proposal.edited':
      return d.version !== undefined ? `Edited: version ${String(d.version)}` : 'Edited';
    case 'proposal.moved':
      return `Moved from ${stateLabel(d.from)} to ${stateLabel(d.to)}${d.outcome ? ` (${String(d.outcome)})` : ''}`;
    case 'comment.added':
      return 'Commented';
    case 'ballot.cast':
      return `Voted for ${String(d.delegation ?? '?')}: ${String(d.choice ?? '?')}`;
    case 'ballot.changed':
      return `Changed the ballot of ${String(d.delegation ?? '?')} to ${String(d.choice ?? '?')}`;
    case 'consultation.set':
      return 'Set the consultation questions';
    case 'consultation.responded':
      return `Answered the consultation${d.delegation ? ` for ${String(d.delegation)}` : ''}`;
    case 'implementation.reported':
      return `Reported implementation for ${String(d.member ?? '?')}: ${String(d.status ?? '?')}`;
    case 'role.changed':
      return `Account ${d.change === 'created' ? 'created' : 'role changed'}: ${String(d.role ?? '?')}${d.delegation ? ` (${String(d.delegation)})` : ''}`;
    case 'workstream.saved':
      return `Workstream ${String(d.workstream ?? '?')} saved`;
    default: {
      // Any other event: its plain fields, hashes left out.
      const fields = Object.entries(d)
        .filter(([k]) => !/Sha256$|^subject$/.test(k))
        .map(([k, v]) => `${k}: ${String(v)}`);
      return fields.length > 0 ? `${type} · ${fields.join(', ')}` : type;
    }
  }
}

/** Who acted, as the timeline shows it. */
export const actorLabel = (item: { actor: string; actorName: string | null }): string =>
  item.actorName ?? (item.actor === 'operator' ? 'the operator' : item.actor);

/** The proposal page's history section: fetched on its own, so a failure leaves the page intact. */
export function historySection(proposalId: string, signal: AbortSignal): HTMLElement {
  const body = h('div', {}, loadingBlock('the history'));
  const section = h(
    'section',
    { class: 'gov-section', 'aria-labelledby': 'history-heading', id: 'history' },
    h('h2', { id: 'history-heading' }, 'History'),
    h(
      'p',
      { class: 'field-hint' },
      'From the signed governance event log: who did what, and when. ',
      h('a', { href: '#/audit' }, 'The whole log and its verification'),
      '.',
    ),
    body,
  );
  auditApi
    .history(proposalId, signal)
    .then(({ items }) => {
      if (items.length === 0) {
        body.replaceChildren(h('p', {}, 'No recorded events yet.'));
        return;
      }
      body.replaceChildren(
        h(
          'ol',
          { class: 'audit-timeline', id: 'proposal-history' },
          ...items.map((i) =>
            h(
              'li',
              { class: 'audit-timeline-item', 'data-type': i.type },
              h('time', { datetime: i.at, title: whenExact(i.at) }, when(i.at)),
              ' ',
              h('span', { class: 'audit-event' }, describeEvent(i.type, i.details)),
              ' — ',
              h('span', { class: 'audit-actor' }, actorLabel(i)),
              ' ',
              h('span', { class: 'audit-seq' }, `#${i.seq}`),
            ),
          ),
        ),
      );
    })
    .catch((e: unknown) => {
      if (!isAbort(e)) body.replaceChildren(errorBlock('The history could not be shown', e));
    });
  return section;
}
