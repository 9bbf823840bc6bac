// Request and response schemas of the audit routes (src/http/audit.routes.ts): the log's public
// key, its entries a page at a time, the server's verification, signed checkpoints and a
// proposal's history (its parameter is governance's). Entries and checkpoints are core's schemas, as
// exported and read back.
import { z } from 'zod';
import {
  AUDIT_BREAKS,
  AUDIT_SIGNATURE_ALGORITHM,
  auditEntrySchema,
  redactedAuditEntrySchema,
} from '../../core/audit/audit-entry.ts';
import { auditCheckpointSchema } from '../../core/audit/checkpoint.ts';

// --- parameters and queries ---------------------------------------------------------------------

export const auditLogQuery = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Entries after this seq (default 0: from the first)'),
  limit: z.coerce.number().int().min(1).max(1000).optional().describe('At most 1000 (default 100)'),
});

export const checkpointDownloadQuery = z.strictObject({
  download: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .describe('true: answer as a file to save (Content-Disposition: attachment)'),
});

export const checkpointsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).optional().describe('At most 1000 (default 100)'),
});

// --- responses ----------------------------------------------------------------------------------

const entry = auditEntrySchema.extend({
  type: z.string().describe('A dotted lower-case name, e.g. proposal.created or ballot.cast'),
  payload: z
    .string()
    .describe('The payload as canonical JSON (RFC 8785): the bytes payloadHash hashes'),
  signature: z.string().describe('Ed25519 over the ASCII of hash, base64'),
});

const redactedEntry = redactedAuditEntrySchema.describe(
  'An entry about something the caller may not see: its place in the chain only (link and signature verify)',
);

export const checkpointResponse = auditCheckpointSchema.extend({
  seq: auditCheckpointSchema.shape.seq.describe("The log's last entry when it was made"),
  headHash: auditCheckpointSchema.shape.headHash.describe("That entry's hash"),
  at: auditCheckpointSchema.shape.at.describe('When it was made, ISO 8601 UTC'),
  fingerprint: auditCheckpointSchema.shape.fingerprint.describe(
    'SHA-256 of the signing public key (DER), hex',
  ),
  signature: auditCheckpointSchema.shape.signature.describe(
    'Ed25519 over "techalliance-audit-checkpoint-v1\\n<seq>\\n<headHash>\\n<at>", base64',
  ),
});

export const publicKeyResponse = z.object({
  algorithm: z.literal(AUDIT_SIGNATURE_ALGORITHM),
  pem: z.string().describe('SubjectPublicKeyInfo, PEM'),
  fingerprint: z.string().describe('SHA-256 of the DER public key, hex'),
});

export const auditLogResponse = z.object({
  count: z.number().int(),
  items: z.array(z.union([entry, redactedEntry])),
  redacted: z.number().int().describe('How many items of this page are redacted'),
  next: z.number().int().nullable().describe('Give as `after` for the next page; null at the end'),
  head: z.object({ seq: z.number().int(), hash: z.string() }),
});

export const verificationResponse = z.object({
  ok: z.boolean(),
  checked: z.number().int().describe('Entries that passed every check'),
  firstBroken: z
    .object({ seq: z.number().int(), reason: z.enum(AUDIT_BREAKS), detail: z.string() })
    .nullable()
    .describe('The first entry that failed, the check it failed and what was expected'),
  headHash: z.string().describe('Hash of the last entry that passed'),
  checkpoints: z.number().int().describe('Stored checkpoints compared with the log'),
  fingerprint: z.string().nullable().describe('The key verified with; null: no key yet'),
});

export const checkpointListResponse = z.object({
  count: z.number().int(),
  items: z.array(checkpointResponse),
});

export const proposalHistoryResponse = z.object({
  proposal: z.string(),
  count: z.number().int(),
  items: z.array(
    z.object({
      seq: z.number().int(),
      at: z.string(),
      type: z.string(),
      actor: z.string(),
      actorName: z.string().nullable().describe("The account's name (signed-in callers)"),
      details: z
        .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
        .describe('Plain fields of the entry: from/to states, version, choice …'),
      hash: z.string(),
    }),
  ),
});
