// The sign-in rate limit kept in the database (on SQLite and PostgreSQL): services over one
// database count together, parallel attempts cannot slip past it, a success never clears the
// client's failures, and an unknown address costs the same password check as a known one.
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import { DomainError } from '../core/errors.ts';
import type { Store } from '../db/store.ts';
import { AccountService, LOGIN_FAILURES_ALLOWED, verifyPassword } from './account.service.ts';

const OWNER = {
  email: 'owner@example.org',
  name: 'An owner',
  role: 'member_delegate',
  delegation: 'DEU',
  password: 'correct horse battery',
};
const OTHER = { ...OWNER, email: 'other@example.org', password: 'another long password' };

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

forEachDatabase('sign-in rate limit', (ctx) => {
  const open = async (): Promise<{ store: Store; service: AccountService }> => {
    const store = await ctx.open();
    return { store, service: new AccountService(store) };
  };

  it('counts failures made through two services on one database together', async () => {
    const { store, service: a } = await open();
    const b = new AccountService(store);
    await a.create(OWNER);
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED; i++) {
      const via = i % 2 === 0 ? a : b;
      expect(await codeOf(via.login(OWNER.email, 'wrong password!', `client-${i}`))).toBe(
        'unauthorized',
      );
    }
    expect(await codeOf(a.login(OWNER.email, OWNER.password, 'fresh-a'))).toBe('rate_limited');
    expect(await codeOf(b.login(OWNER.email, OWNER.password, 'fresh-b'))).toBe('rate_limited');
  });

  it('lets at most the allowed number of parallel failures be checked', async () => {
    const { service } = await open();
    const codes = await Promise.all(
      Array.from({ length: 4 * LOGIN_FAILURES_ALLOWED }, () =>
        codeOf(service.login('nobody@example.org', 'wrong password!', 'burst')),
      ),
    );
    expect(codes.every((c) => c === 'unauthorized' || c === 'rate_limited')).toBe(true);
    // However the burst went, no more than the allowed number of passwords get checked in all.
    let checked = codes.filter((c) => c === 'unauthorized').length;
    for (let i = 0; i <= LOGIN_FAILURES_ALLOWED; i++)
      if ((await codeOf(service.login('nobody@example.org', 'wrong!', 'burst'))) === 'unauthorized')
        checked += 1;
    expect(checked).toBe(LOGIN_FAILURES_ALLOWED);
  });

  it('does not clear the client’s failures when that client signs in to its own account', async () => {
    const { service } = await open();
    await service.create(OWNER);
    await service.create(OTHER);
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED - 1; i++)
      expect(await codeOf(service.login(OWNER.email, 'guess!', 'attacker'))).toBe('unauthorized');
    expect(await codeOf(service.login(OTHER.email, OTHER.password, 'attacker'))).toBe('ok');
    expect(await codeOf(service.login('third@example.org', 'guess!', 'attacker'))).toBe(
      'unauthorized',
    );
    // The client has now failed the allowed number of times, whatever address it tries.
    expect(await codeOf(service.login('fourth@example.org', 'guess!', 'attacker'))).toBe(
      'rate_limited',
    );
  });

  it('clears the address’s own failures when its owner signs in', async () => {
    const { service } = await open();
    await service.create(OWNER);
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED - 1; i++)
      await codeOf(service.login(OWNER.email, 'typo!', `laptop-${i}`));
    expect(await codeOf(service.login(OWNER.email, OWNER.password, 'phone'))).toBe('ok');
    for (let i = 0; i < LOGIN_FAILURES_ALLOWED - 1; i++)
      expect(await codeOf(service.login(OWNER.email, 'typo!', `desk-${i}`))).toBe('unauthorized');
    expect(await codeOf(service.login(OWNER.email, OWNER.password, 'phone'))).toBe('ok');
  });
});

describe('sign-in for an unknown address', () => {
  it('runs the same password check (against a dummy scrypt hash) as for a known address', async () => {
    const { openPlatform } = await import('./platform.ts');
    const platform = await openPlatform('sqlite::memory:', { loadStarter: false });
    try {
      const checked: string[] = [];
      const spy = (password: string, stored: string): Promise<boolean> => {
        checked.push(stored);
        return verifyPassword(password, stored);
      };
      const service = new AccountService(platform.store, null, () => new Date(), spy);
      await service.create(OWNER);
      expect(await codeOf(service.login(OWNER.email, 'wrong password!', 'a'))).toBe('unauthorized');
      expect(await codeOf(service.login('nobody@example.org', 'wrong password!', 'b'))).toBe(
        'unauthorized',
      );
      expect(checked).toHaveLength(2);
      // Both checks are scrypt with the same cost parameters: scrypt$N$r$p$salt$hash.
      const params = checked.map((h) => h.split('$').slice(0, 4).join('$'));
      expect(params[1]).toBe(params[0]);
      expect(params[0]).toMatch(/^scrypt\$\d+\$\d+\$\d+$/);
    } finally {
      await platform.close();
    }
  });
});
