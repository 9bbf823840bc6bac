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
  R extends z.ZodType = z.ZodType,
> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Fastify path, e.g. `/api/v1/economies/:iso3`. */
  url: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  /**
   * Schema of the success JSON body: the OpenAPI document and the web client's types are generated
   * from it, the handler's return type is checked against it when compiled, and with
   * `checkResponses` every body is parsed by it before it is sent.
   */
  response: R;
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
  ) => Promise<z.input<R> | RawBody>;
}

export interface RouteRegistry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one list holds every route's own schema types
  routes: RouteSpec<z.ZodType, z.ZodType, z.ZodType, any>[];
  /** Parse every JSON body by its route's response schema before sending it (tests turn it on). */
  checkResponses?: boolean;
  cache: ResponseCache;
  access: AccessPolicy;
}

function parseOrThrow<T extends z.ZodType>(
  schema: T | undefined,
  input: unknown,
  where: string,
): z.output<T> {
  if (!schema) return {} as z.output<T>;
  return parseInput(schema, input ?? {}, where, { whole: where, unknownKey: `unknown ${where}` });
}

/**
 * The first string (value or key) holding a NUL character (U+0000) in a parsed request part, by
 * its path (e.g. `items.0.name`): no text column on PostgreSQL can store one, so every route refuses
 * it as bad input, whatever the database.
 */
/** How deep a request's JSON may nest: no schema of the API goes near it. */
const MAX_DEPTH = 64;

function nulBytePath(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (path.length > MAX_DEPTH)
    throw new DomainError(
      'validation_failed',
      `invalid input: nested more than ${MAX_DEPTH} levels deep`,
      [
        {
          path: path.slice(0, 3).join('.') || 'body',
          message: `nested more than ${MAX_DEPTH} levels`,
        },
      ],
    );
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

/**
 * Keys present in a body but not in what its schema kept of it (Zod drops the keys an object schema
 * does not name): fields a client would read that the document never mentions.
 */
export function undocumentedKeys(sent: unknown, kept: unknown, path = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((v, i) => undocumentedKeys(v, kept[i], `${path}[${i}]`));
  if (sent === null || typeof sent !== 'object' || kept === null || typeof kept !== 'object')
    return [];
  const found: string[] = [];
  for (const [k, v] of Object.entries(sent)) {
    if (v === undefined) continue;
    const at = path ? `${path}.${k}` : k;
    if (!(k in kept)) found.push(at);
    else found.push(...undocumentedKeys(v, (kept as Record<string, unknown>)[k], at));
  }
  return found;
}

/** Throws when a body does not match its route's response schema, or holds fields it omits. */
export function checkResponse(
  spec: { method: string; url: string; response: z.ZodType },
  body: unknown,
): void {
  // The body as it travels: dates become strings, undefined fields disappear.
  const sent: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  const parsed = spec.response.safeParse(sent);
  const where = `response of ${spec.method} ${spec.url}`;
  const fail = (message: string): never => {
    // The client sees a bare 500: the test's output names the mismatch.
    console.error(message);
    throw new Error(message);
  };
  if (!parsed.success)
    fail(
      `${where} does not match its schema: ${parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
        .join('; ')}`,
    );
  const extra = undocumentedKeys(sent, parsed.data);
  if (extra.length > 0)
    fail(`${where} has fields its schema omits: ${extra.slice(0, 10).join(', ')}`);
}

export function addRoute<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(app: FastifyInstance, registry: RouteRegistry, spec: RouteSpec<P, Q, B, R>): void {
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
        if (result instanceof RawBody) return result;
        if (registry.checkResponses && spec.successStatus !== 204) checkResponse(spec, result);
        return jsonBody(result);
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
