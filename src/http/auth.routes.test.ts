// HTTP tests of sign-in: the session cookie (httpOnly, SameSite), CSRF on cookie writes, logout,
// personal tokens from creation to revocation, and the secretariat's account administration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';

let f: Fixture;
const SECRETARIAT = { email: 'sec@example.org', password: 'secretariat-password' };
const DELEGATE = { email: 'deu@example.org', password: 'delegate-password-1' };

beforeAll(async () => {
  f = await openStarterFixture();
  await f.services.accounts.ensureAdmin(SECRETARIAT);
  await f.services.accounts.create({
    ...DELEGATE,
    name: 'DEU delegate',
    role: 'member_delegate',
    delegation: 'DEU',
  });
});
afterAll(() => f.close());

async function signIn(who: { email: string; password: string }) {
  const r = await f.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: who });
  expect(r.statusCode).toBe(200);
  const setCookie = String(r.headers['set-cookie']);
  const cookie = setCookie.split(';')[0]!;
  return { cookie, setCookie, csrf: r.json<{ csrfToken: string }>().csrfToken };
}

describe('sign-in', () => {
  it('sets an httpOnly, SameSite=Strict session cookie and says who is signed in', async () => {
    const s = await signIn(DELEGATE);
    expect(s.setCookie).toMatch(
      /^ta_session=tas_[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/,
    );
    const me = await f.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: s.cookie },
    });
    expect(me.json()).toMatchObject({
      signedIn: true,
      kind: 'account',
      account: { role: 'member_delegate', delegation: 'DEU' },
    });
    const anon = await f.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anon.json()).toMatchObject({ signedIn: false, kind: 'anonymous', account: null });
  });

  it('refuses a wrong password with 401 and a missing field with 400', async () => {
    const r = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { ...DELEGATE, password: 'nope' },
    });
    expect(r.statusCode).toBe(401);
    expect(r.headers['set-cookie']).toBeUndefined();
    const bad = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: DELEGATE.email },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('password');
  });

  it('needs the session’s CSRF token for a write made with the cookie', async () => {
    const s = await signIn(DELEGATE);
    const payload = { name: 'laptop', days: 7 };
    const without = await f.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      payload,
      headers: { cookie: s.cookie },
    });
    expect(without.statusCode).toBe(403);
    const wrong = await f.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      payload,
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged' },
    });
    expect(wrong.statusCode).toBe(403);
    const right = await f.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      payload,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(right.statusCode).toBe(201);
  });

  it('ends the session on logout: the cookie no longer works', async () => {
    const s = await signIn(DELEGATE);
    const out = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/ta_session=; .*Max-Age=0/);
    const me = await f.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: s.cookie },
    });
    expect(me.statusCode).toBe(401);
  });
});

describe('sign-out and malformed cookies', () => {
  it('needs the session’s CSRF token to sign out, like any write made with the cookie', async () => {
    const s = await signIn(DELEGATE);
    for (const headers of [{ cookie: s.cookie }, { cookie: s.cookie, 'x-csrf-token': 'forged' }]) {
      const out = await f.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
      expect(out.statusCode).toBe(403);
      expect(out.headers['set-cookie']).toBeUndefined();
    }
    const me = await f.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: s.cookie },
    });
    expect(me.json()).toMatchObject({ signedIn: true });
  });

  it('gives a tab opened after sign-in the session’s CSRF token, so it can write and sign out', async () => {
    const s = await signIn(DELEGATE);
    const me = await f.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: s.cookie },
    });
    expect(me.json<{ csrfToken: string | null }>().csrfToken).toBe(s.csrf);
    const anon = await f.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anon.json<{ csrfToken: string | null }>().csrfToken).toBeNull();
    const out = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': me.json<{ csrfToken: string }>().csrfToken },
    });
    expect(out.statusCode).toBe(200);
  });

  it('clears the cookie of a session that has ended without asking for its CSRF token', async () => {
    const s = await signIn(DELEGATE);
    await f.services.accounts.logout(decodeURIComponent(s.cookie.split('=')[1]!));
    const out = await f.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/ta_session=; .*Max-Age=0/);
  });

  it('answers a malformed session cookie with 401, and signs it out', async () => {
    for (const value of ['%E0%A4%A', '%', 'tas_%ZZ', '%00']) {
      const cookie = `ta_session=${value}`;
      for (const url of ['/api/v1/auth/me', '/api/v1/economies']) {
        const r = await f.app.inject({ method: 'GET', url, headers: { cookie } });
        expect(r.statusCode, `${value} ${url}`).toBe(401);
      }
      const out = await f.app.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        headers: { cookie },
      });
      expect(out.statusCode).toBe(200);
    }
  });
});

