// Whether dist/ (scripts/build.js) is up to date with src/: its stamp is newer than every source
// it compiles (src/ without src/web and tests), every folder of them (a file added, renamed or
// deleted changes its folder) and tsconfig.build.json. Used by bin/techalliance.js (run dist/ or
// the sources) and by the build (nothing to do). A few hundred stat calls: a few milliseconds.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const STAMP = 'build-stamp.json';

/** Sources the build leaves out: their changes never make dist/ stale. */
export const isExcludedSource = (name) => /\.test(-support)?\.ts$/.test(name);

/** True when `<root>/dist` has a stamp newer than every input of the build under `<root>`. */
export function distIsFresh(root) {
  const stamp = statSync(join(root, 'dist', STAMP), { throwIfNoEntry: false });
  if (!stamp) return false;
  const src = join(root, 'src');
  const top = statSync(src, { throwIfNoEntry: false });
  // Installed without the sources: dist/ is all there is.
  if (!top) return true;
  const built = stamp.mtimeMs;
  const config = statSync(join(root, 'tsconfig.build.json'), { throwIfNoEntry: false });
  if (config && config.mtimeMs > built) return false;
  const web = join(src, 'web');
  const newer = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (path !== web && (statSync(path).mtimeMs > built || newer(path))) return true;
      } else if (!isExcludedSource(e.name) && statSync(path).mtimeMs > built) return true;
    }
    return false;
  };
  return top.mtimeMs <= built && !newer(src);
}
