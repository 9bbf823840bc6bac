// The `techalliance` command line: parses arguments, runs a command, maps errors to exit codes.
import { Command, CommanderError } from 'commander';
import type { Config } from '../config.ts';
import { DomainError } from '../core/errors.ts';
import type { Platform } from '../services/platform.ts';
import type { Services } from '../services/services.ts';
import { registerAuditCommands } from './commands/audit.command.ts';
import { registerAccountCommands } from './commands/account.command.ts';
import { registerCoalitionCommands } from './commands/coalition.command.ts';
import { registerCriteriaCommands } from './commands/criteria.command.ts';
import { registerDataCommands } from './commands/data.command.ts';
import { registerEconomyCommands } from './commands/economies.command.ts';
import { registerGroupCommands } from './commands/groups.command.ts';
import { registerImportCommand } from './commands/import.command.ts';
import { registerIndicatorCommands } from './commands/indicators.command.ts';
import { registerPowerCommand } from './commands/power.command.ts';
import { registerProposalCommands } from './commands/proposal.command.ts';
import { registerScreeningCommands } from './commands/screening.command.ts';
import { registerServeCommands } from './commands/serve.command.ts';
import { registerSupplyChainCommands } from './commands/supply-chain.command.ts';

export interface CliDeps {
  config(): Readonly<Config>;
  open(config: Readonly<Config>): Promise<{ platform: Platform; services: Services }>;
  serve(
    config: Readonly<Config>,
  ): Promise<{ url: string; platform: Platform; close(): Promise<void> }>;
}

/** What a command's action gets: run `work` with services over an opened platform. */
export type WithServices = <T>(
  work: (services: Services, platform: Platform) => Promise<T>,
) => Promise<T>;

export async function runProgram(argv: readonly string[], deps: CliDeps): Promise<number> {
  let verbose = argv.includes('--verbose');
  const withServices: WithServices = async (work) => {
    const { platform, services } = await deps.open(deps.config());
    try {
      return await work(services, platform);
    } finally {
      await platform.close();
    }
  };

  const program = new Command('techalliance')
    .description(
      'The working system of an alliance of tech-leading democracies: country facts, groupings and their sources.\n' +
        'Database: DATABASE_URL (postgres://… or sqlite:<file>; default sqlite:var/techalliance.sqlite).',
    )
    .option('--verbose', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');
  program.hook('preAction', (cmd) => {
    verbose = Boolean(cmd.opts<{ verbose?: boolean }>().verbose) || verbose;
  });

  registerServeCommands(program, deps, withServices);
  registerImportCommand(program, withServices);
  registerEconomyCommands(program, withServices);
  registerIndicatorCommands(program, withServices);
  registerGroupCommands(program, withServices);
  registerCoalitionCommands(program, withServices);
  registerCriteriaCommands(program, withServices);
  registerSupplyChainCommands(program, withServices);
  registerScreeningCommands(program, withServices);
  registerPowerCommand(program, withServices);
  registerAccountCommands(program, withServices);
  registerProposalCommands(program, withServices);
  registerAuditCommands(program, withServices);
  registerDataCommands(program);
  for (const c of program.commands) c.exitOverride();

  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; usage errors were already printed by commander.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.help'
        ? 0
        : 2;
    }
    if (e instanceof DomainError) {
      process.stderr.write(`error: ${e.message}\n`);
      for (const i of e.issues.slice(0, 10))
        process.stderr.write(
          `  ${i.line !== undefined ? `line ${i.line}, ` : ''}${i.path}: ${i.message}\n`,
        );
      if (verbose && e.stack) process.stderr.write(e.stack + '\n');
      return e.code === 'validation_failed' ? 2 : 1;
    }
    const err = e as Error;
    process.stderr.write(`error: ${err.message}\n`);
    if (verbose && err.stack) process.stderr.write(err.stack + '\n');
    return 1;
  }
}