describe('personal API tokens', () => {
  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const s = await signIn(DELEGATE);
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf };
    const created = (
      await f.app.inject({
        method: 'POST',
        url: '/api/v1/tokens',
        payload: { name: 'ci' },
        headers,
      })
    ).json<{ token: string; info: { id: string; expiresAt: string } }>();
    const bearer = { authorization: `Bearer ${created.token}` };
    const me = await f.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json()).toMatchObject({ account: { email: DELEGATE.email } });
    const list = await f.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer });
    expect(list.body).not.toContain(created.token);
    expect(list.json<{ items: { id: string }[] }>().items.map((t) => t.id)).toContain(
      created.info.id,
    );
    const del = await f.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${created.info.id}`,
      headers: bearer,
    });
    expect(del.statusCode).toBe(204);
    expect(
      (await f.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode,
    ).toBe(401);
  });

  it('refuses a token lifetime over a year, naming days', async () => {
    const s = await signIn(DELEGATE);
    const r = await f.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'forever', days: 10_000 },
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json<{ issues: { path: string }[] }>().issues[0]!.path).toBe('days');
  });
});

describe('accounts', () => {
  it('lets the secretariat create an account and refuses a delegate (403)', async () => {
    const sec = await signIn(SECRETARIAT);
    const payload = {
      email: 'obs@oecd.example',
      name: 'OECD',
      role: 'observer',
      delegation: 'OECD',
      password: 'observer-password',
    };
    const del = await signIn(DELEGATE);
    const refused = await f.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload,
      headers: { cookie: del.cookie, 'x-csrf-token': del.csrf },
    });
    expect(refused.statusCode).toBe(403);
    const made = await f.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload,
      headers: { cookie: sec.cookie, 'x-csrf-token': sec.csrf },
    });
    expect(made.statusCode).toBe(201);
    expect(made.body).not.toContain('observer-password');
    const again = await f.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      payload,
      headers: { cookie: sec.cookie, 'x-csrf-token': sec.csrf },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('first start without ADMIN_EMAIL', () => {
  it('creates the secretariat account once with the setup token the server printed', async () => {
    const fresh = await openStarterFixture();
    try {
      const r = await fresh.services.accounts.ensureAdmin(null);
      if (r.kind !== 'setup') throw new Error('expected a setup token');
      const body = {
        token: r.token,
        email: 'first@example.org',
        name: 'Secretariat',
        password: 'first-secretariat-pw',
      };
      const short = await fresh.app.inject({
        method: 'POST',
        url: '/api/v1/auth/setup',
        payload: { ...body, password: 'short' },
      });
      expect(short.statusCode).toBe(400);
      expect(short.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toEqual([
        'password',
      ]);
      const made = await fresh.app.inject({
        method: 'POST',
        url: '/api/v1/auth/setup',
        payload: body,
      });
      expect(made.statusCode).toBe(201);
      expect(made.json()).toMatchObject({ email: 'first@example.org', role: 'secretariat' });
      expect(
        (await fresh.app.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: body }))
          .statusCode,
      ).toBe(409);
      const login = await fresh.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: body.email, password: body.password },
      });
      expect(login.statusCode).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});
