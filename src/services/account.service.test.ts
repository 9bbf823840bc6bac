// The account service on an in-memory database: password hashing, sign-in and its rate limit,
// sessions, personal tokens (expiry, revocation), and the first secretariat account.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.ts';
import {
  AccountService,
  hashPassword,
  LOGIN_FAILURES_ALLOWED,
  verifyPassword,
} from './account.service.ts';
import { openPlatform, type Platform } from './platform.ts';

let platform: Platform;
let now: Date;
let service: AccountService;
beforeEach(async () => {
  platform = await openPlatform('sqlite::memory:', { loadStarter: false });
  now = new Date('2026-11-29T10:00:00.000Z');
  service = new AccountService(platform.store, null, () => now);
});
afterEach(() => platform.close());

const DELEGATE = {
  email: 'Delegate@Example.org',
  name: 'A delegate',
  role: 'member_delegate',
  delegation: 'DEU',
  password: 'correct horse battery',
};

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

describe('passwords', () => {
  it('hashes with scrypt and a salt, and verifies only the same password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterx', a)).toBe(false);
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
  });
});

describe('accounts', () => {
  it('creates an account with its e-mail in lower case, and refuses a second with that e-mail', async () => {
    const a = await service.create(DELEGATE);
    expect(a).toMatchObject({
      email: 'delegate@example.org',
      role: 'member_delegate',
      delegation: 'DEU',
    });
    expect(await codeOf(service.create(DELEGATE))).toBe('conflict');
  });

  it('names the field of a bad account', async () => {
    for (const [change, path] of [
      [{ password: 'short' }, 'password'],
      [{ email: 'not-an-address' }, 'email'],
      [{ role: 'king' }, 'role'],
      [{ delegation: null }, 'delegation'],
      [{ role: 'stakeholder', delegation: 'ACME' }, 'constituency'],
    ] as const) {
      try {
        await service.create({ ...DELEGATE, ...change });
        expect.unreachable(path);
      } catch (e) {
        expect((e as DomainError).issues.map((i) => i.path)).toContain(path);
      }
    }
  });
});

describe('sign-in and sessions', () => {
  it('opens a session whose cookie secret gives back the principal and its CSRF token', async () => {
    await service.create(DELEGATE);
    const r = await service.login('delegate@example.org', DELEGATE.password, '127.0.0.1');
    expect(r.sessionToken).toMatch(/^tas_/);
    const s = await service.fromSession(r.sessionToken);
    expect(s?.csrfToken).toBe(r.csrfToken);
    expect(s?.principal).toMatchObject({
      kind: 'account',
      role: 'member_delegate',
      delegation: 'DEU',
    });
    // Stored hashed: the secret is not in the table.
    const rows = await platform.store.accounts.session(r.sessionToken, now.toISOString());
    expect(rows).toBeUndefined();
    now = new Date(now.getTime() + 13 * 3_600_000);
    expect(await service.fromSession(r.sessionToken)).toBeNull();
  });

  it('refuses a wrong password without saying whether the address exists', async () => {
    await service.create(DELEGATE);
    const wrong = await service
      .login(DELEGATE.email, 'wrong password!', 'x')
      .catch((e: DomainError) => e);
    const unknown = await service
      .login('nobody@example.org', 'wrong password!', 'x')
      .catch((e: DomainError) => e);
    expect((wrong as DomainError).message).toBe((unknown as DomainError).message);
    expect((wrong as DomainError).code).toBe('unauthorized');
  });

  it('rate-limits sign-in per address: after the allowed failures even the right password waits', async () => {
    await service.create(DELEGATE);
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED; i++)
      expect(await codeOf(service.login(DELEGATE.email, 'wrong password!', `client-${i}`))).toBe(
        'unauthorized',
      );
    expect(await codeOf(service.login(DELEGATE.email, DELEGATE.password, 'another'))).toBe(
      'rate_limited',
    );
    now = new Date(now.getTime() + 16 * 60_000);
    expect(await codeOf(service.login(DELEGATE.email, DELEGATE.password, 'another'))).toBe('ok');
  });

  it('ends a session on logout', async () => {
    await service.create(DELEGATE);
    const r = await service.login(DELEGATE.email, DELEGATE.password, 'x');
    await service.logout(r.sessionToken);
    expect(await service.fromSession(r.sessionToken)).toBeNull();
  });
});

describe('personal API tokens', () => {
  it('shows the secret once, authenticates with it until revoked', async () => {
    const a = await service.create(DELEGATE);
    const { token, info } = await service.createToken(a.id, { name: 'laptop', days: 30 });
    expect(token).toMatch(/^tat_/);
    expect(await service.fromToken(token)).toMatchObject({ kind: 'account', accountId: a.id });
    expect((await service.tokens(a.id))[0]).toMatchObject({
      id: info.id,
      name: 'laptop',
      revokedAt: null,
    });
    await service.revokeToken(a.id, info.id);
    expect(await service.fromToken(token)).toBeNull();
    expect(await codeOf(service.revokeToken(a.id, info.id))).toBe('not_found');
  });

  it('stops working when it expires', async () => {
    const a = await service.create(DELEGATE);
    const { token } = await service.createToken(a.id, { name: 'short', days: 1 });
    now = new Date(now.getTime() + 25 * 3_600_000);
    expect(await service.fromToken(token)).toBeNull();
  });

  it('cannot be revoked by another account', async () => {
    const a = await service.create(DELEGATE);
    const b = await service.create({ ...DELEGATE, email: 'other@example.org' });
    const { info } = await service.createToken(a.id, { name: 'mine', days: 30 });
    expect(await codeOf(service.revokeToken(b.id, info.id))).toBe('not_found');
  });
});

describe('the first secretariat account', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD once', async () => {
    const admin = { email: 'sec@example.org', password: 'a long admin password' };
    expect(await service.ensureAdmin(admin)).toEqual({ kind: 'created', email: 'sec@example.org' });
    expect(await service.ensureAdmin(admin)).toEqual({ kind: 'exists' });
  });

  it('without them, a one-time setup token creates it, and works only once', async () => {
    const r = await service.ensureAdmin(null);
    if (r.kind !== 'setup') throw new Error('expected a setup token');
    const input = {
      email: 'sec@example.org',
      name: 'Secretariat',
      password: 'a long admin password',
    };
    expect(await codeOf(service.setup('wrong', input))).toBe('unauthorized');
    // A bad password does not spend the token.
    expect(await codeOf(service.setup(r.token, { ...input, password: 'short' }))).toBe(
      'validation_failed',
    );
    expect((await service.setup(r.token, input)).role).toBe('secretariat');
    expect(await codeOf(service.setup(r.token, input))).toBe('conflict');
    expect(await service.ensureAdmin(null)).toEqual({ kind: 'exists' });
  });

  it('expires the setup token after a day', async () => {
    const r = await service.ensureAdmin(null);
    if (r.kind !== 'setup') throw new Error('expected a setup token');
    now = new Date(now.getTime() + 25 * 3_600_000);
    expect(
      await codeOf(
        service.setup(r.token, {
          email: 'sec@example.org',
          name: 'S',
          password: 'a long admin password',
        }),
      ),
    ).toBe('unauthorized');
  });
});
