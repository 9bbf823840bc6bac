// The governance event log through its service, on every test database: entries appended in the
// caller's transaction verify; a row edited in the database fails verification at that entry.
import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import { GENESIS_HASH } from '../core/audit/audit-entry.ts';
import { DomainError } from '../core/errors.ts';
import { migrateToLatest } from '../db/migrator.ts';
import type { Database } from '../db/schema.ts';
import { Store } from '../db/store.ts';
import {
  AuditLog,
  AuditService,
  loadAuditKey,
  verifyEntries,
  type AuditEntry,
} from './audit-log.ts';

const KEY = loadAuditKey({ keyFile: null });

async function openAudit(ctx: Parameters<Parameters<typeof forEachDatabase>[1]>[0]) {
  const handle = await ctx.openHandle();
  await migrateToLatest(handle.db as never);
  const store = new Store(handle.db);
  return { db: handle.db, store, audit: new AuditService(store, new AuditLog(KEY)) };
}

const EVENTS = [
  { actor: 'acct_1', type: 'proposal.created', payload: { proposal: 'P-1', title: 'Chips' } },
  { actor: 'acct_2', type: 'ballot.cast', payload: { proposal: 'P-1', choice: 'yes', weight: 3 } },
  { actor: 'acct_1', type: 'comment.added', payload: { proposal: 'P-1', text: 'Agreed.' } },
];

async function appendAll(store: Store, audit: AuditService): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for (const e of EVENTS) out.push(await store.transaction((tx) => audit.append(tx, e)));
  return out;
}

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

