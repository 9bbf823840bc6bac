// What an entry of the governance event log is about, and who may read it. The subject is part of
// the signed payload (`subject`, or for entries written before subjects existed, the payload's
// `proposal` / `account` field), so the rule that hides an entry cannot be changed without
// breaking the chain. Entries about a proposal are read like the proposal itself (`canSee`).
import { can, canSee, type Principal, type Visibility } from '../accounts/access.ts';

/** The kinds of subject; anything else is read by the secretariat only. */
export type AuditSubject =
  | { kind: 'proposal'; id: string }
  | { kind: 'account'; id: string }
  | { kind: 'workstream'; id: string }
  /** A screening decision on an entity: read by those who see decisions (`screening:decide`). */
  | { kind: 'screening'; id: string }
  | { kind: 'secretariat' }
  | { kind: 'unknown'; text: string };

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Reads `proposal:<id>`, `account:<id>`, `workstream:<code>`, `screening:<entity>`, `secretariat`. */
export function parseAuditSubject(text: string): AuditSubject {
  if (text === 'secretariat') return { kind: 'secretariat' };
  const m = /^(proposal|account|workstream|screening):(.+)$/.exec(text);
  if (m && !CONTROL.test(m[2]!))
    return { kind: m[1] as 'proposal' | 'account' | 'workstream' | 'screening', id: m[2]! };
  return { kind: 'unknown', text };
}

/** Whether `text` is a subject the log knows (`parseAuditSubject` does not answer `unknown`). */
export const isKnownAuditSubject = (text: string): boolean =>
  text.length <= 200 && parseAuditSubject(text).kind !== 'unknown';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The subject of an entry, from its type and payload: the payload's `subject` when it has one;
 * else its `proposal` or `proposalId` (`proposal:<id>`); else, for `role.changed` and `account.*`, its `account`;
 * else, for `screening.*`, its `entity`; else, for `workstream.saved`, the workstream's code;
 * else null (every reader of the log).
 */
export function auditSubjectOf(type: string, payload: unknown): string | null {
  if (!isRecord(payload)) return null;
  if (typeof payload.subject === 'string') return payload.subject;
  if (typeof payload.proposal === 'string') return `proposal:${payload.proposal}`;
  // `implementation.reported` entries written before subjects existed name it `proposalId`.
  if (typeof payload.proposalId === 'string') return `proposal:${payload.proposalId}`;
  if (
    (type === 'role.changed' || type.startsWith('account.')) &&
    typeof payload.account === 'string'
  )
    return `account:${payload.account}`;
  if (type.startsWith('screening.') && typeof payload.entity === 'string')
    return `screening:${payload.entity}`;
  if (type === 'workstream.saved') {
    const w = payload.workstream;
    const code = typeof w === 'string' ? w : isRecord(w) ? w.code : undefined;
    if (typeof code === 'string') return `workstream:${code}`;
  }
  return null;
}

/** `auditSubjectOf` for a stored payload (canonical JSON text); unreadable text: `secretariat`. */
export function auditSubjectOfText(type: string, payload: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return 'secretariat';
  }
  return auditSubjectOf(type, value);
}

const isSecretariat = (p: Principal): boolean =>
  p.kind === 'operator' || (p.kind === 'account' && p.role === 'secretariat');

/**
 * Whether the caller may read an entry about `subject`. `proposal` is the proposal's visibility
 * (null when it no longer exists: the secretariat only). Entries without a subject and about a
 * workstream are read by every reader of the log; about an account, by that account and the
 * secretariat; about a screening decision, by those who see decisions (`screening:decide`);
 * `secretariat` and unknown subjects, by the secretariat and the operator.
 */
export function canReadAuditSubject(
  principal: Principal,
  subject: string | null,
  proposal: (id: string) => Visibility | null,
): boolean {
  if (subject === null) return true;
  if (isSecretariat(principal)) return true;
  const s = parseAuditSubject(subject);
  switch (s.kind) {
    case 'proposal': {
      const v = proposal(s.id);
      return v !== null && canSee(principal, v);
    }
    case 'account':
      return principal.kind === 'account' && principal.accountId === s.id;
    case 'workstream':
      return true;
    case 'screening':
      return can(principal, 'screening:decide').allowed;
    case 'secretariat':
    case 'unknown':
      return false;
  }
}
