// Behind a reverse proxy (TRUST_PROXY): the sign-in limit counts each client by the address the
// proxy forwards, not the proxy's own, and a sign-in made over https gets a Secure cookie. Without
// the setting, forwarded headers are ignored (anyone could send them).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_FAILURES_ALLOWED } from '../services/account.service.ts';
import { openPlatform, type Platform } from '../services/platform.ts';
import { buildServices } from '../services/services.ts';
import { buildApp } from './app.ts';

const ADMIN = { email: 'sec@example.org', password: 'secretariat-password' };

describe('the reverse proxy setting', () => {
  let platform: Platform;
  let behindProxy: FastifyInstance;
  let direct: FastifyInstance;
  beforeAll(async () => {
    platform = await openPlatform('sqlite::memory:', { loadStarter: false, auditKeyFile: null });
    const services = buildServices(platform);
    await services.accounts.ensureAdmin(ADMIN);
    behindProxy = await buildApp(services, { webDir: '/nonexistent', trustProxy: ['127.0.0.1'] });
    direct = await buildApp(services, { webDir: '/nonexistent' });
  });
  afterAll(async () => {
    await behindProxy.close();
    await direct.close();
    await platform.close();
  });

  const login = (app: FastifyInstance, email: string, password: string, client: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      headers: { 'x-forwarded-for': client, 'x-forwarded-proto': 'https' },
    });

  it('limits the client that failed, not every client of the proxy', async () => {
    for (let i = 0; i <= LOGIN_FAILURES_ALLOWED; i++)
      await login(behindProxy, `nobody${i}@example.org`, 'wrong password', '203.0.113.7');
    expect((await login(behindProxy, 'x@example.org', 'wrong', '203.0.113.7')).statusCode).toBe(
      429,
    );
    const other = await login(behindProxy, ADMIN.email, ADMIN.password, '198.51.100.9');
    expect(other.statusCode).toBe(200);
    expect(String(other.headers['set-cookie'])).toMatch(/; Secure$/);
  });

  it('ignores forwarded headers without the setting', async () => {
    const r = await login(direct, ADMIN.email, ADMIN.password, '198.51.100.10');
    expect(r.statusCode).toBe(200);
    expect(String(r.headers['set-cookie'])).not.toMatch(/Secure/);
  });
});

describe('TRUST_PROXY', () => {
  it('takes addresses and CIDR ranges, and names itself when one is not', async () => {
    const { loadConfig } = await import('../config.ts');
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(loadConfig({}).trustProxy).toBeNull();
    expect(() => loadConfig({ TRUST_PROXY: 'nginx' })).toThrow(/TRUST_PROXY must be/);
  });
});