forEachDatabase('audit log', (ctx) => {
  it('appends signed, chained entries that verify, by the recipe of docs/audit-log.md too', async () => {
    const { store, audit } = await openAudit(ctx);
    const entries = await appendAll(store, audit);
    expect(entries.map((e) => [e.seq, e.type])).toEqual([
      [1, 'proposal.created'],
      [2, 'ballot.cast'],
      [3, 'comment.added'],
    ]);
    expect(entries[1]!.payload).toBe('{"choice":"yes","proposal":"P-1","weight":3}');
    expect(await audit.verify()).toEqual({
      ok: true,
      checked: 3,
      firstBroken: null,
      headHash: entries[2]!.hash,
      checkpoints: 0,
    });
    // The recipe, by hand: payload hash, entry hash over six lines, Ed25519 over the hash's hex.
    const { pem } = await audit.key();
    let prev = GENESIS_HASH;
    for (const e of await store.auditLog.list()) {
      expect(e.prevHash).toBe(prev);
      expect(e.payloadHash).toBe(sha256(e.payload));
      expect(e.hash).toBe(
        sha256([e.seq, e.at, e.actor, e.type, e.payloadHash, e.prevHash].join('\n')),
      );
      expect(verify(null, Buffer.from(e.hash), pem, Buffer.from(e.signature, 'base64'))).toBe(true);
      prev = e.hash;
    }
    // A member with the published key and the entries alone.
    expect((await verifyEntries(entries, pem)).ok).toBe(true);
  });

  it('fails at entry 2 when its payload is edited in the database', async () => {
    const { db, store, audit } = await openAudit(ctx);
    await appendAll(store, audit);
    await db
      .updateTable('audit_log')
      .set({ payload: '{"choice":"no","proposal":"P-1","weight":3}' })
      .where('seq', '=', 2)
      .execute();
    const r = await audit.verify();
    expect(r).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { seq: 2, reason: 'payload hash mismatch' },
    });
    expect(r.headHash).toBe((await store.auditLog.list())[0]!.hash);
  });

  it('names each kind of tampering at the entry it touches', async () => {
    const cases: [
      string,
      (db: Kysely<Database>, e: AuditEntry[]) => Promise<unknown>,
      number,
      string,
    ][] = [
      [
        'payload and its hash rewritten',
        (db) =>
          db
            .updateTable('audit_log')
            .set({ payload: '{}', payload_hash: sha256('{}') })
            .where('seq', '=', 2)
            .execute(),
        2,
        'hash mismatch',
      ],
      [
        'signature of another entry',
        (db, e) =>
          db
            .updateTable('audit_log')
            .set({ signature: e[1]!.signature })
            .where('seq', '=', 3)
            .execute(),
        3,
        'bad signature',
      ],
      [
        'signature not base64',
        (db) =>
          db
            .updateTable('audit_log')
            .set({ signature: 'not base64!' })
            .where('seq', '=', 1)
            .execute(),
        1,
        'bad signature',
      ],
      [
        'an entry deleted',
        (db) => db.deleteFrom('audit_log').where('seq', '=', 2).execute(),
        3,
        'sequence gap',
      ],
      [
        'the last entry deleted',
        (db) => db.deleteFrom('audit_log').where('seq', '=', 3).execute(),
        3,
        'head mismatch',
      ],
      [
        'actor changed',
        (db) => db.updateTable('audit_log').set({ actor: 'acct_9' }).where('seq', '=', 1).execute(),
        1,
        'hash mismatch',
      ],
      [
        'previous hash changed',
        (db) =>
          db
            .updateTable('audit_log')
            .set({ prev_hash: 'f'.repeat(64) })
            .where('seq', '=', 2)
            .execute(),
        2,
        'previous-hash link broken',
      ],
    ];
    for (const [what, tamper, seq, reason] of cases) {
      const { db, store, audit } = await openAudit(ctx);
      const entries = await appendAll(store, audit);
      await tamper(db, entries);
      expect((await audit.verify()).firstBroken, what).toMatchObject({ seq, reason });
    }
  });

  it('fails at entry 1 with another public key', async () => {
    const { store, audit } = await openAudit(ctx);
    await appendAll(store, audit);
    const other = loadAuditKey({ keyFile: null }).publicKey;
    expect((await audit.verify({ publicKey: other })).firstBroken).toMatchObject({
      seq: 1,
      reason: 'bad signature',
    });
  });

  it('writes nothing for a payload that is not plain JSON, or an event outside a transaction', async () => {
    const { store, audit } = await openAudit(ctx);
    await expect(
      store.transaction((tx) =>
        audit.append(tx, { actor: 'a', type: 'ballot.cast', payload: { choice: undefined } }),
      ),
    ).rejects.toThrow('$.choice is undefined');
    await expect(
      store.transaction((tx) =>
        audit.append(tx, { actor: 'a\nb', type: 'ballot.cast', payload: {} }),
      ),
    ).rejects.toThrow(DomainError);
    await expect(
      audit.append(store, { actor: 'a', type: 'ballot.cast', payload: {} }),
    ).rejects.toThrow(/inside store.transaction/);
    expect(await store.auditLog.count()).toBe(0);
    expect(await audit.verify()).toEqual({
      ok: true,
      checked: 0,
      firstBroken: null,
      headHash: GENESIS_HASH,
      checkpoints: 0,
    });
  });

  it('keeps one verifiable chain under 50 concurrent appends, and pages through it', async () => {
    const { store, audit } = await openAudit(ctx);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.transaction((tx) =>
          audit.append(tx, { actor: `member-${i}`, type: 'ballot.cast', payload: { i } }),
        ),
      ),
    );
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 50 });
    const first = await audit.page({ limit: 20 });
    expect(first.items.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(first.next).toBe(20);
    const last = await audit.page({ after: 40, limit: 20 });
    expect(last.items).toHaveLength(10);
    expect(last.next).toBeNull();
    expect(last.head).toEqual({ seq: 50, hash: last.items.at(-1)!.hash });
  });
});

describe('AUDIT_SIGNING_KEY', () => {
  it('takes the key as PEM, PEM with literal \\n, or base64 DER', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const der = privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    const expected = new AuditLog(loadAuditKey({ signingKey: pem, keyFile: null })).publicKey()!;
    for (const signingKey of [pem, pem.trim().replace(/\n/g, '\\n'), der]) {
      const key = loadAuditKey({ signingKey, keyFile: null });
      expect(key.source).toBe('env');
      expect(new AuditLog(key).publicKey()).toEqual(expected);
    }
    expect(expected.pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(expected.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a key that is not an Ed25519 private key, without echoing it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;
    expect(() => loadAuditKey({ signingKey: rsa, keyFile: null })).toThrow(
      'AUDIT_SIGNING_KEY: an rsa key; the audit log needs an Ed25519 key',
    );
    let error: DomainError | undefined;
    try {
      loadAuditKey({ signingKey: 'secret-but-wrong', keyFile: null });
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.code).toBe('configuration');
    expect(error?.message).toBe(
      'AUDIT_SIGNING_KEY: not an Ed25519 private key (PKCS#8 PEM, or the base64 of its DER)',
    );
  });
});
