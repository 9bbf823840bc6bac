// `techalliance audit`: export the governance event log as JSON lines, verify the database's log or
// an export (chain, hashes, signatures, and a kept checkpoint: the first broken entry is named),
// print the public key, create a signing key file, make or fetch a signed checkpoint.
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { auditEntryLine, parseAuditLine, type AuditRecord } from '../../core/audit/audit-entry.ts';
import {
  compareCheckpoint,
  parseCheckpoint,
  type AuditCheckpoint,
} from '../../core/audit/checkpoint.ts';
import { DomainError } from '../../core/errors.ts';
import {
  checkpointSignatureVerifies,
  describePublicKey,
  generateAuditKeyFile,
  parseAuditPublicKey,
  verifyEntries,
  type AuditVerification,
} from '../../services/audit-log.ts';
import { cliPrincipal } from '../credentials.ts';
import { printJson } from '../output.ts';
import type { WithServices } from '../program.ts';

const badArgument = (flag: string, message: string): DomainError =>
  new DomainError('validation_failed', `${flag}: ${message}`, [{ path: flag, message }]);

function readableFile(flag: string, path: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) throw badArgument(flag, `no file '${path}'`);
  return path;
}

/** The entries of an export, line by line; a malformed line throws `bad_file` naming its number. */
async function* entriesOfFile(file: string): AsyncGenerator<AuditRecord> {
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
  else
    process.stdout.write(
      `ok: ${r.checked} entries, head ${r.headHash}${r.checkpoints > 0 ? `; ${r.checkpoints} checkpoint${r.checkpoints === 1 ? '' : 's'} match` : ''}\n`,
    );
  if (!r.ok) process.exitCode = 1;
}

/**
 * Verifies an export with a public key, and a kept checkpoint against it: the export must hold
 * the checkpoint's hash at the checkpoint's seq.
 */
async function verifyFile(
  file: string,
  key: Parameters<typeof verifyEntries>[1],
  checkpoint: AuditCheckpoint | undefined,
): Promise<AuditVerification> {
  let hashAtSeq: string | null = null;
  let last = 0;
  async function* watched(): AsyncGenerator<AuditRecord> {
    for await (const e of entriesOfFile(file)) {
      if (checkpoint && e.seq === checkpoint.seq) hashAtSeq = e.hash;
      last = e.seq;
      yield e;
    }
  }
  const r = await verifyEntries(watched(), key);
  if (!checkpoint || !r.ok) return r;
  const publicKey = typeof key === 'string' ? parseAuditPublicKey(key) : key;
  const check = compareCheckpoint(
    checkpoint,
    checkpointSignatureVerifies(checkpoint, publicKey),
    hashAtSeq,
    last,
  );
  return check.ok
    ? { ...r, checkpoints: 1 }
    : {
        ...r,
        ok: false,
        checkpoints: 1,
        firstBroken: { seq: check.seq, reason: check.reason, detail: check.detail },
      };
}

function printCheckpoint(c: AuditCheckpoint, opts: { json?: boolean; out?: string }): void {
  const text = JSON.stringify(c, null, 2) + '\n';
  if (opts.out !== undefined) writeFileSync(opts.out, text);
  if (opts.json) process.stdout.write(text);
  else
    process.stdout.write(
      `checkpoint at entry ${c.seq}: head ${c.headHash}, ${c.at}, key ${c.fingerprint}` +
        `${opts.out !== undefined ? `; written to ${opts.out}` : ''}\n`,
    );
}

