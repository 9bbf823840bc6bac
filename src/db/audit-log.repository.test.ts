// Contract of AuditLogRepository, on every test database: the head starts at the genesis, appends
// advance it in their transaction, and concurrent transactions leave one unbroken chain.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { AuditEntry } from '../core/audit/audit-entry.ts';
import type { Store } from './store.ts';

const GENESIS = '0'.repeat(64);
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** The next entry after the head (hashes are stand-ins: the repository stores, it does not check). */
async function appendNext(tx: Store, actor: string, pause = 0): Promise<AuditEntry> {
  const head = await tx.auditLog.head();
  if (pause > 0) await sleep(pause);
  const entry: AuditEntry = {
    seq: head.seq + 1,
    at: new Date().toISOString(),
    actor,
    type: 'test.appended',
    payload: JSON.stringify({ actor }),
    payloadHash: sha(actor),
    prevHash: head.hash,
    hash: sha(`${head.hash}:${actor}`),
    signature: 'c2ln',
  };
  await tx.auditLog.append(entry);
  return entry;
}

forEachDatabase('audit-log repository', (ctx) => {
  it('starts at the genesis head with no entries', async () => {
    const store = await ctx.open();
    expect(await store.auditLog.head()).toEqual({ seq: 0, hash: GENESIS });
    expect(await store.auditLog.count()).toBe(0);
    expect(await store.auditLog.list()).toEqual([]);
  });

  it('appends entries in a transaction, advancing the head, and reads them back in pages', async () => {
    const store = await ctx.open();
    const written: AuditEntry[] = [];
    for (const actor of ['a', 'b', 'c', 'd'])
      written.push(await store.transaction((tx) => appendNext(tx, actor)));
    expect(written.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await store.auditLog.head()).toEqual({ seq: 4, hash: written[3]!.hash });
    expect(await store.auditLog.count()).toBe(4);
    expect(await store.auditLog.list()).toEqual(written);
    expect(await store.auditLog.list({ afterSeq: 1, limit: 2 })).toEqual(written.slice(1, 3));
    expect(await store.auditLog.list({ afterSeq: 4 })).toEqual([]);
  });

  it('writes nothing when the transaction fails after the append', async () => {
    const store = await ctx.open();
    await expect(
      store.transaction(async (tx) => {
        await appendNext(tx, 'a');
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await store.auditLog.head()).toEqual({ seq: 0, hash: GENESIS });
    expect(await store.auditLog.count()).toBe(0);
  });

  it('refuses an append outside a transaction, or one that does not follow the head', async () => {
    const store = await ctx.open();
    await expect(appendNext(store, 'a')).rejects.toThrow(/inside store.transaction/);
    await store.transaction((tx) => appendNext(tx, 'a'));
    await expect(
      store.transaction(async (tx) => {
        const head = await tx.auditLog.head();
        await tx.auditLog.append({
          seq: head.seq + 2,
          at: new Date().toISOString(),
          actor: 'x',
          type: 'test.appended',
          payload: '{}',
          payloadHash: sha('{}'),
          prevHash: head.hash,
          hash: sha('x'),
          signature: 'c2ln',
        });
      }),
    ).rejects.toThrow(/entry 3 does not follow the head/);
    expect(await store.auditLog.count()).toBe(1);
  });

  it('leaves seq 1..50 with an unbroken chain after 50 concurrent transactions', async () => {
    const store = await ctx.open();
    // Each transaction pauses between reading the head and appending: without the lock, two
    // would read the same head.
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.transaction((tx) => appendNext(tx, `member-${i}`, 2)),
      ),
    );
    const entries = await store.auditLog.list();
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    let prev = GENESIS;
    for (const e of entries) {
      expect(e.prevHash, `entry ${e.seq}`).toBe(prev);
      prev = e.hash;
    }
    expect(new Set(entries.map((e) => e.actor)).size).toBe(50);
    expect(await store.auditLog.head()).toEqual({ seq: 50, hash: prev });
  });
});
