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
