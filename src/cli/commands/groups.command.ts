// `techalliance groups list|show`.
import type { Command } from 'commander';
import { printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

export function registerGroupCommands(program: Command, withServices: WithServices): void {
  const groups = program
    .command('groups')
    .description('Groupings: forums, alliances, regimes, proposals');

  groups
    .command('list')
    .description('List groupings with their member counts')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.groupings.list();
        if (opts.json) return printJson(items);
        printTable(
          ['Code', 'Name', 'Kind', 'Members'],
          items.map((g) => [g.code, g.name, g.kind, g.memberCount]),
        );
      });
    });

  groups
    .command('show')
    .description('One grouping with its members (economies and supranational bodies)')
    .argument('<code>', 'grouping code, e.g. G7, WASSENAAR')
    .option('--json', 'print JSON')
    .action(async (code: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const g = await s.groupings.get(code);
        if (opts.json) return printJson(g);
        process.stdout.write(
          `${g.name} (${g.code}) — ${g.kind}\nSource: ${g.source?.citation ?? g.sourceId}\n\n`,
        );
        printTable(
          ['Code', 'Name', 'Kind', 'Status'],
          g.members.map((m) => [m.code, m.name, m.kind, m.status]),
        );
        const economies = g.members.filter((m) => m.kind === 'economy').length;
        process.stdout.write(
          `${economies} economies, ${g.members.length - economies} supranational\n`,
        );
      });
    });
}
