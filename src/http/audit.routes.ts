// The governance event log under /api/v1/audit: the server's public key, the entries (hash-chained
// and signed, see docs/audit-log.md) and the server's own verification of them. Never cached: the
// log grows with governance events, not with imports.
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';

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

const logQuery = z.strictObject({
  after: z.coerce
    .number()
    .int()
    .min(0)
    .optional()
    .describe('Entries after this seq (default 0: from the first)'),
  limit: z.coerce.number().int().min(1).max(1000).optional().describe('At most 1000 (default 100)'),
});

export function auditRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/v1/audit/key',
    summary: "The server's Ed25519 public key that signs the governance event log",
    tags: ['audit'],
    response: z.object({
      algorithm: z.literal('Ed25519'),
      pem: z.string().describe('SubjectPublicKeyInfo, PEM'),
      fingerprint: z.string().describe('SHA-256 of the DER public key, hex'),
    }),
    handler: () => Promise.resolve(services.audit.key()),
  });

  add({
    method: 'GET',
    url: '/api/v1/audit/log',
    permission: 'read:signed-in',
    summary: 'Entries of the governance event log in seq order, a page at a time',
    tags: ['audit'],
    query: logQuery,
    response: z.object({
      count: z.number(),
      items: z.array(entry),
      next: z.number().nullable().describe('Give as `after` for the next page; null at the end'),
      head: z.object({ seq: z.number(), hash: z.string() }),
    }),
    handler: async ({ query }) => {
      const page = await services.audit.page({
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
      "The server's verification of its log: chain, hashes and signatures, and the first broken entry",
    tags: ['audit'],
    response: z.object({
      ok: z.boolean(),
      checked: z.number(),
      firstBroken: z.object({ seq: z.number(), reason: z.string(), detail: z.string() }).nullable(),
      headHash: z.string(),
      fingerprint: z.string(),
    }),
    handler: async () => ({
      ...(await services.audit.verify()),
      fingerprint: services.audit.key().fingerprint,
    }),
  });
}
