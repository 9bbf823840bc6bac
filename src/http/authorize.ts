// The one place where the API decides whether a request may go ahead: it finds who is asking — a
// session cookie (with its CSRF token on writes), a personal API token, the operator's
// API_WRITE_TOKEN, or nobody — and asks `can` (core/accounts/access.ts) about the route's
// permission. Resource rules (workstream rights, confidentiality) are asked of the same module by
// the services.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ANONYMOUS, can, type Permission, type Principal } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import type { Services } from '../services/services.ts';

export const SESSION_COOKIE = 'ta_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface AccessPolicy {
  /** The operator's token (API_WRITE_TOKEN), or null: then no request acts as the operator. */
  operatorToken: string | null;
  accounts: Pick<Services['accounts'], 'fromSession' | 'fromToken'>;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
const sameSecret = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/** A cookie value, percent-decoded; a malformed encoding is kept as sent (it matches no secret). */
function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The value of one cookie of the request, if sent. */
export function cookie(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeCookie(part.slice(at + 1).trim());
  }
  return undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A write made with a session cookie must send that session's CSRF token (403 otherwise). */
function requireCsrf(request: FastifyRequest, csrfToken: string): void {
  const sent = request.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !sameSecret(sent, csrfToken))
    throw new DomainError(
      'forbidden',
      `a write with a session cookie needs the ${CSRF_HEADER} header of that session`,
    );
}

/**
 * The session a sign-out ends: the cookie's, when it is live and the request sends its CSRF token
 * (403 otherwise, as for every write made with the cookie). Undefined without a cookie or when its
 * session has ended: then there is nothing to end, and the cookie is cleared all the same.
 */
export async function sessionToEnd(
  request: FastifyRequest,
  accounts: Pick<AccessPolicy['accounts'], 'fromSession'>,
): Promise<string | undefined> {
  const session = cookie(request, SESSION_COOKIE);
  if (session === undefined || session === '') return undefined;
  const s = await accounts.fromSession(session);
  if (!s) return undefined;
  requireCsrf(request, s.csrfToken);
  return session;
}

/**
 * The CSRF token of the session the request is made with, when it is made with the session cookie
 * alone (no bearer token), or null. A tab opened after sign-in learns it from `GET /auth/me`: the
 * cookie is SameSite=Strict and the API sends no CORS headers, so no other site can read it.
 */
export async function sessionCsrfToken(
  request: FastifyRequest,
  accounts: Pick<AccessPolicy['accounts'], 'fromSession'>,
): Promise<string | null> {
  if (request.headers.authorization !== undefined) return null;
  const session = cookie(request, SESSION_COOKIE);
  if (session === undefined || session === '') return null;
  return (await accounts.fromSession(session))?.csrfToken ?? null;
}

/** Who is asking: throws `unauthorized` for a token or session that is presented but not valid. */
export async function principalOf(
  request: FastifyRequest,
  policy: AccessPolicy,
): Promise<Principal> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
    if (token === '')
      throw new DomainError('unauthorized', 'the Authorization header must be "Bearer <token>"');
    if (policy.operatorToken !== null && sameSecret(token, policy.operatorToken))
      return { kind: 'operator' };
    const p = await policy.accounts.fromToken(token);
    if (!p)
      throw new DomainError(
        'unauthorized',
        policy.operatorToken === null
          ? 'the API token is unknown, revoked or expired (this server has no operator token: set API_WRITE_TOKEN to enable one, or sign in)'
          : 'the API token is unknown, revoked or expired',
      );
    return p;
  }
  const session = cookie(request, SESSION_COOKIE);
  if (session !== undefined && session !== '') {
    const s = await policy.accounts.fromSession(session);
    if (!s) throw new DomainError('unauthorized', 'the session has ended: sign in again');
    if (UNSAFE.has(request.method)) requireCsrf(request, s.csrfToken);
    return s.principal;
  }
  return ANONYMOUS;
}

/** Finds the caller and checks the route's permission; returns the caller, or throws 401/403. */
export async function authorize(
  request: FastifyRequest,
  permission: Permission,
  policy: AccessPolicy,
): Promise<Principal> {
  const principal = await principalOf(request, policy);
  const decision = can(principal, permission);
  if (!decision.allowed)
    throw new DomainError(decision.status === 401 ? 'unauthorized' : 'forbidden', decision.reason);
  return principal;
}
