// The verifiable record of governance: every governance event appended to a hash-chained log,
// signed with the server's Ed25519 key, in the same transaction as the change it records.
//
// Recording an event (proposals, ballots, comments, consultations, rules, roles, participants):
//
//   await store.transaction(async (tx) => {
//     await tx.proposals.save(proposal);                     // the change itself
//     await services.audit.append(tx, {                       // same tx: both or neither
//       actor: account.id,                                    // who acted (no control characters)
//       type: 'proposal.created',                             // dotted lower-case name
//       payload: { proposal: proposal.code, title: proposal.title }, // plain JSON, no undefined
//     });
//   });
//
// `append` must get the transaction's store (`tx`), never the platform's: it locks the log's head
// (PostgreSQL: SELECT … FOR UPDATE) until the transaction ends, so entries take seq 1, 2, 3, …
// in commit order. Keep the work after `append` short: other appends wait for the commit. It
// returns the entry (seq, hash, signature). `payload` is stored as canonical JSON (sorted keys):
// give Dates as ISO strings. `at` defaults to now. The vocabulary of `type` is
// GOVERNANCE_EVENT_TYPES (core/audit/audit-entry.ts).
//
// Reading: `key()` (public key), `page()` (entries), `entries()` (all, for export), `verify()`
// (the chain and the signatures, naming the first broken entry). The recipe is in
// docs/audit-log.md; the key comes from AUDIT_SIGNING_KEY or a key file (`loadAuditKey`).
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  AUDIT_SIGNATURE_ALGORITHM,
  checkAuditEvent,
  entryHashInput,
  GENESIS_HASH,
  type AuditEntry,
  type AuditEvent,
} from '../core/audit/audit-entry.ts';
import { canonicalJson } from '../core/audit/canonical-json.ts';
import { DomainError } from '../core/errors.ts';
import { AUDIT_PAGE_MAX, type AuditHead } from '../db/audit-log.repository.ts';
import type { Dialect } from '../db/database.ts';
import type { Store } from '../db/store.ts';

export type { AuditEntry, AuditEvent } from '../core/audit/audit-entry.ts';
export type { AuditHead } from '../db/audit-log.repository.ts';

/** The server's signing key and where it came from. */
export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** env: AUDIT_SIGNING_KEY; file: read from `file`; generated: written to `file` now; ephemeral: in memory only. */
  source: 'env' | 'file' | 'generated' | 'ephemeral';
  file: string | null;
}

/** The public half, as published at /api/v1/audit/key. */
export interface AuditPublicKey {
  algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo, PEM. */
  pem: string;
  /** SHA-256 of the SubjectPublicKeyInfo DER, lower-case hex. */
  fingerprint: string;
}

/** Why an entry fails verification. */
export type AuditBreak =
  | 'sequence gap'
  | 'previous-hash link broken'
  | 'payload hash mismatch'
  | 'hash mismatch'
  | 'bad signature'
  | 'head mismatch';

