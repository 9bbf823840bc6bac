// Declares a route once: its Zod schemas validate the request and describe it in the OpenAPI
// document, so the document and the validation can never disagree.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../core/errors.ts';
import { parseInput } from '../core/parse-input.ts';
import { ANONYMOUS, type Permission, type Principal } from '../core/accounts/access.ts';
import { authorize, type AccessPolicy } from './authorize.ts';
import { jsonBody, RawBody, type ResponseCache } from './response-cache.ts';

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
  /** Serve repeated requests for the same URL from the response cache until data changes. */
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

export function addRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  app: FastifyInstance,
  registry: RouteRegistry,
  spec: RouteSpec<P, Q, B>,
): void {
  registry.routes.push(spec);
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (request, reply) => {
      const principal =
        spec.authenticate === false
          ? ANONYMOUS
          : await authorize(request, spec.permission ?? 'read', registry.access);
      const params = parseOrThrow(spec.params, request.params, 'path parameter');
      const query = parseOrThrow(spec.query, request.query, 'query parameter');
      const parsedBody: z.output<B> = spec.body
        ? parseInput(spec.body, request.body ?? {}, 'body')
        : (request.body as z.output<B>);
      const input = { params, query, body: parsedBody, principal };
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
