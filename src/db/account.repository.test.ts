// Contract of AccountRepository, on every test database.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { StoredAccount } from '../core/accounts/account.ts';

const NOW = '2026-11-29T10:00:00.000Z';
const LATER = '2026-11-29T22:00:00.000Z';
const account = (id: string, email: string, over: Partial<StoredAccount> = {}): StoredAccount => ({
  id,
  email,
  name: 'Someone',
  role: 'member_delegate',
  delegation: 'DEU',
  constituency: null,
  createdAt: NOW,
  disabledAt: null,
  ...over,
});

forEachDatabase('account repository', (ctx) => {
  it('stores accounts with a unique e-mail and finds them by it', async () => {
    const store = await ctx.open();
    await store.accounts.create(account('a1', 'a@example.org'), 'hash-a');
    await expect(store.accounts.create(account('a2', 'a@example.org'), 'hash-b')).rejects.toThrow();
    expect(await store.accounts.byEmail('A@example.org')).toEqual({
      account: account('a1', 'a@example.org'),
      passwordHash: 'hash-a',
    });
    expect(await store.accounts.countByRole('member_delegate')).toBe(1);
    expect(await store.accounts.countByRole('secretariat')).toBe(0);
  });

  it('finds a session until it expires or its account is disabled', async () => {
    const store = await ctx.open();
    await store.accounts.create(account('a1', 'a@example.org'), null);
    await store.accounts.createSession({
      tokenHash: 'h1',
      accountId: 'a1',
      csrfToken: 'c1',
      createdAt: NOW,
      expiresAt: LATER,
    });
    expect((await store.accounts.session('h1', NOW))?.csrfToken).toBe('c1');
    expect(await store.accounts.session('h1', LATER)).toBeUndefined();
    await store.accounts.update('a1', { disabledAt: NOW });
    expect(await store.accounts.session('h1', NOW)).toBeUndefined();
  });

  it('finds a token until it is revoked, and only its owner revokes it', async () => {
    const store = await ctx.open();
    await store.accounts.create(account('a1', 'a@example.org'), null);
    await store.accounts.create(account('a2', 'b@example.org'), null);
    await store.accounts.createToken(
      {
        id: 't1',
        accountId: 'a1',
        name: 'cli',
        createdAt: NOW,
        expiresAt: LATER,
        revokedAt: null,
        lastUsedAt: null,
      },
      'th1',
    );
    expect((await store.accounts.byToken('th1', NOW))?.account.id).toBe('a1');
    expect(await store.accounts.revokeToken('a2', 't1', NOW)).toBe(false);
    expect(await store.accounts.revokeToken('a1', 't1', NOW)).toBe(true);
    expect(await store.accounts.byToken('th1', NOW)).toBeUndefined();
  });

  it('consumes a setup token once, and not after it expires', async () => {
    const store = await ctx.open();
    await store.accounts.createSetupToken('s1', NOW, LATER);
    expect(await store.accounts.consumeSetupToken('s1', LATER)).toBe(false);
    expect(await store.accounts.consumeSetupToken('s1', NOW)).toBe(true);
    expect(await store.accounts.consumeSetupToken('s1', NOW)).toBe(false);
  });
});
