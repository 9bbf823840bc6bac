// The platform: an opened, migrated database with the catalogue synced and, on an empty database,
// the starter dataset loaded. Every entry point (server, CLI, tests) opens it the same way.
import { INDICATOR_CATALOGUE } from '../core/indicators/indicator-catalogue.ts';
import { openDatabase, type DatabaseHandle, type Dialect } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { Store } from '../db/store.ts';
import { auditKeyFileFor, loadAuditKey, type AuditSigningKey } from './audit-log.ts';
import { loadStarterDataset, type StarterLoadResult } from './starter-dataset.ts';

export interface Platform {
  store: Store;
  dialect: Dialect;
  location: string;
  /** What opening did: migrations applied, starter dataset loaded. */
  opened: { migrations: string[]; starter: StarterLoadResult | null };
  /** The key that signs the governance event log (docs/audit-log.md). */
  auditKey: AuditSigningKey;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Load the starter dataset when the database holds no economies (default true). */
  loadStarter?: boolean;
  starterDir?: string;
  /** AUDIT_SIGNING_KEY (config.auditSigningKey); unset: the key file. */
  auditSigningKey?: string | null;
  /** The audit key file (default beside the database, see auditKeyFileFor); null: ephemeral key. */
  auditKeyFile?: string | null;
}

export async function openPlatform(
  databaseUrl: string,
  options: OpenOptions = {},
): Promise<Platform> {
  const handle: DatabaseHandle = openDatabase(databaseUrl);
  try {
    const auditKey = loadAuditKey({
      signingKey: options.auditSigningKey ?? null,
      keyFile:
        options.auditKeyFile !== undefined
          ? options.auditKeyFile
          : auditKeyFileFor(handle.dialect, handle.location),
    });
    const migrations = await migrateToLatest(handle.db as never);
    const store = new Store(handle.db);
    await store.transaction((tx) => tx.indicators.syncCatalogue(INDICATOR_CATALOGUE));
    let starter: StarterLoadResult | null = null;
    if ((options.loadStarter ?? true) && (await store.economies.count()) === 0) {
      starter = await loadStarterDataset(store, options.starterDir);
    }
    return {
      store,
      dialect: handle.dialect,
      location: handle.location,
      opened: { migrations, starter },
      auditKey,
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
