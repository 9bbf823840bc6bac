// `techalliance import <format> <file>`: imports a public data file through the shared runner.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { summaryLine } from '../../core/imports/import-report.ts';
import { importFormatNames } from '../../services/import-formats.ts';
import { printJson } from '../output.ts';
import type { WithServices } from '../program.ts';

interface ImportOptions {
  indicator?: string;
  year?: string;
  code?: string;
  date?: string;
  id?: string;
  jurisdiction?: string;
  participation?: string;
  bodies?: string;
  members?: string;
  crosswalk?: string;
  skipBadRows?: boolean;
  report?: string;
  json?: boolean;
}

const SHOWN_ISSUES = 10;
const PROGRESS_MIN_ROWS = 10_000;

export function registerImportCommand(program: Command, withServices: WithServices): void {
  program
    .command('import')
    .description(
      'Import a data file; rejects the whole file if any row is bad (see --skip-bad-rows)',
    )
    .argument('<format>', importFormatNames().join(', '))
    .argument('<file>', 'path of the file to import')
    .option(
      '--indicator <code>',
      'indicator code the values are for (worldbank; owid when not inferable)',
    )
    .option(
      '--year <year>',
      'year the values describe, where the file does not say (top500, iso-standards)',
    )
    .option(
      '--code <code>',
      'code to store a supply chain (eto-supply-chain, minerals) or a conversation (polis) under',
    )
    .option(
      '--date <date>',
      'edition date of a restricted-party or control list whose file does not say it (YYYY-MM-DD)',
    )
    .option(
      '--id <id>',
      'id to store a control list under (us-ccl, wassenaar-list, …): us-ccl-2026',
    )
    .option(
      '--jurisdiction <code>',
      'whose control list it is, where the file does not say (ISO3 or EU)',
    )
    .option(
      '--participation <file>',
      'iso-committees: the participation file (committee × member body and role)',
    )
    .option('--bodies <file>', 'iso-committees: the table of member-body acronyms to ISO3')
    .option(
      '--members <file>',
      'standards-committees: the members file (reference, member_body, iso3, role)',
    )
    .option(
      '--crosswalk <file>',
      'nsf-ai-institutions: the crosswalk of the institutions to ROR ids',
    )
    .option('--skip-bad-rows', 'write the good rows and report the bad ones')
    .option('--report <file>', 'write every bad row (file, line, field, reason) to this JSON file')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  techalliance import countries ../shared/data/countries/countries.csv\n' +
        '  techalliance import worldbank ../shared/data/economy/wb_gdp_current_usd_1960_2023.csv --indicator gdp_usd\n' +
        '  techalliance import ofac-sdn ../shared/data/screening/lists/us_ofac_sdn_20240503.csv\n' +
        '  techalliance import iso-committees ../shared/data/standards/iso_committees_opendata.csv \\\n' +
        '    --participation ../shared/data/standards/iso_committee_participation_long.csv \\\n' +
        '    --bodies ../shared/data/standards/iso_member_body_acronym_to_iso3.csv',
    )
    .action(async (format: string, file: string, opts: ImportOptions) => {
      await withServices(async (services) => {
        let bar: cliProgress.SingleBar | undefined;
        const summary = await services.imports.run({
          format,
          file: resolve(file),
          options: {
            ...(opts.indicator !== undefined ? { indicator: opts.indicator } : {}),
            ...(opts.year !== undefined ? { year: opts.year } : {}),
            ...(opts.code !== undefined ? { code: opts.code } : {}),
            ...(opts.date !== undefined ? { date: opts.date } : {}),
            ...(opts.id !== undefined ? { id: opts.id } : {}),
            ...(opts.jurisdiction !== undefined ? { jurisdiction: opts.jurisdiction } : {}),
            ...(opts.participation !== undefined
              ? { participation: resolve(opts.participation) }
              : {}),
            ...(opts.bodies !== undefined ? { bodies: resolve(opts.bodies) } : {}),
            ...(opts.members !== undefined ? { members: resolve(opts.members) } : {}),
            ...(opts.crosswalk !== undefined ? { crosswalk: resolve(opts.crosswalk) } : {}),
          },
          skipBadRows: Boolean(opts.skipBadRows),
          onProgress: (done, total) => {
            if (!process.stderr.isTTY || opts.json || total < PROGRESS_MIN_ROWS) return;
            if (!bar) {
              bar = new cliProgress.SingleBar(
                {
                  stream: process.stderr,
                  format: 'reading [{bar}] {percentage}% {value}/{total} rows',
                },
                cliProgress.Presets.shades_classic,
              );
              bar.start(total, 0);
            }
            bar.update(done);
            if (done >= total) bar.stop();
          },
        });
        if (opts.report) writeFileSync(opts.report, JSON.stringify(summary.issues, null, 2) + '\n');
        if (opts.json) printJson(summary);
        else {
          for (const i of summary.issues.slice(0, SHOWN_ISSUES))
            process.stderr.write(`${i.file}:${i.line}: ${i.field}: ${i.reason}\n`);
          if (summary.issues.length > SHOWN_ISSUES)
            process.stderr.write(
              `… and ${summary.issues.length - SHOWN_ISSUES} more${opts.report ? ` (all in ${opts.report})` : ' (use --report <file> for all)'}\n`,
            );
          for (const w of summary.warnings) process.stderr.write(`warning: ${w}\n`);
          const aside = Object.entries(summary.setAside);
          if (aside.length > 0)
            process.stdout.write(
              `set aside: ${aside.map(([reason, n]) => `${n} ${reason}`).join('; ')}\n`,
            );
          process.stdout.write(summaryLine(summary) + '\n');
          if (!summary.written)
            process.stderr.write(
              `error: ${summary.rejected} bad row${summary.rejected === 1 ? '' : 's'}; nothing was written (fix the file or use --skip-bad-rows)\n`,
            );
        }
        if (!summary.written) process.exitCode = 1;
      });
    });
}
