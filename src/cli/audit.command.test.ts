// CLI tests of `techalliance audit`: export → verify round trip (database and file, with the
// server's key or a given one), an edited entry named, a malformed line named by its number; keygen;
// verify never creating a key; checkpoints that find a log cut back or wiped (SQLite and
// PostgreSQL), and a PostgreSQL process without its key refusing to sign, from any folder.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance as run } from '../../test/run-cli.ts';
import { openPlatform } from '../services/platform.ts';
import { buildServices } from '../services/services.ts';

let dir: string;
let dbFile: string;
let head: string;
const saved = process.env.DATABASE_URL;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ta-audit-'));
  dbFile = join(dir, 'cli.sqlite');
  process.env.DATABASE_URL = `sqlite:${dbFile}`;
  // Three governance events, appended as the governance module does (the CLI opens the same file
  // and finds the key beside it).
  const platform = await openPlatform(`sqlite:${dbFile}`, { loadStarter: false });
  try {
    const { audit } = buildServices(platform);
    for (const [i, type] of ['proposal.created', 'ballot.cast', 'comment.added'].entries())
      head = (
        await platform.store.transaction((tx) =>
          audit.append(tx, { actor: `acct_${i}`, type, payload: { proposal: 'P-1', i } }),
        )
      ).hash;
  } finally {
    await platform.close();
  }
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('techalliance audit', () => {
  it('verifies the database log with the server key', async () => {
    const r = await run('audit', 'verify');
    expect(r).toMatchObject({ code: 0, out: `ok: 3 entries, head ${head}\n` });
  });

  it('exports JSON lines that verify from the file, with the server key or a given one', async () => {
    const out = await run('audit', 'export');
    expect(out.code).toBe(0);
    const lines = out.out.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2, 3]);

    const exported = join(dir, 'audit.jsonl');
    expect((await run('audit', 'export', '--out', exported)).out).toBe(
      `wrote 3 entries to ${exported} (head ${head})\n`,
    );
    expect(readFileSync(exported, 'utf8')).toBe(out.out);
    expect((await run('audit', 'verify', '--file', exported)).out).toBe(
      `ok: 3 entries, head ${head}\n`,
    );

    const key = await run('audit', 'key');
    expect(key.out).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);
    const pem = file('server.pem', key.out);
    const r = await run('audit', 'verify', '--file', exported, '--key', pem, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      ok: true,
      checked: 3,
      firstBroken: null,
      headHash: head,
      checkpoints: 0,
    });
  });

  it('names the first broken entry of an edited export and exits 1', async () => {
    const lines = (await run('audit', 'export')).out.trimEnd().split('\n');
    const second = JSON.parse(lines[1]!) as { payload: string };
    second.payload = second.payload.replace('"i":1', '"i":9');
    lines[1] = JSON.stringify(second);
    const r = await run('audit', 'verify', '--file', file('edited.jsonl', lines.join('\n') + '\n'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^broken at entry 2: payload hash mismatch \(/);
  });

  it('fails with another public key', async () => {
    const exported = join(dir, 'audit.jsonl');
    await run('audit', 'export', '--out', exported);
    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    const r = await run(
      'audit',
      'verify',
      '--file',
      exported,
      '--key',
      file('other.pem', other as string),
    );
    expect(r).toMatchObject({ code: 1 });
    expect(r.out).toMatch(/^broken at entry 1: bad signature/);
  });

  it('names a malformed line by its number (exit 1)', async () => {
    const lines = (await run('audit', 'export')).out.trimEnd().split('\n');
    const broken = file('broken.jsonl', `${lines[0]}\n\n${lines[1]!.slice(0, 40)}\n${lines[2]}\n`);
    const r = await run('audit', 'verify', '--file', broken);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^error: ${broken} line 3: not JSON`));
    expect(r.err).toMatch(/line 3, /);
  });

  it('exits 2 naming the argument for a missing file or a key that is not a public key', async () => {
    const nofile = await run('audit', 'verify', '--file', join(dir, 'nope.jsonl'));
    expect(nofile.code).toBe(2);
    expect(nofile.err).toMatch(/--file: no file/);
    const exported = join(dir, 'audit.jsonl');
    await run('audit', 'export', '--out', exported);
    const badKey = await run(
      'audit',
      'verify',
      '--file',
      exported,
      '--key',
      file('bad.pem', 'hello'),
    );
    expect(badKey.code).toBe(2);
    expect(badKey.err).toMatch(/--key: not a PEM public key/);
  });

  it('fails at the entry edited directly in the database', async () => {
    const db = new SQLite(dbFile);
    try {
      db.prepare('update audit_log set payload = ? where seq = 2').run('{"i":1,"proposal":"P-2"}');
    } finally {
      db.close();
    }
    const r = await run('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^broken at entry 2: payload hash mismatch/);
    const json = await run('audit', 'verify', '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      checked: 1,
      firstBroken: { seq: 2, reason: 'payload hash mismatch' },
    });
  });
});

/** Runs `work` with environment variables set, restoring them after. */
async function withEnv<T>(vars: Record<string, string | undefined>, work: () => Promise<T>) {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (v: Record<string, string | undefined>) => {
    for (const [k, x] of Object.entries(v))
      if (x === undefined) delete process.env[k];
      else process.env[k] = x;
  };
  set(vars);
  try {
    return await work();
  } finally {
    set(before);
  }
}

describe('techalliance audit keygen', () => {
  it('creates a key file readable by its owner only, and never overwrites one', async () => {
    const out = join(dir, 'keys', 'audit.pem');
    const r = await run('audit', 'keygen', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      new RegExp(
        `^created ${out} \\(fingerprint [0-9a-f]{64}\\)\nset AUDIT_SIGNING_KEY_FILE=${out}\n$`,
      ),
    );
    expect(readFileSync(out, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    if (process.platform !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);
    const again = await run('audit', 'keygen', '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists: a key file is never overwritten/);
  });
});

describe('techalliance audit verify never creates a key', () => {
  it('verifies a database with no key file and leaves none behind', async () => {
    const empty = join(dir, 'empty.sqlite');
    await withEnv({ DATABASE_URL: `sqlite:${empty}` }, async () => {
      const r = await run('audit', 'verify');
      expect(r).toMatchObject({ code: 0, out: 'ok: 0 entries, head ' + '0'.repeat(64) + '\n' });
    });
    expect(existsSync(`${empty}.audit-key.pem`)).toBe(false);
  });
});

/** A log of five entries on `url`, signed with the key in `keyFile`; a checkpoint kept in a file. */
async function logWithCheckpoint(url: string, keyFile: string, name: string) {
  const platform = await openPlatform(url, { loadStarter: false, auditSigningKeyFile: keyFile });
  const hashes: string[] = [];
  try {
    const { audit } = buildServices(platform);
    for (let i = 1; i <= 5; i++)
      hashes.push(
        (
          await platform.store.transaction((tx) =>
            audit.append(tx, { actor: 'acct_1', type: 'ballot.cast', payload: { i } }),
          )
        ).hash,
      );
  } finally {
    await platform.close();
  }
  const kept = join(dir, `${name}-checkpoint.json`);
  const made = await withEnv({ DATABASE_URL: url, AUDIT_SIGNING_KEY_FILE: keyFile }, () =>
    run('audit', 'checkpoint', '--json', '--out', kept),
  );
  expect(made.code).toBe(0);
  expect(JSON.parse(made.out)).toMatchObject({ seq: 5, headHash: hashes[4] });
  expect(JSON.parse(readFileSync(kept, 'utf8'))).toEqual(JSON.parse(made.out));
  return { hashes, kept };
}

/** The statements that cut the log back to entry 3 (tail and head together), or wipe it. */
const CUT = (hash3: string) => [
  'delete from audit_log where seq > 3',
  `update audit_head set seq = 3, hash = '${hash3}'`,
  'delete from audit_checkpoints',
];
const WIPE = [
  'delete from audit_log',
  `update audit_head set seq = 0, hash = '${'0'.repeat(64)}'`,
  'delete from audit_checkpoints',
  'delete from audit_keys',
];

async function expectRewound(url: string, keyFile: string, kept: string) {
  await withEnv({ DATABASE_URL: url, AUDIT_SIGNING_KEY_FILE: keyFile }, async () => {
    const r = await run('audit', 'verify', '--checkpoint', kept);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^broken at entry 5: log rewound \(the checkpoint names entry 5 /);
    expect(r.out).toMatch(/entries were removed/);
    const json = await run('audit', 'verify', '--checkpoint', kept, '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      firstBroken: { seq: 5, reason: 'log rewound' },
    });
  });
}

describe('techalliance audit verify --checkpoint on sqlite', () => {
  it('finds the log cut back (tail and head together), then wiped', async () => {
    const db = join(dir, 'cut.sqlite');
    const keyFile = join(dir, 'cut-key.pem');
    expect((await run('audit', 'keygen', '--out', keyFile)).code).toBe(0);
    const url = `sqlite:${db}`;
    const { hashes, kept } = await logWithCheckpoint(url, keyFile, 'sqlite');
    await withEnv({ DATABASE_URL: url, AUDIT_SIGNING_KEY_FILE: keyFile }, async () => {
      expect((await run('audit', 'verify', '--checkpoint', kept)).out).toBe(
        `ok: 5 entries, head ${hashes[4]}; 2 checkpoints match\n`,
      );
    });
    const exec = (statements: string[]) => {
      const h = new SQLite(db);
      try {
        for (const q of statements) h.exec(q);
      } finally {
        h.close();
      }
    };
    exec(CUT(hashes[2]!));
    await withEnv({ DATABASE_URL: url, AUDIT_SIGNING_KEY_FILE: keyFile }, async () => {
      // The chain alone still verifies: only the checkpoint shows what was cut.
      expect((await run('audit', 'verify')).code).toBe(0);
    });
    await expectRewound(url, keyFile, kept);
    exec(WIPE);
    await expectRewound(url, keyFile, kept);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)('techalliance audit on postgres', () => {
  const admin = process.env.TEST_DATABASE_URL ?? '';
  const name = `ta_cli_audit_${process.pid}_${Date.now()}`;
  const url = (() => {
    const u = new URL(admin || 'postgres://x/y');
    u.pathname = `/${name}`;
    return u.toString();
  })();
  const query = async (target: string, statements: string[]) => {
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    try {
      for (const q of statements) await c.query(q);
    } finally {
      await c.end();
    }
  };
  beforeAll(() => query(admin, [`CREATE DATABASE "${name}"`]));
  afterAll(() => query(admin, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]));

  it('finds the log cut back (tail and head together), then wiped', async () => {
    const keyFile = join(dir, 'pg-key.pem');
    expect((await run('audit', 'keygen', '--out', keyFile)).code).toBe(0);
    const { hashes, kept } = await logWithCheckpoint(url, keyFile, 'postgres');
    const platform = await openPlatform(url, { loadStarter: false, auditSigningKeyFile: keyFile });
    const sixth = await platform.store
      .transaction((tx) =>
        buildServices(platform).audit.append(tx, {
          actor: 'acct_1',
          type: 'ballot.cast',
          payload: { i: 6 },
        }),
      )
      .finally(() => platform.close());
    // Without the key file configured, from another folder: signing is refused, naming the variable.
    const elsewhere = mkdtempSync(join(tmpdir(), 'ta-elsewhere-'));
    const cwd = process.cwd();
    process.chdir(elsewhere);
    try {
      await withEnv({ DATABASE_URL: url, AUDIT_SIGNING_KEY_FILE: undefined }, async () => {
        const r = await run('audit', 'checkpoint');
        expect(r.code).toBe(1);
        expect(r.err).toMatch(
          /no audit signing key configured for this PostgreSQL database: set AUDIT_SIGNING_KEY_FILE/,
        );
        // Verifying needs no key file: the database recorded the public key.
        expect((await run('audit', 'verify')).out).toBe(
          `ok: 6 entries, head ${sixth.hash}; 1 checkpoint match\n`,
        );
      });
      expect(existsSync(join(elsewhere, 'var'))).toBe(false);
    } finally {
      process.chdir(cwd);
      rmSync(elsewhere, { recursive: true, force: true });
    }
    await query(url, CUT(hashes[2]!));
    await expectRewound(url, keyFile, kept);
    await query(url, WIPE);
    await expectRewound(url, keyFile, kept);
  });
});

describe('techalliance audit export --signed-in', () => {
  it('exports what the signed-in account may read, the rest redacted, and the export verifies', async () => {
    const db = join(dir, 'reader.sqlite');
    const url = `sqlite:${db}`;
    const platform = await openPlatform(url, { loadStarter: false });
    let token = '';
    try {
      const s = buildServices(platform);
      const observer = await s.accounts.create({
        email: 'observer@example.org',
        name: 'Observer',
        role: 'observer',
        delegation: 'OECD',
        password: 'observer-password-1',
      });
      token = (await s.accounts.createToken(observer.id, { name: 'cli', days: 1 })).token;
      // About a proposal the observer cannot see (it does not exist: the secretariat's only).
      await platform.store.transaction((tx) =>
        s.audit.append(tx, {
          actor: 'acct_1',
          type: 'proposal.edited',
          payload: { proposal: 'P-9', title: 'Old confidential title' },
        }),
      );
    } finally {
      await platform.close();
    }
    await withEnv({ DATABASE_URL: url, TECHALLIANCE_TOKEN: token }, async () => {
      const out = join(dir, 'reader.jsonl');
      expect((await run('audit', 'export', '--signed-in', '--out', out)).code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text).not.toContain('confidential');
      const lines = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { seq: number; redacted?: boolean; type?: string });
      expect(lines.map((l) => [l.seq, l.redacted ?? l.type])).toEqual([
        [1, 'role.changed'],
        [2, true],
      ]);
      expect((await run('audit', 'verify', '--file', out)).out).toMatch(/^ok: 2 entries, head /);
      // The full export (the operator's) holds the entry.
      expect((await run('audit', 'export')).out).toContain('Old confidential title');
    });
  });
});
