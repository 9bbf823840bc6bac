// The one migration history, applied in order on SQLite and PostgreSQL alike.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as foundation from './migrations/0001-foundation.ts';
import * as coalitions from './migrations/0002-coalitions.ts';
import * as criteriaSets from './migrations/0003-criteria-sets.ts';
import * as workstreams from './migrations/0004-coalition-workstreams.ts';
import * as supplyChains from './migrations/0005-supply-chains.ts';
import * as restrictedParties from './migrations/0006-restricted-parties.ts';
import * as auditLog from './migrations/0007-audit-log.ts';
import * as accounts from './migrations/0008-accounts.ts';
import * as governance from './migrations/0009-governance.ts';
import * as consultations from './migrations/0010-consultations.ts';
import * as auditCheckpoints from './migrations/0011-audit-checkpoints.ts';
import * as loginAttempts from './migrations/0012-login-attempts.ts';
import * as dataVersion from './migrations/0013-data-version.ts';
import * as controlLists from './migrations/0014-control-lists.ts';
import * as standards from './migrations/0015-standards.ts';
import * as misuse from './migrations/0016-misuse.ts';
import * as research from './migrations/0017-research.ts';
import * as divergences from './migrations/0018-divergences.ts';
import * as conversations from './migrations/0019-conversations.ts';

const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-coalitions': coalitions,
  '0003-criteria-sets': criteriaSets,
  '0004-coalition-workstreams': workstreams,
  '0005-supply-chains': supplyChains,
  '0006-restricted-parties': restrictedParties,
  '0007-audit-log': auditLog,
  '0008-accounts': accounts,
  '0009-governance': governance,
  '0010-consultations': consultations,
  '0011-audit-checkpoints': auditCheckpoints,
  '0012-login-attempts': loginAttempts,
  '0013-data-version': dataVersion,
  '0014-control-lists': controlLists,
  '0015-standards': standards,
  '0016-misuse': misuse,
  '0017-research': research,
  '0018-divergences': divergences,
  '0019-conversations': conversations,
};

/** The history's migration names, in order (the last one is the schema version). */
export const MIGRATION_NAMES: readonly string[] = Object.keys(MIGRATIONS);

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
const provider = migrationProvider;

/** Applies every pending migration; returns the names applied. Throws on the first failure. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
