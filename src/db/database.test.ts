// Opening a SQLite file: the folder and the file (with its -wal/-shm companions) are created
// readable by their owner only, and a file found more open is narrowed.
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';

const mode = (path: string): number => statSync(path).mode & 0o777;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe.skipIf(process.platform === 'win32')('a SQLite database file', () => {
  it('is created with its folder readable by the owner only (0700, 0600, -wal and -shm too)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'techalliance-db-'));
    const file = join(dir, 'var', 'data', 'techalliance.sqlite');
    const handle = openDatabase(`sqlite:${file}`);
    try {
      await sql`create table t (x integer)`.execute(handle.db);
      await sql`insert into t (x) values (1)`.execute(handle.db);
      expect(mode(join(dir, 'var'))).toBe(0o700);
      expect(mode(join(dir, 'var', 'data'))).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    } finally {
      await handle.close();
    }
  });

  it('narrows an existing file readable by others to 0600', async () => {
    dir = mkdtempSync(join(tmpdir(), 'techalliance-db-'));
    const file = join(dir, 'old.sqlite');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    const handle = openDatabase(`sqlite:${file}`);
    try {
      await sql`create table t (x integer)`.execute(handle.db);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    } finally {
      await handle.close();
    }
  });
});
