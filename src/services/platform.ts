// The platform: an opened, migrated database with the catalogue synced and, on an empty database,
// the starter dataset loaded. Every entry point (server, CLI, tests) opens it the same way.
import { INDICATOR_CATALOGUE } from '../core/indicators/indicator-catalogue.ts';
import { openDatabase, type DatabaseHandle, type Dialect } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { Store } from '../db/store.ts';
import { resolveAuditKey, type AuditKeySetting } from './audit-log.ts';
import type { StarterLoadResult } from './starter-dataset.ts';

export interface Platform {
  store: Store;
  dialect: Dialect;
  location: string;
  /** What opening did: migrations applied, starter dataset loaded. */
  opened: { migrations: string[]; starter: StarterLoadResult | null };
  /** The key that signs the governance event log, or why there is none (docs/audit-log.md). */
  auditKey: AuditKeySetting;
  /** Runs `work` under the database's setup lock (see DatabaseHandle.exclusive). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Load the starter dataset when the database holds no economies (default true). */
  loadStarter?: boolean;
  starterDir?: string;
  /** AUDIT_SIGNING_KEY (config.auditSigningKey). */
  auditSigningKey?: string | null;
  /** AUDIT_SIGNING_KEY_FILE (config.auditSigningKeyFile); unset: see resolveAuditKey. */
  auditSigningKeyFile?: string | null;
  /** Tests: the default key file in place of the one beside the database; null: in memory. */
  auditKeyFile?: string | null;
}

export async function openPlatform(
  databaseUrl: string,
  options: OpenOptions = {},
): Promise<Platform> {
  const handle: DatabaseHandle = openDatabase(databaseUrl);
  try {
    const auditKey = resolveAuditKey({
      signingKey: options.auditSigningKey ?? null,
      signingKeyFile: options.auditSigningKeyFile ?? null,
      dialect: handle.dialect,
      location: handle.location,
      ...(options.auditKeyFile !== undefined ? { defaultKeyFile: options.auditKeyFile } : {}),
    });
    const store = new Store(handle.db);
    // Under the setup lock: of several servers starting on one empty database, one migrates and
    // loads the starter dataset; the others wait, then find it done.
    const { migrations, starter } = await handle.exclusive(async () => {
      const applied = await migrateToLatest(handle.db as never);
      await store.transaction((tx) => tx.indicators.syncCatalogue(INDICATOR_CATALOGUE));
      let loaded: StarterLoadResult | null = null;
      if ((options.loadStarter ?? true) && (await store.economies.count()) === 0) {
        // Loaded only for an empty database: every other start (a CLI command) skips the importers.
        const { loadStarterDataset } = await import('./starter-dataset.ts');
        loaded = await loadStarterDataset(store, options.starterDir);
      }
      return { migrations: applied, starter: loaded };
    });
    return {
      store,
      dialect: handle.dialect,
      location: handle.location,
      opened: { migrations, starter },
      auditKey,
      exclusive: (work) => handle.exclusive(work),
      close: () => handle.close(),
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
