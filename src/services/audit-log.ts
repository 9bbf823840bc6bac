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
//       payload: { proposal: proposal.id },                   // ids, codes, states: no free text
//       salted: { title: proposal.title },                    // recorded as a salted hash only
//       subject: `proposal:${proposal.id}`,                   // who may read it (optional)
//     });
//   });
//
// The log is read by every signed-in account, filtered by each entry's subject (a proposal's
// entries like the proposal): the payload holds ids, codes and hashes, never titles, e-mail
// addresses or other free text — give those in `salted`. The subject defaults to the payload's
// `proposal` (or `account` for `role.changed` / `account.*`); without one, every reader of the log
// reads the entry.
//
// `append` must get the transaction's store (`tx`), never the platform's: it locks the log's head
// (PostgreSQL: SELECT … FOR UPDATE) until the transaction ends, so entries take seq 1, 2, 3, …
// in commit order. Keep the work after `append` short: other appends wait for the commit. It
// returns the entry (seq, hash, signature). `payload` is stored as canonical JSON (sorted keys):
// give Dates as ISO strings. `at` defaults to now. The vocabulary of `type` is
// GOVERNANCE_EVENT_TYPES (core/audit/audit-entry.ts). An append throws `unavailable` (503) when
// the process has no signing key, or one that is not the key the database's log is signed with.
//
// Reading: `key()` (the public key the log is signed with), `page()` (entries a reader may read),
// `entries()` (for export), `history()` (a proposal's timeline), `verify()` (the chain, the
// signatures and checkpoints, naming the first broken entry), `checkpoint()` / `checkpoints()`.
// The recipe is in docs/audit-log.md; where the key comes from: `resolveAuditKey`.
import {
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Principal, Visibility } from '../core/accounts/access.ts';
import {
  AUDIT_SIGNATURE_ALGORITHM,
  checkAuditEvent,
  entryHashInput,
  GENESIS_HASH,
  isRedacted,
  type AuditBreak,
  type AuditEntry,
  type AuditEvent,
  type AuditHead,
  type AuditRecord,
  type RedactedAuditEntry,
} from '../core/audit/audit-entry.ts';
import {
  auditSubjectOf,
  auditSubjectOfText,
  canReadAuditSubject,
  isKnownAuditSubject,
  parseAuditSubject,
} from '../core/audit/audit-subject.ts';
import { canonicalJson } from '../core/audit/canonical-json.ts';
import {
  AUDIT_CHECKPOINT_EVERY,
  checkpointSignedText,
  compareCheckpoint,
  type AuditCheckpoint,
  type CheckpointCheck,
} from '../core/audit/checkpoint.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { AUDIT_PAGE_MAX } from '../db/audit-log.repository.ts';
import type { Dialect } from '../db/database.ts';
import type { Store } from '../db/store.ts';

export type {
  AuditBreak,
  AuditEntry,
  AuditEvent,
  AuditHead,
  AuditRecord,
  RedactedAuditEntry,
} from '../core/audit/audit-entry.ts';
export type { AuditCheckpoint } from '../core/audit/checkpoint.ts';

/** A signing key and where it came from. */
export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** env: AUDIT_SIGNING_KEY; file: read from `file`; generated: written to `file` now; ephemeral: in memory only. */
  source: 'env' | 'file' | 'generated' | 'ephemeral';
  file: string | null;
}

/** No signing key: appends and checkpoints are refused with `reason`; reading still works. */
export interface MissingAuditKey {
  source: 'missing';
  /** What is missing and how to provide it (names the variable). */
  reason: string;
  /**
   * SQLite's default key file beside the database: created (mode 0600) at the first signature of
   * a log that is empty and has no recorded key. null: never created implicitly.
   */
  createAt: string | null;
}

/** What a process is configured with. */
export type AuditKeySetting = AuditSigningKey | MissingAuditKey;

