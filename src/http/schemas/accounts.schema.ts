// Request and response schemas of the account routes (src/http/auth.routes.ts: sign-in, who am I,
// first setup, accounts and personal tokens; src/http/accounts.routes.ts: account administration
// and one's own account). An account is answered the same way by every route (never its password).
import { z } from 'zod';
import { CONSTITUENCIES, ROLES } from '../../core/accounts/access.ts';
import {
  accountDraftSchema,
  MAX_TOKEN_DAYS,
  passwordChangeSchema,
  roleChangeSchema,
} from '../../services/account.service.ts';

// --- parameters ---------------------------------------------------------------------------------

export const accountIdParam = z.strictObject({ id: z.string().uuid('must be an account id') });
export const tokenIdParam = z.object({ id: z.string().uuid('must be a token id') });

// --- request bodies -----------------------------------------------------------------------------

export const loginBody = z.strictObject({
  email: z.string().trim().min(1, 'give your e-mail address').max(200),
  password: z.string().min(1, 'give your password').max(200),
});

/** The first secretariat account, with the one-time setup token (the service checks the rest). */
export const setupBody = z.strictObject({
  token: z.string().min(1).max(200),
  email: z.string(),
  name: z.string(),
  password: z.string(),
});

export const accountDraftBody = accountDraftSchema;
export const roleChangeBody = roleChangeSchema;
export const passwordChangeBody = passwordChangeSchema;

export const tokenBody = z.strictObject({
  name: z.string().trim().min(1, 'name the token (e.g. laptop CLI)').max(100),
  days: z.number().int().min(1).max(MAX_TOKEN_DAYS).default(90),
});

// --- responses ----------------------------------------------------------------------------------

const role = z.enum(ROLES);

/** An account as the API answers it (no password hash). */
export const accountResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role,
  delegation: z.string().nullable(),
  constituency: z.enum(CONSTITUENCIES).nullable(),
  createdAt: z.string(),
  disabledAt: z.string().nullable().describe('null while the account is active'),
});

export const accountListResponse = z.object({ items: z.array(accountResponse) });

/** A personal API token of the caller's (never its secret). */
const token = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});

export const tokenListResponse = z.object({ items: z.array(token) });

export const tokenCreatedResponse = z.object({
  token: z.string().describe('The secret: shown this once'),
  info: token,
});

export const loginResponse = z.object({
  account: accountResponse,
  csrfToken: z.string().describe('Send it as x-csrf-token with every write made with the cookie'),
  expiresAt: z.string(),
});

export const logoutResponse = z.object({ signedOut: z.boolean() });

export const meResponse = z.object({
  signedIn: z.boolean(),
  kind: z.enum(['anonymous', 'operator', 'account']),
  account: z
    .object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      role,
      delegation: z.string().nullable(),
    })
    .nullable(),
  csrfToken: z
    .string()
    .nullable()
    .describe(
      'The session’s CSRF token when the request is made with the session cookie: a tab opened after sign-in needs it to write and to sign out',
    ),
});

export const sessionsEndedResponse = z.object({
  sessionsEnded: z.number().int().describe('how many other sessions of the account ended'),
});

/** DELETE /api/v1/tokens/:id answers 204 without a body. */
export const noContent = z.null();
