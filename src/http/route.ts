// Declares a route once: its Zod schemas validate the request and describe it in the OpenAPI
// document, so the document and the validation can never disagree.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../core/errors.ts';
import { parseInput } from '../core/parse-input.ts';
import { ANONYMOUS, type Permission, type Principal } from '../core/accounts/access.ts';
import { authorize, type AccessPolicy } from './authorize.ts';
import {
  assertCacheable,
  callerFree,
  jsonBody,
  RawBody,
  type ResponseCache,
} from './response-cache.ts';

export interface RouteSpec<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify path, e.g. `/api/v1/economies/:iso3`. */
  url: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  /** Schema of the 200 JSON body (documentation; responses are built by explicit mappers). */
  response: z.ZodType;
  /** Other media types the route can answer with, e.g. `text/csv`. */
  alsoProduces?: string[];
  /**
   * Serve repeated requests for the same URL from the response cache until data changes. Only
   * for a GET whose answer does not depend on the caller (checked by `assertCacheable`; the
   * handler gets no principal).
   */
  cached?: boolean;
  /** The permission the caller needs, checked by `authorize` before the handler runs (default `read`). */
  permission?: Permission;
  /** False for sign-in routes: credentials sent (a stale cookie) are not looked at. */
  authenticate?: boolean;
  /** Schema of the JSON request body: the handler gets the body parsed by it (issues name the field). */
  body?: B;
  /** Status of a successful answer (default 200; 201 for a creation, 204 for a deletion). */
  successStatus?: 200 | 201 | 204;
  handler: (
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B>; principal: Principal },
    request: FastifyRequest,
    reply: FastifyReply,
  ) => Promise<unknown>;
}

export interface RouteRegistry {
  routes: RouteSpec<z.ZodType, z.ZodType, z.ZodType>[];
  cache: ResponseCache;
  access: AccessPolicy;
}

function parseOrThrow<T extends z.ZodType>(
  schema: T | undefined,
  input: unknown,
  where: string,
): z.output<T> {
  if (!schema) return {} as z.output<T>;
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    path:
      i.code === 'unrecognized_keys'
        ? i.keys.join(',')
        : i.path.length > 0
          ? i.path.join('.')
          : where,
    message: i.code === 'unrecognized_keys' ? `unknown ${where}` : i.message,
  }));
  throw new DomainError(
    'validation_failed',
    `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  );
}

/**
 * The first string (value or key) holding a NUL character (U+0000) in a parsed request part, by
 * its path (e.g. `items.0.name`): no text column on PostgreSQL can store one, so every route refuses
 * it as bad input, whatever the database.
 */
function nulBytePath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulBytePath(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return [...path, k];
      const found = nulBytePath(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

function refuseNulBytes(input: unknown, where: string): void {
  const found = nulBytePath(input);
  if (!found) return;
  const path = found.length > 0 ? found.join('.').split('\u0000').join('\\0') : where;
  const message = 'must not contain a NUL character (\\u0000)';
  throw new DomainError('validation_failed', `invalid ${where}: ${path}: ${message}`, [
    { path, message },
  ]);
}

export function addRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  app: FastifyInstance,
  registry: RouteRegistry,
  spec: RouteSpec<P, Q, B>,
): void {
  assertCacheable(spec);
  registry.routes.push(spec);
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (request, reply) => {
      const principal =
        spec.authenticate === false
          ? ANONYMOUS
          : await authorize(request, spec.permission ?? 'read', registry.access);
      refuseNulBytes(request.params, 'path parameter');
      refuseNulBytes(request.query, 'query parameter');
      refuseNulBytes(request.body, 'body');
      const params = parseOrThrow(spec.params, request.params, 'path parameter');
      const query = parseOrThrow(spec.query, request.query, 'query parameter');
      const parsedBody: z.output<B> = spec.body
        ? parseInput(spec.body, request.body ?? {}, 'body')
        : (request.body as z.output<B>);
      const given = { params, query, body: parsedBody, principal };
      // A cached answer is shared by every caller: its handler cannot read who is asking.
      const input = spec.cached ? callerFree(given, spec.url) : given;
      const produce = async (): Promise<RawBody> => {
        const result = await spec.handler(input, request, reply);
        return result instanceof RawBody ? result : jsonBody(result);
      };
      const body = spec.cached ? await registry.cache.get(request.url, produce) : await produce();
      if (spec.successStatus === 204) return reply.status(204).send();
      return reply
        .status(spec.successStatus ?? 200)
        .type(body.contentType)
        .headers(body.headers)
        .send(body.body);
    },
  });
}
