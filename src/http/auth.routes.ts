// Sign-in and credentials: /api/v1/auth (login, logout, who am I, first setup), /api/v1/accounts
// (the secretariat administers accounts) and /api/v1/tokens (one's own personal API tokens).
import type { Principal } from '../core/accounts/access.ts';
import type { StoredToken } from '../core/accounts/account.ts';
import { DomainError } from '../core/errors.ts';
import { SESSION_HOURS } from '../services/account.service.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { SESSION_COOKIE, sessionCsrfToken, sessionToEnd } from './authorize.ts';
import {
  accountDraftBody,
  accountListResponse,
  accountResponse,
  loginBody,
  loginResponse,
  logoutResponse,
  meResponse,
  noContent,
  setupBody,
  tokenBody,
  tokenCreatedResponse,
  tokenIdParam,
  tokenListResponse,
} from './schemas/accounts.schema.ts';

/** A token as the API answers it: whose it is goes without saying (the caller's). */
const tokenInfo = ({ accountId: _accountId, ...info }: StoredToken) => info;

const whoIs = (p: Principal) => ({
  signedIn: p.kind !== 'anonymous',
  kind: p.kind,
  account:
    p.kind === 'account'
      ? { id: p.accountId, email: p.email, name: p.name, role: p.role, delegation: p.delegation }
      : null,
});

const sessionCookie = (value: string, maxAgeSeconds: number, secure: boolean): string =>
  `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;

const accountOf = (p: Principal): Extract<Principal, { kind: 'account' }> => {
  if (p.kind !== 'account')
    throw new DomainError(
      'forbidden',
      'personal tokens belong to accounts: sign in with an account',
    );
  return p;
};

export function authRoutes(add: RouteAdder, services: Services): void {
  const s = services.accounts;

  add({
    method: 'POST',
    url: '/api/v1/auth/login',
    summary:
      'Sign in with e-mail and password: sets the session cookie (httpOnly, SameSite=Strict) and returns the CSRF token writes must send',
    tags: ['accounts'],
    authenticate: false,
    body: loginBody,
    response: loginResponse,
    handler: async ({ body }, request, reply) => {
      const r = await s.login(body.email, body.password, request.ip);
      void reply.header(
        'set-cookie',
        sessionCookie(r.sessionToken, SESSION_HOURS * 3600, request.protocol === 'https'),
      );
      return { account: r.account, csrfToken: r.csrfToken, expiresAt: r.expiresAt };
    },
  });

  add({
    method: 'POST',
    url: '/api/v1/auth/logout',
    summary:
      'Sign out: ends the session (with its CSRF token, like every write made with the cookie) and clears its cookie',
    tags: ['accounts'],
    authenticate: false,
    response: logoutResponse,
    handler: async (_input, request, reply) => {
      const session = await sessionToEnd(request, s);
      if (session !== undefined) await s.logout(session);
      void reply.header('set-cookie', sessionCookie('', 0, request.protocol === 'https'));
      return { signedOut: true };
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/auth/me',
    summary:
      'Who the request is made as: anonymous, the operator, or an account with its role and delegation',
    tags: ['accounts'],
    response: meResponse,
    handler: async ({ principal }, request) => ({
      ...whoIs(principal),
      csrfToken: principal.kind === 'account' ? await sessionCsrfToken(request, s) : null,
    }),
  });

  add({
    method: 'POST',
    url: '/api/v1/auth/setup',
    summary:
      'First start without ADMIN_EMAIL/ADMIN_PASSWORD: create the secretariat account with the one-time setup token the server printed',
    tags: ['accounts'],
    authenticate: false,
    body: setupBody,
    successStatus: 201,
    response: accountResponse,
    handler: ({ body }) =>
      s.setup(body.token, { email: body.email, name: body.name, password: body.password }),
  });

  add({
    method: 'GET',
    url: '/api/v1/accounts',
    summary: 'Every account with its role and delegation (secretariat)',
    tags: ['accounts'],
    permission: 'admin',
    response: accountListResponse,
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'POST',
    url: '/api/v1/accounts',
    summary:
      'Create an account: e-mail, name, role, delegation (economy or organisation), constituency for stakeholders, initial password (secretariat)',
    tags: ['accounts'],
    permission: 'admin',
    body: accountDraftBody,
    successStatus: 201,
    response: accountResponse,
    handler: ({ body, principal }) => s.create(body, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/tokens',
    summary: 'The caller’s personal API tokens (never their secrets)',
    tags: ['accounts'],
    permission: 'tokens',
    response: tokenListResponse,
    handler: async ({ principal }) => ({
      items: (await s.tokens(accountOf(principal).accountId)).map(tokenInfo),
    }),
  });

  add({
    method: 'POST',
    url: '/api/v1/tokens',
    summary:
      'Create a personal API token for the CLI and scripts: the secret is shown this once; it expires after `days` (default 90)',
    tags: ['accounts'],
    permission: 'tokens',
    body: tokenBody,
    successStatus: 201,
    response: tokenCreatedResponse,
    handler: async ({ body, principal }) => {
      const r = await s.createToken(accountOf(principal).accountId, body);
      return { token: r.token, info: tokenInfo(r.info) };
    },
  });

  add({
    method: 'DELETE',
    url: '/api/v1/tokens/:id',
    summary: 'Revoke one of the caller’s tokens',
    tags: ['accounts'],
    permission: 'tokens',
    params: tokenIdParam,
    successStatus: 204,
    response: noContent,
    handler: async ({ params, principal }) => {
      await s.revokeToken(accountOf(principal).accountId, params.id);
      return null;
    },
  });
}