/** The public half, as published at /api/v1/audit/key. */
export interface AuditPublicKey {
  algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo, PEM. */
  pem: string;
  /** SHA-256 of the SubjectPublicKeyInfo DER, lower-case hex. */
  fingerprint: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries that passed every check (all of them when ok). */
  checked: number;
  /** The first entry that failed, the check it failed and what was expected. */
  firstBroken: { seq: number; reason: AuditBreak; detail: string } | null;
  /** Hash of the last entry that passed (GENESIS_HASH when none did). */
  headHash: string;
  /** Checkpoints compared with the log (the stored ones and the one given). */
  checkpoints: number;
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** HMAC-SHA256 of `text` keyed with the salt's bytes (hex), lower-case hex: a salted hash. */
export const saltedSha256 = (saltHex: string, text: string): string =>
  createHmac('sha256', Buffer.from(saltHex, 'hex')).update(text, 'utf8').digest('hex');

// --- keys -----------------------------------------------------------------------------------

const configurationError = (message: string): DomainError =>
  new DomainError('configuration', message);

const unavailable = (message: string): DomainError => new DomainError('unavailable', message);

const HOW_TO_CONFIGURE =
  'set AUDIT_SIGNING_KEY_FILE to the key file (create one with `techalliance audit keygen --out <file>`) or AUDIT_SIGNING_KEY to the key';

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
 * SQLite's default key file: beside the database file (`<file>.audit-key.pem`, absolute), so it
 * travels with the database it signs; null for an in-memory database and for PostgreSQL, whose
 * key must be configured (AUDIT_SIGNING_KEY_FILE or AUDIT_SIGNING_KEY).
 */
export function auditKeyFileFor(dialect: Dialect, location: string): string | null {
  if (dialect === 'postgres') return null;
  if (location === ':memory:' || location === '') return null;
  return resolve(`${location}.audit-key.pem`);
}

/**
 * Where the signing key comes from, in this order (docs/audit-log.md): AUDIT_SIGNING_KEY (the key
 * itself); AUDIT_SIGNING_KEY_FILE (an absolute path); for a SQLite file, the file beside it; for
 * an in-memory database, a new key in memory. Never the working directory. Nothing is written
 * here: a missing key is answered as `MissingAuditKey` (appends refused, saying why). Throws
 * `configuration` when a key given or found is not an Ed25519 private key.
 */
export function resolveAuditKey(options: {
  signingKey?: string | null;
  signingKeyFile?: string | null;
  dialect: Dialect;
  location: string;
  /** Tests: the default key file in place of `auditKeyFileFor`'s (null: a key in memory). */
  defaultKeyFile?: string | null;
}): AuditKeySetting {
  if (options.signingKey && options.signingKeyFile)
    throw configurationError(
      'AUDIT_SIGNING_KEY and AUDIT_SIGNING_KEY_FILE: set one of them, not both',
    );
  if (options.signingKey)
    return keyPair(parsePrivateKey(options.signingKey, 'AUDIT_SIGNING_KEY'), 'env', null);
  if (options.signingKeyFile) {
    const file = options.signingKeyFile;
    if (!isAbsolute(file))
      throw configurationError(`AUDIT_SIGNING_KEY_FILE must be an absolute path (got '${file}')`);
    if (existsSync(file)) return readKeyFile(file);
    return {
      source: 'missing',
      reason: `no audit signing key: AUDIT_SIGNING_KEY_FILE names ${file}, which does not exist (restore it, or create a key with \`techalliance audit keygen --out ${file}\`)`,
      createAt: null,
    };
  }
  if (options.dialect === 'postgres' && options.defaultKeyFile === undefined)
    return {
      source: 'missing',
      reason: `no audit signing key configured for this PostgreSQL database: ${HOW_TO_CONFIGURE}`,
      createAt: null,
    };
  const file =
    options.defaultKeyFile !== undefined
      ? options.defaultKeyFile
      : auditKeyFileFor(options.dialect, options.location);
  if (file === null) return keyPair(generateKeyPairSync('ed25519').privateKey, 'ephemeral', null);
  if (existsSync(file)) return readKeyFile(file);
  return {
    source: 'missing',
    reason: `no audit signing key: the key file beside the database, ${file}, does not exist (restore it, or ${HOW_TO_CONFIGURE})`,
    createAt: file,
  };
}

/**
 * A signing key from AUDIT_SIGNING_KEY (`signingKey`) or a key file that exists; with neither
 * (`keyFile: null`), a new key in memory. Throws `unavailable` when the file does not exist.
 */
export function loadAuditKey(options: {
  signingKey?: string | null;
  keyFile: string | null;
}): AuditSigningKey {
  if (options.signingKey)
    return keyPair(parsePrivateKey(options.signingKey, 'AUDIT_SIGNING_KEY'), 'env', null);
  if (options.keyFile === null)
    return keyPair(generateKeyPairSync('ed25519').privateKey, 'ephemeral', null);
  if (!existsSync(options.keyFile))
    throw unavailable(`no audit signing key: ${options.keyFile} does not exist`);
  return readKeyFile(options.keyFile);
}

/**
 * Creates a new Ed25519 key file (PKCS#8 PEM, mode 0600, folder created). Throws `conflict` when
 * the file exists: a key is never overwritten.
 */
export function generateAuditKeyFile(file: string): AuditSigningKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new DomainError('conflict', `${file} exists: a key file is never overwritten`);
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

const describeSource = (k: AuditSigningKey): string =>
  k.source === 'env'
    ? 'AUDIT_SIGNING_KEY'
    : k.source === 'ephemeral'
      ? 'an in-memory key'
      : `the key file ${k.file ?? ''}`;

// --- appending ------------------------------------------------------------------------------

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.getPrototypeOf(v) === Object.prototype;

const SALTED_NAME = /^[a-z][A-Za-z0-9]{0,39}$/;

const badEvent = (path: string, message: string): DomainError =>
  new DomainError('validation_failed', `invalid audit event: ${path}: ${message}`, [
    { path, message },
  ]);

/** Builds, signs and appends entries and checkpoints with one key. */
export class AuditLog {
  constructor(private key: AuditKeySetting) {}

