// Account administration by the secretariat (/api/v1/accounts/{id}/disable|enable|role) and the
// caller's own account (/api/v1/auth/password, /api/v1/auth/sessions/end-others). Listing and
// creating accounts are in auth.routes.ts. Every write is authorised by the route's permission
// (`admin`, `account:self`) and appended to the governance log by the service.
import type { FastifyRequest } from 'fastify';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { cookie, SESSION_COOKIE } from './authorize.ts';
import {
  accountIdParam,
  accountResponse,
  passwordChangeBody,
  roleChangeBody,
  sessionsEndedResponse,
} from './schemas/accounts.schema.ts';

/** The session the request was made with (its cookie), unless it came with an API token. */
const currentSession = (request: FastifyRequest): string | null =>
  request.headers.authorization === undefined ? (cookie(request, SESSION_COOKIE) ?? null) : null;

export function accountRoutes(add: RouteAdder, services: Services): void {
  const s = services.accounts;

  add({
    method: 'POST',
    url: '/api/v1/accounts/:id/disable',
    summary:
      'Disable an account (secretariat): it can no longer sign in, its sessions end and its API tokens are revoked at once; 409 for the last active secretariat account',
    tags: ['accounts'],
    permission: 'admin',
    params: accountIdParam,
    response: accountResponse,
    handler: ({ params, principal }) => s.disable(params.id, principal),
  });

  add({
    method: 'POST',
    url: '/api/v1/accounts/:id/enable',
    summary: 'Enable a disabled account again (secretariat): it signs in with its password',
    tags: ['accounts'],
    permission: 'admin',
    params: accountIdParam,
    response: accountResponse,
    handler: ({ params, principal }) => s.enable(params.id, principal),
  });

  add({
    method: 'PUT',
    url: '/api/v1/accounts/:id/role',
    summary:
      'Change an account’s role, delegation and constituency (secretariat); 409 for the last active secretariat account',
    tags: ['accounts'],
    permission: 'admin',
    params: accountIdParam,
    body: roleChangeBody,
    response: accountResponse,
    handler: ({ params, body, principal }) => s.changeRole(params.id, body, principal),
  });

  add({
    method: 'PUT',
    url: '/api/v1/auth/password',
    summary:
      'Change one’s own password (needs the current one); every other session of the account ends',
    tags: ['accounts'],
    permission: 'account:self',
    body: passwordChangeBody,
    response: sessionsEndedResponse,
    handler: ({ body, principal }, request) =>
      s.changePassword(principal, body, currentSession(request)),
  });

  add({
    method: 'POST',
    url: '/api/v1/auth/sessions/end-others',
    summary:
      'End every session of one’s account except the one asking (API tokens are revoked separately)',
    tags: ['accounts'],
    permission: 'account:self',
    response: sessionsEndedResponse,
    handler: ({ principal }, request) => s.endOtherSessions(principal, currentSession(request)),
  });
}
