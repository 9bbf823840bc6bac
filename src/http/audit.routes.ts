// The governance event log under /api/v1/audit: the public key the log is signed with, the
// entries a reader may read (others redacted to their place in the chain; see docs/audit-log.md),
// the server's own verification, signed checkpoints to download and keep; and a proposal's history
// (GET /api/v1/proposals/:id/history), read like the proposal. Never cached: the log grows with
// governance events, not with imports, and what a reader sees depends on who they are.
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { RawBody } from './response-cache.ts';

const entry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  type: z.string(),
  payload: z
    .string()
    .describe('The payload as canonical JSON (RFC 8785): the bytes payloadHash hashes'),
  payloadHash: z.string(),
  prevHash: z.string(),
  hash: z.string(),
  signature: z.string().describe('Ed25519 over the ASCII of hash, base64'),
});

const redactedEntry = z
  .object({
    seq: z.number().int(),
    redacted: z.literal(true),
    prevHash: z.string(),
    hash: z.string(),
    signature: z.string(),
  })
  .describe(
    'An entry about something the caller may not see: its place in the chain only (link and signature verify)',
  );

const checkpoint = z.object({
  seq: z.number().int().describe("The log's last entry when it was made"),
  headHash: z.string().describe("That entry's hash"),
  at: z.string().describe('When it was made, ISO 8601 UTC'),
  fingerprint: z.string().describe('SHA-256 of the signing public key (DER), hex'),
  signature: z
    .string()
    .describe(
      'Ed25519 over "techalliance-audit-checkpoint-v1\\n<seq>\\n<headHash>\\n<at>", base64',
    ),
});

const publicKey = z.object({
  algorithm: z.literal('Ed25519'),
  pem: z.string().describe('SubjectPublicKeyInfo, PEM'),
  fingerprint: z.string().describe('SHA-256 of the DER public key, hex'),
});

const logQuery = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Entries after this seq (default 0: from the first)'),
  limit: z.coerce.number().int().min(1).max(1000).optional().describe('At most 1000 (default 100)'),
});

const downloadQuery = z.strictObject({
  download: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .describe('true: answer as a file to save (Content-Disposition: attachment)'),
});

const checkpointsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).optional().describe('At most 1000 (default 100)'),
});

const idParam = z.object({ id: z.string().uuid('must be a proposal id') });

/** A checkpoint as JSON, as a file to save when asked. */
const checkpointBody = (c: z.infer<typeof checkpoint>, download: string | undefined): RawBody =>
  new RawBody(
    'application/json; charset=utf-8',
    JSON.stringify(c, null, 2) + '\n',
    download === 'true' || download === '1'
      ? { 'content-disposition': `attachment; filename="audit-checkpoint-${c.seq}.json"` }
      : {},
  );

export function auditRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/v1/audit/key',
    summary:
      'The Ed25519 public key the governance event log is signed with (recorded by the database at its first signature)',
    tags: ['audit'],
    response: publicKey,
    handler: () => services.audit.key(),
  });

  add({
    method: 'GET',
    url: '/api/v1/audit/log',
    permission: 'read:signed-in',
    summary:
      'Entries of the governance event log in seq order, a page at a time; entries about what the caller may not see are redacted',
    tags: ['audit'],
    query: logQuery,
    response: z.object({
      count: z.number(),
      items: z.array(z.union([entry, redactedEntry])),
      redacted: z.number().describe('How many items of this page are redacted'),
      next: z.number().nullable().describe('Give as `after` for the next page; null at the end'),
      head: z.object({ seq: z.number(), hash: z.string() }),
    }),
    handler: async ({ query, principal }) => {
      const page = await services.audit.readerPage(principal, {
        ...(query.after !== undefined ? { after: query.after } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
      });
      return { count: page.items.length, ...page };
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/audit/verify',
    permission: 'read:signed-in',
    summary:
      "The server's verification of its log: chain, hashes, signatures and stored checkpoints, and the first broken entry",
    tags: ['audit'],
    response: z.object({
      ok: z.boolean(),
      checked: z.number(),
      firstBroken: z.object({ seq: z.number(), reason: z.string(), detail: z.string() }).nullable(),
      headHash: z.string(),
      checkpoints: z.number().describe('Stored checkpoints compared with the log'),
      fingerprint: z.string().nullable().describe('The key verified with; null: no key yet'),
    }),
    handler: async () => ({
      ...(await services.audit.verify()),
      fingerprint: await services.audit.key().then(
        (k) => k.fingerprint,
        () => null,
      ),
    }),
  });

  add({
    method: 'GET',
    url: '/api/v1/audit/checkpoints',
    permission: 'read:signed-in',
    summary:
      'Signed checkpoints of the log (seq, head hash, time), newest first: download and keep them',
    tags: ['audit'],
    query: checkpointsQuery,
    response: z.object({ count: z.number(), items: z.array(checkpoint) }),
    handler: async ({ query }) => {
      const items = await services.audit.checkpoints(query.limit ?? 100);
      return { count: items.length, items };
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/audit/checkpoints/latest',
    permission: 'read:signed-in',
    summary:
      'The newest signed checkpoint, as the JSON file `techalliance audit verify --checkpoint` reads (download=true: as an attachment)',
    tags: ['audit'],
    query: downloadQuery,
    response: checkpoint,
    handler: async ({ query }) =>
      checkpointBody(await services.audit.latestCheckpoint(), query.download),
  });

  add({
    method: 'POST',
    url: '/api/v1/audit/checkpoints',
    permission: 'admin',
    summary:
      'Make a signed checkpoint of the current head now (the secretariat; the stored one if the head has one)',
    tags: ['audit'],
    response: checkpoint,
    successStatus: 201,
    handler: () => services.audit.checkpoint(),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/history',
    summary:
      "A proposal's history from the governance event log: who created, edited, moved, commented and voted, and when",
    tags: ['audit', 'governance'],
    params: idParam,
    response: z.object({
      proposal: z.string(),
      count: z.number(),
      items: z.array(
        z.object({
          seq: z.number(),
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
    }),
    handler: async ({ params, principal }) => {
      const items = await services.audit.history(principal, params.id);
      return { proposal: params.id, count: items.length, items };
    },
  });
}