  /**
   * The key to sign with, inside the append's transaction (head locked): refused with
   * `unavailable` when the process has none or the database's log is signed with another; the
   * key is recorded in the database at its first signature.
   */
  private async signer(tx: Store, head: AuditHead, at: string): Promise<AuditSigningKey> {
    const recorded = await tx.auditLog.keys();
    const current = recorded.at(-1);
    if (this.key.source === 'missing') {
      if (this.key.createAt === null || current !== undefined || head.seq !== 0)
        throw unavailable(
          `${this.key.reason}${current ? `; this database's log is signed with the key whose fingerprint is ${current.fingerprint}` : ''}`,
        );
      // SQLite's key beside the database, at the first signature of an empty log.
      this.key = existsSync(this.key.createAt)
        ? readKeyFile(this.key.createAt)
        : generateAuditKeyFile(this.key.createAt);
    }
    const key = this.key;
    const mine = describePublicKey(key.publicKey);
    if (current === undefined)
      await tx.auditLog.recordKey({
        fingerprint: mine.fingerprint,
        pem: mine.pem,
        firstSeq: head.seq + 1,
        recordedAt: at,
      });
    else if (current.fingerprint !== mine.fingerprint)
      throw unavailable(
        `the audit signing key configured here (${describeSource(key)}, fingerprint ${mine.fingerprint}) is not the key this database's log is signed with (fingerprint ${current.fingerprint}): ${HOW_TO_CONFIGURE.replace('the key file', 'that key')}`,
      );
    return key;
  }

