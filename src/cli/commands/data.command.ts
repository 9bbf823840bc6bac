// `techalliance data starter`: derives the bundled starter dataset from ../shared/data.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildStarterDataset } from '../../services/starter-builder.ts';
import { STARTER_DIR } from '../../services/starter-dataset.ts';
import { printJson } from '../output.ts';

export function registerDataCommands(program: Command): void {
  const data = program.command('data').description('Project data maintenance');
  data
    .command('starter')
    .description(
      'Derive the starter dataset (data/starter) from the public files in ../shared/data',
    )
    .option(
      '--shared <dir>',
      'folder of the shared data',
      process.env.SHARED_DATA ?? '../shared/data',
    )
    .option('--out <dir>', 'output folder', STARTER_DIR)
    .option('--json', 'print the result as JSON')
    .action(async (opts: { shared: string; out: string; json?: boolean }) => {
      const r = await buildStarterDataset(resolve(opts.shared), resolve(opts.out));
      if (opts.json) return printJson(r);
      for (const l of r.log) process.stdout.write(l + '\n');
      process.stdout.write(
        `wrote ${r.files.join(', ')} to ${opts.out}: ${r.economies} economies, ${r.values} values, ${r.groupings} groupings\n`,
      );
    });
}
