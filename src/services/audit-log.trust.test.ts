// The trust of the governance event log, on every test database: where the signing key comes from
// (never the working directory; recorded at its first signature; a process without it, or with
// another, refuses to write and says why; verify never creates one), what readers see (ids and
// salted hashes only; entries read like their subject, old entries too; redacted entries still
// chain), and signed checkpoints that find a log cut back or wiped.
import { createHash, createHmac, verify as verifySignature } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../../test/test-databases.ts';
import type { Principal } from '../core/accounts/access.ts';
import { AUDIT_CHECKPOINT_EVERY, checkpointSignedText } from '../core/audit/checkpoint.ts';
import { GENESIS_HASH } from '../core/audit/audit-entry.ts';
import { DomainError } from '../core/errors.ts';
import { parseProposalDraft } from '../core/governance/proposal.ts';
import type { Kysely } from 'kysely';
import { migrateToLatest } from '../db/migrator.ts';
import type { Database } from '../db/schema.ts';
import { Store } from '../db/store.ts';
import type { DatabaseContext } from '../../test/test-databases.ts';
import {
  auditKeyFileFor,
  AuditLog,
  AuditService,
  generateAuditKeyFile,
  loadAuditKey,
  resolveAuditKey,
  verifyEntries,
  type AuditRecord,
} from './audit-log.ts';
import { GovernanceService } from './governance.service.ts';
import { openPlatform } from './platform.ts';
import { buildServices } from './services.ts';
import { testPrincipal } from '../../test/principals.ts';

const KEY = loadAuditKey({ keyFile: null });
const OTHER = loadAuditKey({ keyFile: null });
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

const account = testPrincipal;
const SECRETARIAT = account('secretariat', null);
const FRA = account('member_delegate', 'FRA');
const OECD = account('observer', 'OECD');

const failure = async (p: Promise<unknown>): Promise<DomainError> => {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};

/** A migrated, empty database: its store and the Kysely handle to tamper with it directly. */
async function open(ctx: DatabaseContext): Promise<{ store: Store; db: Kysely<Database> }> {
  const handle = await ctx.openHandle();
  await migrateToLatest(handle.db as never);
  return { store: new Store(handle.db), db: handle.db };
}

const event = (i: number) => ({ actor: 'acct_1', type: 'ballot.cast', payload: { i } });

async function appendN(store: Store, audit: AuditService, n: number): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 1; i <= n; i++)
    hashes.push((await store.transaction((tx) => audit.append(tx, event(i)))).hash);
  return hashes;
}

forEachDatabase('audit signing key', (ctx) => {
  it('refuses to write without a configured key on PostgreSQL, naming the variables; writes nothing', async () => {
    const { store } = await open(ctx);
    // Whatever the working directory holds, PostgreSQL's key is configured or absent.
    const setting = resolveAuditKey({ dialect: 'postgres', location: 'postgres://db/ta' });
    expect(setting.source).toBe('missing');
    const audit = new AuditService(store, new AuditLog(setting));
    const e = await failure(store.transaction((tx) => audit.append(tx, event(1))));
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/AUDIT_SIGNING_KEY_FILE/);
    expect(e.message).toMatch(/AUDIT_SIGNING_KEY\b/);
    expect(e.message).toMatch(/techalliance audit keygen --out/);
    expect(await store.auditLog.count()).toBe(0);
    expect(await store.auditLog.keys()).toEqual([]);
    // Reading an empty log needs no key; there is no head to checkpoint.
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 0 });
    expect((await failure(audit.checkpoint())).code).toBe('conflict');
  });

  it('records the public key at the first signature; a process with another key refuses to write', async () => {
    const { store } = await open(ctx);
    const first = new AuditService(store, new AuditLog(KEY));
    await appendN(store, first, 2);
    const recorded = await store.auditLog.keys();
    expect(recorded.map((k) => [k.fingerprint, k.firstSeq])).toEqual([
      [(await first.key()).fingerprint, 1],
    ]);

    const other = new AuditService(store, new AuditLog(OTHER));
    const e = await failure(store.transaction((tx) => other.append(tx, event(3))));
    expect(e.code).toBe('unavailable');
    expect(e.message).toMatch(/is not the key this database's log is signed with/);
    expect(e.message).toContain(recorded[0]!.fingerprint);
    expect(await store.auditLog.count()).toBe(2);

    // A process with no key at all reads and verifies with the database's recorded key.
    const keyless = new AuditService(
      store,
      new AuditLog(resolveAuditKey({ dialect: 'postgres', location: 'x' })),
    );
    expect((await keyless.key()).fingerprint).toBe(recorded[0]!.fingerprint);
    expect(await keyless.verify()).toMatchObject({ ok: true, checked: 2 });
    const refused = await failure(store.transaction((tx) => keyless.append(tx, event(3))));
    expect(refused.message).toContain(recorded[0]!.fingerprint);
  });
});

