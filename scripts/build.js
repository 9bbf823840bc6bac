#!/usr/bin/env node
// Compiles the server and CLI sources (src/ without src/web and tests) to dist/ with the same
// layout, as tsconfig.build.json says: `npm run build`, and `prepare` on `npm install`/`npm ci`.
// Emit only (type checking is `npm run typecheck`), incremental, and nothing at all when dist/
// is up to date (scripts/dist-state.js). The stamp dist/build-stamp.json is written last, dated
// when the build started; bin/techalliance.js runs dist/ only when it is newer than every source.
//
//   node scripts/build.js [--force] [--quiet] [--out <dir>]   (--out: elsewhere, e.g. for tests)
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP, distIsFresh, isExcludedSource } from './dist-state.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = outFlag >= 0 ? resolve(args[outFlag + 1] ?? '') : join(root, 'dist');
const quiet = args.includes('--quiet');
const say = (line) => quiet || process.stdout.write(`techalliance build: ${line}\n`);
/** Written by Vite (`npm run build:web`), and the vendored packages (below), kept by the pruning. */
const KEEP = new Set(['web', 'vendor']);
/**
 * Packages of many small modules (kysely: 263, zod: 95) that load several times faster as one
 * file: a command's start time. Each is bundled to dist/vendor/<name>.js, and dist/'s imports of
 * it point there. Without rolldown (an install without devDependencies) they are imported as
 * they are.
 */
const VENDORED = ['kysely', 'zod'];
const VENDOR_VERSIONS = join('vendor', 'versions.json');
const installedVersions = () =>
  Object.fromEntries(
    VENDORED.map((p) => {
      const file = join(root, 'node_modules', p, 'package.json');
      return [p, existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : null];
    }),
  );
const vendorIsFresh = () => {
  try {
    const recorded = readFileSync(join(out, VENDOR_VERSIONS), 'utf8');
    return recorded === JSON.stringify(installedVersions());
  } catch {
    return false;
  }
};
const BUILD_INFO = 'build-info.json';

if (outFlag < 0 && !args.includes('--force') && distIsFresh(root) && vendorIsFresh()) {
  say('dist/ is up to date');
  process.exit(0);
}

let ts;
try {
  ts = createRequire(import.meta.url)('typescript');
} catch {
  // An install without devDependencies (`npm ci --omit=dev`): the command runs the sources
  // through tsx instead.
  say('typescript is not installed; skipped (bin/techalliance.js runs src/ through tsx)');
  process.exit(0);
}

const started = new Date();
const src = join(root, 'src');
const parsed = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.build.json'),
  { outDir: out },
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) },
);
if (!parsed) process.exit(1);
if (parsed.errors.length > 0) fail(parsed.errors);

// The stamp goes first, so that nothing runs a half-built dist/ meanwhile. Only sources changed
// since the last build are emitted again (dist/build-info.json records them).
mkdirSync(out, { recursive: true });
rmSync(join(out, STAMP), { force: true });
// Emit needs no library types (noCheck): not parsing them saves a third of the time.
const { lib: _lib, ...options } = parsed.options;
const emit = () => {
  const program = ts.createIncrementalProgram({
    rootNames: parsed.fileNames,
    options: { ...options, noLib: true, incremental: true, tsBuildInfoFile: join(out, BUILD_INFO) },
  });
  const emitted = program.emit();
  const errors = [...program.getOptionsDiagnostics(), ...emitted.diagnostics].filter(
    (d) => d.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length > 0 || emitted.emitSkipped) fail(errors);
};
emit();
const expected = new Set(
  parsed.fileNames.map((f) => join(out, relative(src, f)).replace(/\.([cm]?)ts$/, '.$1js')),
);
// An output deleted by hand is not emitted again incrementally: then everything is.
if ([...expected].some((f) => !existsSync(f))) {
  rmSync(join(out, BUILD_INFO), { force: true });
  emit();
}

// Outputs whose source is gone are removed; the web build (Vite's) is kept.
const prune = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (dir === out && (KEEP.has(e.name) || e.name === BUILD_INFO)) continue;
    if (e.isDirectory()) {
      prune(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    } else if (!expected.has(path)) rmSync(path);
  }
};
prune(out);

// Files the server reads beside its modules (anything under src/ that is not TypeScript, outside
// src/web) are copied to the same place in dist/.
let assets = 0;
const copyAssets = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (path !== join(src, 'web')) copyAssets(path);
    } else if (!/\.[cm]?ts$/.test(e.name) && !isExcludedSource(e.name)) {
      const target = join(out, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
      assets++;
    }
  }
};
copyAssets(src);

await vendor();

const stamp = join(out, STAMP);
writeFileSync(
  stamp,
  JSON.stringify({ builtAt: started.toISOString(), modules: parsed.fileNames.length, assets }) +
    '\n',
);
// Dated at the start: a source saved while the build ran leaves dist/ stale, as it is.
utimesSync(stamp, started, started);
say(
  `${parsed.fileNames.length} modules, ${assets} other files → ${relative(process.cwd(), out) || '.'} ` +
    `in ${((Date.now() - started.getTime()) / 1000).toFixed(1)} s`,
);

/** Bundles VENDORED into dist/vendor/ (when their versions changed) and points dist/ at them. */
async function vendor() {
  let rolldown;
  try {
    rolldown = await import('rolldown');
  } catch {
    say('rolldown is not installed; kysely and zod are loaded as installed');
    return;
  }
  const dir = join(out, 'vendor');
  if (!vendorIsFresh()) {
    rmSync(dir, { recursive: true, force: true });
    for (const name of VENDORED) {
      const bundle = await rolldown.rolldown({
        input: fileURLToPath(import.meta.resolve(name)),
        platform: 'node',
        logLevel: 'silent',
      });
      await bundle.write({ file: join(dir, `${name}.js`), format: 'esm' });
      await bundle.close();
    }
    writeFileSync(join(out, VENDOR_VERSIONS), JSON.stringify(installedVersions()));
  }
  // `from 'kysely'`, `import('zod')` … in every compiled module become relative paths.
  const specifier = new RegExp(
    `(\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\bimport\\s+)(['"])(${VENDORED.join('|')})\\2`,
    'g',
  );
  const rewrite = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) {
        if (d !== out || !KEEP.has(e.name)) rewrite(path);
      } else if (e.name.endsWith('.js')) {
        const text = readFileSync(path, 'utf8');
        const next = text.replace(specifier, (_, lead, quote, name) => {
          const target = relative(dirname(path), join(dir, `${name}.js`))
            .split('\\')
            .join('/');
          return `${lead}${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
        });
        if (next !== text) writeFileSync(path, next);
      }
    }
  };
  rewrite(out);
}

function fail(diagnostics) {
  process.stderr.write(
    ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => root,
      getNewLine: () => '\n',
    }),
  );
  process.stderr.write('techalliance build: failed\n');
  process.exit(1);
}
