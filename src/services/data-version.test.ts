import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform, type Platform } from './platform.ts';
import { DataVersion } from './data-version.ts';

let p: Platform;
beforeAll(async () => {
  p = await openPlatform('sqlite::memory:', { loadStarter: false });
});
afterAll(() => p.close());

describe('DataVersion', () => {
  it('sees a write by another process once the interval has passed, and at once after invalidate', async () => {
    let now = 0;
    const version = new DataVersion(p.store, 1000, () => now);
    expect(await version.current()).toBe(0);
    await p.store.importRuns.record({
      format: 'worldbank',
      file: 'x.csv',
      finishedAt: '2026-01-01T00:00:00Z',
      rowsRead: 1,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      setAside: 0,
    });
    now = 999;
    expect(await version.current()).toBe(0);
    now = 1000;
    expect(await version.current()).toBe(1);
    await p.store.importRuns.record({
      format: 'worldbank',
      file: 'x.csv',
      finishedAt: '2026-01-01T00:00:00Z',
      rowsRead: 1,
      inserted: 1,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      setAside: 0,
    });
    version.invalidate();
    expect(await version.current()).toBe(2);
  });
});
