// The governance event log: entries appended one at a time while the head row is locked, so two
// transactions can never take the same seq or link to the same previous entry.
import { SqliteAdapter, type Kysely } from 'kysely';
import type { AuditEntry } from '../core/audit/audit-entry.ts';
import type { AuditLogRow, Database } from './schema.ts';

/** The last entry's seq and hash (seq 0 and 64 zeros before the first entry). */
export interface AuditHead {
  seq: number;
  hash: string;
}

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
    let q = this.db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
    if (this.db.isTransaction && !(this.db.getExecutor().adapter instanceof SqliteAdapter))
      q = q.forUpdate();
    const row = await q.executeTakeFirstOrThrow();
    return { seq: Number(row.seq), hash: row.hash };
  }

  /**
   * Stores the entry and makes it the head. Must run inside `Store.transaction` after `head()`
   * read the head the entry links to; throws when the entry does not follow that head (seq and
   * prevHash), which cannot happen while the head is locked.
   */
  async append(entry: AuditEntry): Promise<void> {
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
      })
      .execute();
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
