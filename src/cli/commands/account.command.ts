// `techalliance login|logout|whoami`, `techalliance password`, `techalliance sessions end-others`
// (the CLI's sign-in: a personal API token saved for this user, acting for that account) and
// `techalliance accounts list|create|disable|enable|role` (account administration from the
// server's shell, as its operator: recorded in the governance log as `cli:<system user>`).
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { OPERATOR, ROLES } from '../../core/accounts/access.ts';
import { DomainError } from '../../core/errors.ts';
import {
  cliPrincipal,
  credentialsFile,
  forgetCredentials,
  readCredentials,
  saveCredentials,
} from '../credentials.ts';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

/** The password: from --password-file, or the first line of stdin (never an argument). */
function readPassword(file: string | undefined): string {
  const text = readFileSync(file ?? 0, 'utf8');
  const line = text.split(/\r?\n/)[0] ?? '';
  if (line === '')
    throw new DomainError(
      'validation_failed',
      'password: give it on stdin or with --password-file',
      [{ path: 'password', message: 'empty' }],
    );
  return line;
}

/** The current and the new password: two files, or the first two lines of stdin. */
function readPasswordChange(opts: { currentPasswordFile?: string; newPasswordFile?: string }): {
  currentPassword: string;
  newPassword: string;
} {
  if (opts.currentPasswordFile !== undefined || opts.newPasswordFile !== undefined) {
    if (opts.currentPasswordFile === undefined || opts.newPasswordFile === undefined)
      throw new DomainError(
        'validation_failed',
        'give both --current-password-file and --new-password-file (or neither, and both lines on stdin)',
        [
          {
            path: opts.currentPasswordFile ? '--new-password-file' : '--current-password-file',
            message: 'missing',
          },
        ],
      );
    return {
      currentPassword: readPassword(opts.currentPasswordFile),
      newPassword: readPassword(opts.newPasswordFile),
    };
  }
  const [currentPassword = '', newPassword = ''] = readFileSync(0, 'utf8').split(/\r?\n/);
  for (const [path, value] of [
    ['current password', currentPassword],
    ['new password', newPassword],
  ] as const)
    if (value === '')
      throw new DomainError(
        'validation_failed',
        `${path}: give the current password on the first line of stdin and the new one on the second`,
        [{ path, message: 'empty' }],
      );
  return { currentPassword, newPassword };
}

/** How the CLI's administration is recorded: the system user at the server's shell. */
const cliActor = (): string => `cli:${userInfo().username}`;

const describeAccount = (a: {
  email: string;
  role: string;
  delegation: string | null;
  disabledAt: string | null;
}): string =>
  `${a.email} (${a.role}${a.delegation ? `, ${a.delegation}` : ''})${a.disabledAt ? ', disabled' : ''}`;