export interface AuditVerification {
  ok: boolean;
  /** Entries that passed every check (all of them when ok). */
  checked: number;
  /** The first entry that failed, the check it failed and what was expected. */
  firstBroken: { seq: number; reason: AuditBreak; detail: string } | null;
  /** Hash of the last entry that passed (GENESIS_HASH when none did). */
  headHash: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// --- keys -----------------------------------------------------------------------------------

const configurationError = (message: string): DomainError =>
  new DomainError('configuration', message);

function ed25519Private(key: KeyObject, where: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519')
    throw configurationError(
      `${where}: an ${key.asymmetricKeyType ?? 'unknown'} key; the audit log needs an Ed25519 key`,
    );
  return key;
}

/** Reads a PKCS#8 private key given as PEM (literal `\n` accepted) or as base64 of its DER. */
function parsePrivateKey(text: string, where: string): KeyObject {
  const trimmed = text.trim();
  try {
    if (trimmed.startsWith('-----BEGIN'))
      return ed25519Private(createPrivateKey(trimmed.replace(/\\n/g, '\n')), where);
    if (!/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) throw new Error('neither PEM nor base64');
    return ed25519Private(
      createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' }),
      where,
    );
  } catch (e) {
    if (e instanceof DomainError) throw e;
    // Never echo the key: name where it came from only.
    throw configurationError(
      `${where}: not an Ed25519 private key (PKCS#8 PEM, or the base64 of its DER)`,
    );
  }
}

const keyPair = (
  privateKey: KeyObject,
  source: AuditSigningKey['source'],
  file: string | null,
): AuditSigningKey => ({ privateKey, publicKey: createPublicKey(privateKey), source, file });

/**
 * Where the signing key is kept when AUDIT_SIGNING_KEY is not set: beside the SQLite file
 * (`<file>.audit-key.pem`), `var/audit-signing-key.pem` under the working directory for
 * PostgreSQL, and nowhere (a new key each time) for an in-memory database.
 */
export function auditKeyFileFor(dialect: Dialect, location: string): string | null {
  if (dialect === 'postgres') return resolve('var/audit-signing-key.pem');
  if (location === ':memory:' || location === '') return null;
  return resolve(`${location}.audit-key.pem`);
}

/**
 * The signing key: AUDIT_SIGNING_KEY when given (`signingKey`); else the key file, read, or
 * generated and written (mode 0600, folder created) when missing; with no key file, an ephemeral
 * key. Throws `configuration` when the key given or found is not an Ed25519 private key.
 */
export function loadAuditKey(options: {
  signingKey?: string | null;
  keyFile: string | null;
}): AuditSigningKey {
  if (options.signingKey)
    return keyPair(parsePrivateKey(options.signingKey, 'AUDIT_SIGNING_KEY'), 'env', null);
  const file = options.keyFile;
  if (file === null) return keyPair(generateKeyPairSync('ed25519').privateKey, 'ephemeral', null);
  if (existsSync(file)) return readKeyFile(file);
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  mkdirSync(dirname(file), { recursive: true });
  try {
    // `wx`: if another process created it meanwhile, use theirs.
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return readKeyFile(file);
    throw e;
  }
  return keyPair(privateKey, 'generated', file);
}

function readKeyFile(file: string): AuditSigningKey {
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0)
    process.emitWarning(`audit signing key ${file} is readable by other users (chmod 600 it)`);
  return keyPair(
    parsePrivateKey(readFileSync(file, 'utf8'), `audit key file ${file}`),
    'file',
    file,
  );
}

/** Reads a public key (SPKI PEM; a private key PEM gives its public half). */
export function parseAuditPublicKey(pem: string, where = 'public key'): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new DomainError('validation_failed', `${where}: not a PEM public key`, [
      {
        path: where,
        message: 'expected an Ed25519 public key in PEM (-----BEGIN PUBLIC KEY-----)',
      },
    ]);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new DomainError('validation_failed', `${where}: not an Ed25519 key`, [
      { path: where, message: `an ${key.asymmetricKeyType ?? 'unknown'} key` },
    ]);
  return key;
}

