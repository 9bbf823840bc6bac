// Signed checkpoints of the governance event log: the head (seq and hash) at a time, signed with
// the audit key. A member keeps them outside the server; if the log is later cut back (its tail
// and head together) or wiped, it no longer holds the checkpoint's hash at the checkpoint's seq.
// Signing needs node:crypto (services/audit-log.ts); this module is the pure part.
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { issuesOf } from '../parse-input.ts';

/** A checkpoint is made automatically when an append reaches a multiple of this seq. */
export const AUDIT_CHECKPOINT_EVERY = 100;

export interface AuditCheckpoint {
  /** The seq of the log's last entry when it was made (≥ 1). */
  seq: number;
  /** That entry's hash. */
  headHash: string;
  /** ISO 8601 UTC time it was made. */
  at: string;
  /** SHA-256 of the signing public key's DER, hex (which key to verify with). */
  fingerprint: string;
  /** Ed25519 signature of `checkpointSignedText`, standard base64. */
  signature: string;
}

/**
 * The text a checkpoint's signature covers (UTF-8): four lines joined by a line feed, no trailing
 * line feed — `techalliance-audit-checkpoint-v1\n${seq}\n${headHash}\n${at}`. The first line keeps
 * a checkpoint signature from being taken for an entry's (which signs a bare 64-hex hash).
 */
export function checkpointSignedText(c: Pick<AuditCheckpoint, 'seq' | 'headHash' | 'at'>): string {
  return `techalliance-audit-checkpoint-v1\n${c.seq}\n${c.headHash}\n${c.at}`;
}

export const auditCheckpointSchema = z.strictObject({
  seq: z.number().int().min(1),
  headHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters'),
  at: z.string().min(1),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex characters'),
  signature: z.string().min(1),
});

/** Reads a checkpoint file's text (the JSON the API and `audit checkpoint --json` give). */
export function parseCheckpoint(text: string, file = 'checkpoint'): AuditCheckpoint {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = `not JSON (${(e as Error).message})`;
    throw new DomainError('bad_file', `${file}: ${message}`, [{ path: file, message }]);
  }
  const r = auditCheckpointSchema.safeParse(json);
  if (r.success) return r.data;
  const first = issuesOf(r.error, { whole: '(file)' })[0]!;
  const message = `${first.path}: ${first.message}`;
  throw new DomainError('bad_file', `${file}: not an audit checkpoint (${message})`, [
    { path: file, message },
  ]);
}

/** How a checkpoint compares with the log. */
export type CheckpointCheck =
  | { ok: true; seq: number }
  | {
      ok: false;
      seq: number;
      reason: 'bad checkpoint signature' | 'log rewound' | 'checkpoint hash mismatch';
      detail: string;
    };

/**
 * Compares a checkpoint (whose signature was checked: `signed`) with the log: `hashAtSeq` is the
 * hash the log holds at the checkpoint's seq (null: no such entry), `headSeq` the log's last seq.
 */
export function compareCheckpoint(
  c: AuditCheckpoint,
  signed: boolean,
  hashAtSeq: string | null,
  headSeq: number,
): CheckpointCheck {
  if (!signed)
    return {
      ok: false,
      seq: c.seq,
      reason: 'bad checkpoint signature',
      detail: `the checkpoint at entry ${c.seq} does not verify with the public key`,
    };
  if (hashAtSeq === null)
    return {
      ok: false,
      seq: c.seq,
      reason: 'log rewound',
      detail: `the checkpoint names entry ${c.seq} (hash ${c.headHash}) but the log ${headSeq === 0 ? 'is empty' : `ends at entry ${headSeq}`}: entries were removed`,
    };
  if (hashAtSeq !== c.headHash)
    return {
      ok: false,
      seq: c.seq,
      reason: 'checkpoint hash mismatch',
      detail: `the checkpoint names hash ${c.headHash} at entry ${c.seq}; the log holds ${hashAtSeq}: the log was rewritten`,
    };
  return { ok: true, seq: c.seq };
}
