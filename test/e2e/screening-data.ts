// The restricted-party lists of the screening browser flows: two small hand-made lists (a US one
// in OFAC's format, an EU one in the Annex IV format) imported before the server starts.
import { resolve } from 'node:path';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/restricted-parties');

/** Imports the fixture lists into the database at `databaseUrl`; throws when one fails. */
export async function importFixtureLists(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const services = buildServices(platform);
    for (const [format, file] of [
      ['ofac-sdn', 'ofac-sdn-mini.csv'],
      ['eu-833-annex-iv', 'eu-833-annex-iv-mini.csv'],
    ] as const) {
      const summary = await services.imports.run({ format, file: resolve(FIXTURES, file) });
      if (!summary.written)
        throw new Error(`importing ${file}: ${summary.issues.map((i) => i.reason).join('; ')}`);
    }
  } finally {
    await platform.close();
  }
}
