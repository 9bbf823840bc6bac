// The one place where the API decides whether a request may write. Until accounts and roles exist
// (governance), a write needs the operator's bearer token (API_WRITE_TOKEN); reads are public.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../core/errors.ts';

/** What a route does, for the permission table. */
export type Action = 'read' | 'write';

export interface WritePolicy {
  /** The configured token, or null: then no write is allowed through the API. */
  token: string | null;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Throws `unauthorized` unless the request may perform the action. */
export function authorize(request: FastifyRequest, action: Action, policy: WritePolicy): void {
  if (action === 'read') return;
  if (policy.token === null)
    throw new DomainError(
      'unauthorized',
      'this server accepts no writes through the API: set API_WRITE_TOKEN to enable them (the CLI writes directly)',
    );
  const header = request.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  // Compare digests in constant time: neither the token nor its length leaks through timing.
  if (given === '' || !timingSafeEqual(digest(given), digest(policy.token)))
    throw new DomainError(
      'unauthorized',
      'a write needs the header Authorization: Bearer <API_WRITE_TOKEN>',
    );
}
