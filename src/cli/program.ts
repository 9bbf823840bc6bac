// The `techalliance` command line: parses arguments, runs a command, maps errors to exit codes.
import { Command, CommanderError, Help } from 'commander';
import type { Config } from '../config.ts';
import { DomainError } from '../core/errors.ts';
import type { Platform } from '../services/platform.ts';
import type { Services } from '../services/services.ts';

export interface CliDeps {
  config(): Promise<Readonly<Config>>;
  open(config: Readonly<Config>): Promise<{ platform: Platform; services: Services }>;
  serve(
    config: Readonly<Config>,
  ): Promise<{ url: string; platform: Platform; close(): Promise<void> }>;
}

/** What a command's action gets: run `work` with services over an opened platform. */
export type WithServices = <T>(
  work: (services: Services, platform: Platform) => Promise<T>,
) => Promise<T>;

/** Registers a module's commands, with their options and actions, on the program. */
export type RegisterCommands = (
  program: Command,
  deps: CliDeps,
  withServices: WithServices,
) => void;

/** One commands/<name>.command.ts: the top-level commands it registers and how to load it. */
export interface CommandModule {
  /**
   * Its top-level commands in the order it registers them, as `techalliance --help` lists them:
   * the usage term (name, `[options]` when it has any, arguments) and the description. A test
   * (program.test.ts) checks them against what the module registers.
   */
  commands: readonly (readonly [term: string, description: string])[];
  load(): Promise<RegisterCommands>;
}

const withServicesOnly =
  (register: (program: Command, withServices: WithServices) => void): RegisterCommands =>
  (program, _deps, withServices) =>
    register(program, withServices);

/**
 * Every command module. The CLI starts fast because only the module of the command being run is
 * imported (for its action or its own --help); the others are declared from this table, so
 * `techalliance --help` loads none of them (nor the services, nor Fastify). A new top-level
 * command: one entry (or one line in its module's entry). Subcommands need nothing here.
 */
