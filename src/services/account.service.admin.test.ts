// Account administration and one's own account, in the service: disabling (sign-in, sessions and
// tokens stop at once), enabling, role changes, the last active secretariat account kept (also
// under concurrent requests on every test database), password changes and ending other sessions,
// each recorded in the governance log with ids only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import { OPERATOR, type Principal } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import { AccountService, type StoredAccount } from './account.service.ts';
import { openPlatform, type Platform } from './platform.ts';
import { buildServices, type Services } from './services.ts';

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

const principal = (a: StoredAccount): Principal => ({
  kind: 'account',
  accountId: a.id,
  email: a.email,
  name: a.name,
  role: a.role,
  delegation: a.delegation,
  constituency: a.constituency,
});

const PASSWORD = 'a long enough password';

describe('account administration', () => {
  let platform: Platform;
  let services: Services;
  let admin: StoredAccount;
  let delegate: StoredAccount;
  beforeEach(async () => {
    platform = await openPlatform('sqlite::memory:', { loadStarter: false, auditKeyFile: null });
    services = buildServices(platform);
    admin = await services.accounts.create({
      email: 'sec@example.org',
      name: 'Secretariat',
      role: 'secretariat',
      password: PASSWORD,
    });
    delegate = await services.accounts.create(
      {
        email: 'deu@example.org',
        name: 'Delegate',
        role: 'member_delegate',
        delegation: 'DEU',
        password: PASSWORD,
      },
      principal(admin),
    );
  });
  afterEach(() => platform.close());

  const entries = async (type: string) =>
    (await services.audit.page({ limit: 1000 })).items.filter((e) => e.type === type);

  it('records who created an account, with ids and codes only (no e-mail address)', async () => {
    const [, second] = await entries('role.changed');
    expect(second!.actor).toBe(`account:${admin.id}`);
    expect(JSON.parse(second!.payload)).toEqual({
      account: delegate.id,
      change: 'created',
      role: 'member_delegate',
      delegation: 'DEU',
      constituency: null,
    });
    expect(second!.payload).not.toMatch(/example\.org/);
  });

  it('disables an account: sign-in, sessions and API tokens stop at once, until enabled', async () => {
    const session = await services.accounts.login(delegate.email, PASSWORD, 'c1');
    const { token } = await services.accounts.createToken(delegate.id, { name: 't', days: 1 });
    const disabled = await services.accounts.disable(delegate.id, principal(admin));
    expect(disabled.disabledAt).not.toBeNull();
    expect(await services.accounts.fromSession(session.sessionToken)).toBeNull();
    expect(await services.accounts.fromToken(token)).toBeNull();
    expect(await codeOf(services.accounts.login(delegate.email, PASSWORD, 'c2'))).toBe(
      'unauthorized',
    );
    const [entry] = await entries('account.disabled');
    expect(entry!.actor).toBe(`account:${admin.id}`);
    expect(JSON.parse(entry!.payload)).toEqual({
      account: delegate.id,
      sessionsEnded: 1,
      tokensRevoked: 1,
    });

    await services.accounts.enable(delegate.id, principal(admin));
    expect(await codeOf(services.accounts.login(delegate.email, PASSWORD, 'c3'))).toBe('ok');
    // What was ended stays ended.
    expect(await services.accounts.fromSession(session.sessionToken)).toBeNull();
    expect(await services.accounts.fromToken(token)).toBeNull();
    expect((await entries('account.enabled')).map((e) => JSON.parse(e.payload) as unknown)).toEqual(
      [{ account: delegate.id }],
    );
  });

  it('refuses to disable or demote the last active secretariat account (409), not another', async () => {
    expect(await codeOf(services.accounts.disable(admin.id, principal(admin)))).toBe('conflict');
    expect(
      await codeOf(
        services.accounts.changeRole(
          admin.id,
          { role: 'member_delegate', delegation: 'DEU' },
          principal(admin),
        ),
      ),
    ).toBe('conflict');
    const second = await services.accounts.create({
      email: 'sec2@example.org',
      name: 'Second',
      role: 'secretariat',
      password: PASSWORD,
    });
    await services.accounts.disable(second.id, OPERATOR);
    expect(await codeOf(services.accounts.disable(admin.id, OPERATOR))).toBe('conflict');
    await services.accounts.enable(second.id, OPERATOR);
    expect(
      (await services.accounts.disable(admin.id, principal(second))).disabledAt,
    ).not.toBeNull();
  });

  it('changes a role with its delegation, checked as for a new account, and records both', async () => {
    expect(
      await codeOf(services.accounts.changeRole(delegate.id, { role: 'stakeholder' }, OPERATOR)),
    ).toBe('validation_failed');
    const changed = await services.accounts.changeRole(
      delegate.id,
      { role: 'partner_delegate', delegation: 'KOR' },
      principal(admin),
    );
    expect(changed).toMatchObject({ role: 'partner_delegate', delegation: 'KOR' });
    expect((await services.accounts.find('deu@example.org')).role).toBe('partner_delegate');
    const last = (await entries('role.changed')).at(-1)!;
    expect(JSON.parse(last.payload)).toEqual({
      account: delegate.id,
      change: 'role',
      role: 'partner_delegate',
      delegation: 'KOR',
      constituency: null,
      previous: { role: 'member_delegate', delegation: 'DEU', constituency: null },
    });
  });

  it('lets only the secretariat and the operator administer accounts', async () => {
    expect(await codeOf(services.accounts.disable(admin.id, principal(delegate)))).toBe(
      'forbidden',
    );
    expect(await codeOf(services.accounts.enable(admin.id, { kind: 'anonymous' }))).toBe(
      'unauthorized',
    );
    expect(await codeOf(services.accounts.disable('no-such-id', OPERATOR))).toBe('not_found');
    expect(await codeOf(services.accounts.find('nobody@example.org'))).toBe('not_found');
  });

  it('changes one’s own password with the current one, ending the other sessions', async () => {
    const mine = await services.accounts.login(delegate.email, PASSWORD, 'c1');
    const other = await services.accounts.login(delegate.email, PASSWORD, 'c2');
    const me = principal(delegate);
    expect(
      await codeOf(
        services.accounts.changePassword(
          me,
          { currentPassword: 'not the password', newPassword: 'another long password' },
          mine.sessionToken,
        ),
      ),
    ).toBe('validation_failed');
    expect(
      await codeOf(
        services.accounts.changePassword(me, { currentPassword: PASSWORD, newPassword: 'short' }),
      ),
    ).toBe('validation_failed');
    expect(
      await services.accounts.changePassword(
        me,
        { currentPassword: PASSWORD, newPassword: 'another long password' },
        mine.sessionToken,
      ),
    ).toEqual({ sessionsEnded: 1 });
    expect(await services.accounts.fromSession(mine.sessionToken)).not.toBeNull();
    expect(await services.accounts.fromSession(other.sessionToken)).toBeNull();
    expect(await codeOf(services.accounts.login(delegate.email, PASSWORD, 'c3'))).toBe(
      'unauthorized',
    );
    expect(
      await codeOf(services.accounts.login(delegate.email, 'another long password', 'c4')),
    ).toBe('ok');
    const [entry] = await entries('account.password_changed');
    expect(entry!.actor).toBe(`account:${delegate.id}`);
    expect(JSON.parse(entry!.payload)).toEqual({ account: delegate.id, sessionsEnded: 1 });
    expect(
      await codeOf(
        services.accounts.changePassword(OPERATOR, {
          currentPassword: PASSWORD,
          newPassword: 'another long password',
        }),
      ),
    ).toBe('forbidden');
  });

  it('counts wrong current passwords like failed sign-ins, so a session cannot guess the password', async () => {
    const me = principal(delegate);
    const change = (currentPassword: string) =>
      codeOf(
        services.accounts.changePassword(me, {
          currentPassword,
          newPassword: 'another long password',
        }),
      );
    for (let i = 0; i < 5; i++) expect(await change(`guess ${i}`)).toBe('validation_failed');
    expect(await change(PASSWORD)).toBe('rate_limited');
    expect(await codeOf(services.accounts.login(delegate.email, PASSWORD, 'c9'))).toBe(
      'rate_limited',
    );
  });

  it('takes an economy or the EU as a delegate’s delegation, and none for the secretariat', async () => {
    const draft = (role: string, delegation: string | null) => ({
      email: `${role}-${delegation ?? 'none'}@example.org`.toLowerCase(),
      name: 'X',
      role,
      delegation,
      password: PASSWORD,
    });
    const by = principal(admin);
    expect(await codeOf(services.accounts.create(draft('member_delegate', 'ZZ9'), by))).toBe(
      'validation_failed',
    );
    expect(await codeOf(services.accounts.create(draft('partner_delegate', 'OECD'), by))).toBe(
      'validation_failed',
    );
    expect(await codeOf(services.accounts.create(draft('member_delegate', 'EU'), by))).toBe('ok');
    expect(await codeOf(services.accounts.create(draft('observer', 'OECD'), by))).toBe('ok');
    expect(
      await codeOf(
        services.accounts.changeRole(delegate.id, { role: 'secretariat', delegation: 'BDI' }, by),
      ),
    ).toBe('validation_failed');
  });

  it('ends one’s other sessions and keeps the one asking', async () => {
    const mine = await services.accounts.login(delegate.email, PASSWORD, 'c1');
    const others = [
      await services.accounts.login(delegate.email, PASSWORD, 'c2'),
      await services.accounts.login(delegate.email, PASSWORD, 'c3'),
    ];
    const theirs = await services.accounts.login(admin.email, PASSWORD, 'c4');
    expect(
      await services.accounts.endOtherSessions(principal(delegate), mine.sessionToken),
    ).toEqual({ sessionsEnded: 2 });
    expect(await services.accounts.fromSession(mine.sessionToken)).not.toBeNull();
    for (const o of others) expect(await services.accounts.fromSession(o.sessionToken)).toBeNull();
    expect(await services.accounts.fromSession(theirs.sessionToken)).not.toBeNull();
    expect((await entries('account.sessions_ended')).map((e) => e.actor)).toEqual([
      `account:${delegate.id}`,
    ]);
  });
});

forEachDatabase('the last secretariat account', (ctx) => {
  it('survives two secretariat accounts disabling each other at the same time', async () => {
    const store = await ctx.open();
    const service = new AccountService(store);
    const make = (email: string) =>
      service.create({ email, name: email, role: 'secretariat', password: PASSWORD });
    const a = await make('a@example.org');
    const b = await make('b@example.org');
    const results = await Promise.all([
      codeOf(service.disable(a.id, principal(b))),
      codeOf(service.disable(b.id, principal(a))),
    ]);
    expect(results.sort()).toEqual(['conflict', 'ok']);
    expect(await store.accounts.countByRole('secretariat')).toBe(1);
  });
});
