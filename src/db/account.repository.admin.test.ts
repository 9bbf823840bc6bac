// Contract of the AccountRepository calls account administration uses, on every test database:
// ending an account's sessions (all, or all but one), revoking its tokens, its password hash, and
// the active accounts of a role.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { StoredAccount } from '../core/accounts/account.ts';

const NOW = '2026-11-29T10:00:00.000Z';
const LATER = '2026-11-29T22:00:00.000Z';
const account = (id: string, over: Partial<StoredAccount> = {}): StoredAccount => ({
  id,
  email: `${id}@example.org`,
  name: id,
  role: 'secretariat',
  delegation: null,
  constituency: null,
  createdAt: NOW,
  disabledAt: null,
  ...over,
});

forEachDatabase('account repository: administration', (ctx) => {
  it('ends all sessions of an account, or all but one, and leaves other accounts’ alone', async () => {
    const store = await ctx.open();
    await store.accounts.create(account('a'), 'hash-a');
    await store.accounts.create(account('b'), null);
    for (const [hash, owner] of [
      ['a1', 'a'],
      ['a2', 'a'],
      ['a3', 'a'],
      ['b1', 'b'],
    ] as const)
      await store.accounts.createSession({
        tokenHash: hash,
        accountId: owner,
        csrfToken: 'c',
        createdAt: NOW,
        expiresAt: LATER,
      });
    expect(await store.accounts.deleteSessionsOf('a', 'a2')).toBe(2);
    expect(await store.accounts.session('a2', NOW)).toBeDefined();
    expect(await store.accounts.session('a1', NOW)).toBeUndefined();
    expect(await store.accounts.deleteSessionsOf('a')).toBe(1);
    expect(await store.accounts.session('b1', NOW)).toBeDefined();
    expect(await store.accounts.passwordHash('a')).toBe('hash-a');
    expect(await store.accounts.passwordHash('b')).toBeNull();
    expect(await store.accounts.passwordHash('nobody')).toBeNull();
  });

  it('revokes every live token of an account', async () => {
    const store = await ctx.open();
    await store.accounts.create(account('a'), null);
    for (const id of ['t1', 't2'])
      await store.accounts.createToken(
        {
          id,
          accountId: 'a',
          name: id,
          createdAt: NOW,
          expiresAt: LATER,
          revokedAt: null,
          lastUsedAt: null,
        },
        `hash-${id}`,
      );
    expect(await store.accounts.revokeTokensOf('a', NOW)).toBe(2);
    expect(await store.accounts.byToken('hash-t1', NOW)).toBeUndefined();
    expect(await store.accounts.revokeTokensOf('a', NOW)).toBe(0);
  });

  it('lists the active accounts of a role, inside a transaction too', async () => {
    const store = await ctx.open();
    await store.accounts.create(account('s1'), null);
    await store.accounts.create(account('s2', { disabledAt: NOW }), null);
    await store.accounts.create(
      account('m1', { role: 'member_delegate', delegation: 'DEU' }),
      null,
    );
    expect(await store.accounts.lockActiveByRole('secretariat')).toEqual(['s1']);
    expect(
      await store.transaction((tx) => tx.accounts.lockActiveByRole('member_delegate')),
    ).toEqual(['m1']);
  });
});
