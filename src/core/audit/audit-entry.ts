// The governance event log's entry and the exact text that is hashed and signed (docs/audit-log.md
// gives the same recipe for members who verify with their own tools). Hashing and signing need
// node:crypto, so they live in services/audit-log.ts; this module is the pure part.
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { issuesOf } from '../parse-input.ts';

/** `prevHash` of entry 1: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** The signature algorithm of the log. */
export const AUDIT_SIGNATURE_ALGORITHM = 'Ed25519';

/**
 * The event types the governance module records. `type` is any dotted lower-case name
 * (`proposal.created`); these are the ones the issue names, to keep the vocabulary shared.
 */
export const GOVERNANCE_EVENT_TYPES = [
  'proposal.created',
  'proposal.edited',
  'proposal.moved',
  'ballot.cast',
  'ballot.changed',
  'comment.added',
  'consultation.responded',
  'rule.changed',
  'role.changed',
  'participant.changed',
  'workstream.saved',
  'consultation.set',
  'implementation.reported',
  'account.disabled',
  'account.enabled',
  'account.password_changed',
  'account.sessions_ended',
  'screening.decided',
  'control.linked',
  'control.unlinked',
  'standards.tag_saved',
  'standards.tag_deleted',
  'standards.watch_set',
  'standards.alert_acknowledged',
  'standards.coordination_recorded',
  'standards.coordination_updated',
  'misuse.case_recorded',
  'misuse.case_updated',
  'misuse.technology_control_saved',
  'misuse.technology_control_deleted',
  'policy.instrument_saved',
  'policy.topic_saved',
  'policy.topic_deleted',
  'position.issue_saved',
  'position.agreed_set',
  'position.recorded',
  'position.withdrawn',
  'divergence.state_changed',
  'alert.acknowledged',
  'webhook.added',
  'webhook.removed',
  'conversation.created',
  'conversation.open_set',
  'conversation.statement_added',
  'conversation.moderated',
  'conversation.voted',
] as const;

/**
 * What a caller records: who did what, with the details as a JSON value. The log is readable by
 * every signed-in account (filtered by `subject`), so the payload holds ids, codes, states and
 * hashes only — never titles, e-mail addresses or other free text: give those in `salted`.
 */
export interface AuditEvent {
  /** Who acted: an account, a member code, `cli:<user>`; no control characters. */
  actor: string;
  /** Dotted lower-case name, e.g. `ballot.cast` (see GOVERNANCE_EVENT_TYPES). */
  type: string;
  /** Any canonical-JSON-able value (plain objects, arrays, strings, finite numbers, booleans, null). */
  payload: unknown;
  /** ISO 8601 UTC time (`2026-11-29T10:00:00.000Z`); default: now, taken when the entry is appended. */
  at?: string;
  /**
   * What the entry is about, which decides who reads it (core/audit/audit-subject.ts):
   * `proposal:<id>`, `account:<id>`, `workstream:<code>`, `secretariat`. Written into the payload
   * as `subject`, so the hash covers it. Default: derived from the payload (`proposal`, or
   * `account` for `role.changed`/`account.*`); none: every reader of the log sees the entry.
   */
  subject?: string;
  /**
   * Values recorded only as salted hashes: each `name: value` becomes `${name}SaltedSha256` in the
   * payload, the HMAC-SHA256 of the value's canonical JSON keyed with a fresh random salt that is
   * kept outside the log (table `audit_salts`), so a short answer cannot be guessed by hashing
   * candidates. A payload object is required.
   */
  salted?: Record<string, unknown>;
}

/** One entry of the log, as stored, exported (one JSON line each) and served by the API. */
export interface AuditEntry {
  /** 1, 2, 3, … without gaps. */
  seq: number;
  /** ISO 8601 UTC time. */
  at: string;
  actor: string;
  type: string;
  /** The payload's canonical JSON text (RFC 8785), exactly the bytes `payloadHash` hashes. */
  payload: string;
  /** SHA-256 of the UTF-8 payload text, lower-case hex. */
  payloadHash: string;
  /** `hash` of the entry before (GENESIS_HASH for entry 1). */
  prevHash: string;
  /** SHA-256 of `entryHashInput(entry)`, lower-case hex. */
  hash: string;
  /** Ed25519 signature of the 64 ASCII characters of `hash`, standard base64. */
  signature: string;
}

/**
 * An entry the reader may not read, as listed and exported to them: its place in the chain
 * only. `prevHash` links and the signature of `hash` still verify; the content cannot be checked.
 */