  /**
   * Appends the event as the next entry, inside the caller's transaction (`tx`: the store
   * `Store.transaction` gave). Throws `validation_failed` for a bad actor, type, time, subject or
   * salted name, a TypeError for a payload that is not plain JSON, and `unavailable` without the
   * right signing key; nothing is written then. Every AUDIT_CHECKPOINT_EVERY entries it also
   * stores a signed checkpoint.
   */
  async append(tx: Store, event: AuditEvent): Promise<AuditEntry> {
    checkAuditEvent(event);
    let value = event.payload;
    const salts: { name: string; salt: string }[] = [];
    if (event.subject !== undefined || event.salted !== undefined) {
      if (!isPlainObject(value))
        throw badEvent('payload', 'must be a plain object to carry a subject or salted values');
      value = { ...value };
      if (event.subject !== undefined) {
        if (!isKnownAuditSubject(event.subject))
          throw badEvent(
            'subject',
            'must be proposal:<id>, account:<id>, workstream:<code>, screening:<entity> or secretariat',
          );
        (value as Record<string, unknown>).subject = event.subject;
      }
      for (const [name, secret] of Object.entries(event.salted ?? {})) {
        if (!SALTED_NAME.test(name))
          throw badEvent(`salted.${name}`, 'must be a camelCase name (letters and digits)');
        const salt = randomBytes(32).toString('hex');
        (value as Record<string, unknown>)[`${name}SaltedSha256`] = saltedSha256(
          salt,
          canonicalJson(secret),
        );
        salts.push({ name, salt });
      }
    }
    // Before the lock: the head is held as briefly as possible.
    const payload = canonicalJson(value);
    const payloadHash = sha256(payload);
    const subject = auditSubjectOf(event.type, value);
    const at = event.at ?? new Date().toISOString();
    const head = await tx.auditLog.head();
    const key = await this.signer(tx, head, at);
    const fields = {
      seq: head.seq + 1,
      at,
      actor: event.actor,
      type: event.type,
      payloadHash,
      prevHash: head.hash,
    };
    const hash = sha256(entryHashInput(fields));
    const signature = sign(null, Buffer.from(hash, 'utf8'), key.privateKey).toString('base64');
    const entry: AuditEntry = { ...fields, payload, hash, signature };
    await tx.auditLog.append(entry, { subject, salts });
    if (entry.seq % AUDIT_CHECKPOINT_EVERY === 0)
      await tx.auditLog.saveCheckpoint(signCheckpoint(key, entry.seq, entry.hash, at));
    return entry;
  }

  /**
   * A signed checkpoint of the head, inside the caller's transaction: the stored one when the
   * head already has one. Throws `conflict` for an empty log and `unavailable` without the key.
   */
  async checkpoint(tx: Store, at = new Date().toISOString()): Promise<AuditCheckpoint> {
    const head = await tx.auditLog.head();
    if (head.seq === 0)
      throw new DomainError('conflict', 'the audit log is empty: there is no head to checkpoint');
    const existing = await tx.auditLog.checkpointAt(head.seq);
    if (existing) return existing;
    const key = await this.signer(tx, head, at);
    const c = signCheckpoint(key, head.seq, head.hash, at);
    await tx.auditLog.saveCheckpoint(c);
    return c;
  }

  /** The public key this process signs with; null when it has none. */
  publicKey(): AuditPublicKey | null {
    return this.key.source === 'missing' ? null : describePublicKey(this.key.publicKey);
  }

  /** Whether this process can sign, and if not why. */
  status(): { canSign: boolean; source: AuditKeySetting['source']; reason: string | null } {
    return this.key.source === 'missing'
      ? { canSign: this.key.createAt !== null, source: 'missing', reason: this.key.reason }
      : { canSign: true, source: this.key.source, reason: null };
  }
}

function signCheckpoint(
  key: AuditSigningKey,
  seq: number,
  headHash: string,
  at: string,
): AuditCheckpoint {
  const signature = sign(
    null,
    Buffer.from(checkpointSignedText({ seq, headHash, at }), 'utf8'),
    key.privateKey,
  ).toString('base64');
  return {
    seq,
    headHash,
    at,
    fingerprint: describePublicKey(key.publicKey).fingerprint,
    signature,
  };
}

// --- verifying ------------------------------------------------------------------------------

const strictBase64 = (s: string): Buffer | null => {
  const bytes = Buffer.from(s, 'base64');
  return bytes.toString('base64') === s ? bytes : null;
};

const signatureVerifies = (message: string, signature: string, key: KeyObject): boolean => {
  const bytes = strictBase64(signature);
  try {
    return bytes !== null && verify(null, Buffer.from(message, 'utf8'), key, bytes);
  } catch {
    return false;
  }
};

/** Whether a checkpoint's signature verifies with the public key. */
export function checkpointSignatureVerifies(
  c: AuditCheckpoint,
  publicKey: string | KeyObject,
): boolean {
  const key = typeof publicKey === 'string' ? parseAuditPublicKey(publicKey) : publicKey;
  return signatureVerifies(checkpointSignedText(c), c.signature, key);
}

/**
 * Recomputes the chain from entry 1: seq without gaps, each prevHash the hash before it (64 zeros
 * for entry 1), the payload's hash, the entry's hash and its signature. A redacted entry (one the
 * reader may not read) is checked for its seq, its link and its signature only. Stops at the first
 * broken entry. Entries may come from the database or a file (an async iterable reads lazily).
 */
export async function verifyEntries(
  entries: AsyncIterable<AuditRecord> | Iterable<AuditRecord>,
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
      checkpoints: 0,
    });
    if (e.seq !== expected)
      return broken('sequence gap', `expected entry ${expected}, found entry ${e.seq}`);
    if (e.prevHash !== headHash)
      return broken('previous-hash link broken', `prevHash should be ${headHash}`);
    if (!isRedacted(e)) {
      const payloadHash = sha256(e.payload);
      if (payloadHash !== e.payloadHash)
        return broken('payload hash mismatch', `the payload hashes to ${payloadHash}`);
      const hash = sha256(entryHashInput(e));
      if (hash !== e.hash) return broken('hash mismatch', `the entry hashes to ${hash}`);
    }
    if (!signatureVerifies(e.hash, e.signature, key))
      return broken('bad signature', 'the signature does not verify with the public key');
    checked++;
    headHash = e.hash;
  }
  return { ok: true, checked, firstBroken: null, headHash, checkpoints: 0 };
}

