// What every response says about how a browser may use it (Content-Security-Policy, nosniff,
// Referrer-Policy, framing; set by @fastify/helmet), and what the request log keeps of a request:
// its method and path, never its query string (a screened name, a search term).
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyRequest } from 'fastify';

/**
 * The web UI is one Vite bundle served from this origin: scripts only from 'self' (no inline
 * script, no eval). Styles allow 'unsafe-inline' because Observable Plot writes a <style> element
 * and style attributes into its SVG charts. Images allow data: (the favicon) and blob:; nothing may
 * frame the pages, embed objects, or post forms elsewhere.
 */
export const HELMET_OPTIONS: FastifyHelmetOptions = {
  global: true,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/** A request as the log records it: the path without the query string. */
export function logRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
