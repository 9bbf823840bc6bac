// Every response carries the security headers (CSP with frame-ancestors 'none', nosniff,
// Referrer-Policy) — API answers, errors, the OpenAPI document and the web UI's files — and the
// request log never holds a query string (a screened name).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform, type Platform } from '../services/platform.ts';
import { buildServices } from '../services/services.ts';
import { buildApp } from './app.ts';

let platform: Platform;
let app: FastifyInstance;
let webDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  platform = await openPlatform('sqlite::memory:', { loadStarter: false });
  webDir = mkdtempSync(join(tmpdir(), 'techalliance-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>t</title>');
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'assets', 'main-B4x9Qk2Z.js'), 'export {};');
  writeFileSync(join(webDir, 'assets', 'notes.txt'), 'not hashed');
  app = await buildApp(buildServices(platform), {
    webDir,
    logger: { level: 'info', stream: { write: (line) => void logLines.push(line) } },
  });
});
afterAll(async () => {
  await app.close();
  await platform.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('caching of the web UI', () => {
  it('keeps hashed build files for a year and revalidates index.html and unhashed files', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/main-B4x9Qk2Z.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/assets/notes.txt']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['cache-control'], url).not.toContain('immutable');
    }
  });
});

describe('security headers', () => {
  it('are sent with every response', async () => {
    const requests = [
      { method: 'GET', url: '/api/health', status: 200 },
      { method: 'GET', url: '/api/openapi.json', status: 200 },
      { method: 'GET', url: '/api/v1/no-such-thing', status: 404 },
      { method: 'GET', url: '/api/v1/economies?sort=nonsense', status: 400 },
      { method: 'POST', url: '/api/v1/auth/login', status: 400 },
      // A path parameter longer than the router's default limit reaches the schema: 400.
      { method: 'GET', url: `/api/v1/economies/${'a'.repeat(101)}`, status: 400 },
      { method: 'GET', url: '/', status: 200 },
      { method: 'GET', url: '/missing.js', status: 404 },
    ] as const;
    for (const r of requests) {
      const res = await app.inject({ method: r.method, url: r.url });
      expect(res.statusCode, r.url).toBe(r.status);
      const csp = String(res.headers['content-security-policy']);
      expect(csp, r.url).toContain("frame-ancestors 'none'");
      expect(csp, r.url).toContain("default-src 'self'");
      expect(csp, r.url).toContain("script-src 'self'");
      expect(csp, r.url).toContain("object-src 'none'");
      expect(csp, r.url).not.toContain("script-src 'self' 'unsafe");
      expect(res.headers['x-content-type-options'], r.url).toBe('nosniff');
      expect(res.headers['referrer-policy'], r.url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], r.url).toBe('DENY');
    }
  });
});

describe('the request log', () => {
  it('records the path of a screening request, never the screened name', async () => {
    logLines.length = 0;
    const name = 'Zebulon Quartermaine-Secretname';
    for (const url of [
      `/api/v1/screening/screen?name=${encodeURIComponent(name)}`,
      `/api/v1/screening/decisions?name=${encodeURIComponent(name)}`,
      `/api/v1/economies?q=${encodeURIComponent(name)}`,
    ])
      await app.inject({ method: 'GET', url });
    const log = logLines.join('');
    expect(log).toContain('/api/v1/screening/screen');
    expect(log).toContain('/api/v1/screening/decisions');
    expect(log).not.toContain('Secretname');
    expect(log).not.toContain('Zebulon');
  });
});
