// Builds the HTTP server (API, OpenAPI document, web UI); never listens: main.ts does.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Services } from '../services/services.ts';
import { API_VERSION, apiRoutes, type RouteAdder } from './api-routes.ts';
import { errorHandler } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { ResponseCache } from './response-cache.ts';
import { HELMET_OPTIONS, logRequest } from './security-headers.ts';
import { addRoute, type RouteRegistry } from './route.ts';

export { API_VERSION };
export type { RouteAdder };
export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  /** Request logging (`stream`: where the JSON lines go, default stdout). */
  logger?: boolean | { level: string; stream?: { write(line: string): void } };
  /** Folder of the built web UI; not served when missing (the API still works). */
  webDir?: string;
  /** Bearer token that authorises API writes; null or absent: the API accepts no writes. */
  apiWriteToken?: string | null;
  /** Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-* headers are believed. */
  trustProxy?: string[] | null;
  /**
   * Parse every JSON response by its route's schema before sending it, answering 500 when the code
   * and the documented contract disagree (on under Vitest, so every HTTP test checks the contract).
   */
  checkResponses?: boolean;
}

export async function buildApp(
  services: Services,
  options: AppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    // A screening batch travels as CSV inside JSON: 8 MiB holds about 100,000 names.
    bodyLimit: 8 * 1024 * 1024,
    // A long path parameter reaches the route's schema, which answers 400 in the API's shape with
    // the security headers (the router's own limit of 100 answered a bare 414 without them).
    routerOptions: { maxParamLength: 4096 },
    // Behind nginx every request comes from the proxy: only its forwarded headers say who the
    // client is (the sign-in limit counts per client) and whether it used https (Secure cookie).
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    // The log keeps a request's path, never its query string (screened names, search terms).
    logger: options.logger
      ? { ...(options.logger === true ? {} : options.logger), serializers: { req: logRequest } }
      : false,
    // Log API requests only: the web UI's static files would drown them.
    logController: new LogController({
      disableRequestLogging: (request) => !request.url.startsWith('/api/'),
    }),
  });
  // Large JSON bodies (a criteria evaluation over every economy is ~1 MB) travel compressed when
  // the client accepts it; small ones (under 1 KB) are sent as they are.
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
  // Security headers (CSP, nosniff, Referrer-Policy, no framing) on every response.
  await app.register(fastifyHelmet, HELMET_OPTIONS);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/'))
      return reply.status(404).send({
        code: 'not_found',
        message: `no route ${request.method} ${request.url.split('?')[0]}`,
      });
    return reply.status(404).type('text/plain').send('Not found');
  });

  const registry: RouteRegistry = {
    routes: [],
    cache: new ResponseCache(() => services.dataVersion()),
    access: { operatorToken: options.apiWriteToken ?? null, accounts: services.accounts },
    checkResponses: options.checkResponses ?? process.env.VITEST === 'true',
  };
  const add: RouteAdder = (spec) => addRoute(app, registry, spec);

  apiRoutes(add, services);

  const document = openApiDocument(registry, API_VERSION);
  app.get('/api/openapi.json', () => document);

  const webDir = options.webDir ?? WEB_DIR;
  if (existsSync(webDir)) {
    await app.register(fastifyStatic, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // Vite names every built script, style and data file under assets/ by its content's hash:
      // a browser keeps them for a year without asking again. index.html (which names them) and
      // everything else is revalidated on every load, so a new build is seen at once.
      // (@fastify/static hands setHeaders the reply, not the raw response its types name.)
      setHeaders: (reply: { header(name: string, value: string): unknown }, path: string) => {
        if (/[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(path))
          reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  return app;
}