/** The public key as published: PEM and the SHA-256 fingerprint of its DER. */
export function describePublicKey(key: KeyObject): AuditPublicKey {
  const der = key.export({ type: 'spki', format: 'der' });
  return {
    algorithm: AUDIT_SIGNATURE_ALGORITHM,
    pem: key.export({ type: 'spki', format: 'pem' }) as string,
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}

// --- appending ------------------------------------------------------------------------------

/** Builds, signs and appends entries with one key. */
export class AuditLog {
  private readonly published: AuditPublicKey;

  constructor(private readonly key: AuditSigningKey) {
    this.published = describePublicKey(key.publicKey);
  }

  /**
   * Appends the event as the next entry, inside the caller's transaction (`tx`: the store
   * `Store.transaction` gave). Throws `validation_failed` for a bad actor, type or time and a
   * TypeError for a payload that is not plain JSON; nothing is written then.
   */
  async append(tx: Store, event: AuditEvent): Promise<AuditEntry> {
    checkAuditEvent(event);
    // Before the lock: the head is held as briefly as possible.
    const payload = canonicalJson(event.payload);
    const payloadHash = sha256(payload);
    const head = await tx.auditLog.head();
    const fields = {
      seq: head.seq + 1,
      at: event.at ?? new Date().toISOString(),
      actor: event.actor,
      type: event.type,
      payloadHash,
      prevHash: head.hash,
    };
    const hash = sha256(entryHashInput(fields));
    const signature = sign(null, Buffer.from(hash, 'utf8'), this.key.privateKey).toString('base64');
    const entry: AuditEntry = { ...fields, payload, hash, signature };
    await tx.auditLog.append(entry);
    return entry;
  }

  publicKey(): AuditPublicKey {
    return this.published;
  }
}

// --- verifying ------------------------------------------------------------------------------

const strictBase64 = (s: string): Buffer | null => {
  const bytes = Buffer.from(s, 'base64');
  return bytes.toString('base64') === s ? bytes : null;
};

/**
 * Recomputes the chain from entry 1: seq without gaps, each prevHash the hash before it (64 zeros
 * for entry 1), the payload's hash, the entry's hash and its signature. Stops at the first broken
 * entry. Entries may come from the database or a file (an async iterable reads lazily).
 */
export async function verifyEntries(
  entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>,
  publicKey: string | KeyObject,
): Promise<AuditVerification> {
  const key = typeof publicKey === 'string' ? parseAuditPublicKey(publicKey) : publicKey;
  let checked = 0;
  let headHash = GENESIS_HASH;
  for await (const e of entries) {
    const expected = checked + 1;
    const broken = (reason: AuditBreak, detail: string): AuditVerification => ({
      ok: false,
      checked,
      firstBroken: { seq: e.seq, reason, detail },
      headHash,
    });
    if (e.seq !== expected)
      return broken('sequence gap', `expected entry ${expected}, found entry ${e.seq}`);
    if (e.prevHash !== headHash)
      return broken('previous-hash link broken', `prevHash should be ${headHash}`);
    const payloadHash = sha256(e.payload);
    if (payloadHash !== e.payloadHash)
      return broken('payload hash mismatch', `the payload hashes to ${payloadHash}`);
    const hash = sha256(entryHashInput(e));
    if (hash !== e.hash) return broken('hash mismatch', `the entry hashes to ${hash}`);
    const signature = strictBase64(e.signature);
    let good = false;
    try {
      good = signature !== null && verify(null, Buffer.from(e.hash, 'utf8'), key, signature);
    } catch {
      good = false;
    }
    if (!good) return broken('bad signature', 'the signature does not verify with the public key');
    checked++;
    headHash = e.hash;
  }
  return { ok: true, checked, firstBroken: null, headHash };
}

// --- the service ----------------------------------------------------------------------------

/** `services.audit`: append (inside a transaction), read, export and verify the log. */
export class AuditService {
  constructor(
    private readonly store: Store,
    private readonly log: AuditLog,
  ) {}

  /** Appends a governance event inside the caller's transaction; see the header of this file. */
  append(tx: Store, event: AuditEvent): Promise<AuditEntry> {
    return this.log.append(tx, event);
  }

  /** The server's public key. */
  key(): AuditPublicKey {
    return this.log.publicKey();
  }

  /** The last entry's seq and hash as committed. */
  head(): Promise<AuditHead> {
    return this.store.auditLog.head();
  }

  /** Entries after `after` (default 0), at most `limit` (default 100, at most 1000). */
  async page(
    options: { after?: number; limit?: number } = {},
  ): Promise<{ items: AuditEntry[]; next: number | null; head: AuditHead }> {
    const head = await this.store.auditLog.head();
    const items = await this.store.auditLog.list({
      afterSeq: options.after ?? 0,
      limit: Math.min(options.limit ?? 100, AUDIT_PAGE_MAX),
    });
    const last = items.at(-1);
    return { items, next: last && last.seq < head.seq ? last.seq : null, head };
  }

  /** Every entry up to the head as it is when reading starts, in seq order, read page by page. */
  async *entries(upTo?: number): AsyncGenerator<AuditEntry> {
    const end = upTo ?? (await this.store.auditLog.head()).seq;
    let after = 0;
    while (after < end) {
      const page = await this.store.auditLog.list({ afterSeq: after, limit: AUDIT_PAGE_MAX });
      for (const e of page) {
        if (e.seq > end) return;
        yield e;
      }
      if (page.length < AUDIT_PAGE_MAX) return;
      after = page.at(-1)!.seq;
    }
  }

  /**
   * Verifies the database's log (entries up to the head, which must be the last entry, so entries
   * cut from the end are found too) or the given entries (a file: no head to compare), with the
   * server's key or the given public key.
   */
  async verify(
    options: {
      entries?: AsyncIterable<AuditEntry> | Iterable<AuditEntry>;
      publicKey?: string | KeyObject;
    } = {},
  ): Promise<AuditVerification> {
    const key = options.publicKey ?? this.log.publicKey().pem;
    if (options.entries) return verifyEntries(options.entries, key);
    const head = await this.store.auditLog.head();
    const result = await verifyEntries(this.entries(head.seq), key);
    if (!result.ok || (result.checked === head.seq && result.headHash === head.hash)) return result;
    return {
      ...result,
      ok: false,
      firstBroken: {
        seq: Math.min(head.seq, result.checked + 1),
        reason: 'head mismatch',
        detail: `the head names entry ${head.seq} (hash ${head.hash}); the log ends at entry ${result.checked} (hash ${result.headHash})`,
      },
    };
  }
}