export function registerAccountCommands(program: Command, withServices: WithServices): void {
  program
    .command('login')
    .description('Sign in: checks the password and saves a personal API token for this user')
    .requiredOption('--email <email>', 'the account’s e-mail address')
    .option('--password-file <file>', 'read the password from this file (default: stdin)')
    .option('--days <n>', 'how long the saved token lasts', '30')
    .option('--json', 'print JSON')
    .action(
      async (opts: { email: string; passwordFile?: string; days: string; json?: boolean }) => {
        const days = Number(opts.days);
        if (!Number.isInteger(days) || days < 1 || days > 366)
          throw new DomainError(
            'validation_failed',
            `--days: '${opts.days}' is not a whole number from 1 to 366`,
            [{ path: '--days', message: 'from 1 to 366' }],
          );
        const password = readPassword(opts.passwordFile);
        await withServices(async (s) => {
          const session = await s.accounts.login(opts.email, password, 'cli');
          await s.accounts.logout(session.sessionToken);
          const { token, info } = await s.accounts.createToken(session.account.id, {
            name: 'techalliance login',
            days,
          });
          saveCredentials({
            email: session.account.email,
            token,
            tokenId: info.id,
            expiresAt: info.expiresAt,
          });
          const out = {
            email: session.account.email,
            role: session.account.role,
            delegation: session.account.delegation,
            expiresAt: info.expiresAt,
            saved: credentialsFile(),
          };
          if (opts.json) return printJson(out);
          process.stdout.write(
            `signed in as ${out.email} (${out.role}${out.delegation ? `, ${out.delegation}` : ''}) until ${out.expiresAt}; token saved in ${out.saved}\n`,
          );
        });
      },
    );

  program
    .command('logout')
    .description('Forget the saved sign-in (and revoke its token)')
    .action(async () => {
      await withServices(async (s) => {
        try {
          const p = await cliPrincipal(s);
          const c = readCredentials();
          if (p.kind === 'account' && c)
            await s.accounts.revokeToken(p.accountId, c.tokenId).catch(() => undefined);
        } catch {
          // Not signed in or already revoked: nothing to revoke.
        }
        process.stdout.write(forgetCredentials() ? 'signed out\n' : 'not signed in\n');
      });
    });

  program
    .command('whoami')
    .description('The account the CLI acts for')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const p = await cliPrincipal(s);
        if (opts.json) return printJson(p);
        if (p.kind === 'account')
          process.stdout.write(
            `${p.email} (${p.role}${p.delegation ? `, ${p.delegation}` : ''})\n`,
          );
      });
    });

  const accounts = program
    .command('accounts')
    .description('Accounts: list and create (run on the server, as its operator)');

  accounts
    .command('list')
    .description('Every account with its role and delegation')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.accounts.list();
        if (opts.json) return printJson(items);
        printTable(
          ['E-mail', 'Name', 'Role', 'Delegation', 'Created', 'Disabled'],
          items.map((a) => [
            a.email,
            a.name,
            a.role,
            a.delegation,
            a.createdAt.slice(0, 10),
            a.disabledAt?.slice(0, 10) ?? null,
          ]),
        );
      });
    });

  accounts
    .command('create')
    .description('Create an account; the initial password is read from stdin or --password-file')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'the person’s or organisation’s name')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--delegation <code>', 'member or partner economy (ISO3, EU) or organisation code')
    .option('--constituency <c>', 'for stakeholders: industry, ngo, academia or technical')
    .option('--password-file <file>', 'read the password from this file (default: stdin)')
    .option('--json', 'print JSON')
    .action(
      async (opts: {
        email: string;
        name: string;
        role: string;
        delegation?: string;
        constituency?: string;
        passwordFile?: string;
        json?: boolean;
      }) => {
        const password = readPassword(opts.passwordFile);
        await withServices(async (s) => {
          const a = await s.accounts.create(
            {
              email: opts.email,
              name: opts.name,
              role: opts.role,
              ...(opts.delegation ? { delegation: opts.delegation } : {}),
              ...(opts.constituency ? { constituency: opts.constituency } : {}),
              password,
            },
            OPERATOR,
            cliActor(),
          );
          if (opts.json) return printJson(a);
          process.stdout.write(
            `created ${a.email} (${a.role}${a.delegation ? `, ${a.delegation}` : ''})\n`,
          );
        });
      },
    );
  accounts
    .command('disable')
    .description(
      'Disable an account: it can no longer sign in, its sessions end and its API tokens are revoked',
    )
    .argument('<account>', 'the account’s id or e-mail address')
    .option('--json', 'print JSON')
    .action(async (ref: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const a = await s.accounts.disable((await s.accounts.find(ref)).id, OPERATOR, cliActor());
        if (opts.json) return printJson(a);
        process.stdout.write(`disabled ${describeAccount(a)}\n`);
      });
    });

  accounts
    .command('enable')
    .description('Enable a disabled account again (it signs in with its password)')
    .argument('<account>', 'the account’s id or e-mail address')
    .option('--json', 'print JSON')
    .action(async (ref: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const a = await s.accounts.enable((await s.accounts.find(ref)).id, OPERATOR, cliActor());
        if (opts.json) return printJson(a);
        process.stdout.write(`enabled ${describeAccount(a)}\n`);
      });
    });

  accounts
    .command('role')
    .description(
      'Change an account’s role (with its delegation, and constituency for stakeholders)',
    )
    .argument('<account>', 'the account’s id or e-mail address')
    .argument('<role>', ROLES.join(', '))
    .option('--delegation <code>', 'member or partner economy (ISO3, EU) or organisation code')
    .option('--constituency <c>', 'for stakeholders: industry, ngo, academia or technical')
    .option('--json', 'print JSON')
    .action(
      async (
        ref: string,
        role: string,
        opts: { delegation?: string; constituency?: string; json?: boolean },
      ) => {
        await withServices(async (s) => {
          const a = await s.accounts.changeRole(
            (await s.accounts.find(ref)).id,
            {
              role,
              ...(opts.delegation ? { delegation: opts.delegation } : {}),
              ...(opts.constituency ? { constituency: opts.constituency } : {}),
            },
            OPERATOR,
            cliActor(),
          );
          if (opts.json) return printJson(a);
          process.stdout.write(`${describeAccount(a)}\n`);
        });
      },
    );

  program
    .command('password')
    .description(
      'Change the password of the account you are signed in as: the current password on the first line of stdin, the new one on the second (or the two files); your web sessions end',
    )
    .option('--current-password-file <file>', 'read the current password from this file')
    .option('--new-password-file <file>', 'read the new password from this file')
    .option('--json', 'print JSON')
    .action(
      async (opts: { currentPasswordFile?: string; newPasswordFile?: string; json?: boolean }) => {
        const change = readPasswordChange(opts);
        await withServices(async (s) => {
          const r = await s.accounts.changePassword(await cliPrincipal(s), change);
          if (opts.json) return printJson(r);
          process.stdout.write(`password changed; ${r.sessionsEnded} session(s) ended\n`);
        });
      },
    );

  program
    .command('sessions')
    .description('Your sign-in sessions')
    .command('end-others')
    .description(
      'End every web session of the account you are signed in as (the CLI’s saved token stays)',
    )
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const r = await s.accounts.endOtherSessions(await cliPrincipal(s));
        if (opts.json) return printJson(r);
        process.stdout.write(`${r.sessionsEnded} session(s) ended\n`);
      });
    });
}