export function registerAuditCommands(program: Command, withServices: WithServices): void {
  const audit = program
    .command('audit')
    .description(
      'The governance event log: hash-chained, signed entries (docs/audit-log.md) — export, verify, key, keygen, checkpoint',
    );

  audit
    .command('export')
    .description(
      'Write the log as JSON lines, one entry per line, in seq order (stdout by default)',
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .option(
      '--signed-in',
      'export what the signed-in account (techalliance login / TECHALLIANCE_TOKEN) may read: other entries redacted to their place in the chain',
    )
    .action(async (opts: { out?: string; signedIn?: boolean }) => {
      await withServices(async (s) => {
        const principal = opts.signedIn ? await cliPrincipal(s) : undefined;
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
          for await (const e of s.audit.entries(principal ? { principal } : {})) {
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
      "Recompute the chain and check every signature: the database's log, or an export (--file); with --checkpoint, that the log still holds a kept checkpoint",
    )
    .option('--file <export.jsonl>', 'verify this export instead of the database')
    .option(
      '--key <public.pem>',
      "public key to verify with (default: the database's recorded key)",
    )
    .option(
      '--checkpoint <checkpoint.json>',
      'a checkpoint kept earlier (audit checkpoint --out, or GET /api/v1/audit/checkpoints/latest): fails if the log was cut back or rewritten',
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nPrints "ok: N entries, head <hash>", or "broken at entry <seq>: <reason>" and exits 1.\n' +
        'Never creates a key. Examples:\n  techalliance audit verify\n' +
        '  techalliance audit verify --checkpoint audit-checkpoint-200.json\n' +
        '  techalliance audit verify --file audit.jsonl --key audit-key.pem',
    )
    .action(async (opts: { file?: string; key?: string; checkpoint?: string; json?: boolean }) => {
      const file = opts.file !== undefined ? readableFile('--file', opts.file) : undefined;
      const key =
        opts.key !== undefined
          ? parseAuditPublicKey(readFileSync(readableFile('--key', opts.key), 'utf8'), '--key')
          : undefined;
      const checkpoint =
        opts.checkpoint !== undefined
          ? parseCheckpoint(
              readFileSync(readableFile('--checkpoint', opts.checkpoint), 'utf8'),
              opts.checkpoint,
            )
          : undefined;
      // An export with a key given needs no database at all.
      if (file !== undefined && key !== undefined)
        return report(await verifyFile(file, key, checkpoint), opts.json);
      await withServices(async (s) => {
        if (file !== undefined)
          return report(
            await verifyFile(file, key ?? (await s.audit.key()).pem, checkpoint),
            opts.json,
          );
        report(
          await s.audit.verify({
            ...(key !== undefined ? { publicKey: key } : {}),
            ...(checkpoint !== undefined ? { checkpoint } : {}),
          }),
          opts.json,
        );
      });
    });

  audit
    .command('key')
    .description(
      'Print the public key the log is signed with (PEM), e.g. to give to `audit verify --key`',
    )
    .option('--json', 'print algorithm, PEM and fingerprint as JSON')
    .action(async (opts: { json?: boolean }) => {
      await withServices(async (s) => {
        const k = await s.audit.key();
        if (opts.json) printJson(k);
        else process.stdout.write(k.pem);
      });
    });

  audit
    .command('keygen')
    .description(
      'Create a new Ed25519 signing key file (mode 0600; never overwrites): point AUDIT_SIGNING_KEY_FILE at it',
    )
    .requiredOption('--out <file>', 'the key file to create')
    .option('--json', 'print the file, public key and fingerprint as JSON')
    .action((opts: { out: string; json?: boolean }) => {
      const file = isAbsolute(opts.out) ? opts.out : resolve(opts.out);
      const key = generateAuditKeyFile(file);
      const pub = describePublicKey(key.publicKey);
      if (opts.json) printJson({ file, ...pub });
      else
        process.stdout.write(
          `created ${file} (fingerprint ${pub.fingerprint})\nset AUDIT_SIGNING_KEY_FILE=${file}\n`,
        );
    });

  audit
    .command('checkpoint')
    .description(
      'Make a signed checkpoint of the current head (or print the newest one: --latest) to keep outside the server',
    )
    .option('--latest', 'print the newest stored checkpoint instead of making one')
    .option('--out <file>', 'also write the checkpoint JSON to this file')
    .option('--json', 'print the checkpoint as JSON (the file format of verify --checkpoint)')
    .action(async (opts: { latest?: boolean; out?: string; json?: boolean }) => {
      await withServices(async (s) => {
        const c = opts.latest ? await s.audit.latestCheckpoint() : await s.audit.checkpoint();
        printCheckpoint(c, opts);
      });
    });
}
