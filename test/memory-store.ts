// A fresh in-memory SQLite store with the schema migrated, for importer tests.
import type { Kysely } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import type { Database } from '../src/db/schema.ts';
import { Store } from '../src/db/store.ts';
import { importFile } from '../src/importers/import-runner.ts';
import { sharedFile } from './shared-data.ts';

const TABLES = [
  'sources',
  'economies',
  'indicators',
  'indicator_values',
  'groupings',
  'group_members',
  'import_runs',
] as const;

export interface MemoryStore {
  store: Store;
  db: Kysely<Database>;
  /** Rows in every table, to prove that a rejected import wrote nothing. */
  rowCounts(): Promise<Record<(typeof TABLES)[number], number>>;
  /** One stored value, or undefined. */
  value(code: string, year: number, iso3: string): Promise<number | undefined>;
  /** Every stored value of an indicator in a year, by ISO3. */
  valuesOf(code: string, year: number): Promise<Map<string, number>>;
  close(): Promise<void>;
}

export async function memoryStore(): Promise<MemoryStore> {
  const handle = openDatabase('sqlite::memory:');
  await migrateToLatest(handle.db as never);
  const db = handle.db;
  const store = new Store(db);
  return {
    store,
    db,
    async rowCounts() {
      const counts = {} as Record<(typeof TABLES)[number], number>;
      for (const t of TABLES) {
        const r = await db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        counts[t] = Number(r.n);
      }
      return counts;
    },
    async value(code, year, iso3) {
      const [v] = await store.indicators.values({ code, year, economies: [iso3] });
      return v?.value;
    },
    async valuesOf(code, year) {
      const list = await store.indicators.values({ code, year });
      return new Map(list.map((v) => [v.iso3, v.value]));
    },
    close: () => handle.close(),
  };
}

/** A memory store holding the economies of ../shared/data/countries/countries.csv. */
export async function memoryStoreWithCountries(): Promise<MemoryStore> {
  const m = await memoryStore();
  const s = await importFile(m.store, {
    format: 'countries',
    file: sharedFile('countries', 'countries.csv'),
  });
  if (!s.written) throw new Error(`countries.csv was not imported: ${JSON.stringify(s.issues[0])}`);
  return m;
}
