// The data version grows with every committed write that can change a cached answer — inside a
// transaction (in the same transaction) or outside one (before the call returns) — and not with
// writes no cached answer reads (sessions, setup tokens) nor with rolled-back work.
import {
  DummyDriver,
  Kysely,
  sql,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type RootOperationNode,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Economy } from '../core/economies/economy.ts';
import { changesVersionedData } from '../db/data-version.ts';
import { forEachDatabase } from '../../test/test-databases.ts';
import { DataVersion } from './data-version.ts';

const economy = (iso3: string, name: string): Economy => ({
  iso3,
  iso2: null,
  isoNumeric: null,
  name,
  officialName: null,
  region: null,
  subregion: null,
  incomeCode: null,
  independence: null,
});

forEachDatabase('data version', (ctx) => {
  it('grows with a write in a transaction, not with reads, rolled-back work or unversioned tables', async () => {
    const store = await ctx.open();
    const version = new DataVersion(store);
    expect(await version.current()).toBe(0);

    await store.transaction((tx) => tx.economies.upsertMany([economy('FRA', 'France')]));
    expect(await version.current()).toBe(1);

    await store.transaction(async (tx) => {
      await tx.economies.list();
    });
    expect(await version.current()).toBe(1);

    await expect(
      store.transaction(async (tx) => {
        await tx.economies.upsertMany([economy('DEU', 'Germany')]);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await version.current()).toBe(1);
    expect((await store.economies.list()).map((e) => e.iso3)).toEqual(['FRA']);

    await store.transaction((tx) =>
      tx.accounts.createSetupToken('hash-1', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z'),
    );
    expect(await version.current()).toBe(1);
  });

  it('grows once a write made outside a transaction returns (one that matched no row too)', async () => {
    const store = await ctx.open();
    const version = new DataVersion(store);
    await store.economies.upsertMany([economy('FRA', 'France')]);
    expect(await version.current()).toBe(1);
    expect(await store.economies.count()).toBe(1);
    await store.accounts.createSetupToken('hash-2', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z');
    expect(await version.current()).toBe(1);
    await store.coalitions.delete('NONE');
    expect(await version.current()).toBe(2);
  });
});

describe('changesVersionedData', () => {
  it('counts writes to data tables and raw SQL that writes; not reads or unversioned tables', async () => {
    // Statements compiled against a driver that runs nothing; the plugin keeps their root nodes.
    const nodes: RootOperationNode[] = [];
    const db = new Kysely<Record<string, Record<string, unknown>>>({
      dialect: {
        createAdapter: () => new SqliteAdapter(),
        createDriver: () => new DummyDriver(),
        createIntrospector: (d) => new SqliteIntrospector(d),
        createQueryCompiler: () => new SqliteQueryCompiler(),
      },
      plugins: [
        {
          transformQuery: (a) => {
            nodes.push(a.node);
            return a.node;
          },
          transformResult: (a) => Promise.resolve(a.result),
        },
      ],
    });
    await db.insertInto('coalitions').values({ code: 'X' }).execute();
    await db.updateTable('supply_chains as c').set({ code: 'Y' }).execute();
    await db.deleteFrom('coalition_participants').execute();
    await sql`insert into economies (iso3) values ('FRA')`.execute(db);
    await db
      .with('gone', (q) => q.deleteFrom('groupings').returning('code'))
      .selectFrom('gone')
      .selectAll()
      .execute();
    await db.selectFrom('economies').selectAll().execute();
    await sql`select 1`.execute(db);
    await db.insertInto('sessions').values({ token_hash: 'x' }).execute();
    await db.deleteFrom('screening_decisions').execute();
    expect(nodes.map(changesVersionedData)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('DataVersion', () => {
  it('answers each call with a read begun after it, sharing one read among calls made meanwhile', async () => {
    let stored = 1;
    const reads: { resolve(): void }[] = [];
    const store = {
      dataVersion: () =>
        new Promise<number>((resolve) => {
          // The value is taken when the read begins, like a database statement's snapshot.
          const seen = stored;
          reads.push({ resolve: () => resolve(seen) });
        }),
    };
    const version = new DataVersion(store);
    const first = version.current();
    expect(reads).toHaveLength(1);
    stored = 2; // a write commits while the first read runs
    const second = version.current();
    const third = version.current();
    expect(reads).toHaveLength(1); // the later calls wait for a read of their own
    reads[0]!.resolve();
    expect(await first).toBe(1);
    await new Promise((done) => setImmediate(done));
    expect(reads).toHaveLength(2);
    reads[1]!.resolve();
    expect([await second, await third]).toEqual([2, 2]);
    expect(reads).toHaveLength(2);
  });
});
