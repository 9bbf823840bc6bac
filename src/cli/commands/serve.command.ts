// `techalliance serve` and `techalliance migrate`.
import type { Command } from 'commander';
import { printJson } from '../output.ts';
import type { CliDeps, WithServices } from '../program.ts';

export function registerServeCommands(
  program: Command,
  deps: CliDeps,
  withServices: WithServices,
): void {
  program
    .command('serve')
    .description('Serve the web UI and the API (PORT, HOST, DATABASE_URL from the environment)')
    .action(async () => {
      const server = await deps.serve(await deps.config());
      const starter = server.platform.opened.starter;
      if (starter)
        process.stdout.write(
          `loaded the starter dataset: ${starter.economies} economies, ${starter.values} values, ${starter.groupings} groupings\n`,
        );
      process.stdout.write(
        `techalliance is serving ${server.url}  (web UI /, API /api/v1, OpenAPI /api/openapi.json; ${server.platform.dialect}: ${server.platform.location})\n`,
      );
      await new Promise<void>((resolveStop) => {
        const stop = (): void => {
          process.stdout.write('stopping\n');
          void server.close().then(resolveStop);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });

  program
    .command('migrate')
    .description(
      'Apply pending database migrations (and load the starter dataset into an empty database)',
    )
    .option('--json', 'print the result as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (_s, platform) => {
        await Promise.resolve();
        const { migrations, starter } = platform.opened;
        if (opts.json)
          return printJson({
            database: platform.dialect,
            location: platform.location,
            migrations,
            starter,
          });
        process.stdout.write(
          `${platform.dialect} ${platform.location}: ${migrations.length === 0 ? 'schema up to date' : `applied ${migrations.join(', ')}`}` +
            (starter
              ? `; loaded the starter dataset (${starter.economies} economies, ${starter.values} values)`
              : '') +
            '\n',
        );
      });
    });
}
