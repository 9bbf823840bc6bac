// Routes of the divergence register under /api/v1/divergences — the register with filters, one
// divergence with its history and what its resolution waits for, the path to a decision (open or
// link a proposal, accept, reopen), recomputation, and the webhooks that receive the alerts — and
// the workstreams' alerts under /api/v1/alerts (seen by the workstream's participants).
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  alertBody,
  alertParam,
  alertsBody,
  alertsQuery,
  deliveriesBody,
  divergenceBody,
  divergenceParam,
  linkInput,
  noteInput,
  openProposalInput,
  recomputeBody,
  recomputeInput,
  registerBody,
  registerQuery,
  webhookCreatedBody,
  webhookInput,
  webhookParam,
  webhooksBody,
} from './schemas/divergences.schema.ts';

export function divergenceRoutes(add: RouteAdder, services: Services): void {
  const d = services.divergences;
  const alerts = services.alerts;
  const tags = ['divergences'];

  add({
    method: 'GET',
    url: '/api/v1/divergences',
    summary:
      'The divergence register: every divergence the sources find (positions, control lists, restricted-party lists, standards), most severe first, filtered by source, state, workstream, member or words',
    tags,
    query: registerQuery,
    response: registerBody,
    handler: ({ query, principal }) => d.register(principal, query),
  });

  add({
    method: 'POST',
    url: '/api/v1/divergences/recompute',
    summary:
      'Recompute the register from its sources (all, or those named): marks what is new, grown, shrunk, closed or back',
    tags,
    permission: 'admin',
    body: recomputeInput,
    response: recomputeBody,
    handler: ({ body, principal }) =>
      d.recompute({
        ...(body.sources !== undefined ? { sources: body.sources } : {}),
        actor: principal.kind === 'account' ? `account:${principal.accountId}` : principal.kind,
      }),
  });

  add({
    method: 'GET',
    url: '/api/v1/divergences/webhooks',
    summary:
      "The webhooks that receive workstreams' alerts (the secretariat's), without their secrets",
    tags,
    permission: 'admin',
    response: webhooksBody,
    handler: async () => ({ items: await alerts.webhooks() }),
  });

  add({
    method: 'POST',
    url: '/api/v1/divergences/webhooks',
    summary:
      "Register a webhook for a workstream's alerts (or every workstream's): signed POSTs (HMAC-SHA256), retried with backoff; the secret is shown once",
    tags,
    permission: 'admin',
    body: webhookInput,
    successStatus: 201,
    response: webhookCreatedBody,
    handler: ({ body, principal }) => alerts.addWebhook(principal, body),
  });

  add({
    method: 'DELETE',
    url: '/api/v1/divergences/webhooks/:id',
    summary: 'Remove a webhook and its queued deliveries',
    tags,
    permission: 'admin',
    params: webhookParam,
    successStatus: 204,
    response: z.null(),
    handler: async ({ params, principal }) => {
      await alerts.removeWebhook(principal, params.id);
      return null;
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/divergences/webhooks/:id/deliveries',
    summary: "A webhook's latest deliveries: status, attempts, the receiver's last answer",
    tags,
    permission: 'admin',
    params: webhookParam,
    response: deliveriesBody,
    handler: async ({ params }) => ({ items: await alerts.deliveries(params.id) }),
  });

  add({
    method: 'GET',
    url: '/api/v1/divergences/:id',
    summary:
      'One divergence: members involved, severity, evidence, links to the underlying data, its history, and what its resolution waits for',
    tags,
    params: divergenceParam,
    response: divergenceBody,
    handler: ({ params, principal }) => d.get(principal, params.id),
  });

  add({
    method: 'POST',
    url: '/api/v1/divergences/:id/proposal',
    summary:
      'Open a proposal from a divergence (its evidence in the text) and put the divergence under discussion',
    tags,
    permission: 'proposal:write',
    params: divergenceParam,
    body: openProposalInput,
    successStatus: 201,
    response: divergenceBody,
    handler: ({ params, body, principal }) => d.openProposal(principal, params.id, body),
  });

  add({
    method: 'POST',
    url: '/api/v1/divergences/:id/link',
    summary: 'Link an existing proposal and put the divergence under discussion',
    tags,
    permission: 'proposal:write',
    params: divergenceParam,
    body: linkInput,
    response: divergenceBody,
    handler: ({ params, body, principal }) => d.linkProposal(principal, params.id, body.proposalId),
  });

  add({
    method: 'POST',
    url: '/api/v1/divergences/:id/accept',
    summary:
      'Record that the alliance lives with a divergence (the secretariat’s, with the reason)',
    tags,
    permission: 'proposal:transition',
    params: divergenceParam,
    body: noteInput,
    response: divergenceBody,
    handler: ({ params, body, principal }) => d.accept(principal, params.id, body.note),
  });

  add({
    method: 'POST',
    url: '/api/v1/divergences/:id/reopen',
    summary: 'Open an accepted or resolved divergence again (the secretariat’s, with the reason)',
    tags,
    permission: 'proposal:transition',
    params: divergenceParam,
    body: noteInput,
    response: divergenceBody,
    handler: ({ params, body, principal }) => d.reopen(principal, params.id, body.note),
  });

  add({
    method: 'GET',
    url: '/api/v1/alerts',
    summary:
      "The workstreams' alerts the caller sees (its workstreams', within their confidentiality), newest first: early warnings from positions, standards snapshot alerts",
    tags: ['alerts'],
    permission: 'read:signed-in',
    query: alertsQuery,
    response: alertsBody,
    handler: async ({ query, principal }) => ({ items: await alerts.list(principal, query) }),
  });

  add({
    method: 'POST',
    url: '/api/v1/alerts/:id/acknowledge',
    summary: 'Mark an alert as seen; recorded against the caller in the governance log',
    tags: ['alerts'],
    permission: 'data:write',
    params: alertParam,
    response: alertBody,
    handler: ({ params, principal }) => alerts.acknowledge(principal, params.id),
  });
}
