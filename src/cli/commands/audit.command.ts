// `techalliance audit`: export the governance event log as JSON lines, verify the database's log or
// an export (chain, hashes, signatures: the first broken entry is named), print the public key.
import {
  createReadStream,
  existsSync,
  readFileSync,
  statSync,
  writeSync,
  openSync,
  closeSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { auditEntryLine, parseAuditLine, type AuditEntry } from '../../core/audit/audit-entry.ts';
import { DomainError } from '../../core/errors.ts';
import {
  parseAuditPublicKey,
  verifyEntries,
  type AuditVerification,
} from '../../services/audit-log.ts';
import { printJson } from '../output.ts';
import type { WithServices } from '../program.ts';

const badArgument = (flag: string, message: string): DomainError =>
  new DomainError('validation_failed', `${flag}: ${message}`, [{ path: flag, message }]);

function readableFile(flag: string, path: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) throw badArgument(flag, `no file '${path}'`);
  return path;
}

/** The entries of an export, line by line; a malformed line throws `bad_file` naming its number. */
async function* entriesOfFile(file: string): AsyncGenerator<AuditEntry> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let n = 0;
  try {
    for await (const text of lines) {
      n++;
      if (text.trim() === '') continue;
      yield parseAuditLine(text, n, file);
    }
  } finally {
    lines.close();
  }
}

function report(r: AuditVerification, json: boolean | undefined): void {
  if (json) printJson(r);
  else if (r.firstBroken)
    process.stdout.write(
      `broken at entry ${r.firstBroken.seq}: ${r.firstBroken.reason} (${r.firstBroken.detail}); ${r.checked} ${r.checked === 1 ? 'entry' : 'entries'} before it verified\n`,
    );
  else process.stdout.write(`ok: ${r.checked} entries, head ${r.headHash}\n`);
  if (!r.ok) process.exitCode = 1;
}

export function registerAuditCommands(program: Command, withServices: WithServices): void {
  const audit = program
    .command('audit')
    .description(
      'The governance event log: hash-chained, signed entries (docs/audit-log.md) — export, verify, key',
    );

  audit
    .command('export')
    .description(
      'Write the log as JSON lines, one entry per line, in seq order (stdout by default)',
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { out?: string }) => {
      await withServices(async (s) => {
        const fd = opts.out !== undefined ? openSync(opts.out, 'w') : null;
        let n = 0;
        let head = '';
        try {
          let chunk: string[] = [];
          const flush = (): void => {
            if (chunk.length === 0) return;
            const text = chunk.join('');
            if (fd === null) process.stdout.write(text);
            else writeSync(fd, text);
            chunk = [];
          };
          for await (const e of s.audit.entries()) {
            chunk.push(auditEntryLine(e) + '\n');
            n++;
            head = e.hash;
            if (chunk.length >= 1000) flush();
          }
          flush();
        } finally {
          if (fd !== null) closeSync(fd);
        }
        if (opts.out !== undefined)
          process.stdout.write(
            `wrote ${n} entries to ${opts.out}${n > 0 ? ` (head ${head})` : ''}\n`,
          );
      });
    });

  audit
    .command('verify')
    .description(
      "Recompute the chain and check every signature: the database's log, or an export (--file)",
    )
    .option('--file <export.jsonl>', 'verify this export instead of the database')
    .option('--key <public.pem>', "public key to verify with (default: the server's key)")
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nPrints "ok: N entries, head <hash>", or "broken at entry <seq>: <reason>" and exits 1.\n' +
        'Examples:\n  techalliance audit verify\n' +
        '  techalliance audit verify --file audit.jsonl --key audit-key.pem',
    )
    .action(async (opts: { file?: string; key?: string; json?: boolean }) => {
      const file = opts.file !== undefined ? readableFile('--file', opts.file) : undefined;
      const key =
        opts.key !== undefined
          ? parseAuditPublicKey(readFileSync(readableFile('--key', opts.key), 'utf8'), '--key')
          : undefined;
      // An export with a key given needs no database at all.
      if (file !== undefined && key !== undefined)
        return report(await verifyEntries(entriesOfFile(file), key), opts.json);
      await withServices(async (s) => {
        report(
          await s.audit.verify({
            ...(file !== undefined ? { entries: entriesOfFile(file) } : {}),
            ...(key !== undefined ? { publicKey: key } : {}),
          }),
          opts.json,
        );
      });
    });

  audit
    .command('key')
    .description("Print the server's public key (PEM), e.g. to give to `audit verify --key`")
    .option('--json', 'print algorithm, PEM and fingerprint as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        await Promise.resolve();
        const k = s.audit.key();
        if (opts.json) printJson(k);
        else process.stdout.write(k.pem);
      });
    });
}
