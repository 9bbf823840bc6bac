// CLI tests of `techalliance audit`: export → verify round trip (database and file, with the
// server's key or a given one), an edited entry named, a malformed line named by its number.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
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
    expect(JSON.parse(r.out)).toEqual({ ok: true, checked: 3, firstBroken: null, headHash: head });
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
