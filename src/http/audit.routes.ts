// The governance event log under /api/v1/audit: the public key the log is signed with, the
// entries a reader may read (others redacted to their place in the chain; see docs/audit-log.md),
// the server's own verification, signed checkpoints to download and keep; and a proposal's history
// (GET /api/v1/proposals/:id/history), read like the proposal. Never cached: the log grows with
// governance events, not with imports, and what a reader sees depends on who they are.
import type { AuditCheckpoint } from '../core/audit/checkpoint.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { RawBody } from './response-cache.ts';
import {
  auditLogQuery,
  auditLogResponse,
  checkpointDownloadQuery,
  checkpointListResponse,
  checkpointResponse,
  checkpointsQuery,
  proposalHistoryResponse,
  publicKeyResponse,
  verificationResponse,
} from './schemas/audit.schema.ts';
import { proposalIdParam } from './schemas/governance.schema.ts';

/** A checkpoint as JSON, as a file to save when asked. */
const checkpointBody = (c: AuditCheckpoint, download: string | undefined): RawBody =>
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
    response: publicKeyResponse,
    handler: () => services.audit.key(),
  });

  add({
    method: 'GET',
    url: '/api/v1/audit/log',
    permission: 'read:signed-in',
    summary:
      'Entries of the governance event log in seq order, a page at a time; entries about what the caller may not see are redacted',
    tags: ['audit'],
    query: auditLogQuery,
    response: auditLogResponse,
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
    response: verificationResponse,
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
    response: checkpointListResponse,
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
    query: checkpointDownloadQuery,
    response: checkpointResponse,
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
    response: checkpointResponse,
    successStatus: 201,
    handler: () => services.audit.checkpoint(),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/history',
    summary:
      "A proposal's history from the governance event log: who created, edited, moved, commented and voted, and when",
    tags: ['audit', 'governance'],
    params: proposalIdParam,
    response: proposalHistoryResponse,
    handler: async ({ params, principal }) => {
      const items = await services.audit.history(principal, params.id);
      return { proposal: params.id, count: items.length, items };
    },
  });
}
