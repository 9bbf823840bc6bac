// `techalliance indicators list|get`.
import type { Command } from 'commander';
import { z } from 'zod';
import { DomainError } from '../../core/errors.ts';
import { valuesToCsv } from '../../services/indicator.service.ts';
import { humanNumber, printJson, printTable } from '../output.ts';
import type { WithServices } from '../program.ts';

const getOptions = z.object({
  year: z
    .string()
    .regex(/^(\d{4}|latest)$/, "--year must be a four-digit year or 'latest'")
    .optional(),
  economies: z
    .string()
    .regex(
      /^[^,]+(,[^,]+)*$/,
      '--economies must be comma-separated ISO3 codes or names, e.g. USA,JPN,Taiwan',
    )
    .optional(),
  format: z.enum(['csv', 'json', 'table'], { message: '--format must be csv or json' }).optional(),
  json: z.boolean().optional(),
});

export function registerIndicatorCommands(program: Command, withServices: WithServices): void {
  const indicators = program
    .command('indicators')
    .description('Indicators: the catalogue and values');

  indicators
    .command('list')
    .description('The indicator catalogue with coverage (values, economies, years)')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const items = await s.indicators.catalogue();
        if (opts.json) return printJson(items);
        printTable(
          ['Code', 'Name', 'Unit', 'Economies', 'Years'],
          items.map((i) => [
            i.code,
            i.name,
            i.unit,
            i.economyCount,
            i.firstYear === null ? '—' : `${i.firstYear}–${i.lastYear}`,
          ]),
        );
      });
    });

  indicators
    .command('get')
    .description('Values of one indicator for a year (default: the latest year with data)')
    .argument('<code>', 'indicator code, e.g. gdp_usd (see `indicators list`)')
    .option('--year <year>', "a year, or 'latest' for each economy's most recent value")
    .option('--economies <codes>', 'comma-separated ISO3 codes or names, e.g. USA,JPN,Taiwan')
    .option('--format <format>', 'csv or json (default: a table)')
    .option('--json', 'print JSON (same as --format json)')
    .action(async (code: string, raw: Record<string, unknown>) => {
      const parsed = getOptions.safeParse(raw);
      if (!parsed.success) {
        const i = parsed.error.issues[0]!;
        throw new DomainError('validation_failed', i.message, [
          { path: `--${String(i.path[0])}`, message: i.message },
        ]);
      }
      const opts = parsed.data;
      await withServices(async (s) => {
        const v = await s.indicators.values({
          code,
          ...(opts.year !== undefined
            ? { year: opts.year === 'latest' ? 'latest' : Number(opts.year) }
            : {}),
          ...(opts.economies !== undefined ? { economies: opts.economies.split(',') } : {}),
        });
        const format = opts.json ? 'json' : (opts.format ?? 'table');
        if (format === 'csv') return void process.stdout.write(valuesToCsv(v));
        if (format === 'json')
          return printJson({
            indicator: v.indicator,
            year: v.year,
            count: v.rows.length,
            items: v.rows,
            sources: v.sources,
          });
        process.stdout.write(`${v.indicator.name} — ${v.indicator.unit}, year ${v.year ?? '—'}\n`);
        printTable(
          ['ISO3', 'Name', 'Year', 'Value', 'Source'],
          v.rows.map((r) => [r.iso3, r.name, r.year, humanNumber(r.value), r.sourceId]),
        );
        process.stdout.write(`${v.rows.length} values\n`);
      });
    });
}
