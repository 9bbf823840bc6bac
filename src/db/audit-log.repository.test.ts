// Contract of AuditLogRepository, on every test database: the head starts at the genesis, appends
// advance it in their transaction, and concurrent transactions leave one unbroken chain; subjects,
// salts, the recorded key and checkpoints are stored and read back.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Migrator, sql, type Migration } from 'kysely';
import { expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { AuditEntry } from '../core/audit/audit-entry.ts';
import { migrateToLatest } from './migrator.ts';
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

  it('stores subjects, salts, the recorded key and checkpoints, and reads them back', async () => {
    const store = await ctx.open();
    const one = await store.transaction(async (tx) => {
      const head = await tx.auditLog.head();
      const e: AuditEntry = {
        seq: 1,
        at: '2026-12-01T00:00:00.000Z',
        actor: 'a',
        type: 'proposal.created',
        payload: '{"proposal":"P-1"}',
        payloadHash: sha('p'),
        prevHash: head.hash,
        hash: sha('1'),
        signature: 'c2ln',
      };
      await tx.auditLog.append(e, {
        subject: 'proposal:P-1',
        salts: [
          { name: 'title', salt: 'ab'.repeat(32) },
          { name: 'text', salt: 'cd'.repeat(32) },
        ],
      });
      await tx.auditLog.recordKey({
        fingerprint: 'f'.repeat(64),
        pem: 'PEM',
        firstSeq: 1,
        recordedAt: e.at,
      });
      return e;
    });
    await store.transaction((tx) => appendNext(tx, 'b'));
    expect((await store.auditLog.listBySubject('proposal:P-1')).map((e) => e.seq)).toEqual([1]);
    expect(await store.auditLog.listBySubject('proposal:P-2')).toEqual([]);
    expect(await store.auditLog.salts(1)).toEqual([
      { name: 'text', salt: 'cd'.repeat(32) },
      { name: 'title', salt: 'ab'.repeat(32) },
    ]);
    expect(await store.auditLog.keys()).toEqual([
      { fingerprint: 'f'.repeat(64), pem: 'PEM', firstSeq: 1, recordedAt: one.at },
    ]);
    expect(await store.auditLog.hashAt(1)).toBe(one.hash);
    expect(await store.auditLog.hashAt(3)).toBeNull();

    const c = {
      seq: 1,
      headHash: one.hash,
      at: one.at,
      fingerprint: 'f'.repeat(64),
      signature: 's',
    };
    await store.auditLog.saveCheckpoint(c);
    await store.auditLog.saveCheckpoint({ ...c, signature: 'ignored' });
    await store.auditLog.saveCheckpoint({ ...c, seq: 2, headHash: sha('2') });
    expect(await store.auditLog.checkpointAt(1)).toEqual(c);
    expect((await store.auditLog.checkpoints()).map((x) => x.seq)).toEqual([2, 1]);
    expect((await store.auditLog.checkpoints(1)).map((x) => x.seq)).toEqual([2]);
  });

  it('migration 0011 fills in the subject of entries written before it, leaving them as they are', async () => {
    const handle = await ctx.openHandle();
    const before: Record<string, Migration> = {};
    for (const name of [
      '0001-foundation',
      '0002-coalitions',
      '0003-criteria-sets',
      '0004-coalition-workstreams',
      '0005-supply-chains',
      '0006-restricted-parties',
      '0007-audit-log',
      '0008-accounts',
      '0009-governance',
      '0010-consultations',
    ])
      before[name] = (await import(`./migrations/${name}.ts`)) as Migration;
    const { error } = await new Migrator({
      db: handle.db,
      provider: { getMigrations: () => Promise.resolve(before) },
    }).migrateToLatest();
    expect(error).toBeUndefined();
    const rows: [number, string, string][] = [
      [1, 'proposal.created', '{"proposal":"P-7","title":"Secret"}'],
      [2, 'role.changed', '{"account":"A-1","email":"a@example.org"}'],
      [3, 'implementation.reported', '{"member":"DEU","proposalId":"P-8"}'],
      [4, 'ballot.cast', '{"i":1}'],
    ];
    for (const [seq, type, payload] of rows)
      await sql`insert into audit_log (seq, at, actor, type, payload, payload_hash, prev_hash, hash, signature)
        values (${seq}, '2026-01-01T00:00:00Z', 'a', ${type}, ${payload}, 'h', 'p', ${`h${seq}`}, 's')`.execute(
        handle.db,
      );
    await migrateToLatest(handle.db as never);
    const after = await sql<{ seq: number; subject: string | null; payload: string }>`
      select seq, subject, payload from audit_log order by seq`.execute(handle.db);
    expect(after.rows.map((r) => [Number(r.seq), r.subject, r.payload])).toEqual([
      [1, 'proposal:P-7', rows[0]![2]],
      [2, 'account:A-1', rows[1]![2]],
      [3, 'proposal:P-8', rows[2]![2]],
      [4, null, rows[3]![2]],
    ]);
  });
});
