// `techalliance economies list|show`.
import type { Command } from 'commander';
import { INCOME_GROUPS } from '../../core/economies/economy.ts';
import { humanNumber, printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

export function registerEconomyCommands(program: Command, withServices: WithServices): void {
  const economies = program.command('economies').description('Economies: list and show');

  economies
    .command('list')
    .description('List economies, optionally filtered')
    .option('--region <name>', 'UN M49 region or sub-region, e.g. Europe, "Eastern Asia"')
    .option('--income <group>', 'World Bank income group: H, UM, LM or L')
    .option('--group <code>', 'members of a grouping, e.g. G7')
    .option('--json', 'print JSON')
    .action(async (opts: { region?: string; income?: string; group?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const list = await s.economies.list({
          ...(opts.region !== undefined ? { region: opts.region } : {}),
          ...(opts.income !== undefined ? { income: opts.income } : {}),
          ...(opts.group !== undefined ? { group: opts.group } : {}),
        });
        if (opts.json) return printJson(list);
        printTable(
          ['ISO3', 'Name', 'Region', 'Sub-region', 'Income'],
          list.map((e) => [e.iso3, e.name, e.region, e.subregion, e.incomeCode]),
        );
        process.stdout.write(`${list.length} economies\n`);
      });
    });

  economies
    .command('show')
    .description(
      'One economy: its latest indicator values with year and source, and its memberships',
    )
    .argument('<iso3>', 'ISO 3166-1 alpha-3 code, e.g. JPN')
    .option('--json', 'print JSON')
    .action(async (iso3: string, opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const p = await s.economies.profile(iso3);
        if (opts.json) return printJson(p);
        const e = p.economy;
        process.stdout.write(
          `${e.name} (${e.iso3}${e.iso2 ? `/${e.iso2}` : ''}${e.isoNumeric ? `/${e.isoNumeric}` : ''})\n` +
            `${e.officialName ?? ''}\nRegion: ${e.region ?? '—'} / ${e.subregion ?? '—'}; income: ${e.incomeCode ? INCOME_GROUPS[e.incomeCode] : '—'}\n` +
            `Memberships: ${p.memberships.map((m) => m.groupCode).join(', ') || '—'}\n\n`,
        );
        printTable(
          ['Indicator', 'Year', 'Value', 'Unit', 'Source'],
          p.series.map((ser) => {
            const last = ser.points[ser.points.length - 1]!;
            return [
              ser.indicator.code,
              last.year,
              humanNumber(last.value),
              ser.indicator.unit,
              last.sourceId,
            ];
          }),
        );
      });
    });
}