export interface RedactedAuditEntry {
  seq: number;
  redacted: true;
  prevHash: string;
  hash: string;
  signature: string;
}

/** The last entry's seq and hash (seq 0 and 64 zeros before the first entry). */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** An entry as a reader gets it: whole, or redacted. */
export type AuditRecord = AuditEntry | RedactedAuditEntry;

export const isRedacted = (e: AuditRecord): e is RedactedAuditEntry =>
  'redacted' in e && e.redacted;

/** Why an entry (or a checkpoint) fails verification. */
export const AUDIT_BREAKS = [
  'sequence gap',
  'previous-hash link broken',
  'payload hash mismatch',
  'hash mismatch',
  'bad signature',
  'head mismatch',
  'head missing',
  'subject mismatch',
  'log rewound',
  'checkpoint hash mismatch',
  'bad checkpoint signature',
] as const;
export type AuditBreak = (typeof AUDIT_BREAKS)[number];

/** The fields an entry's hash covers. */
export type HashedFields = Pick<
  AuditEntry,
  'seq' | 'at' | 'actor' | 'type' | 'payloadHash' | 'prevHash'
>;

/**
 * The text whose SHA-256 (of its UTF-8 bytes) is the entry's `hash`: six fields joined by a line
 * feed (0x0A), no trailing line feed — `${seq}\n${at}\n${actor}\n${type}\n${payloadHash}\n${prevHash}`
 * with `seq` in decimal. `at`, `actor` and `type` never hold control characters, so the text
 * splits back into the same six fields.
 */
export function entryHashInput(e: HashedFields): string {
  return `${e.seq}\n${e.at}\n${e.actor}\n${e.type}\n${e.payloadHash}\n${e.prevHash}`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const UTC_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** Throws `validation_failed` naming the field when an event cannot be recorded as given. */
export function checkAuditEvent(e: Pick<AuditEvent, 'actor' | 'type' | 'at'>): void {
  const issues: { path: string; message: string }[] = [];
  if (e.actor.trim() === '' || e.actor.length > 200 || CONTROL.test(e.actor))
    issues.push({ path: 'actor', message: 'must be 1–200 characters without control characters' });
  if (!TYPE.test(e.type) || e.type.length > 100)
    issues.push({ path: 'type', message: 'must be a dotted lower-case name, e.g. ballot.cast' });
  if (e.at !== undefined && (!UTC_TIME.test(e.at) || Number.isNaN(Date.parse(e.at))))
    issues.push({ path: 'at', message: 'must be an ISO 8601 UTC time, e.g. 2026-11-29T10:00:00Z' });
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `invalid audit event: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    );
}

/** An entry as it travels (export line, API): every field present with its JSON type. */
export const auditEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  at: z.string(),
  actor: z.string(),
  type: z.string(),
  payload: z.string(),
  payloadHash: z.string(),
  prevHash: z.string(),
  hash: z.string(),
  signature: z.string(),
});

/** A redacted entry as it travels. */
export const redactedAuditEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  redacted: z.literal(true),
  prevHash: z.string(),
  hash: z.string(),
  signature: z.string(),
});

/** The export's line for an entry: JSON with the fields in the order of AuditEntry. */
export function auditEntryLine(e: AuditRecord): string {
  if (isRedacted(e))
    return JSON.stringify({
      seq: e.seq,
      redacted: true,
      prevHash: e.prevHash,
      hash: e.hash,
      signature: e.signature,
    });
  return JSON.stringify({
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    type: e.type,
    payload: e.payload,
    payloadHash: e.payloadHash,
    prevHash: e.prevHash,
    hash: e.hash,
    signature: e.signature,
  });
}

/**
 * Reads one line of an export. Throws `bad_file` naming the line number (1-based) when it is not
 * JSON or not an entry; the caller skips blank lines.
 */
export function parseAuditLine(text: string, line: number, file = 'file'): AuditRecord {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = `not JSON (${(e as Error).message})`;
    throw new DomainError('bad_file', `${file} line ${line}: ${message}`, [
      { path: file, line, message },
    ]);
  }
  const redacted =
    typeof json === 'object' && json !== null && 'redacted' in json
      ? redactedAuditEntrySchema.safeParse(json)
      : null;
  if (redacted?.success) return redacted.data;
  const r = redacted ?? auditEntrySchema.safeParse(json);
  if (r.success) return r.data;
  const first = issuesOf(r.error, { whole: '(entry)' })[0]!;
  const message = `${first.path}: ${first.message}`;
  throw new DomainError('bad_file', `${file} line ${line}: not an audit entry (${message})`, [
    { path: file, line, message },
  ]);
}
