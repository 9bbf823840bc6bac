// HTTP tests of account administration and one's own account: disable / enable / role by the
// secretariat (the disabled account's token and session stop at once; the last secretariat
// account answers 409), and a signed-in user changing their password and ending other sessions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { buildApp } from './app.ts';

let f: Fixture;
let app: Awaited<ReturnType<typeof buildApp>>;
const PASSWORD = 'accounts-password-long';
const ids = { sec: '', deu: '' };
let secToken = '';
beforeAll(async () => {
  f = await openStarterFixture();
  app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: null });
  const sec = await f.services.accounts.create({
    email: 'sec@accounts.test',
    name: 'Secretariat',
    role: 'secretariat',
    password: PASSWORD,
  });
  ids.sec = sec.id;
  secToken = (await f.services.accounts.createToken(sec.id, { name: 't', days: 1 })).token;
  ids.deu = (
    await f.services.accounts.create({
      email: 'deu@accounts.test',
      name: 'Germany',
      role: 'member_delegate',
      delegation: 'DEU',
      password: PASSWORD,
    })
  ).id;
});
afterAll(async () => {
  await app.close();
  await f.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function signIn(email: string, password = PASSWORD) {
  const r = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  const setCookie = String(r.headers['set-cookie']);
  return {
    status: r.statusCode,
    cookie: setCookie.split(';')[0]!,
    csrf: r.statusCode === 200 ? r.json<{ csrfToken: string }>().csrfToken : '',
  };
}

const withSession = (s: { cookie: string; csrf: string }) => ({
  cookie: s.cookie,
  'x-csrf-token': s.csrf,
});

describe('account administration through the API', () => {
  it('disables an account: its token and session stop at once, sign-in is refused', async () => {
    const session = await signIn('deu@accounts.test');
    const token = (await f.services.accounts.createToken(ids.deu, { name: 't', days: 1 })).token;
    const me = () => app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer(token) });
    expect((await me()).statusCode).toBe(200);
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${ids.deu}/disable`,
      headers: bearer(secToken),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json<{ disabledAt: string | null }>().disabledAt).not.toBeNull();
    expect((await me()).statusCode).toBe(401);
    const bySession = await app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: { cookie: session.cookie },
    });
    expect(bySession.statusCode).toBe(401);
    expect((await signIn('deu@accounts.test')).status).toBe(401);

    const enabled = await app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${ids.deu}/enable`,
      headers: bearer(secToken),
    });
    expect(enabled.json<{ disabledAt: string | null }>().disabledAt).toBeNull();
    expect((await signIn('deu@accounts.test')).status).toBe(200);
  });

  it('answers 409 for the last active secretariat account, and 400/404 naming the problem', async () => {
    const r = await app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${ids.sec}/disable`,
      headers: bearer(secToken),
    });
    expect(r.statusCode).toBe(409);
    expect(r.json<{ message: string }>().message).toMatch(/last active secretariat account/);
    const demote = await app.inject({
      method: 'PUT',
      url: `/api/v1/accounts/${ids.sec}/role`,
      headers: bearer(secToken),
      payload: { role: 'observer', delegation: 'OECD' },
    });
    expect(demote.statusCode).toBe(409);
    const bad = await app.inject({
      method: 'PUT',
      url: `/api/v1/accounts/${ids.deu}/role`,
      headers: bearer(secToken),
      payload: { role: 'king' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toContain('role');
    const missing = await app.inject({
      method: 'POST',
      url: '/api/v1/accounts/00000000-0000-4000-8000-000000000000/disable',
      headers: bearer(secToken),
    });
    expect(missing.statusCode).toBe(404);
  });

  it('changes a role', async () => {
    const r = await app.inject({
      method: 'PUT',
      url: `/api/v1/accounts/${ids.deu}/role`,
      headers: bearer(secToken),
      payload: { role: 'partner_delegate', delegation: 'KOR' },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ role: 'partner_delegate', delegation: 'KOR' });
  });
});

describe('one’s own account through the API', () => {
  it('changes the password with the current one; the session asking stays, the others end', async () => {
    const mine = await signIn('deu@accounts.test');
    const other = await signIn('deu@accounts.test');
    const wrong = await app.inject({
      method: 'PUT',
      url: '/api/v1/auth/password',
      headers: withSession(mine),
      payload: { currentPassword: 'wrong password', newPassword: 'a new long password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('currentPassword');
    const noCsrf = await app.inject({
      method: 'PUT',
      url: '/api/v1/auth/password',
      headers: { cookie: mine.cookie },
      payload: { currentPassword: PASSWORD, newPassword: 'a new long password' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const r = await app.inject({
      method: 'PUT',
      url: '/api/v1/auth/password',
      headers: withSession(mine),
      payload: { currentPassword: PASSWORD, newPassword: 'a new long password' },
    });
    expect(r.statusCode).toBe(200);
    // `other`, and the session the first test opened after enabling the account.
    expect(r.json()).toEqual({ sessionsEnded: 2 });
    const ask = (s: { cookie: string }) =>
      app.inject({ method: 'GET', url: '/api/v1/tokens', headers: { cookie: s.cookie } });
    expect((await ask(mine)).statusCode).toBe(200);
    expect((await ask(other)).statusCode).toBe(401);
    expect((await signIn('deu@accounts.test')).status).toBe(401);
    expect((await signIn('deu@accounts.test', 'a new long password')).status).toBe(200);
  });

  it('ends the other sessions on request', async () => {
    const mine = await signIn('sec@accounts.test');
    const other = await signIn('sec@accounts.test');
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sessions/end-others',
      headers: withSession(mine),
    });
    expect(r.statusCode).toBe(200);
    expect(r.json<{ sessionsEnded: number }>().sessionsEnded).toBeGreaterThanOrEqual(1);
    const ask = (s: { cookie: string }) =>
      app.inject({ method: 'GET', url: '/api/v1/tokens', headers: { cookie: s.cookie } });
    expect((await ask(mine)).statusCode).toBe(200);
    expect((await ask(other)).statusCode).toBe(401);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(doc.paths['/api/v1/accounts/{id}/disable']!)).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/v1/accounts/{id}/role']!)).toEqual(['put']);
    expect(Object.keys(doc.paths['/api/v1/auth/password']!)).toEqual(['put']);
    expect(Object.keys(doc.paths['/api/v1/auth/sessions/end-others']!)).toEqual(['post']);
  });
});