// --- the service ----------------------------------------------------------------------------

/** One event of a proposal's history, as its timeline shows it. */
export interface ProposalHistoryItem {
  seq: number;
  at: string;
  type: string;
  actor: string;
  /** The acting account's name (signed-in readers only; null otherwise or when unknown). */
  actorName: string | null;
  /** The payload's plain fields (states, versions, choices); hashes and ids of the subject left out. */
  details: Record<string, string | number | boolean | null>;
  hash: string;
}

/** A proposal's visibility as `canSee` reads it (the rule of services/governance.service.ts). */
const proposalVisibility = (p: {
  confidentiality: Visibility['confidentiality'];
  restrictedTo: readonly string[];
  state: string;
  authorDelegation: string | null;
}): Visibility => ({
  confidentiality: p.confidentiality,
  restrictedTo: p.restrictedTo,
  draft: p.state === 'draft',
  authorDelegation: p.authorDelegation,
});

const redact = (e: AuditEntry): RedactedAuditEntry => ({
  seq: e.seq,
  redacted: true,
  prevHash: e.prevHash,
  hash: e.hash,
  signature: e.signature,
});

/** `services.audit`: append (inside a transaction), read, export, verify and checkpoint the log. */
export class AuditService {
  constructor(
    private readonly store: Store,
    private readonly log: AuditLog,
  ) {}

  /** Appends a governance event inside the caller's transaction; see the header of this file. */
  append(tx: Store, event: AuditEvent): Promise<AuditEntry> {
    return this.log.append(tx, event);
  }

  /**
   * The public key the log is signed with: the one the database recorded at its first signature,
   * else this process's key. `unavailable` when there is neither.
   */
  async key(): Promise<AuditPublicKey> {
    const recorded = (await this.store.auditLog.keys()).at(-1);
    if (recorded) return describePublicKey(parseAuditPublicKey(recorded.pem, 'recorded key'));
    const mine = this.log.publicKey();
    if (mine) return mine;
    throw unavailable(`${this.log.status().reason ?? 'no audit signing key'}`);
  }

  /** Whether this process can sign, and if not why (for the operator's messages). */
  keyStatus(): ReturnType<AuditLog['status']> {
    return this.log.status();
  }

  /** The last entry's seq and hash as committed. */
  head(): Promise<AuditHead> {
    return this.store.auditLog.head();
  }

  /**
   * A reader's filter: whether they may read an entry, by the subject its payload names (not the
   * stored column, so a changed column cannot disclose an entry). Proposals are looked up once.
   */
  private reader(principal: Principal): (e: AuditEntry) => Promise<boolean> {
    const proposals = new Map<string, Visibility | null>();
    return async (e) => {
      const subject = auditSubjectOfText(e.type, e.payload);
      if (subject !== null) {
        const s = parseAuditSubject(subject);
        if (s.kind === 'proposal' && !proposals.has(s.id)) {
          const p = await this.store.governance.proposal(s.id);
          proposals.set(s.id, p ? proposalVisibility(p) : null);
        }
      }
      return canReadAuditSubject(principal, subject, (id) => proposals.get(id) ?? null);
    };
  }