describe('where the signing key comes from', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ta-audit-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: the file beside the database (absolute), made at the first signature of an empty log only', async () => {
    const db = join(dir, 'one.sqlite');
    const keyFile = `${db}.audit-key.pem`;
    expect(auditKeyFileFor('sqlite', db)).toBe(keyFile);
    expect(auditKeyFileFor('sqlite', ':memory:')).toBeNull();
    expect(auditKeyFileFor('postgres', 'postgres://db/ta')).toBeNull();

    let platform = await openPlatform(`sqlite:${db}`, { loadStarter: false });
    // Opening (and verifying) writes no key.
    await buildServices(platform).audit.verify();
    expect(existsSync(keyFile)).toBe(false);
    let audit = buildServices(platform).audit;
    await appendN(platform.store, audit, 1);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    if (process.platform !== 'win32') expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const fingerprint = (await audit.key()).fingerprint;
    await platform.close();

    // The key file lost: the next process refuses (it does not make a new key) and says why.
    rmSync(keyFile);
    platform = await openPlatform(`sqlite:${db}`, { loadStarter: false });
    audit = buildServices(platform).audit;
    const e = await failure(platform.store.transaction((tx) => audit.append(tx, event(2))));
    expect(e.code).toBe('unavailable');
    expect(e.message).toContain(keyFile);
    expect(e.message).toContain(fingerprint);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 1 });
    expect(existsSync(keyFile)).toBe(false);
    await platform.close();
  });

  it('AUDIT_SIGNING_KEY_FILE: an absolute path, read; missing: refused, never created', async () => {
    expect(() =>
      resolveAuditKey({ signingKeyFile: 'var/key.pem', dialect: 'postgres', location: 'x' }),
    ).toThrow(/AUDIT_SIGNING_KEY_FILE must be an absolute path/);
    const file = join(dir, 'keys', 'audit.pem');
    const missing = resolveAuditKey({ signingKeyFile: file, dialect: 'postgres', location: 'x' });
    expect(missing).toMatchObject({ source: 'missing', createAt: null });
    expect(existsSync(file)).toBe(false);

    const made = generateAuditKeyFile(file);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await failure(Promise.resolve().then(() => generateAuditKeyFile(file)))).code).toBe(
      'conflict',
    );
    const read = resolveAuditKey({ signingKeyFile: file, dialect: 'postgres', location: 'x' });
    expect(read.source).toBe('file');
    expect(new AuditLog(read).publicKey()).toEqual(new AuditLog(made).publicKey());
    expect(() =>
      resolveAuditKey({
        signingKey: 'x',
        signingKeyFile: file,
        dialect: 'postgres',
        location: 'x',
      }),
    ).toThrow(/set one of them, not both/);
  });
});

