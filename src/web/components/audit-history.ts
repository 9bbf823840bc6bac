// Typed calls to /api/v1/audit and a proposal's history, and the words of the timeline the audit
// and proposal pages show (who created, edited, moved, commented and voted). The server answers
// only what the reader may see: entries about proposals they may not read arrive redacted.
import { api, type ResponseOf, data } from '../api/client.ts';
import type { MessageId } from '../i18n/messages.en.ts';
import type { BallotChoice, Confidentiality, ProposalState } from './governance/api-types.ts';

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

type T = (id: MessageId, values?: Record<string, string | number>) => string;

const STATES: readonly ProposalState[] = [
  'draft',
  'consultation',
  'deliberation',
  'voting',
  'adopted',
  'rejected',
  'withdrawn',
  'implementation',
];
const CONFIDENTIALITIES: readonly Confidentiality[] = [
  'public',
  'alliance',
  'members',
  'restricted',
];
const CHOICES: readonly BallotChoice[] = ['yes', 'no', 'abstain', 'object'];

const isOneOf = <K extends string>(list: readonly K[], v: unknown): v is K =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

type Detail = HistoryItem['details'][string] | undefined;

/** A detail as sent, or "?" when absent. */
const raw = (v: Detail): string => String(v ?? '?');

const stateLabel = (t: T, s: Detail): string =>
  isOneOf(STATES, s) ? t(`gov.state.${s}`) : String(s);

const choiceWord = (t: T, c: Detail): string =>
  isOneOf(CHOICES, c) ? t(`gov.event.choice.${c}`) : raw(c);

/** " (X)" after a line when the detail is there; codes and names need no translation. */
const aside = (v: Detail): string => (v ? ` (${String(v)})` : '');

/**
 * One line saying what an event did, from its type and plain details, in the reader's language
 * (`t` from useT). Names, codes and statuses the server recorded are shown as recorded.
 */
export function describeEvent(t: T, type: string, d: HistoryItem['details']): string {
  switch (type) {
    case 'proposal.created': {
      const c = d.confidentiality;
      const conf = isOneOf(CONFIDENTIALITIES, c)
        ? t(`gov.event.conf.${c}`)
        : c === undefined || c === null
          ? t('gov.event.confNotRecorded')
          : String(c);
      return t('gov.event.created', { conf });
    }
    case 'proposal.edited':
      return d.version !== undefined
        ? t('gov.event.editedVersion', { version: String(d.version) })
        : t('gov.event.edited');
    case 'proposal.moved':
      return `${t('gov.event.moved', { from: stateLabel(t, d.from), to: stateLabel(t, d.to) })}${aside(d.outcome)}`;
    case 'comment.added':
      return t('gov.event.commented');
    case 'ballot.cast':
      return t('gov.event.voted', {
        delegation: raw(d.delegation),
        choice: choiceWord(t, d.choice),
      });
    case 'ballot.changed':
      return t('gov.event.ballotChanged', {
        delegation: raw(d.delegation),
        choice: choiceWord(t, d.choice),
      });
    case 'consultation.set':
      return t('gov.event.consultationSet');
    case 'consultation.responded':
      return d.delegation
        ? t('gov.event.respondedFor', { delegation: String(d.delegation) })
        : t('gov.event.responded');
    case 'implementation.reported':
      return t('gov.event.implementation', { member: raw(d.member), status: raw(d.status) });
    case 'role.changed':
      return `${t('gov.event.role', {
        change: d.change === 'created' ? 'created' : 'changed',
        role: raw(d.role),
      })}${aside(d.delegation)}`;
    case 'workstream.saved':
      return t('gov.event.workstreamSaved', { workstream: raw(d.workstream) });
    default: {
      // Any other event: its type and plain fields as recorded, hashes left out.
      const fields = Object.entries(d)
        .filter(([k]) => !/Sha256$|^subject$/.test(k))
        .map(([k, v]) => `${k}: ${String(v)}`);
      return fields.length > 0 ? `${type} · ${fields.join(', ')}` : type;
    }
  }
}

/** Who acted, as the timeline shows it. */
export const actorLabel = (t: T, item: { actor: string; actorName: string | null }): string =>
  item.actorName ?? (item.actor === 'operator' ? t('gov.event.operator') : item.actor);
