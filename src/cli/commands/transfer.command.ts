// `techalliance backup`, `restore` and `db copy`: one mechanism (services/transfer.service.ts) to
// save a database to a file, load it back, and copy it between SQLite and PostgreSQL.
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import {
  backupDatabase,
  copyDatabase,
  restoreDatabase,
  type TransferProgress,
  type TransferReport,
} from '../../services/transfer.service.ts';
import { printJson, printTable } from '../output.ts';
import type { CliDeps } from '../program.ts';

/**
 * Progress on stderr: a bar on a terminal, else one line as each table starts (for logs).
 */
function progressReporter(verb: string): {
  onProgress: (p: TransferProgress) => void;
  stop: () => void;
} {
  let bar: cliProgress.SingleBar | undefined;
  let table = '';
  return {
    onProgress: (p) => {
      if (process.stderr.isTTY) {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format: `${verb} [{bar}] {percentage}% {value}/{total} rows  {table}`,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(p.allTotal, 0, { table: p.table });
        }
        bar.update(p.allDone, { table: p.table });
      } else if (p.table !== table) {
        table = p.table;
        process.stderr.write(`${verb} ${p.table} (${p.total} rows)\n`);
      }
    },
    stop: () => bar?.stop(),
  };
}

function printReport(r: TransferReport, json: boolean | undefined, extra?: object): void {
  if (json) return printJson({ ...r, ...extra });
  printTable(
    ['table', 'source rows', 'target rows', 'checksum'],
    r.tables.map((t) => [
      t.table,
      t.sourceRows,
      t.targetRows,
      t.equal ? `equal ${t.targetSha256.slice(0, 16)}` : 'DIFFERENT',
    ]),
  );
  process.stdout.write(`${r.source} → ${r.target} (schema ${r.schemaVersion})\n`);
  if (r.audit)
    process.stdout.write(
      r.audit.ok
        ? `audit log verifies: ${r.audit.checked} entries, head ${r.audit.headSeq} ${r.audit.headHash}\n`
        : `audit log does NOT verify: ${r.audit.problem}\n`,
    );
}

async function run<T extends TransferReport>(
  verb: string,
  json: boolean | undefined,
  work: (onProgress: (p: TransferProgress) => void) => Promise<T>,
  extra?: (r: T) => object,
): Promise<void> {
  const progress = progressReporter(verb);
  let report: T;
  try {
    report = await work(progress.onProgress);
  } finally {
    progress.stop();
  }
  printReport(report, json, extra?.(report));
  if (report.audit && !report.audit.ok) {
    process.stderr.write(
      `error: the target's audit log does not verify: ${report.audit.problem}\n`,
    );
    process.exitCode = 1;
  }
}

export function registerTransferCommands(program: Command, deps: CliDeps): void {
  program
    .command('backup')
    .description(
      'Write a backup of the database (DATABASE_URL) to a file: gzip’d JSON lines with row counts and checksums',
    )
    .requiredOption('--out <file>', 'the backup file to write (written to <file>.partial first)')
    .option('--json', 'print the result as JSON')
    .action(async (opts: { out: string; json?: boolean }) => {
      const { databaseUrl } = await deps.config();
      await run(
        'backing up',
        opts.json,
        (onProgress) => backupDatabase(databaseUrl, resolve(opts.out), { onProgress }),
        (r) => ({ auditHead: r.manifest.auditHead }),
      );
    });

  program
    .command('restore')
    .description(
      'Restore a backup file into the database (DATABASE_URL, SQLite or PostgreSQL); refuses a non-empty database unless --force',
    )
    .argument('<file>', 'the backup file')
    .option('--force', 'replace everything the database holds')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, opts: { force?: boolean; json?: boolean }) => {
      const { databaseUrl } = await deps.config();
      await run('restoring', opts.json, (onProgress) =>
        restoreDatabase(databaseUrl, resolve(file), {
          force: Boolean(opts.force),
          onProgress,
        }),
      );
    });

  const db = program.command('db').description('Database maintenance: copy between databases');
  db.command('copy')
    .description(
      'Copy every row of one database into another, empty one (SQLite ↔ PostgreSQL), in one transaction, then compare counts and checksums',
    )
    .requiredOption('--to <url>', 'the target database (postgres://… or sqlite:<file>)')
    .option('--from <url>', 'the source database (default: DATABASE_URL)')
    .option('--json', 'print the per-table comparison as JSON')
    .action(async (opts: { to: string; from?: string; json?: boolean }) => {
      const from = opts.from ?? (await deps.config()).databaseUrl;
      await run('copying', opts.json, (onProgress) => copyDatabase(from, opts.to, { onProgress }));
    });
}