forEachDatabase('what readers of the log see', (ctx) => {
  async function world() {
    const { store, db } = await open(ctx);
    const audit = new AuditService(store, new AuditLog(KEY));
    const g = new GovernanceService(store, audit);
    await g.saveWorkstream(SECRETARIAT, {
      code: 'ai',
      name: 'AI safety',
      description: '',
      decisionRule: { kind: 'qualified-majority', yes: 1 },
      participants: [{ delegation: 'FRA', rights: ['read', 'propose', 'comment', 'vote'] }],
    });
    const make = async (title: string, confidentiality: string, restrictedTo?: string[]) => {
      const p = await g.create(
        SECRETARIAT,
        parseProposalDraft({
          title,
          text: `Text of ${title}`,
          confidentiality,
          ...(restrictedTo ? { restrictedTo } : {}),
          workstream: 'ai',
        }),
      );
      await g.transition(SECRETARIAT, p.id, { to: 'deliberation' });
      return p.id;
    };
    const pub = await make('Public chips note', 'public');
    const members = await make('Secret members note', 'members');
    const restricted = await make('Secret restricted note', 'restricted', ['FRA']);
    return { store, db, audit, g, pub, members, restricted };
  }

  it('records ids and salted hashes only: no titles, texts or e-mail addresses', async () => {
    const { store, pub } = await world();
    const entries = await store.auditLog.list();
    const text = entries.map((e) => e.payload).join('\n');
    expect(text).not.toMatch(/note|Text of|@example/);
    const created = entries.find(
      (e) =>
        e.type === 'proposal.created' &&
        (JSON.parse(e.payload) as { proposal: string }).proposal === pub,
    )!;
    const payload = JSON.parse(created.payload) as Record<string, string>;
    expect(payload.subject).toBeUndefined();
    expect(Object.keys(payload).sort()).toEqual([
      'confidentiality',
      'proposal',
      'restrictedTo',
      'textSaltedSha256',
      'titleSaltedSha256',
      'workstream',
    ]);
    // The salt is kept outside the log; with it the hash is HMAC-SHA256 of the canonical JSON.
    const salts = await store.auditLog.salts(created.seq);
    expect(salts.map((s) => s.name)).toEqual(['text', 'title']);
    const salt = salts.find((s) => s.name === 'title')!.salt;
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(payload.titleSaltedSha256).toBe(
      createHmac('sha256', Buffer.from(salt, 'hex'))
        .update(JSON.stringify('Public chips note'))
        .digest('hex'),
    );
    expect(payload.titleSaltedSha256).not.toBe(sha256(JSON.stringify('Public chips note')));
  });

  it('salts short answers: the same "yes" twice gives two hashes, neither sha256("yes")', async () => {
    const { store, audit } = await world();
    const answer = (n: number) =>
      store.transaction((tx) =>
        audit.append(tx, {
          actor: `acct_${n}`,
          type: 'consultation.responded',
          payload: { proposal: 'P-1' },
          salted: { answers: { q1: 'yes' } },
        }),
      );
    const a = JSON.parse((await answer(1)).payload) as { answersSaltedSha256: string };
    const b = JSON.parse((await answer(2)).payload) as { answersSaltedSha256: string };
    expect(a.answersSaltedSha256).not.toBe(b.answersSaltedSha256);
    for (const guess of ['{"q1":"yes"}', '"yes"', 'yes'])
      expect(a.answersSaltedSha256).not.toBe(sha256(guess));
    await expect(
      store.transaction((tx) =>
        audit.append(tx, { actor: 'a', type: 'x.y', payload: [1], salted: { v: 1 } }),
      ),
    ).rejects.toThrow(/payload: must be a plain object/);
    await expect(
      store.transaction((tx) =>
        audit.append(tx, { actor: 'a', type: 'x.y', payload: {}, subject: 'planet:mars' }),
      ),
    ).rejects.toThrow(/subject: must be proposal:<id>/);
  });

  it('reads entries like their subject — old entries with titles too — and the redacted ones still chain', async () => {
    const { store, audit, pub, members, restricted } = await world();
    // Entries written before the log held ids only (not rewritten: that would break the chain).
    await store.transaction((tx) =>
      audit.append(tx, {
        actor: 'acct_1',
        type: 'proposal.edited',
        payload: { proposal: members, title: 'Old secret members title', note: 'old note' },
      }),
    );
    await store.transaction((tx) =>
      audit.append(tx, {
        actor: 'acct_1',
        type: 'role.changed',
        payload: { account: 'member_delegate-FRA', email: 'fra@example.org', role: 'member' },
      }),
    );
    const all: AuditRecord[] = [];
    const read = async (who: Principal): Promise<AuditRecord[]> => {
      const page = await audit.readerPage(who, { limit: 1000 });
      return page.items;
    };
    const visibleText = (items: AuditRecord[]): string =>
      items.map((e) => ('payload' in e ? e.payload : '')).join('\n');
    const proposalsOf = (items: AuditRecord[]): Set<string> =>
      new Set(
        items.flatMap((e) =>
          'payload' in e ? [(JSON.parse(e.payload) as { proposal?: string }).proposal ?? ''] : [],
        ),
      );

    const observer = await read(OECD);
    expect(visibleText(observer)).not.toMatch(/Old secret|fra@example.org/);
    expect(proposalsOf(observer)).toContain(pub);
    expect(proposalsOf(observer)).not.toContain(members);
    expect(proposalsOf(observer)).not.toContain(restricted);
    expect(observer.filter((e) => 'redacted' in e).length).toBeGreaterThan(0);
    // Redacted entries keep the chain: a reader verifies it end to end.
    all.push(...observer);
    expect(await verifyEntries(all, (await audit.key()).pem)).toMatchObject({
      ok: true,
      checked: (await store.auditLog.head()).seq,
    });

    const fra = await read(FRA);
    expect(proposalsOf(fra)).toContain(members);
    expect(proposalsOf(fra)).toContain(restricted);
    expect(visibleText(fra)).toContain('fra@example.org'); // its own account's entry
    expect(visibleText(await read(SECRETARIAT))).toMatch(/Old secret members title/);

    // Through export too.
    const exported: AuditRecord[] = [];
    for await (const e of audit.entries({ principal: OECD })) exported.push(e);
    expect(exported).toEqual(observer);

    // A proposal's history: as the proposal is read.
    await expect(audit.history(OECD, members)).rejects.toMatchObject({ code: 'not_found' });
    const history = await audit.history(FRA, members);
    expect(history.map((h) => [h.type, h.details.from ?? null, h.details.to ?? null])).toEqual([
      ['proposal.created', null, null],
      ['proposal.moved', 'draft', 'deliberation'],
      ['proposal.edited', null, null],
    ]);
    expect(history[1]!.actor).toBe('account:secretariat-x');
  });

  it('a subject column changed in the database discloses nothing: the signed payload decides', async () => {
    const { db, audit, members } = await world();
    await db.updateTable('audit_log').set({ subject: null }).execute();
    const items = (await audit.readerPage(OECD, { limit: 1000 })).items;
    const text = items.map((e) => ('payload' in e ? e.payload : '')).join('\n');
    expect(text).not.toContain(members);
  });
});

