// Where the real data of ../shared/data lives (beside the repo, or $SHARED_DATA), and whether it
// is there: tests on real data skip with a visible message when it is not.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The shared data folder: $SHARED_DATA, else `../shared/data` relative to the repo root. */
export const SHARED_DATA = resolve(
  process.env.SHARED_DATA ?? join(REPO_ROOT, '..', 'shared', 'data'),
);

export const hasSharedData = existsSync(SHARED_DATA);

/** A file of the shared data, e.g. `sharedFile('democracy', 'wgi.csv')`. */
export const sharedFile = (...parts: string[]): string => join(SHARED_DATA, ...parts);

/** Says on the console that a suite is skipped because the shared data is absent. */
export function warnWithoutSharedData(suite: string): void {
  if (!hasSharedData)
    console.warn(
      `skipping ${suite}: ../shared/data not found (looked in ${SHARED_DATA}; set SHARED_DATA)`,
    );
}