  /**
   * The whole log, unfiltered (the operator's and the tests' view; readers get `readerPage`):
   * entries after `after` (default 0), at most `limit` (default 100, at most 1000).
   */
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

  /**
   * Entries after `after` (default 0), at most `limit` (default 100, at most 1000), as `principal`
   * may read them: an entry about something they may not see is redacted (its place in the chain
   * only), so the chain still verifies end to end.
   */
  async readerPage(
    principal: Principal,
    options: { after?: number; limit?: number } = {},
  ): Promise<{ items: AuditRecord[]; next: number | null; head: AuditHead; redacted: number }> {
    const { items: entries, head } = await this.page(options);
    const readable = this.reader(principal);
    const items: AuditRecord[] = [];
    let redacted = 0;
    for (const e of entries) {
      if (await readable(e)) items.push(e);
      else {
        items.push(redact(e));
        redacted++;
      }
    }
    const last = items.at(-1);
    return { items, next: last && last.seq < head.seq ? last.seq : null, head, redacted };
  }

  /**
   * Every entry up to the head as it is when reading starts, in seq order, read page by page;
   * with `principal`, as they may read them (others redacted), without: whole.
   */
  async *entries(
    options: { principal?: Principal; upTo?: number } = {},
  ): AsyncGenerator<AuditRecord> {
    const end = options.upTo ?? (await this.store.auditLog.head()).seq;
    const readable = options.principal ? this.reader(options.principal) : null;
    let after = 0;
    while (after < end) {
      const page = await this.store.auditLog.list({ afterSeq: after, limit: AUDIT_PAGE_MAX });
      for (const e of page) {
        if (e.seq > end) return;
        yield readable === null || (await readable(e)) ? e : redact(e);
      }
      if (page.length < AUDIT_PAGE_MAX) return;
      after = page.at(-1)!.seq;
    }
  }

  /**
   * A proposal's history from the log (who moved, edited, commented, voted, and when), oldest
   * first; not found when the proposal does not exist or the caller may not see it.
   */
  async history(principal: Principal, proposalId: string): Promise<ProposalHistoryItem[]> {
    const p = await this.store.governance.proposal(proposalId);
    const subject = `proposal:${proposalId}`;
    if (!p || !canReadAuditSubject(principal, subject, () => proposalVisibility(p)))
      throw notFound('proposal', proposalId);
    const names = new Map<string, string | null>();
    const out: ProposalHistoryItem[] = [];
    let after = 0;
    for (;;) {
      const page = await this.store.auditLog.listBySubject(subject, { afterSeq: after });
      for (const e of page) {
        // The column found it; the signed payload decides (a changed column discloses nothing).
        if (auditSubjectOfText(e.type, e.payload) !== subject) continue;
        let actorName: string | null = null;
        if (principal.kind !== 'anonymous' && e.actor.startsWith('account:')) {
          const id = e.actor.slice('account:'.length);
          if (!names.has(id)) names.set(id, (await this.store.accounts.get(id))?.name ?? null);
          actorName = names.get(id) ?? null;
        }
        out.push({
          seq: e.seq,
          at: e.at,
          type: e.type,
          actor: e.actor,
          actorName,
          details: plainDetails(e.payload),
          hash: e.hash,
        });
      }
      if (page.length < AUDIT_PAGE_MAX) return out;
      after = page.at(-1)!.seq;
    }
  }

  /** The public key to verify the database's log with: given, recorded, or this process's. */
  private async verifyingKey(given?: string | KeyObject): Promise<string | KeyObject | null> {
    if (given !== undefined) return given;
    const recorded = (await this.store.auditLog.keys()).at(-1);
    if (recorded) return recorded.pem;
    return this.log.publicKey()?.pem ?? null;
  }