forEachDatabase('audit checkpoints', (ctx) => {
  it('signs checkpoints of the head that verify with the public key, one per head', async () => {
    const { store } = await open(ctx);
    const audit = new AuditService(store, new AuditLog(KEY));
    expect((await failure(audit.checkpoint())).code).toBe('conflict');
    const hashes = await appendN(store, audit, 3);
    const c = await audit.checkpoint();
    expect(c).toMatchObject({
      seq: 3,
      headHash: hashes[2],
      fingerprint: (await audit.key()).fingerprint,
    });
    expect(
      verifySignature(
        null,
        Buffer.from(checkpointSignedText(c)),
        (await audit.key()).pem,
        Buffer.from(c.signature, 'base64'),
      ),
    ).toBe(true);
    expect(await audit.checkpoint()).toEqual(c);
    expect(await audit.latestCheckpoint()).toEqual(c);
    // The one given and the one stored.
    expect(await audit.verify({ checkpoint: c })).toMatchObject({ ok: true, checkpoints: 2 });
  });

  it(`makes one automatically every ${AUDIT_CHECKPOINT_EVERY} entries`, async () => {
    const { store } = await open(ctx);
    const audit = new AuditService(store, new AuditLog(KEY));
    const hashes = await appendN(store, audit, AUDIT_CHECKPOINT_EVERY + 1);
    expect((await audit.checkpoints()).map((c) => [c.seq, c.headHash])).toEqual([
      [AUDIT_CHECKPOINT_EVERY, hashes[AUDIT_CHECKPOINT_EVERY - 1]],
    ]);
  });

  it('finds the tail cut together with the head, which the chain alone cannot', async () => {
    const { store, db } = await open(ctx);
    const audit = new AuditService(store, new AuditLog(KEY));
    const hashes = await appendN(store, audit, 5);
    const kept = await audit.checkpoint();
    // Cut entries 4 and 5 and rewind the head to entry 3, removing the stored checkpoint too.
    await db.deleteFrom('audit_log').where('seq', '>', 3).execute();
    await db.updateTable('audit_head').set({ seq: 3, hash: hashes[2]! }).execute();
    await db.deleteFrom('audit_checkpoints').execute();
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 3 });
    const r = await audit.verify({ checkpoint: kept });
    expect(r).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: 'log rewound' } });
    expect(r.firstBroken!.detail).toMatch(/ends at entry 3: entries were removed/);
  });

  it('finds the cut from its own stored checkpoints while they are still there', async () => {
    const { store, db } = await open(ctx);
    const audit = new AuditService(store, new AuditLog(KEY));
    const hashes = await appendN(store, audit, 5);
    await audit.checkpoint();
    await db.deleteFrom('audit_log').where('seq', '>', 3).execute();
    await db.updateTable('audit_head').set({ seq: 3, hash: hashes[2]! }).execute();
    expect(await audit.verify()).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'log rewound' },
    });
  });

  it('reports a deleted head record instead of failing, and refuses to append after it', async () => {
    const { store, db } = await open(ctx);
    const audit = new AuditService(store, new AuditLog(KEY));
    await appendN(store, audit, 5);
    const kept = await audit.checkpoint();
    await db.deleteFrom('audit_head').execute();
    expect(await audit.verify()).toMatchObject({
      ok: false,
      checked: 5,
      firstBroken: { seq: 6, reason: 'head missing' },
    });
    const refused = await failure(store.transaction((tx) => audit.append(tx, event(99))));
    expect(refused.code).toBe('unavailable');
    expect(refused.message).toMatch(/no head record/);
    // Cut back together with the head: the kept checkpoint names what is missing.
    await db.deleteFrom('audit_log').where('seq', '>', 3).execute();
    await db.deleteFrom('audit_checkpoints').execute();
    expect(await audit.verify({ checkpoint: kept })).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'log rewound' },
    });
  });

  it('finds a wiped log, and a log rewritten after the wipe', async () => {
    const { store, db } = await open(ctx);
    const audit = new AuditService(store, new AuditLog(KEY));
    await appendN(store, audit, 5);
    const kept = await audit.checkpoint();
    const wipe = async () => {
      await db.deleteFrom('audit_log').execute();
      await db.deleteFrom('audit_checkpoints').execute();
      await db.deleteFrom('audit_keys').execute();
      await db.updateTable('audit_head').set({ seq: 0, hash: GENESIS_HASH }).execute();
    };
    await wipe();
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 0 });
    expect(await audit.verify({ checkpoint: kept })).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'log rewound' },
    });
    // Rewritten: five other entries; the checkpoint's seq is there with another hash.
    for (let i = 10; i < 15; i++) await store.transaction((tx) => audit.append(tx, event(i)));
    expect(await audit.verify({ checkpoint: kept })).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'checkpoint hash mismatch' },
    });
    // A checkpoint signed by another key is not taken.
    const forged = { ...kept, signature: Buffer.alloc(64).toString('base64') };
    expect((await audit.verify({ checkpoint: forged })).firstBroken).toMatchObject({
      reason: 'bad checkpoint signature',
    });
  });
});