export const COMMAND_MODULES: readonly CommandModule[] = [
  {
    commands: [
      ['serve', 'Serve the web UI and the API (PORT, HOST, DATABASE_URL from the environment)'],
      [
        'migrate [options]',
        'Apply pending database migrations (and load the starter dataset into an empty database)',
      ],
    ],
    load: async () => (await import('./commands/serve.command.ts')).registerServeCommands,
  },
  {
    commands: [
      [
        'import [options] <format> <file>',
        'Import a data file; rejects the whole file if any row is bad (see --skip-bad-rows)',
      ],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/import.command.ts')).registerImportCommand),
  },
  {
    commands: [['economies', 'Economies: list and show']],
    load: async () =>
      withServicesOnly((await import('./commands/economies.command.ts')).registerEconomyCommands),
  },
  {
    commands: [['indicators', 'Indicators: the catalogue and values']],
    load: async () =>
      withServicesOnly(
        (await import('./commands/indicators.command.ts')).registerIndicatorCommands,
      ),
  },
  {
    commands: [['groups', 'Groupings: forums, alliances, regimes, proposals']],
    load: async () =>
      withServicesOnly((await import('./commands/groups.command.ts')).registerGroupCommands),
  },
  {
    commands: [
      [
        'coalition',
        'Coalitions: groupings and custom coalitions, their leverage, balance and complementarity',
      ],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/coalition.command.ts')).registerCoalitionCommands),
  },
  {
    commands: [['criteria', 'Membership criteria: sets, evaluation with evidence']],
    load: async () =>
      withServicesOnly((await import('./commands/criteria.command.ts')).registerCriteriaCommands),
  },
  {
    commands: [
      ['chain', 'Supply chains: list, show, metrics per input'],
      ['scenario', 'Supply-chain scenarios: disruption, Monte Carlo'],
      [
        'control',
        'Export controls: item control lists compared (lists, entry, diff, unilateral, lag, align, search), tied to supply-chain inputs (link, inputs), coverage and retaliation exposure',
      ],
    ],
    load: async () =>
      withServicesOnly(
        (await import('./commands/supply-chain.command.ts')).registerSupplyChainCommands,
      ),
  },
  {
    commands: [
      [
        'standards',
        'Standards committees: committees and their members, a coalition’s engagement, snapshot changes and alerts, tags, coordination',
      ],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/standards.command.ts')).registerStandardsCommands),
  },
  {
    commands: [
      [
        'misuse',
        'The illiberal use of technology: cases, suppliers and their listing status, country profiles, the technology → control map',
      ],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/misuse.command.ts')).registerMisuseCommands),
  },
  {
    commands: [
      [
        'research',
        'Research and development: strengths by field, collaboration, the members’ network, partner suggestions, research security',
      ],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/research.command.ts')).registerResearchCommands),
  },
  {
    commands: [
      [
        'policy',
        'The policy registry: search, one instrument with its versions, comparison by topic, the taxonomy',
      ],
      [
        'issue',
        'Policy issues: the questions members take positions on, with ordered options and the agreed option',
      ],
      ['position', "Members' positions on policy issues: record, withdraw, list, history"],
      [
        'divergence',
        'The divergence register: the matrix of positions, every divergence from every source, its path to a decision, alerts and webhooks',
      ],
    ],
    load: async () =>
      withServicesOnly(
        (await import('./commands/divergence.command.ts')).registerDivergenceCommands,
      ),
  },
  {
    commands: [
      [
        'consultation',
        'Conversations (Polis-style consultations): list, show, the opinion map with its groups and consensus, export',
      ],
    ],
    load: async () =>
      withServicesOnly(
        (await import('./commands/consultation.command.ts')).registerConsultationCommands,
      ),
  },
  {
    commands: [
      ['screen [options] <name>', 'Screen one name against the imported restricted-party lists'],
      [
        'screen-batch [options] <in>',
        'Screen a CSV of names (id,name[,type,country,birth_date]); malformed rows are reported, the rest screened',
      ],
      ['lists', 'Restricted-party lists: the imported lists, reconciliation'],
      ['decision', "Analysts' decisions on screening hits (match or no match)"],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/screening.command.ts')).registerScreeningCommands),
  },
  {
    commands: [
      [
        'power [options]',
        'Voting-power audit: Banzhaf and Shapley–Shubik indices per member, blocking, warnings',
      ],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/power.command.ts')).registerPowerCommand),
  },
  {
    commands: [
      [
        'login [options]',
        'Sign in: checks the password and saves a personal API token for this user',
      ],
      ['logout', 'Forget the saved sign-in (and revoke its token)'],
      ['whoami [options]', 'The account the CLI acts for'],
      ['accounts', 'Accounts: list and create (run on the server, as its operator)'],
      [
        'password [options]',
        'Change the password of the account you are signed in as: the current password on the first line of stdin, the new one on the second (or the two files); your web sessions end',
      ],
      ['sessions', 'Your sign-in sessions'],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/account.command.ts')).registerAccountCommands),
  },
  {
    commands: [
      ['proposal', 'Proposals: list, show, create, edit, move through the lifecycle, diff, tally'],
      [
        'vote [options] <id> <choice>',
        'Cast or change your delegation’s ballot while the vote is open',
      ],
      ['workstream', 'Workstreams: participants, rights and decision rules'],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/proposal.command.ts')).registerProposalCommands),
  },
  {
    commands: [
      [
        'audit',
        'The governance event log: hash-chained, signed entries (docs/audit-log.md) — export, verify, key, keygen, checkpoint',
      ],
    ],
    load: async () =>
      withServicesOnly((await import('./commands/audit.command.ts')).registerAuditCommands),
  },
  {
    commands: [
      [
        'backup [options]',
        'Write a backup of the database (DATABASE_URL) to a file: gzip’d JSON lines with row counts and checksums',
      ],
      [
        'restore [options] <file>',
        'Restore a backup file into the database (DATABASE_URL, SQLite or PostgreSQL); refuses a non-empty database unless --force',
      ],
      ['db', 'Database maintenance: copy between databases'],
    ],
    load: async () => {
      const { registerTransferCommands } = await import('./commands/transfer.command.ts');
      return (program, deps) => registerTransferCommands(program, deps);
    },
  },
  {
    commands: [['data', 'Project data maintenance']],
    load: async () => {
      const { registerDataCommands } = await import('./commands/data.command.ts');
      return (program) => registerDataCommands(program);
    },
  },
];

const nameOf = (term: string): string => term.split(' ')[0]!;

/**
 * Which modules `argv` needs: the one declaring the command it runs (`help <command>` too), none
 * for the program's own help, every one for a name not declared (commander then runs or rejects
 * it as before).
 */
export function modulesFor(argv: readonly string[]): (m: CommandModule) => boolean {
  const operands = argv.slice(2).filter((a) => !a.startsWith('-'));
  const name = operands[0] === 'help' ? operands[1] : operands[0];
  if (name === undefined) return () => false;
  const declares = (m: CommandModule): boolean => m.commands.some(([t]) => nameOf(t) === name);
  return COMMAND_MODULES.some(declares) ? declares : () => true;
}

/**
 * The program with every command: the modules `load` picks registered for real, the others'
 * commands declared by name, usage term and description only (enough for the program's help).
 */
export async function createProgram(
  deps: CliDeps,
  withServices: WithServices,
  load: (m: CommandModule) => boolean,
): Promise<Command> {
  const declared = new WeakMap<Command, string>();
  const program = new Command('techalliance')
    .description(
      'The working system of an alliance of tech-leading democracies: country facts, groupings and their sources.\n' +
        'Database: DATABASE_URL (postgres://… or sqlite:<file>; default sqlite:var/techalliance.sqlite).',
    )
    .option('--verbose', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({
      subcommandTerm(this: Help, cmd: Command): string {
        return declared.get(cmd) ?? Help.prototype.subcommandTerm.call(this, cmd);
      },
    });
  for (const m of COMMAND_MODULES) {
    if (load(m)) (await m.load())(program, deps, withServices);
    else
      for (const [term, description] of m.commands)
        declared.set(program.command(nameOf(term)).description(description), term);
  }
  for (const c of program.commands) c.exitOverride();
  return program;
}

export async function runProgram(argv: readonly string[], deps: CliDeps): Promise<number> {
  let verbose = argv.includes('--verbose');
  const withServices: WithServices = async (work) => {
    const { platform, services } = await deps.open(await deps.config());
    try {
      return await work(services, platform);
    } finally {
      await platform.close();
    }
  };

  try {
    const program = await createProgram(deps, withServices, modulesFor(argv));
    program.hook('preAction', (cmd) => {
      verbose = Boolean(cmd.opts<{ verbose?: boolean }>().verbose) || verbose;
    });
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
