// What the research parser tests share: the paths of the shared files, the platform's economies,
// and small CSV files written to a temporary folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile } from '../../../test/shared-data.ts';
import { starterEconomies } from '../restricted-parties/restricted-lists.test-support.ts';

export { once } from '../restricted-parties/restricted-lists.test-support.ts';

/** A file of ../shared/data/research/collaboration. */
export const researchFile = (name: string): string => sharedFile('research', 'collaboration', name);

/** The economies of a fresh install, read once. */
export const economies = (() => {
  let cached: ReturnType<typeof starterEconomies> | null = null;
  return () => (cached ??= starterEconomies());
})();

/**
 * A temporary folder for small CSV files, made on first use; `csv(name, header, rows)` writes one
 * (header on line 1, rows from line 2) and returns its path; call `remove` after the suite.
 */
export function scratchCsv(): {
  csv: (name: string, header: readonly string[], rows: readonly (readonly string[])[]) => string;
  remove: () => void;
} {
  let dir: string | null = null;
  const cell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return {
    csv: (name, header, rows) => {
      const path = join((dir ??= mkdtempSync(join(tmpdir(), 'research-'))), name);
      writeFileSync(path, [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n');
      return path;
    },
    remove: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