  /**
   * Verifies the database's log (entries up to the head, which must be the last entry, so entries
   * cut from the end are found too, and the stored checkpoints and `checkpoint` — a checkpoint a
   * member kept — against it, so a log cut back or wiped is found too) or the given entries (a
   * file: no head to compare), with the recorded key, this process's, or the given public key.
   * Never creates a key.
   */
  async verify(
    options: {
      entries?: AsyncIterable<AuditRecord> | Iterable<AuditRecord>;
      publicKey?: string | KeyObject;
      checkpoint?: AuditCheckpoint;
    } = {},
  ): Promise<AuditVerification> {
    const key = await this.verifyingKey(options.publicKey);
    const recorded = await this.store.auditLog.headOrNull();
    // A head row deleted by hand: check what is left, and say the head is gone.
    const head = recorded ?? { seq: await this.store.auditLog.lastSeq(), hash: '' };
    if (key === null) {
      if (head.seq === 0 && !options.entries && !options.checkpoint)
        return { ok: true, checked: 0, firstBroken: null, headHash: GENESIS_HASH, checkpoints: 0 };
      throw unavailable(
        'no public key to verify with: the database records none and no signing key is configured (give the public key: --key <public.pem>)',
      );
    }
    if (options.entries) return verifyEntries(options.entries, key);
    let result = await verifyEntries(this.entries({ upTo: head.seq }), key);
    if (result.ok && recorded === null)
      result = {
        ...result,
        ok: false,
        firstBroken: {
          seq: head.seq + 1,
          reason: 'head missing',
          detail: `the head record (table audit_head) is gone: entries 1–${head.seq} verify, but nothing says whether the log ended there`,
        },
      };
    if (result.ok && !(result.checked === head.seq && result.headHash === head.hash))
      result = {
        ...result,
        ok: false,
        firstBroken: {
          seq: Math.min(head.seq, result.checked + 1),
          reason: 'head mismatch',
          detail: `the head names entry ${head.seq} (hash ${head.hash}); the log ends at entry ${result.checked} (hash ${result.headHash})`,
        },
      };
    // Checkpoints: the one given first, then the stored ones, newest first.
    const checkpoints = [
      ...(options.checkpoint ? [options.checkpoint] : []),
      ...(await this.store.auditLog.checkpoints(AUDIT_PAGE_MAX)),
    ];
    const publicKey = typeof key === 'string' ? parseAuditPublicKey(key) : key;
    let compared = 0;
    let failed: CheckpointCheck | null = null;
    for (const c of checkpoints) {
      const check = compareCheckpoint(
        c,
        checkpointSignatureVerifies(c, publicKey),
        await this.store.auditLog.hashAt(c.seq),
        head.seq,
      );
      compared++;
      if (!check.ok) {
        failed = check;
        break;
      }
    }
    result = { ...result, checkpoints: compared };
    // A failed checkpoint says more than a missing head (a log cut back together with its head).
    if (failed && !failed.ok && (result.ok || recorded === null))
      result = {
        ...result,
        ok: false,
        firstBroken: { seq: failed.seq, reason: failed.reason, detail: failed.detail },
      };
    return result;
  }

  /** A signed checkpoint of the current head (the stored one if the head has one already). */
  checkpoint(): Promise<AuditCheckpoint> {
    return this.store.transaction((tx) => this.log.checkpoint(tx));
  }

  /** Stored checkpoints, newest first, at most `limit` (default 100). */
  checkpoints(limit = 100): Promise<AuditCheckpoint[]> {
    return this.store.auditLog.checkpoints(limit);
  }

  /** The newest stored checkpoint, or not found when there is none yet. */
  async latestCheckpoint(): Promise<AuditCheckpoint> {
    const [c] = await this.store.auditLog.checkpoints(1);
    if (!c) throw new DomainError('not_found', 'no audit checkpoint yet');
    return c;
  }
}

/** The payload's top-level fields with plain values, without hashes and the subject's own id. */
function plainDetails(payload: string): ProposalHistoryItem['details'] {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return {};
  }
  if (!isPlainObject(value)) return {};
  const out: ProposalHistoryItem['details'] = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'proposal' || k === 'proposalId' || k === 'subject' || /Sha256$/.test(k)) continue;
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out[k] = v;
  }
  return out;
}
