#!/usr/bin/env node
// Entry point of the `techalliance` command. Runs the compiled dist/ (`npm run build`; `prepare`
// builds it on `npm install`/`npm ci`) when it is up to date with src/, otherwise (no build yet,
// or a source changed since) the TypeScript sources through tsx. TECHALLIANCE_RUN=dist or =src
// skips the check and runs that one.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../scripts/dist-state.js';

const run = process.env.TECHALLIANCE_RUN;
if (run !== undefined && run !== '' && run !== 'dist' && run !== 'src') {
  process.stderr.write(`error: TECHALLIANCE_RUN must be dist or src (got '${run}')\n`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
if (run === 'dist' && !existsSync(join(root, 'dist/main.js'))) {
  process.stderr.write('error: TECHALLIANCE_RUN=dist but dist/ is not built (npm run build)\n');
  process.exit(2);
}
// A reader that stops early (`… | head`) closes the pipe: stop quietly, as other commands do.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
let main;
if (run === 'dist' || (run !== 'src' && distIsFresh(root))) {
  main = await import('../dist/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  main = await import('../src/main.ts');
}
process.exitCode = await main.runCli(process.argv);
