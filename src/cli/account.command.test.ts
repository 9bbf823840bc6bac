// CLI tests of accounts and sign-in: create an account, log in (token saved in a file only the
// user reads), whoami, logout; passwords never come from arguments.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance as run } from '../../test/run-cli.ts';

let dir: string;
const saved = { db: process.env.DATABASE_URL, cred: process.env.TECHALLIANCE_CREDENTIALS };
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ta-accounts-'));
  process.env.DATABASE_URL = `sqlite:${join(dir, 'cli.sqlite')}`;
  process.env.TECHALLIANCE_CREDENTIALS = join(dir, 'config', 'credentials.json');
  writeFileSync(join(dir, 'pw'), 'delegate-password-1\n');
  writeFileSync(join(dir, 'wrong'), 'not-the-password\n');
});
afterAll(() => {
  for (const [k, v] of [
    ['DATABASE_URL', saved.db],
    ['TECHALLIANCE_CREDENTIALS', saved.cred],
  ] as const)
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  rmSync(dir, { recursive: true, force: true });
});

describe('techalliance accounts and login', () => {
  it('creates an account, signs in, says who it is, and signs out', async () => {
    const made = await run(
      'accounts',
      'create',
      '--email',
      'deu@example.org',
      '--name',
      'DEU',
      '--role',
      'member_delegate',
      '--delegation',
      'DEU',
      '--password-file',
      join(dir, 'pw'),
      '--json',
    );
    expect(made.code).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({
      email: 'deu@example.org',
      role: 'member_delegate',
    });
    expect((await run('whoami')).code).toBe(1);
    const login = await run(
      'login',
      '--email',
      'deu@example.org',
      '--password-file',
      join(dir, 'pw'),
    );
    expect(login.code).toBe(0);
    expect(login.out).toMatch(/signed in as deu@example.org \(member_delegate, DEU\)/);
    expect(statSync(process.env.TECHALLIANCE_CREDENTIALS!).mode & 0o777).toBe(0o600);
    expect((await run('whoami')).out).toBe('deu@example.org (member_delegate, DEU)\n');
    expect((await run('logout')).out).toBe('signed out\n');
    expect((await run('whoami')).err).toMatch(/not signed in: run techalliance login/);
  });

  it('refuses a wrong password (exit 1) and a bad role (exit 2, naming it)', async () => {
    const wrong = await run(
      'login',
      '--email',
      'deu@example.org',
      '--password-file',
      join(dir, 'wrong'),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/wrong e-mail address or password/);
    const bad = await run(
      'accounts',
      'create',
      '--email',
      'x@example.org',
      '--name',
      'X',
      '--role',
      'king',
      '--password-file',
      join(dir, 'pw'),
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/role/);
  });
});

describe('techalliance accounts disable|enable|role, password and sessions', () => {
  const create = (email: string, role: string, ...more: string[]) =>
    run(
      'accounts',
      'create',
      '--email',
      email,
      '--name',
      email,
      '--role',
      role,
      ...more,
      '--password-file',
      join(dir, 'pw'),
      '--json',
    );

  it('disables an account by e-mail (sign-in refused) and enables it by id', async () => {
    const made = JSON.parse(
      (await create('fra@example.org', 'member_delegate', '--delegation', 'FRA')).out,
    ) as { id: string };
    const off = await run('accounts', 'disable', 'fra@example.org', '--json');
    expect(off.code).toBe(0);
    const disabled = JSON.parse(off.out) as { id: string; disabledAt: string | null };
    expect(disabled.id).toBe(made.id);
    expect(disabled.disabledAt).not.toBeNull();
    const login = () =>
      run('login', '--email', 'fra@example.org', '--password-file', join(dir, 'pw'));
    expect((await login()).err).toMatch(/wrong e-mail address or password/);
    const on = await run('accounts', 'enable', made.id);
    expect(on.out).toBe('enabled fra@example.org (member_delegate, FRA)\n');
    expect((await login()).code).toBe(0);
    const missing = await run('accounts', 'disable', 'nobody@example.org');
    expect(missing.code).not.toBe(0);
    expect(missing.err).toMatch(/nobody@example.org/);
  });

  it('changes a role, and keeps the last secretariat account', async () => {
    const r = await run(
      'accounts',
      'role',
      'fra@example.org',
      'partner_delegate',
      '--delegation',
      'KOR',
    );
    expect(r.out).toBe('fra@example.org (partner_delegate, KOR)\n');
    const bad = await run('accounts', 'role', 'fra@example.org', 'stakeholder');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/delegation/);
    await create('sec@example.org', 'secretariat');
    const last = await run('accounts', 'disable', 'sec@example.org');
    expect(last.code).not.toBe(0);
    expect(last.err).toMatch(/last active secretariat account/);
  });

  it('changes the signed-in account’s password and ends its sessions', async () => {
    writeFileSync(join(dir, 'new'), 'the-new-password-1\n');
    // Signed in as fra@example.org by the first test.
    const ended = await run('sessions', 'end-others', '--json');
    expect(ended.code).toBe(0);
    expect(JSON.parse(ended.out)).toEqual({ sessionsEnded: 0 });
    const wrong = await run(
      'password',
      '--current-password-file',
      join(dir, 'wrong'),
      '--new-password-file',
      join(dir, 'new'),
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/currentPassword/);
    const ok = await run(
      'password',
      '--current-password-file',
      join(dir, 'pw'),
      '--new-password-file',
      join(dir, 'new'),
    );
    expect(ok.out).toBe('password changed; 0 session(s) ended\n');
    const again = await run(
      'login',
      '--email',
      'fra@example.org',
      '--password-file',
      join(dir, 'new'),
    );
    expect(again.code).toBe(0);
  });
});
