// Sign-in and credentials: /api/v1/auth (login, logout, who am I, first setup), /api/v1/accounts
// (the secretariat administers accounts) and /api/v1/tokens (one's own personal API tokens).
import { z } from 'zod';
import { CONSTITUENCIES, ROLES, type Principal } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import {
  accountDraftSchema,
  MAX_TOKEN_DAYS,
  SESSION_HOURS,
  type StoredAccount,
} from '../services/account.service.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { SESSION_COOKIE, sessionCsrfToken, sessionToEnd } from './authorize.ts';

/** An account as the API answers it (no password hash). */
export const account = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES as [string, ...string[]]),
  delegation: z.string().nullable(),
  constituency: z.enum(CONSTITUENCIES as [string, ...string[]]).nullable(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});

const token = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

const loginBody = z.strictObject({
  email: z.string().trim().min(1, 'give your e-mail address').max(200),
  password: z.string().min(1, 'give your password').max(200),
});

const setupBody = z.strictObject({
  token: z.string().min(1).max(200),
  email: z.string(),
  name: z.string(),
  password: z.string(),
});

const tokenBody = z.strictObject({
  name: z.string().trim().min(1, 'name the token (e.g. laptop CLI)').max(100),
  days: z.number().int().min(1).max(MAX_TOKEN_DAYS).default(90),
});

const me = z.object({
  signedIn: z.boolean(),
  kind: z.enum(['anonymous', 'operator', 'account']),
  account: z
    .object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      role: z.string(),
      delegation: z.string().nullable(),
    })
    .nullable(),
  /** The session's CSRF token, when the request is made with the session cookie: a tab opened
   *  after sign-in needs it to write and to sign out. */
  csrfToken: z.string().nullable(),
});

const publicAccount = (a: StoredAccount) => a;

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
    response: z.object({ account, csrfToken: z.string(), expiresAt: z.string() }),
    handler: async ({ body }, request, reply) => {
      const r = await s.login(body.email, body.password, request.ip);
      void reply.header(
        'set-cookie',
        sessionCookie(r.sessionToken, SESSION_HOURS * 3600, request.protocol === 'https'),
      );
      return { account: publicAccount(r.account), csrfToken: r.csrfToken, expiresAt: r.expiresAt };
    },
  });

  add({
    method: 'POST',
    url: '/api/v1/auth/logout',
    summary:
      'Sign out: ends the session (with its CSRF token, like every write made with the cookie) and clears its cookie',
    tags: ['accounts'],
    authenticate: false,
    response: z.object({ signedOut: z.boolean() }),
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
    response: me,
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
    response: account,
    handler: ({ body }) =>
      s.setup(body.token, { email: body.email, name: body.name, password: body.password }),
  });

  add({
    method: 'GET',
    url: '/api/v1/accounts',
    summary: 'Every account with its role and delegation (secretariat)',
    tags: ['accounts'],
    permission: 'admin',
    response: z.object({ items: z.array(account) }),
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'POST',
    url: '/api/v1/accounts',
    summary:
      'Create an account: e-mail, name, role, delegation (economy or organisation), constituency for stakeholders, initial password (secretariat)',
    tags: ['accounts'],
    permission: 'admin',
    body: accountDraftSchema,
    successStatus: 201,
    response: account,
    handler: ({ body, principal }) => s.create(body, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/tokens',
    summary: 'The caller’s personal API tokens (never their secrets)',
    tags: ['accounts'],
    permission: 'tokens',
    response: z.object({ items: z.array(token) }),
    handler: async ({ principal }) => ({ items: await s.tokens(accountOf(principal).accountId) }),
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
    response: z.object({ token: z.string(), info: token }),
    handler: async ({ body, principal }) => {
      const r = await s.createToken(accountOf(principal).accountId, body);
      return { token: r.token, info: r.info };
    },
  });

  add({
    method: 'DELETE',
    url: '/api/v1/tokens/:id',
    summary: 'Revoke one of the caller’s tokens',
    tags: ['accounts'],
    permission: 'tokens',
    params: z.object({ id: z.string().uuid('must be a token id') }),
    successStatus: 204,
    response: z.null(),
    handler: async ({ params, principal }) => {
      await s.revokeToken(accountOf(principal).accountId, params.id);
      return null;
    },
  });
}
