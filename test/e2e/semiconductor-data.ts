// The CSET/ETO semiconductor chain for browser flows: found in ../shared/data when present (it is
// CC BY-NC, never bundled) and imported into a harness database before its server starts.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';

export const SEMICONDUCTOR_DIR = resolve(
  import.meta.dirname,
  '../../../shared/data/semiconductors',
);
export const semiconductorsAvailable = existsSync(join(SEMICONDUCTOR_DIR, 'inputs.csv'));

/** Imports the semiconductor chain into the database at `databaseUrl`; throws when it fails. */
export async function importSemiconductors(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const summary = await buildServices(platform).imports.run({
      format: 'eto-supply-chain',
      file: SEMICONDUCTOR_DIR,
    });
    if (!summary.written)
      throw new Error(
        `importing ${SEMICONDUCTOR_DIR}: ${summary.issues.map((i) => i.reason).join('; ')}`,
      );
  } finally {
    await platform.close();
  }
}
