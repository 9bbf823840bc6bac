// The governance event log: entries appended one at a time while the head row is locked, so two
// transactions can never take the same seq or link to the same previous entry; the public key the
// log records, the salts of salted hashes, and signed checkpoints of the head.
import { SqliteAdapter, type Kysely } from 'kysely';
import type { AuditEntry, AuditHead } from '../core/audit/audit-entry.ts';
import { DomainError } from '../core/errors.ts';
import type { AuditCheckpoint } from '../core/audit/checkpoint.ts';
import type { AuditCheckpointRow, AuditLogRow, Database } from './schema.ts';

const toEntry = (r: AuditLogRow): AuditEntry => ({
  seq: Number(r.seq),
  at: r.at,
  actor: r.actor,
  type: r.type,
  payload: r.payload,
  payloadHash: r.payload_hash,
  prevHash: r.prev_hash,
  hash: r.hash,
  signature: r.signature,
});

const toCheckpoint = (r: AuditCheckpointRow): AuditCheckpoint => ({
  seq: Number(r.seq),
  headHash: r.head_hash,
  at: r.at,
  fingerprint: r.fingerprint,
  signature: r.signature,
});

/** Entries per page of `list` at most. */
export const AUDIT_PAGE_MAX = 1000;

export class AuditLogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The head. Inside a transaction on PostgreSQL the row stays locked (`SELECT … FOR UPDATE`) until
   * the transaction ends, so a concurrent append waits and then reads the head this one wrote. On
   * SQLite the one connection runs transactions one after another already.
   */
  async head(): Promise<AuditHead> {
    const head = await this.headOrNull();
    if (head === null)
      throw new DomainError(
        'unavailable',
        'the audit log has no head record (table audit_head): the log was tampered with, so governance changes are refused; `techalliance audit verify` says what is left',
      );
    return head;
  }

  /** The head, or null when its row is gone (only by tampering: the migration writes it). */
  async headOrNull(): Promise<AuditHead | null> {
    let q = this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
    if (this.db.isTransaction && !(this.db.getExecutor().adapter instanceof SqliteAdapter))
      q = q.forUpdate();
    const row = await q.executeTakeFirst();
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  }

  /** The highest entry number stored (0 for an empty log), whatever the head says. */
  async lastSeq(): Promise<number> {
    const row = await this.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    return Number(row?.seq ?? 0);
  }

  /**
   * Stores the entry and makes it the head. Must run inside `Store.transaction` after `head()`
   * read the head the entry links to; throws when the entry does not follow that head (seq and
   * prevHash), which cannot happen while the head is locked.
   */
  async append(
    entry: AuditEntry,
    extra: { subject?: string | null; salts?: readonly { name: string; salt: string }[] } = {},
  ): Promise<void> {
    if (!this.db.isTransaction)
      throw new Error('audit log: append must run inside store.transaction (after head())');
    const moved = await this.db
      .updateTable('audit_head')
      .set({ seq: entry.seq, hash: entry.hash })
      .where('id', '=', 1)
      .where('seq', '=', entry.seq - 1)
      .where('hash', '=', entry.prevHash)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1)
      throw new Error(
        `audit log: entry ${entry.seq} does not follow the head (seq ${entry.seq - 1}, hash ${entry.prevHash})`,
      );
    await this.db
      .insertInto('audit_log')
      .values({
        seq: entry.seq,
        at: entry.at,
        actor: entry.actor,
        type: entry.type,
        payload: entry.payload,
        payload_hash: entry.payloadHash,
        prev_hash: entry.prevHash,
        hash: entry.hash,
        signature: entry.signature,
        subject: extra.subject ?? null,
      })
      .execute();
    if (extra.salts && extra.salts.length > 0)
      await this.db
        .insertInto('audit_salts')
        .values(extra.salts.map((x) => ({ seq: entry.seq, name: x.name, salt: x.salt })))
        .execute();
  }

  /** Entries whose `subject` column is `subject`, after `afterSeq`, in seq order (≤ 1000). */
  async listBySubject(
    subject: string,
    options: { afterSeq?: number; limit?: number } = {},
  ): Promise<AuditEntry[]> {
    const limit = Math.max(1, Math.min(options.limit ?? AUDIT_PAGE_MAX, AUDIT_PAGE_MAX));
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject', '=', subject)
      .where('seq', '>', options.afterSeq ?? 0)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map(toEntry);
  }

  /** The hash of the entry at `seq`, or null when the log holds no such entry. */
  async hashAt(seq: number): Promise<string | null> {
    const row = await this.db
      .selectFrom('audit_log')
      .select('hash')
      .where('seq', '=', seq)
      .executeTakeFirst();
    return row?.hash ?? null;
  }

  /** The salts of the salted hashes of entry `seq` (kept outside the log; never served). */
  async salts(seq: number): Promise<{ name: string; salt: string }[]> {
    return this.db
      .selectFrom('audit_salts')
      .select(['name', 'salt'])
      .where('seq', '=', seq)
      .orderBy('name')
      .execute();
  }

  // --- the signing key the log records ---------------------------------------------------

  /** The public keys recorded, in the order they first signed (one, unless the key changed). */
  async keys(): Promise<
    { fingerprint: string; pem: string; firstSeq: number; recordedAt: string }[]
  > {
    const rows = await this.db
      .selectFrom('audit_keys')
      .selectAll()
      .orderBy('first_seq')
      .orderBy('recorded_at')
      .execute();
    return rows.map((r) => ({
      fingerprint: r.fingerprint,
      pem: r.public_key,
      firstSeq: Number(r.first_seq),
      recordedAt: r.recorded_at,
    }));
  }

  /** Records the public key at its first signature (inside the append's transaction). */
  async recordKey(k: { fingerprint: string; pem: string; firstSeq: number; recordedAt: string }) {
    await this.db
      .insertInto('audit_keys')
      .values({
        fingerprint: k.fingerprint,
        public_key: k.pem,
        first_seq: k.firstSeq,
        recorded_at: k.recordedAt,
      })
      .onConflict((oc) => oc.column('fingerprint').doNothing())
      .execute();
  }

  // --- checkpoints ------------------------------------------------------------------------

  /** Stores a checkpoint; one per seq (a second for the same seq is ignored). */
  async saveCheckpoint(c: AuditCheckpoint): Promise<void> {
    await this.db
      .insertInto('audit_checkpoints')
      .values({
        seq: c.seq,
        head_hash: c.headHash,
        at: c.at,
        fingerprint: c.fingerprint,
        signature: c.signature,
      })
      .onConflict((oc) => oc.column('seq').doNothing())
      .execute();
  }

  async checkpointAt(seq: number): Promise<AuditCheckpoint | null> {
    const row = await this.db
      .selectFrom('audit_checkpoints')
      .selectAll()
      .where('seq', '=', seq)
      .executeTakeFirst();
    return row ? toCheckpoint(row) : null;
  }

  /** Checkpoints, newest first, at most `limit` (default 100, ≤ 1000). */
  async checkpoints(limit = 100): Promise<AuditCheckpoint[]> {
    const rows = await this.db
      .selectFrom('audit_checkpoints')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(Math.max(1, Math.min(limit, AUDIT_PAGE_MAX)))
      .execute();
    return rows.map(toCheckpoint);
  }

  /** Entries after `afterSeq` (default 0: from the first) in seq order, at most `limit` (≤ 1000). */
  async list(options: { afterSeq?: number; limit?: number } = {}): Promise<AuditEntry[]> {
    const limit = Math.max(1, Math.min(options.limit ?? AUDIT_PAGE_MAX, AUDIT_PAGE_MAX));
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', options.afterSeq ?? 0)
      .orderBy('seq')
      .limit(limit)
      .execute();
    return rows.map(toEntry);
  }

  /** Number of stored entries. */
  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
